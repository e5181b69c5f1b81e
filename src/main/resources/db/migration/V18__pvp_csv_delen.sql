-- Issue 10: pvp-calculations.csv in parts. The IKV step formats each chunk's PVP rows as the CSV prints them, while it
-- has them in memory, into a file OUT/.<run>.pvp-delen/<van>.csv, and records the part here in the chunk's transaction.
-- The output step joins the recorded parts instead of reading a million rows and more of run_pvp_calculation back
-- (nl.lpg.report.PvpCsvDelen). run_pvp_calculation stays the record: a part that is missing, of another size than
-- recorded, or of an AE whose outcome the AE closing changed is read from it as before.
CREATE TABLE run_pvp_deel (
    run_id    VARCHAR(40) NOT NULL,
    van       INT         NOT NULL COMMENT 'first volgnummer of the chunk',
    tot       INT         NOT NULL COMMENT 'last volgnummer of the chunk',
    ae_van    INT         NOT NULL COMMENT 'lowest AE index in the chunk',
    ae_tot    INT         NOT NULL COMMENT 'highest AE index in the chunk',
    rijen     INT         NOT NULL COMMENT 'CSV records in the part',
    bytes     BIGINT      NOT NULL COMMENT 'size of the part file',
    PRIMARY KEY (run_id, van)
) ENGINE=InnoDB;
