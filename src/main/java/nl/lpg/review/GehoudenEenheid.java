package nl.lpg.review;

/**
 * One held unit (Interne beoordeling) as {@code review list} prints it, with its decision once taken
 * ({@code besluit} APPROVED or REJECTED, else null).
 */
public record GehoudenEenheid(String run, String unit, String soort, String levering, String opdrachtgever,
                              String aansluitnummer, String datumAanvangTijdvak, String personeelsnummer,
                              String nummerInkomstenverhouding, String regels, String meldingen, String besluit,
                              String regel, String door, String tijdstip, String reden) {
}
