package nl.lpg.premium;

import java.math.BigDecimal;

/** The calculation of one PVP with every input an auditor needs to recompute it (pvp-calculations.csv). */
public record PvpBerekening(String soortGrondslag, BigDecimal productloon, BigDecimal maximumProductloon,
                            BigDecimal franchise, BigDecimal deeltijdfactor, BigDecimal meetellingswaarde,
                            BigDecimal periodefactor, int periodiciteitsfactor, BigDecimal premiepercentage,
                            BigDecimal grondslagBerekend, BigDecimal grondslagAangeleverd, BigDecimal premieBerekend,
                            BigDecimal premieAangeleverd, BigDecimal premieVastgesteld, String berekeningsbasis) {
}
