package nl.lpg.rules;

import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.Levering;
import nl.lpg.parameters.OrganisatieRegister;
import nl.lpg.parameters.Parameters;

import java.time.LocalDate;
import java.util.List;

/** What an AE rule sees: the AE with its intrekkingen and collectieve aangiften, and every AE of the delivery. */
public record AeContext(Levering levering, AeInhoud ae, List<AeInhoud> alleAes, Parameters parameters,
                        OrganisatieRegister organisatie, LocalDate peildatum) {
}
