package nl.lpg.rules;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.delivery.Levering;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.parameters.OrganisatieRegister;
import nl.lpg.parameters.Parameters;
import nl.lpg.premium.PremieBerekening;
import nl.lpg.premium.PvpUitkomst;
import nl.lpg.stand.StandView;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an IKV rule sees: the unit with its AE, the participant's stand, the parameters and the systeemdatum. The
 * premium determination of a PVP (BR167, BR232) is made once per IKV and shared by the checks that compare with it
 * (BR163, BR164, ...) and the calculation the run stages.
 */
public final class IkvContext {

    private final IkvEenheid eenheid;
    private final StandView stand;
    private final Parameters parameters;
    private final OrganisatieRegister organisatie;
    private final LocalDate peildatum;
    private final Map<PensioenVerzekeringPeriode, Optional<PvpUitkomst>> premies = new IdentityHashMap<>();

    public IkvContext(IkvEenheid eenheid, StandView stand, Parameters parameters, OrganisatieRegister organisatie,
                      LocalDate peildatum) {
        this.eenheid = eenheid;
        this.stand = stand;
        this.parameters = parameters;
        this.organisatie = organisatie;
        this.peildatum = peildatum;
    }

    public IkvEenheid eenheid() {
        return eenheid;
    }

    public StandView stand() {
        return stand;
    }

    public Parameters parameters() {
        return parameters;
    }

    public OrganisatieRegister organisatie() {
        return organisatie;
    }

    public LocalDate peildatum() {
        return peildatum;
    }

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

    /** The premium determination of one PVP of this IKV, computed once (empty without a Productvarianten row). */
    public Optional<PvpUitkomst> premie(Inkomstenperiode ikp, PensioenVerzekeringVerhouding pvv,
                                        PensioenVerzekeringPeriode pvp) {
        return premies.computeIfAbsent(pvp, k -> PremieBerekening.detail(eenheid, ikp, pvv, pvp, parameters));
    }

    @Override
    public String toString() {
        return "IkvContext[" + eenheid + "]";
    }
}
