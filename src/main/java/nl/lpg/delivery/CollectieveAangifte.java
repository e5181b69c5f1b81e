package nl.lpg.delivery;

import java.math.BigDecimal;

/** A collectieve aangifte: the employer's control totals per product, per AE or for the whole delivery. */
public record CollectieveAangifte(String productkeuze, String productvariant, BigDecimal pensioengevendLoon,
                                  BigDecimal premiegrondslag, BigDecimal premie, BigDecimal productloonIncidenteel,
                                  Plaats plaats) {
}
