-- Issue 13, outputs auditors can follow: where a PVP calculation came from and the inputs not yet kept, so every
-- row of pvp-calculations.csv can be recomputed from its own columns and traced back to the delivery and workbook.
ALTER TABLE run_pvp_calculation
    ADD COLUMN regelnummer_levering  INT           NULL COMMENT 'line of the pensioenVerzekeringPeriode element in the delivery file',
    ADD COLUMN berekeningsbasis      VARCHAR(10)   NULL COMMENT 'Productvarianten berekeningsbasis: GRONDSLAG, PREMIE, BEIDE or GEEN',
    ADD COLUMN sv_loon               DECIMAL(18,2) NULL COMMENT 'werknemergegevens svLoon (soort H)',
    ADD COLUMN pensioenloon          DECIMAL(18,2) NULL COMMENT 'werknemergegevens pensioenloon (soort K)',
    ADD COLUMN vaste_premie          DECIMAL(18,2) NULL COMMENT 'Productvarianten vastePremie per loontijdvak',
    ADD COLUMN correctiefactor_premie DECIMAL(5,2) NULL COMMENT '0.75 where BR300 applies, otherwise 1',
    ADD COLUMN parameter_blad        VARCHAR(40)   NULL COMMENT 'sheet of parameters.xlsx whose row was used',
    ADD COLUMN parameter_rij         INT           NULL COMMENT 'row number in that sheet (row 1 = header)',
    ADD COLUMN productloon_incidenteel DECIMAL(18,2) NULL COMMENT 'PVP productloonIncidenteel as delivered (for the controletotalen)';
