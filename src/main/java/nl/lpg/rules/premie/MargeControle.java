package nl.lpg.rules.premie;

import nl.lpg.premium.PvpUitkomst;
import nl.lpg.premium.Rekenen;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shared shape of BR165, BR168, BR170 and BR171: the delivered grondslag or premie must equal the berekende one
 * (BR167 / BR232) within the margin of sheet Marges for the rule, opdrachtgever and productkeuze on datum aanvang PVP;
 * "te laag" signals below berekend - marge, "te hoog" above berekend + marge. A rule on the grondslag applies only to
 * products whose grondslag must be delivered, a rule on the premie only to products whose premie must be delivered.
 */
abstract class MargeControle implements IkvRegel {

    enum Bedrag { GRONDSLAG, PREMIE }

    enum Richting { TE_LAAG, TE_HOOG }

    /** "Vanaf 1-1-2019 wordt het product Beter Excedent (productkeuze BEXC) niet uitgesloten van controle": before, it was. */
    static final LocalDate BEXC_GECONTROLEERD_VANAF = LocalDate.of(2019, 1, 1);

    private final Bedrag bedrag;
    private final Richting richting;

    MargeControle(Bedrag bedrag, Richting richting) {
        this.bedrag = bedrag;
        this.richting = richting;
    }

    /** Whether the PVP is excluded from this check beyond the BEXC rule (the SPW exclusions of the "te laag" rules). */
    boolean uitgesloten(IkvContext ctx, PvpGeval g) {
        return false;
    }

    /**
     * SPW: "Producten VPL en FLOW in combinatie met verbijzondering OVW en LLR" are not checked for a too low
     * premie/grondslag (unpaid leave within the loontijdvak may lower them).
     */
    static boolean spwVerlof(IkvContext ctx, PvpGeval g) {
        return "SPW".equals(ctx.opdrachtgever())
                && Set.of("VPL", "FLOW").contains(g.productkeuze().toUpperCase())
                && g.ikp().verbijzondering() != null
                && Set.of("OVW", "LLR").contains(g.ikp().verbijzondering().toUpperCase());
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        for (PvpGeval g : PvpGeval.alle(ctx)) {
            if ("BEXC".equalsIgnoreCase(g.productkeuze()) && g.pvp().datumAanvang().isBefore(BEXC_GECONTROLEERD_VANAF)) {
                continue;
            }
            if (uitgesloten(ctx, g)) {
                continue;
            }
            Optional<PvpUitkomst> u = g.uitkomst(ctx);
            if (u.isEmpty()) {
                continue;
            }
            boolean grondslag = bedrag == Bedrag.GRONDSLAG;
            if (grondslag ? !u.get().grondslagMoetAangeleverd() : !u.get().premieMoetAangeleverd()) {
                continue;
            }
            BigDecimal berekend = grondslag ? u.get().berekening().grondslagBerekend()
                    : u.get().berekening().premieBerekend();
            BigDecimal aangeleverd = grondslag ? g.pvp().premiegrondslag() : g.pvp().premie();
            if (berekend == null || aangeleverd == null) {
                continue; // not delivered: BR243/BR244; nothing computed: nothing to compare
            }
            BigDecimal marge = Marge.toegestaan(ctx.parameters(), regel(), ctx.opdrachtgever(), g.productkeuze(),
                    g.pvp().datumAanvang(), berekend);
            boolean fout = richting == Richting.TE_LAAG
                    ? aangeleverd.compareTo(berekend.subtract(marge)) < 0
                    : aangeleverd.compareTo(berekend.add(marge)) > 0;
            if (fout) {
                String wat = grondslag ? "premiegrondslag" : "premie";
                out.add(g.bevinding(regel(), "De aangeleverde " + wat + " " + Rekenen.tekst(aangeleverd) + " voor "
                        + g.product() + " (PVP vanaf " + g.pvp().datumAanvang() + ") is "
                        + (richting == Richting.TE_LAAG ? "lager" : "hoger") + " dan de berekende " + wat + " "
                        + Rekenen.tekst(berekend) + "; verschil " + Rekenen.tekst(aangeleverd.subtract(berekend))
                        + ", toegestane marge " + Rekenen.tekst(marge.setScale(4, RoundingMode.HALF_UP)) + "."));
            }
        }
        return out;
    }
}
