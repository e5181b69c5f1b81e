package nl.lpg.insurer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One mutation for the insurer, derived from the stand: which employee, what kind, from when, and the salary and
 * deeltijdfactor before and after (empty where not applicable: nothing before an indienst, nothing after an
 * uitdienst, the unchanged value of a SALARIS or DEELTIJD mutation is given as both old and new). {@code batch}
 * names the yearly collective salary adjustment the mutation belongs to, or is null.
 */
public record Mutatie(String aansluitnummer, String personeelsnummer, String nummerIkv, SoortMutatie soort,
                      LocalDate ingangsdatum, BigDecimal oudSalaris, BigDecimal nieuwSalaris,
                      BigDecimal oudeDeeltijdfactor, BigDecimal nieuweDeeltijdfactor, String batch) {
}
