-- The stand as the administration's memory (issue 9): what the rules that compare with history read per chunk.

-- The natuurlijk persoon as last accepted, searchable by BSN (BR191, BR192, BR202, BR515), and the soort
-- inkomstenverhouding of the most recent IKP (werkgeversbetaling, BR202).
ALTER TABLE stand_ikv
    ADD COLUMN bsn VARCHAR(20),
    ADD COLUMN geboortedatum DATE,
    ADD COLUMN soort_inkomstenverhouding VARCHAR(20),
    ADD KEY stand_ikv_persoon (opdrachtgever, bsn);

-- Code meetelling (nihil-opgave, BR183), code CAO (BR517) and the soort of the delivery that brought the IKP
-- (A: imposed by Incasso's periodieke controle, BR424).
ALTER TABLE stand_ikp
    ADD COLUMN code_meetelling CHAR(1),
    ADD COLUMN code_cao VARCHAR(40),
    ADD COLUMN soort_levering CHAR(1);

-- Every BSN ever accepted under a personeelsnummer at an aansluiting (BR253: a personeelsnummer is not reused).
CREATE TABLE stand_np_bsn (
    opdrachtgever    VARCHAR(20) NOT NULL,
    aansluitnummer   VARCHAR(40) NOT NULL,
    personeelsnummer VARCHAR(40) NOT NULL,
    bsn              VARCHAR(20) NOT NULL,
    eerste_run_id    VARCHAR(40) NOT NULL,
    PRIMARY KEY (opdrachtgever, aansluitnummer, personeelsnummer, bsn)
) ENGINE=InnoDB;

-- The intrekkingen applied to the stand.
CREATE TABLE stand_intrekking (
    opdrachtgever    VARCHAR(20) NOT NULL,
    aansluitnummer   VARCHAR(40) NOT NULL,
    personeelsnummer VARCHAR(40) NOT NULL,
    nummer_ikv       VARCHAR(40) NOT NULL,
    datum_aanvang_ikp DATE       NOT NULL,
    run_id           VARCHAR(40) NOT NULL,
    levering_sleutel VARCHAR(100) NOT NULL,
    PRIMARY KEY (opdrachtgever, aansluitnummer, personeelsnummer, nummer_ikv, datum_aanvang_ikp, run_id)
) ENGINE=InnoDB;

-- The signal administration: the signals on every IKV applied to the stand, per run (BR515, BR517 read back 404/409).
CREATE TABLE stand_signaal (
    opdrachtgever    VARCHAR(20) NOT NULL,
    aansluitnummer   VARCHAR(40) NOT NULL,
    personeelsnummer VARCHAR(40) NOT NULL,
    nummer_ikv       VARCHAR(40) NOT NULL,
    run_id           VARCHAR(40) NOT NULL,
    seq              INT         NOT NULL,
    regel            VARCHAR(40) NOT NULL,
    aard             VARCHAR(20) NOT NULL,
    datum_aanvang_ikp VARCHAR(10),
    PRIMARY KEY (opdrachtgever, aansluitnummer, personeelsnummer, nummer_ikv, run_id, seq)
) ENGINE=InnoDB;

-- The intrekkingen of a run's delivery per IKV, staged in step 1 so the IKV rules of step 2 read them per chunk.
CREATE TABLE run_intrekking (
    run_id           VARCHAR(40) NOT NULL,
    ae_index         INT         NOT NULL,
    opdrachtgever    VARCHAR(20) NOT NULL,
    aansluitnummer   VARCHAR(40) NOT NULL,
    personeelsnummer VARCHAR(40) NOT NULL,
    nummer_ikv       VARCHAR(40) NOT NULL,
    datum_aanvang_ikp DATE       NOT NULL,
    PRIMARY KEY (run_id, opdrachtgever, aansluitnummer, personeelsnummer, nummer_ikv, datum_aanvang_ikp, ae_index)
) ENGINE=InnoDB;
