package nl.lpg.premium;

import java.math.BigDecimal;

/**
 * The premium determination of one PVP with every input an auditor needs to recompute it by hand (one row of
 * pvp-calculations.csv). Factors are unrounded; percentages stay percentages (meetellingswaarde 37.50, premiepercentage
 * 7.50); grondslagBerekend and premieBerekend are rounded half-up to cents. Amounts not delivered or not applicable are
 * null.
 */
public record PvpBerekening(String soortGrondslag, BigDecimal productloon, BigDecimal maximumProductloon,
                            BigDecimal franchise, BigDecimal deeltijdfactor, BigDecimal meetellingswaarde,
                            BigDecimal periodefactor, int periodiciteitsfactor, BigDecimal premiepercentage,
                            BigDecimal grondslagBerekend, BigDecimal grondslagAangeleverd, BigDecimal premieBerekend,
                            BigDecimal premieAangeleverd, BigDecimal premieVastgesteld, String berekeningsbasis) {
}
