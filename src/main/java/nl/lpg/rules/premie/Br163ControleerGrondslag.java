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
 * BR163 "Controleer de grondslag": the delivered premiegrondslag against the berekende grondslag (BR167), for products
 * whose grondslag must be delivered, within the margin for rounding differences (Marges, regel 163). For a broken
 * loontijdvak a difference outside the margin is checked again with the "correctiefactor 30 dagen"
 * (grondslag voor het loontijdvak = berekende grondslag / periodefactor PVP; * kalenderdagen in PVP / 30) and, for ABP,
 * with the "360 dagen" factor (* dagen in de PVP op basis van 360 dagen per jaar / 30); only when all fail it signals.
 */
@Component
public class Br163ControleerGrondslag implements IkvRegel {

    static final BigDecimal DERTIG = new BigDecimal("30");

    @Override
    public String regel() {
        return "163";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        for (PvpGeval g : PvpGeval.alle(ctx)) {
            Optional<PvpUitkomst> u = g.uitkomst(ctx);
            if (u.isEmpty() || !u.get().grondslagMoetAangeleverd() || u.get().grondslagOnafgerond() == null
                    || g.pvp().premiegrondslag() == null) {
                continue;
            }
            PvpUitkomst uitkomst = u.get();
            BigDecimal aangeleverd = g.pvp().premiegrondslag();
            BigDecimal berekend = uitkomst.berekening().grondslagBerekend();
            BigDecimal marge = Marge.toegestaan(ctx.parameters(), regel(), ctx.opdrachtgever(), g.productkeuze(),
                    g.pvp().datumAanvang(), berekend);
            if (Marge.binnen(aangeleverd, berekend, marge)) {
                continue;
            }
            List<BigDecimal> pogingen = herberekeningen(uitkomst, "ABP".equals(ctx.opdrachtgever()));
            if (pogingen.stream().anyMatch(p -> Marge.binnen(aangeleverd, p, marge))) {
                continue;
            }
            StringBuilder m = new StringBuilder("De aangeleverde premiegrondslag ").append(Rekenen.tekst(aangeleverd))
                    .append(" voor ").append(g.product()).append(" (PVP vanaf ").append(g.pvp().datumAanvang())
                    .append(") wijkt af van de berekende premiegrondslag ").append(Rekenen.tekst(berekend))
                    .append(" met ").append(Rekenen.tekst(aangeleverd.subtract(berekend)))
                    .append("; toegestane marge ").append(Rekenen.tekst(marge.setScale(4, RoundingMode.HALF_UP)));
            if (!pogingen.isEmpty()) {
                m.append("; ook herberekend op 30 dagen (").append(Rekenen.tekst(pogingen.get(0))).append(')');
                if (pogingen.size() > 1) {
                    m.append(" en op 360 dagen per jaar (").append(Rekenen.tekst(pogingen.get(1))).append(')');
                }
                m.append(" valt het verschil buiten de marge");
            }
            out.add(g.bevinding(regel(), m.append('.').toString()));
        }
        return out;
    }

    /**
     * The second (30 days) and, for ABP, third (360 days per year) calculation of a broken loontijdvak, rounded to
     * cents; none for a whole loontijdvak (periodefactor PVP 1 or more) or a periodefactor of zero.
     */
    static List<BigDecimal> herberekeningen(PvpUitkomst u, boolean abp) {
        BigDecimal periodefactor = u.berekening().periodefactor();
        if (periodefactor.signum() <= 0 || periodefactor.compareTo(BigDecimal.ONE) >= 0) {
            return List.of();
        }
        BigDecimal loontijdvak = Rekenen.deel(u.grondslagOnafgerond(), periodefactor);
        List<BigDecimal> out = new ArrayList<>();
        out.add(Rekenen.centen(Rekenen.deel(loontijdvak.multiply(BigDecimal.valueOf(u.kalenderdagenPvp())), DERTIG)));
        if (abp) {
            out.add(Rekenen.centen(Rekenen.deel(loontijdvak.multiply(BigDecimal.valueOf(u.dagen360Pvp())), DERTIG)));
        }
        return out;
    }
}
