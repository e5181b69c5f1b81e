-- Review of held units (BR28, BR30) and the premium ledger (issue 9).

-- Every decision on a held unit: who, when, why, which unit. One decision per unit (a second one is refused).
-- soort IKV: one held inkomstenverhouding (run_unit); INTREKKINGEN: the intrekkingen of a held AE (run_ae).
-- besluit APPROVED (applied to the stand as an accepted unit) or REJECTED (regel 28 for an IKV, 30 for intrekkingen).
-- nota_periode: the premium run whose run.json reports the decision (the first nota recorded after it).
CREATE TABLE review_besluit (
    unit             VARCHAR(80)   NOT NULL PRIMARY KEY,
    run_id           VARCHAR(40)   NOT NULL,
    soort            VARCHAR(20)   NOT NULL,
    volgnummer       INT,
    ae_index         INT           NOT NULL,
    besluit          VARCHAR(10)   NOT NULL,
    regel            VARCHAR(4),
    door             VARCHAR(200)  NOT NULL,
    reden            VARCHAR(2000) NOT NULL,
    tijdstip         DATETIME(3)   NOT NULL,
    nota_periode     CHAR(7),
    KEY review_besluit_nota (nota_periode)
) ENGINE=InnoDB;

-- The premium ledger: one nota per periode, recorded once. A nota regel is what that premium run reported for one
-- opdrachtgever, aansluiting, tijdvak, productkeuze and productvariant; what was reported before for a key is the sum
-- of its earlier verschillen, so every correction is reported exactly once.
CREATE TABLE premie_nota (
    periode          CHAR(7)       NOT NULL PRIMARY KEY,
    run_id           VARCHAR(40)   NOT NULL,
    peildatum        DATE          NOT NULL,
    vastgelegd       DATETIME(3)   NOT NULL
) ENGINE=InnoDB;

CREATE TABLE premie_nota_regel (
    periode          CHAR(7)       NOT NULL,
    opdrachtgever    VARCHAR(20)   NOT NULL,
    aansluitnummer   VARCHAR(40)   NOT NULL,
    tijdvak_aanvang  DATE          NOT NULL,
    productkeuze     VARCHAR(40)   NOT NULL,
    productvariant   VARCHAR(40)   NOT NULL,
    soort            VARCHAR(10)   NOT NULL,
    grondslag_eerder DECIMAL(18,2) NOT NULL,
    grondslag_nu     DECIMAL(18,2) NOT NULL,
    grondslag_verschil DECIMAL(18,2) NOT NULL,
    premie_eerder    DECIMAL(18,2) NOT NULL,
    premie_nu        DECIMAL(18,2) NOT NULL,
    premie_verschil  DECIMAL(18,2) NOT NULL,
    PRIMARY KEY (periode, opdrachtgever, aansluitnummer, tijdvak_aanvang, productkeuze, productvariant),
    KEY premie_nota_regel_sleutel (opdrachtgever, aansluitnummer, tijdvak_aanvang, productkeuze, productvariant)
) ENGINE=InnoDB;
