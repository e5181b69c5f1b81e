package nl.lpg.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One PVP: a period of one product within an inkomstenperiode. Meetellingswaarde is a percentage (37.50). */
public record PensioenVerzekeringPeriode(LocalDate datumAanvang, BigDecimal productloon,
                                         BigDecimal productloonIncidenteel, BigDecimal premiegrondslag,
                                         BigDecimal premie, BigDecimal meetellingswaarde, BigDecimal dagen,
                                         BigDecimal uren, Plaats plaats) {
}
