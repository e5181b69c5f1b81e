package nl.lpg.rules.ikv;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.parameters.ParameterRow;
import nl.lpg.parameters.ParameterSheets;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.ikp.IkpHulp;
import nl.lpg.rules.ikp.Loontijdvak;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * BR45: een indiensttreding moet tijdig gemeld worden via de gegevensaanlevering. A new IKV (the stand holds no
 * inkomstenperioden for it) must be delivered within aantalDagenTijdigheid (sheet TijdigheidAanlevering, per
 * opdrachtgever and periodiciteit) after the end of the loontijdvak in which it starts, counted from the conversiedatum
 * if the IKV started earlier; measured on the date of aanmaak of the levering. Only when the delivery holds an IKP
 * in that first loontijdvak, i.e. the indiensttreding itself is delivered now: an IKV that merely has no stored
 * history (a stand filled after the conversiedatum) is not taken for a late indiensttreding. Geen signaal als de inkomstenverhouding
 * een werkgeversbetaling is, afgeleid van de soort inkomstenverhouding van de meest actuele inkomstenperiode
 * (SoortInkomstenverhouding.werkgeversbetaling).
 */
@Component
public class Br45IndiensttredingTijdig implements IkvRegel {

    @Override
    public String regel() {
        return "45";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        if (ikv.datumAanvang() == null || ctx.ae().periodiciteit() == null || ctx.levering().aanmaak() == null
                || !IkvHulp.isNieuw(ctx) || werkgeversbetaling(ctx)) {
            return List.of();
        }
        Optional<Integer> dagen = ctx.parameters().table(ParameterSheets.IkvIkp.TIJDIGHEID_AANLEVERING.name())
                .find(ctx.ae().datumEindeTijdvak(), ctx.opdrachtgever(), ctx.ae().periodiciteit().name())
                .map((ParameterRow r) -> r.integer("aantalDagenTijdigheid"));
        if (dagen.isEmpty()) {
            return List.of();
        }
        LocalDate vanaf = ikv.datumAanvang();
        Optional<LocalDate> conversie = ctx.parameters().conversiedatum(ctx.opdrachtgever(),
                ctx.ae().datumEindeTijdvak());
        if (conversie.isPresent() && vanaf.isBefore(conversie.get())) {
            vanaf = conversie.get();
        }
        Loontijdvak eerste = Loontijdvak.van(ctx.ae().periodiciteit(), vanaf);
        if (ikv.inkomstenperioden().stream().noneMatch(i -> i.datumAanvang() != null
                && eerste.bevat(i.datumAanvang()))) {
            return List.of(); // the start of the dienstverband is not part of this delivery (stand without history)
        }
        LocalDate uiterlijk = eerste.einde().plusDays(dagen.get());
        LocalDate aanmaak = ctx.levering().aanmaak().toLocalDate();
        if (aanmaak.isAfter(uiterlijk)) {
            return List.of(Bevinding.van(regel(), "De indiensttreding per " + ikv.datumAanvang()
                    + " is niet tijdig aangeleverd: uiterlijk " + uiterlijk + ", de levering is aangemaakt op "
                    + aanmaak + "."));
        }
        return List.of();
    }

    private static boolean werkgeversbetaling(IkvContext ctx) {
        List<Inkomstenperiode> ikps = IkpHulp.gesorteerd(ctx.ikv());
        if (ikps.isEmpty()) {
            return false;
        }
        Inkomstenperiode actueel = ikps.get(ikps.size() - 1);
        if (IkpHulp.leeg(actueel.soortInkomstenverhouding())) {
            return false;
        }
        return ctx.parameters().table(ParameterSheets.IkvIkp.SOORT_INKOMSTENVERHOUDING.name())
                .find(actueel.datumAanvang(), actueel.soortInkomstenverhouding().trim())
                .map((ParameterRow r) -> r.jn("werkgeversbetaling")).orElse(false);
    }
}
