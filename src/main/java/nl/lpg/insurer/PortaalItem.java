package nl.lpg.insurer;

import java.time.LocalDate;

/**
 * Work that may not go over the coupling and is done by hand in the insurer's portal (werkwijze a.s.r., "Welke
 * mutaties kunnen of hoeven niet via de koppeling"): an address change (a.s.r. takes addresses from the BRP), a
 * change of burgerlijke staat, a partner or cohabitation change, and the start or end of ANW/NP deelname.
 */
public record PortaalItem(String aansluitnummer, String personeelsnummer, String nummerIkv, Soort soort,
                          LocalDate ingangsdatum, String oud, String nieuw, String toelichting) {

    public enum Soort { ADRES, BURGERLIJKE_STAAT, PARTNER, NP_DEELNAME }
}
