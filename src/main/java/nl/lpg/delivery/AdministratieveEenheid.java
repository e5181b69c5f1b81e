package nl.lpg.delivery;

import java.time.LocalDate;

/**
 * The header of an administratieve eenheid (AE): one aansluiting, one opdrachtgever, one loontijdvak.
 * {@code index} is its position in the delivery (1-based); the children are streamed separately.
 */
public record AdministratieveEenheid(int index, String aansluitnummer, String opdrachtgever, Periodiciteit periodiciteit,
                                     LocalDate datumAanvangTijdvak, LocalDate datumEindeTijdvak,
                                     String loonheffingennummer, Plaats plaats) {
}
