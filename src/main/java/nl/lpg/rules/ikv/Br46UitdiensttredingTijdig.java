package nl.lpg.rules.ikv;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.parameters.ParameterSheets;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.ikp.IkpHulp;
import nl.lpg.rules.ikp.Loontijdvak;
import nl.lpg.stand.StandView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * BR46: een uitdiensttreding moet tijdig gemeld worden via de gegevensaanlevering. The uitdiensttreding is reported
 * now when the delivery carries a datum einde IKV that the stand did not hold yet (a new IKV, or a stored IKV without
 * or with another datum einde). It must come within aantalDagenTijdigheid (TijdigheidAanlevering, per opdrachtgever
 * and periodiciteit, the parameter BR45 uses) after the end of the loontijdvak in which the IKV ends, measured on the
 * date of aanmaak of the levering. Geen signaal bij een werkgeversbetaling (soort inkomstenverhouding van de meest
 * actuele inkomstenperiode).
 */
@Component
public class Br46UitdiensttredingTijdig implements IkvRegel {

    @Override
    public String regel() {
        return "46";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        LocalDate einde = ikv.datumEinde();
        if (einde == null || ctx.ae().periodiciteit() == null || ctx.levering().aanmaak() == null) {
            return List.of();
        }
        Optional<StandView.StandIkv> stand = StandHulp.standIkv(ctx);
        if (stand.isPresent() && Objects.equals(stand.get().datumEinde(), einde)) {
            return List.of(); // reported before: not an uitdiensttreding of this delivery
        }
        List<Inkomstenperiode> ikps = IkpHulp.gesorteerd(ikv);
        if (!ikps.isEmpty() && StandHulp.werkgeversbetaling(ctx, ikps.get(ikps.size() - 1).soortInkomstenverhouding(),
                ikps.get(ikps.size() - 1).datumAanvang())) {
            return List.of();
        }
        Optional<Integer> dagen = ctx.parameters().table(ParameterSheets.IkvIkp.TIJDIGHEID_AANLEVERING.name())
                .find(ctx.ae().datumEindeTijdvak(), ctx.opdrachtgever(), ctx.ae().periodiciteit().name())
                .map(r -> r.integer("aantalDagenTijdigheid"));
        if (dagen.isEmpty()) {
            return List.of();
        }
        LocalDate uiterlijk = Loontijdvak.van(ctx.ae().periodiciteit(), einde).einde().plusDays(dagen.get());
        LocalDate aanmaak = ctx.levering().aanmaak().toLocalDate();
        if (aanmaak.isAfter(uiterlijk)) {
            return List.of(Bevinding.van(regel(), "De uitdiensttreding per " + einde + " is niet tijdig aangeleverd:"
                    + " uiterlijk " + uiterlijk + ", de levering is aangemaakt op " + aanmaak + "."));
        }
        return List.of();
    }
}
