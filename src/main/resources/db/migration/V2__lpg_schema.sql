-- lpg-engine schema: runs, deliveries received, staging of one run, signals, calculations, totals and the stand.
-- All amounts DECIMAL (never floating point); factors keep many decimals for the audit trail.

CREATE TABLE lpg_run (
    run_id            VARCHAR(40)  NOT NULL PRIMARY KEY,
    command           VARCHAR(30)  NOT NULL,
    job_instance_id   BIGINT,
    peildatum         DATE         NOT NULL,
    levering_sleutel  VARCHAR(100),
    input_sha256      CHAR(64),
    status            VARCHAR(20)  NOT NULL,
    started           DATETIME(3)  NOT NULL,
    ended             DATETIME(3)
) ENGINE=InnoDB;

-- Every delivery received (BR16 uniqueness, BR218 previous delivery), accepted or not.
CREATE TABLE levering_ontvangen (
    nummer_leverancier VARCHAR(40) NOT NULL,
    periode_levering   CHAR(7)     NOT NULL,
    volgnummer         INT         NOT NULL,
    aanmaak            DATETIME    NOT NULL,
    soort              CHAR(1)     NOT NULL,
    run_id             VARCHAR(40) NOT NULL,
    status             VARCHAR(20) NOT NULL,
    PRIMARY KEY (nummer_leverancier, periode_levering, volgnummer, run_id)
) ENGINE=InnoDB;

-- AEs of a run with their outcome.
CREATE TABLE run_ae (
    run_id           VARCHAR(40) NOT NULL,
    ae_index         INT         NOT NULL,
    aansluitnummer   VARCHAR(40) NOT NULL,
    opdrachtgever    VARCHAR(20) NOT NULL,
    datum_aanvang_tijdvak DATE   NOT NULL,
    datum_einde_tijdvak   DATE   NOT NULL,
    status           VARCHAR(20) NOT NULL,
    geen_verdere_controle BOOLEAN NOT NULL DEFAULT FALSE,
    payload          LONGTEXT    NOT NULL,
    PRIMARY KEY (run_id, ae_index)
) ENGINE=InnoDB;

-- Units staged by a run: one IKV (with everything under it) per row; status ACCEPTED, HELD or REFUSED.
CREATE TABLE run_unit (
    run_id           VARCHAR(40) NOT NULL,
    volgnummer       INT         NOT NULL,
    ae_index         INT         NOT NULL,
    personeelsnummer VARCHAR(40) NOT NULL,
    nummer_ikv       VARCHAR(40) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    payload          LONGTEXT    NOT NULL,
    PRIMARY KEY (run_id, volgnummer),
    KEY run_unit_status (run_id, status, volgnummer)
) ENGINE=InnoDB;

CREATE TABLE run_signal (
    run_id        VARCHAR(40)  NOT NULL,
    volgorde      BIGINT       NOT NULL,
    seq           INT          NOT NULL,
    regel         VARCHAR(40)  NOT NULL,
    aard          VARCHAR(20)  NOT NULL,
    opdrachtgever VARCHAR(20),
    nummer_leverancier VARCHAR(40),
    periode_levering   CHAR(7),
    volgnummer    INT,
    aansluitnummer VARCHAR(40),
    personeelsnummer VARCHAR(40),
    nummer_ikv    VARCHAR(40),
    datum_aanvang_ikp VARCHAR(10),
    productkeuze  VARCHAR(40),
    productvariant VARCHAR(40),
    jaar          INT,
    melding       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (run_id, volgorde, seq)
) ENGINE=InnoDB;

CREATE TABLE run_pvp_calculation (
    run_id            VARCHAR(40) NOT NULL,
    volgnummer        INT         NOT NULL,
    seq               INT         NOT NULL,
    status            VARCHAR(20) NOT NULL,
    opdrachtgever     VARCHAR(20) NOT NULL,
    aansluitnummer    VARCHAR(40) NOT NULL,
    datum_aanvang_tijdvak DATE    NOT NULL,
    personeelsnummer  VARCHAR(40) NOT NULL,
    nummer_ikv        VARCHAR(40) NOT NULL,
    datum_aanvang_ikp DATE        NOT NULL,
    productkeuze      VARCHAR(40) NOT NULL,
    productvariant    VARCHAR(40),
    datum_aanvang_pvp DATE        NOT NULL,
    soort_grondslag   VARCHAR(2),
    productloon       DECIMAL(18,2),
    maximum_productloon DECIMAL(18,2),
    franchise         DECIMAL(18,2),
    deeltijdfactor    DECIMAL(10,4),
    meetellingswaarde DECIMAL(7,2),
    periodefactor     VARCHAR(60),
    periodiciteitsfactor INT,
    premiepercentage  DECIMAL(9,4),
    grondslag_berekend DECIMAL(18,2),
    grondslag_aangeleverd DECIMAL(18,2),
    premie_berekend   DECIMAL(18,2),
    premie_aangeleverd DECIMAL(18,2),
    premie_vastgesteld DECIMAL(18,2),
    PRIMARY KEY (run_id, volgnummer, seq)
) ENGINE=InnoDB;

-- The stand: the participants' history as accepted, one row per IKP with its PVPs; a loontijdvak delivered again
-- replaces what was stored for it, an intrekking removes it.
CREATE TABLE stand_ikv (
    opdrachtgever    VARCHAR(20) NOT NULL,
    aansluitnummer   VARCHAR(40) NOT NULL,
    personeelsnummer VARCHAR(40) NOT NULL,
    nummer_ikv       VARCHAR(40) NOT NULL,
    aard             VARCHAR(20),
    datum_aanvang    DATE,
    datum_einde      DATE,
    natuurlijk_persoon LONGTEXT  NOT NULL,
    laatst_run_id    VARCHAR(40) NOT NULL,
    PRIMARY KEY (opdrachtgever, aansluitnummer, personeelsnummer, nummer_ikv)
) ENGINE=InnoDB;

CREATE TABLE stand_ikp (
    opdrachtgever    VARCHAR(20) NOT NULL,
    aansluitnummer   VARCHAR(40) NOT NULL,
    personeelsnummer VARCHAR(40) NOT NULL,
    nummer_ikv       VARCHAR(40) NOT NULL,
    datum_aanvang    DATE        NOT NULL,
    datum_einde      DATE,
    tijdvak_aanvang  DATE        NOT NULL,
    tijdvak_einde    DATE        NOT NULL,
    verbijzondering  VARCHAR(20),
    inkomstenperiode LONGTEXT    NOT NULL,
    levering_sleutel VARCHAR(100) NOT NULL,
    run_id           VARCHAR(40) NOT NULL,
    PRIMARY KEY (opdrachtgever, aansluitnummer, personeelsnummer, nummer_ikv, datum_aanvang),
    KEY stand_ikp_tijdvak (tijdvak_aanvang)
) ENGINE=InnoDB;

CREATE TABLE stand_pvp (
    opdrachtgever    VARCHAR(20) NOT NULL,
    aansluitnummer   VARCHAR(40) NOT NULL,
    personeelsnummer VARCHAR(40) NOT NULL,
    nummer_ikv       VARCHAR(40) NOT NULL,
    datum_aanvang_ikp DATE       NOT NULL,
    seq              INT         NOT NULL,
    tijdvak_aanvang  DATE        NOT NULL,
    productkeuze     VARCHAR(40) NOT NULL,
    productvariant   VARCHAR(40),
    datum_aanvang_pvp DATE       NOT NULL,
    productloon      DECIMAL(18,2),
    grondslag_aangeleverd DECIMAL(18,2),
    grondslag_berekend DECIMAL(18,2),
    premie_aangeleverd DECIMAL(18,2),
    premie_berekend  DECIMAL(18,2),
    premie_vastgesteld DECIMAL(18,2),
    levering_sleutel VARCHAR(100) NOT NULL,
    PRIMARY KEY (opdrachtgever, aansluitnummer, personeelsnummer, nummer_ikv, datum_aanvang_ikp, seq),
    KEY stand_pvp_tijdvak (tijdvak_aanvang)
) ENGINE=InnoDB;
