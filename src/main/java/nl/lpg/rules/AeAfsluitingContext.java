package nl.lpg.rules;

import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.Levering;
import nl.lpg.parameters.Parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What an AE closing rule sees: the AE and the sums over the PVPs delivered under it per productkeuze/productvariant
 * (key {@code productkeuze|productvariant}).
 */
public record AeAfsluitingContext(Levering levering, AeInhoud ae, Map<String, ProductSom> sommen,
                                  Parameters parameters, LocalDate peildatum) {

    public record ProductSom(String productkeuze, String productvariant, int aantalPvp, BigDecimal productloon,
                             BigDecimal premiegrondslag, BigDecimal premie, BigDecimal productloonIncidenteel) {
    }
}
