package nl.lpg.rules;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.delivery.Levering;
import nl.lpg.parameters.OrganisatieRegister;
import nl.lpg.parameters.Parameters;
import nl.lpg.stand.StandView;

import java.time.LocalDate;

/** What an IKV rule sees: the unit with its AE, the participant's stand, the parameters and the systeemdatum. */
public record IkvContext(IkvEenheid eenheid, StandView stand, Parameters parameters, OrganisatieRegister organisatie,
                         LocalDate peildatum) {

    public Inkomstenverhouding ikv() {
        return eenheid.ikv();
    }

    public AdministratieveEenheid ae() {
        return eenheid.ae();
    }

    public Levering levering() {
        return eenheid.levering();
    }

    public String opdrachtgever() {
        return eenheid.ae().opdrachtgever();
    }
}
