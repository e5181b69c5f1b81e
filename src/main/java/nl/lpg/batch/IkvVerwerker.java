package nl.lpg.batch;

import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.parameters.ParameterSet;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.Regelmotor;
import nl.lpg.rules.Signaal;
import nl.lpg.stand.StandView;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks one IKV (structure checks first; when one fires the content checks that would only repeat it are not run)
 * and computes grondslag and premie of every PVP (BR167, BR232). Pure apart from the stand view it is given.
 */
public class IkvVerwerker implements ItemProcessor<IkvEenheid, IkvResultaat> {

    /** The outcome of the AE an IKV belongs to, from step 1. */
    public record AeUitkomst(UnitStatus status, boolean geenVerdereControle) {
    }

    private final List<IkvRegel> structuur;
    private final List<IkvRegel> inhoud;
    private final ParameterSet ps;
    private final StandView stand;
    private final Map<Integer, AeUitkomst> aes;
    private final java.time.LocalDate peildatum;
    // Which rules run with which aard depends on opdrachtgever and date only: looked up once per AE.
    private final Map<String, List<Regelmotor.ActieveRegel<IkvRegel>>> actiefStructuur = new java.util.HashMap<>();
    private final Map<String, List<Regelmotor.ActieveRegel<IkvRegel>>> actiefInhoud = new java.util.HashMap<>();

    public IkvVerwerker(List<IkvRegel> regels, ParameterSet ps, StandView stand, Map<Integer, AeUitkomst> aes,
                        java.time.LocalDate peildatum) {
        List<IkvRegel> sorted = LeveringControleTasklet.sorted(regels);
        this.structuur = sorted.stream().filter(IkvRegel::isStructuurcontrole).toList();
        this.inhoud = sorted.stream().filter(r -> !r.isStructuurcontrole()).toList();
        this.ps = ps;
        this.stand = stand;
        this.aes = aes;
        this.peildatum = peildatum;
    }

    @Override
    public IkvResultaat process(IkvEenheid e) {
        AeUitkomst ae = aes.getOrDefault(e.ae().index(), new AeUitkomst(UnitStatus.REFUSED, true));
        if (ae.geenVerdereControle()) {
            return new IkvResultaat(e, UnitStatus.REFUSED, List.of(), List.of());
        }
        IkvContext ctx = new IkvContext(e, stand, ps.parameters(), ps.organisatie(), peildatum);
        String og = e.ae().opdrachtgever();
        var datum = e.ae().datumAanvangTijdvak();
        Regelmotor.Sleutels sl = new Regelmotor.Sleutels(e.levering(), e.ae(), e.ikv());
        String sleutel = og + "|" + datum;
        List<Signaal> signalen = new ArrayList<>(Regelmotor.voerUit(
                actiefStructuur.computeIfAbsent(sleutel, k -> Regelmotor.actieve(structuur, ps.parameters(), og, datum)),
                r -> r.toets(ctx), og, sl));
        if (signalen.isEmpty()) {
            signalen.addAll(Regelmotor.voerUit(
                    actiefInhoud.computeIfAbsent(sleutel, k -> Regelmotor.actieve(inhoud, ps.parameters(), og, datum)),
                    r -> r.toets(ctx), og, sl));
        }
        List<IkvResultaat.Berekening> berekeningen = new ArrayList<>();
        for (Inkomstenperiode ikp : e.ikv().inkomstenperioden()) {
            for (PensioenVerzekeringVerhouding pvv : ikp.pensioenVerzekeringVerhoudingen()) {
                for (PensioenVerzekeringPeriode pvp : pvv.perioden()) {
                    ctx.premie(ikp, pvv, pvp).map(nl.lpg.premium.PvpUitkomst::berekening).ifPresent(b ->
                            berekeningen.add(new IkvResultaat.Berekening(ikp.datumAanvang(), pvv.productkeuze(),
                                    pvv.productvariant(), pvp.datumAanvang(), b,
                                    pvp.plaats() == null ? null : pvp.plaats().line(), pvp.productloonIncidenteel())));
                }
            }
        }
        UnitStatus status = UnitStatus.van(signalen).en(ae.status());
        return new IkvResultaat(e, status, signalen, berekeningen);
    }
}
