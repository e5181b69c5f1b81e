-- Remote partitioning (issue 11): the manager of `process --broker` stages the delivery file here, by its SHA-256, so
-- a worker on any machine reads exactly the bytes the manager checked. Blocks of 4 MiB (below the server's
-- max_allowed_packet); the row in remote_levering is written after the last block, so a file is there whole or not
-- at all. A worker copies it to its own disk (--cache) before its first partition of that file. Staged files of runs
-- no longer open are deleted by the next remote run.
CREATE TABLE remote_levering (
    sha256     CHAR(64)  NOT NULL PRIMARY KEY,
    grootte    BIGINT    NOT NULL COMMENT 'bytes',
    blokken    INT       NOT NULL,
    opgeslagen DATETIME(3) NOT NULL
);

CREATE TABLE remote_levering_blok (
    sha256 CHAR(64) NOT NULL,
    blok   INT      NOT NULL,
    inhoud LONGBLOB NOT NULL,
    PRIMARY KEY (sha256, blok)
);
