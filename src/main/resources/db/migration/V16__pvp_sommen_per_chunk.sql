-- Issue 10: the sums over a run's PVPs (the AE closing's collectieve aangifte checks, totals.csv, the report's
-- controletotalen and charts) read these partial sums instead of every staged PVP again. The IKV step writes one row
-- per chunk and group, in the chunk's transaction, from the rows it has just staged (nl.lpg.batch.StagingWriter), so a
-- restart leaves no partial of a chunk it repeats. The status is the unit's own from the IKV step; the AE's outcome
-- (run_ae.status, after the AE closing) is applied when the sums are read (nl.lpg.batch.PvpSommen).
CREATE TABLE run_pvp_som (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    run_id                VARCHAR(40)   NOT NULL,
    chunk_van             INT           NOT NULL COMMENT 'first volgnummer of the chunk that staged these PVPs',
    ae_index              INT           NOT NULL,
    status                VARCHAR(20)   NOT NULL COMMENT 'the units'' status after the IKV step',
    opdrachtgever         VARCHAR(20)   NOT NULL,
    aansluitnummer        VARCHAR(40)   NOT NULL,
    datum_aanvang_tijdvak DATE          NOT NULL,
    productkeuze          VARCHAR(40)   NOT NULL,
    productvariant        VARCHAR(40),
    aantal                BIGINT        NOT NULL,
    productloon           DECIMAL(30,2),
    grondslag_aangeleverd DECIMAL(30,2),
    grondslag_berekend    DECIMAL(30,2),
    premie_aangeleverd    DECIMAL(30,2),
    premie_berekend       DECIMAL(30,2),
    premie_vastgesteld    DECIMAL(30,2),
    productloon_incidenteel DECIMAL(30,2),
    -- read in staging order (chunk by chunk), as the PVPs themselves were
    PRIMARY KEY (run_id, chunk_van, id),
    KEY run_pvp_som_id (id)
) ENGINE=InnoDB;

-- Runs staged before this version (one may still be resumed): their sums from their staged PVPs, as one partial.
INSERT INTO run_pvp_som (run_id, chunk_van, ae_index, status, opdrachtgever, aansluitnummer, datum_aanvang_tijdvak,
                         productkeuze, productvariant, aantal, productloon, grondslag_aangeleverd, grondslag_berekend,
                         premie_aangeleverd, premie_berekend, premie_vastgesteld, productloon_incidenteel)
SELECT c.run_id, 0, u.ae_index, u.status, c.opdrachtgever, c.aansluitnummer, c.datum_aanvang_tijdvak, c.productkeuze,
       c.productvariant, COUNT(*), SUM(c.productloon), SUM(c.grondslag_aangeleverd), SUM(c.grondslag_berekend),
       SUM(c.premie_aangeleverd), SUM(c.premie_berekend), SUM(c.premie_vastgesteld), SUM(c.productloon_incidenteel)
FROM run_pvp_calculation c JOIN run_unit u ON u.run_id = c.run_id AND u.volgnummer = c.volgnummer
GROUP BY c.run_id, u.ae_index, u.status, c.opdrachtgever, c.aansluitnummer, c.datum_aanvang_tijdvak, c.productkeuze,
         c.productvariant;
