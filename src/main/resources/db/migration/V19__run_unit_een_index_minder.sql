-- Issue 10: run_unit_status (run_id, status, volgnummer) served the same questions as run_unit_held (status, run_id,
-- volgnummer, V14): the units of a run with a given status. Every staged IKV paid for both; one is enough.
ALTER TABLE run_unit DROP INDEX run_unit_status;
