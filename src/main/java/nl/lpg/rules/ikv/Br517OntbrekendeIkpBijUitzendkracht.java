package nl.lpg.rules.ikv;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.ikp.Loontijdvak;
import nl.lpg.stand.StandView;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * BR517 (Bouw): indien er bij een IKV ontbrekende inkomstenperiode(s) aan het begin van een dienstverband zijn
 * geconstateerd (signaal 409, now or in an earlier run and still missing) en het betreft een dienstverband op
 * uitzendbasis, dan wordt dit gesignaleerd. A missing period has no code CAO of its own: uitzendbasis is read from the
 * IKV's inkomstenperioden, delivered or stored, with code CAO 17 or 92.
 */
@Component
public class Br517OntbrekendeIkpBijUitzendkracht implements IkvRegel {

    static final Set<String> UITZEND_CAO = Set.of("17", "92");

    @Override
    public String regel() {
        return "517";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        boolean uitzend = Stream.concat(ctx.ikv().inkomstenperioden().stream().map(Inkomstenperiode::codeCao),
                        IkvHulp.standIkps(ctx).stream().map(StandView.StandIkp::codeCao))
                .anyMatch(c -> c != null && UITZEND_CAO.contains(c.trim()));
        if (!uitzend || (StandHulp.standIkv(ctx).isPresent() && StandHulp.eerderGesignaleerdOntbrekend(ctx).isEmpty())) {
            return List.of(); // BR409 is about a new IKV; a stored one only with its earlier 409 periods still open
        }
        List<Loontijdvak> ontbrekend = StandHulp.ontbrekendNuOfEerder(ctx);
        if (ontbrekend.isEmpty()) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "Dienstverband op uitzendbasis: de inkomstenperioden aan het begin van het"
                + " dienstverband ontbreken nog, loontijdvakken vanaf " + StandHulp.lijst(ontbrekend)
                + "; lever deze aan (eventueel nihil) of wijzig de ingangsdatum.").metIkp(ontbrekend.get(0).aanvang()));
    }
}
