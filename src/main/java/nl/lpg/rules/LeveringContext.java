package nl.lpg.rules;

import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.Levering;
import nl.lpg.parameters.OrganisatieRegister;
import nl.lpg.parameters.Parameters;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a delivery-level rule sees. {@code eerdereLeveringen} are the deliveries registered before this run
 * (BR16 uniqueness, BR218 previous delivery).
 */
public record LeveringContext(Levering levering, List<AeInhoud> aes, List<EerdereLevering> eerdereLeveringen,
                              Parameters parameters, OrganisatieRegister organisatie, LocalDate peildatum) {

    /** A delivery received before: its key and creation time, whether or not it was accepted. */
    public record EerdereLevering(String nummerLeverancier, String periodeLevering, int volgnummer,
                                  LocalDateTime aanmaak) {
    }
}
