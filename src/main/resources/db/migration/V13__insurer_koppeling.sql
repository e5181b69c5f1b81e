-- The insurer coupling (issue 12, a.s.r.): a transactional outbox of mutations derived from the stand, written in the
-- same transaction as the stand change that caused them, and the portal worklist (never sent).

-- One mutation for the insurer. sleutel is its idempotency key, fixed when it is derived; a batch (the yearly
-- collective salary adjustment) is posted as one message whose key (verzend_sleutel) is fixed before its first
-- attempt, so a send killed half-way is resumed with the same keys. status OUTBOX, SENT, BLOCKED or REFUSED;
-- redenen: every unmet prerequisite of a BLOCKED one, or the insurer's message of a REFUSED one. bericht: the JSON
-- posted, fixed when the mutation becomes OUTBOX (it holds the BSN the insurer needs: never logged).
CREATE TABLE insurer_mutatie (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sleutel               CHAR(36)      NOT NULL,
    run_id                VARCHAR(40)   NOT NULL COMMENT 'the run whose stand change derived it (a held unit: its run)',
    bron                  VARCHAR(100)  NOT NULL COMMENT 'process RUN, intrekkingen RUN or review UNIT',
    opdrachtgever         VARCHAR(20)   NOT NULL,
    aansluitnummer        VARCHAR(40)   NOT NULL,
    personeelsnummer      VARCHAR(40)   NOT NULL,
    nummer_ikv            VARCHAR(40)   NOT NULL,
    soort                 VARCHAR(20)   NOT NULL,
    ingangsdatum          DATE          NOT NULL,
    oud_salaris           DECIMAL(18,2),
    nieuw_salaris         DECIMAL(18,2),
    oude_deeltijdfactor   DECIMAL(10,4),
    nieuwe_deeltijdfactor DECIMAL(10,4),
    batch                 VARCHAR(80),
    status                VARCHAR(10)   NOT NULL,
    redenen               VARCHAR(4000),
    status_run_id         VARCHAR(40)   COMMENT 'the run that last changed the status (release of a BLOCKED one)',
    bericht               LONGTEXT,
    verzend_sleutel       VARCHAR(80)   COMMENT 'Idempotency-Key of the POST that carries it (own sleutel or batch key)',
    pogingen              INT           NOT NULL DEFAULT 0,
    laatste_fout          VARCHAR(2000),
    verzonden             DATETIME(3),
    aangemaakt            DATETIME(3)   NOT NULL,
    UNIQUE KEY insurer_mutatie_sleutel (sleutel),
    KEY insurer_mutatie_status (status, id),
    KEY insurer_mutatie_werknemer (aansluitnummer, personeelsnummer, nummer_ikv),
    KEY insurer_mutatie_run (run_id)
) ENGINE=InnoDB;

-- What must be done by hand in the insurer's portal: address, burgerlijke staat, partner/cohabitation, ANW/NP
-- deelname. insurer-send never reads this table.
CREATE TABLE insurer_portaal (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id            VARCHAR(40)   NOT NULL,
    bron              VARCHAR(100)  NOT NULL,
    opdrachtgever     VARCHAR(20)   NOT NULL,
    aansluitnummer    VARCHAR(40)   NOT NULL,
    personeelsnummer  VARCHAR(40)   NOT NULL,
    nummer_ikv        VARCHAR(40)   NOT NULL,
    soort             VARCHAR(20)   NOT NULL,
    ingangsdatum      DATE,
    oud               VARCHAR(400),
    nieuw             VARCHAR(400),
    toelichting       VARCHAR(400)  NOT NULL,
    KEY insurer_portaal_run (run_id)
) ENGINE=InnoDB;
