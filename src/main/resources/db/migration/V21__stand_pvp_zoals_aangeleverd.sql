-- Issue 10: the stand's IKP row held its PVVs and PVPs a second time inside its JSON (inkomstenperiode): about 450 of
-- its 700 bytes, written for every IKP, while stand_pvp holds a row per PVP. A PVP's delivered values that had no
-- column of their own move to stand_pvp; the IKP's JSON keeps its PVVs without their perioden. Rows stored before
-- keep their JSON as it was (nothing reads the PVPs from it). Trailing nullable columns: an instant change.
ALTER TABLE stand_pvp
    ADD COLUMN productloon_incidenteel DECIMAL(18,2) NULL COMMENT 'PVP productloonIncidenteel as delivered',
    ADD COLUMN meetellingswaarde DECIMAL(7,2) NULL COMMENT 'PVP meetellingswaarde as delivered (a percentage)',
    ADD COLUMN dagen DECIMAL(9,2) NULL COMMENT 'PVP dagen as delivered',
    ADD COLUMN uren DECIMAL(9,2) NULL COMMENT 'PVP uren as delivered';
