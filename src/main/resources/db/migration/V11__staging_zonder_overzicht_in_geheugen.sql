-- Issue 10, flat memory and less staging: the AE rules that compare IKVs (BR185, BR287, BR288, BR356, BR365, BR290,
-- BR410) run over what the IKV step staged instead of an overview of the whole delivery in memory.
ALTER TABLE run_unit
    ADD COLUMN overzicht TEXT NULL COMMENT 'the IKV as the comparing AE rules see it (nl.lpg.rules.IkvOverzicht, JSON)',
    ADD COLUMN persoon VARCHAR(400) NULL COMMENT 'the natuurlijk persoon normalised as BR365 compares it',
    MODIFY COLUMN payload LONGTEXT NULL COMMENT 'the IKV as delivered (JSON), kept for held units only (review)';

-- The headers of a run's delivery that the closing step needs, so it does not read the file again.
CREATE TABLE run_levering (
    run_id                 VARCHAR(40) NOT NULL PRIMARY KEY,
    collectieve_aangiften  LONGTEXT    NOT NULL COMMENT 'collectieveAangifteLevering elements (JSON)'
) ENGINE=InnoDB;

-- The AE of each PVP calculation, so totals per AE need no join with run_unit.
ALTER TABLE run_pvp_calculation ADD COLUMN ae_index INT NULL COMMENT 'the AE (run_ae.ae_index) of the PVP';
