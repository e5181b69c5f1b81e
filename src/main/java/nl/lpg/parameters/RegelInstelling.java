package nl.lpg.parameters;

/** Whether a rule runs for an opdrachtgever on a date, and with which aard (row of sheet Regels). */
public record RegelInstelling(String regel, boolean actief, String aard, String plaats) {
}
