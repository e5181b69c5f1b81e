package nl.lpg.rules.premie;

import nl.lpg.premium.PvpUitkomst;
import nl.lpg.premium.Rekenen;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BR164 "Controleer de premie": the delivered premie against the berekende premie (BR232), within the margin for
 * rounding differences (Marges, regel 164). Precondition: berekeningsbasis "premie" (PREMIE, or BEIDE where the premie
 * is delivered too). For a broken loontijdvak a difference outside the margin is checked once more with the
 * "correctiefactor 30 dagen": premie = premie * aantal kalenderdagen in loontijdvak / 30. The spec gives BR164 no third
 * (360 days) attempt: "Als wederom blijkt dat het afrondingsverschil buiten de marge valt gaat het signaal af."
 */
@Component
public class Br164ControleerPremie implements IkvRegel {

    @Override
    public String regel() {
        return "164";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        for (PvpGeval g : PvpGeval.alle(ctx)) {
            Optional<PvpUitkomst> u = g.uitkomst(ctx);
            if (u.isEmpty() || !u.get().premieMoetAangeleverd() || u.get().premieOnafgerond() == null
                    || g.pvp().premie() == null) {
                continue;
            }
            PvpUitkomst uitkomst = u.get();
            BigDecimal aangeleverd = g.pvp().premie();
            BigDecimal berekend = uitkomst.berekening().premieBerekend();
            BigDecimal marge = Marge.toegestaan(ctx.parameters(), regel(), ctx.opdrachtgever(), g.productkeuze(),
                    g.pvp().datumAanvang(), berekend);
            if (Marge.binnen(aangeleverd, berekend, marge)) {
                continue;
            }
            Optional<BigDecimal> dertig = herberekening30(uitkomst);
            if (dertig.isPresent() && Marge.binnen(aangeleverd, dertig.get(), marge)) {
                continue;
            }
            StringBuilder m = new StringBuilder("De aangeleverde premie ").append(Rekenen.tekst(aangeleverd))
                    .append(" voor ").append(g.product()).append(" (PVP vanaf ").append(g.pvp().datumAanvang())
                    .append(") wijkt af van de berekende premie ").append(Rekenen.tekst(berekend))
                    .append(" met ").append(Rekenen.tekst(aangeleverd.subtract(berekend)))
                    .append("; toegestane marge ").append(Rekenen.tekst(marge.setScale(4, RoundingMode.HALF_UP)));
            dertig.ifPresent(d -> m.append("; ook herberekend op 30 dagen (").append(Rekenen.tekst(d))
                    .append(") valt het verschil buiten de marge"));
            out.add(g.bevinding(regel(), m.append('.').toString()));
        }
        return out;
    }

    /** premie * kalenderdagen in loontijdvak / 30, only for a broken loontijdvak (periodefactor PVP below 1). */
    static Optional<BigDecimal> herberekening30(PvpUitkomst u) {
        BigDecimal periodefactor = u.berekening().periodefactor();
        if (periodefactor.signum() <= 0 || periodefactor.compareTo(BigDecimal.ONE) >= 0) {
            return Optional.empty();
        }
        return Optional.of(Rekenen.centen(Rekenen.deel(
                u.premieOnafgerond().multiply(BigDecimal.valueOf(u.kalenderdagenLoontijdvak())),
                Br163ControleerGrondslag.DERTIG)));
    }
}
