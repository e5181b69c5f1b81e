package nl.lpg.rules;

/**
 * A signal as written to signals.csv: the rule, its aard for this opdrachtgever and date, the keys of the unit and
 * the melding. Dates and periods are ISO text so the CSV is written exactly as stored.
 */
public record Signaal(String regel, Aard aard, String opdrachtgever, String nummerLeverancier, String periodeLevering,
                      int volgnummer, String aansluitnummer, String personeelsnummer,
                      String nummerInkomstenverhouding, String datumAanvangInkomstenperiode, String productkeuze,
                      String productvariant, Integer jaar, String melding) {
}
