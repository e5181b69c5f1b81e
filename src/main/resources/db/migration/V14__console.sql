-- The web console (issue 14).

-- Signals filtered and paged per run (keyset on the primary key's volgorde, seq): InnoDB appends the primary key to
-- every secondary key, so (run_id, aard) is (run_id, aard, volgorde, seq) and a page of one aard is one range read.
-- opdrachtgever is not indexed: a run holds few of them, so its rows are dense in the run's own range.
ALTER TABLE run_signal
    ADD KEY run_signal_aard (run_id, aard),
    ADD KEY run_signal_regel (run_id, regel),
    ADD KEY run_signal_aansluiting (run_id, aansluitnummer, personeelsnummer),
    ADD KEY run_signal_personeelsnummer (personeelsnummer);

-- The trail of a PVP: every run that delivered the same inkomstenverhouding; the held units a page at a time.
-- The PVPs of a personeelsnummer are found through run_unit (run_pvp_calculation, a row per PVP, is the most written
-- table of a run and keeps only its primary key).
ALTER TABLE run_unit
    ADD KEY run_unit_ikv (personeelsnummer, nummer_ikv),
    ADD KEY run_unit_held (status, run_id, volgnummer);

-- Every workbook version a run used or serve found in --parameters, by SHA-256, so the console can show the versions
-- in use and the difference of each with the one before it (what diff-parameters shows).
CREATE TABLE parameter_werkboek (
    sha256        CHAR(64)     NOT NULL PRIMARY KEY,
    bestand       VARCHAR(40)  NOT NULL COMMENT 'parameters.xlsx or organisatie.xlsx',
    inhoud        LONGBLOB     NOT NULL,
    eerst_gezien  DATETIME(3)  NOT NULL,
    KEY parameter_werkboek_bestand (bestand, eerst_gezien)
) ENGINE=InnoDB;
