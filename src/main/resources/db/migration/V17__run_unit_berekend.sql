-- Issue 10: the calculated values the stand step stores with an accepted unit's PVPs (grondslag and premie berekend,
-- premie vastgesteld), staged with the unit itself, so the stand step reads one row per unit instead of every PVP of
-- the units around it again (nl.lpg.batch.StandStapWriter). Null for units staged before this version: those are read
-- from run_pvp_calculation as before.
ALTER TABLE run_unit
    ADD COLUMN berekend MEDIUMTEXT NULL COMMENT 'accepted units: per PVP (ikp|productkeuze|productvariant|pvp) the calculated grondslag, premie and premie vastgesteld (JSON)';
