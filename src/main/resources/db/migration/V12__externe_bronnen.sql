-- External sources (issue 15): the BRP extract and the pension administration, imported by
-- bin/lpg import-brp FILE and bin/lpg import-pensioenadministratie FILE. An import fills a copy of its table
-- (CREATE TABLE ..._nieuw LIKE ...) and swaps it in with one RENAME TABLE, so a refresh replaces the whole source and
-- a failed import leaves the previous one as it was.

-- What the BRP knows of a person, as far as the rules compare it (BR61, BR64, BR191, BR192). Dates JJJJ-MM-DD with
-- 00 for an unknown part (BRP "beperkte datum"); NULL is unknown. One partner (the extract's).
CREATE TABLE brp_persoon (
    bsn                    CHAR(9)       NOT NULL PRIMARY KEY,
    geboortedatum          CHAR(10),
    overlijdensdatum       CHAR(10),
    geslacht               CHAR(1),
    voorletters            VARCHAR(200),
    voorvoegsel            VARCHAR(200),
    geslachtsnaam          VARCHAR(200),
    partner_voorletters    VARCHAR(200),
    partner_voorvoegsel    VARCHAR(200),
    partner_geslachtsnaam  VARCHAR(200),
    postcode               VARCHAR(200),
    huisnummer             VARCHAR(200)
) ENGINE=InnoDB;

-- The pension administration: one row per fact of a participant (opdrachtgever, BSN). soort: DISPENSATIE, AVV_LOOS,
-- VRIJWILLIGE_DEELNAME (ingang..einde, productkeuze NULL = every product), PENSIOENRICHTDATUM, PENSIOEN_INGEGAAN,
-- AFKOOP, WAARDEOVERDRACHT (the date in datum_ingang). Read per chunk by BSN.
CREATE TABLE pa_feit (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    opdrachtgever          VARCHAR(20)   NOT NULL,
    bsn                    CHAR(9)       NOT NULL,
    soort                  VARCHAR(30)   NOT NULL,
    productkeuze           VARCHAR(20),
    datum_ingang           DATE          NOT NULL,
    datum_einde            DATE,
    KEY pa_feit_bsn (bsn)
) ENGINE=InnoDB;

-- The last import of each source: whether a run has it (a row here means configured), and for run.json which file.
-- bron: BRP or PENSIOENADMINISTRATIE.
CREATE TABLE externe_bron_import (
    bron                   VARCHAR(30)   NOT NULL PRIMARY KEY,
    bestand                VARCHAR(1000) NOT NULL,
    sha256                 CHAR(64)      NOT NULL,
    aantal                 BIGINT        NOT NULL,
    geimporteerd           DATETIME(3)   NOT NULL
) ENGINE=InnoDB;
