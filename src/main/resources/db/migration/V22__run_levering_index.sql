-- Issue 10: where the IKVs stand in the delivery file (nl.lpg.delivery.LeveringIndex), recorded by the control step
-- in its pass over the headers: a row every 250 IKVs. A partition of the IKV step starts reading at the row before
-- its first IKV instead of passing every IKV before it, and a partition of the stand step reads only the stretch of
-- the file between the first and the last row whose personeelsnummers overlap its own range. Without rows (a run
-- staged before this version) the readers start at the top as before.
CREATE TABLE run_levering_index (
    run_id          VARCHAR(40)  NOT NULL,
    volgnummer      INT          NOT NULL COMMENT 'the IKV at this point (1 = the first of the file)',
    ikv_van         BIGINT       NOT NULL COMMENT 'byte offset of its start tag',
    regel           INT          NOT NULL COMMENT 'line of its start tag',
    kolom           INT          NOT NULL COMMENT 'column of its start tag',
    ae_index        INT          NOT NULL COMMENT 'its AE (run_ae.ae_index)',
    ae_van          BIGINT       NOT NULL COMMENT 'byte offset of the AE start tag',
    ae_tot          BIGINT       NOT NULL COMMENT 'byte offset just after the AE start tag',
    ae_regel        INT          NOT NULL COMMENT 'the AE''s place: line',
    ae_kolom        INT          NOT NULL COMMENT 'the AE''s place: column',
    kop_tot         BIGINT       NOT NULL COMMENT 'byte offset just after the levering start tag',
    min_personeelsnummer VARCHAR(255) NOT NULL COMMENT 'lowest personeelsnummer (upper case, no trailing spaces) up to the next point',
    max_personeelsnummer VARCHAR(255) NOT NULL COMMENT 'highest personeelsnummer up to the next point',
    PRIMARY KEY (run_id, volgnummer)
) ENGINE=InnoDB;
