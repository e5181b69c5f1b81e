package nl.lpg.rules.premie;

import nl.lpg.parameters.ParameterRow;
import nl.lpg.parameters.ParameterSheets;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BR312 and BR316: premie wrongly withheld after the peildatum AOW-leeftijd (plus 5 jaar). Whether a peildatum applies
 * to the product comes from sheet PeildatumAow (soortPeildatum AOW or AOW_PLUS_5) on datum aanvang PVP; a signal when
 * datum aanvang PVP is on or after the peildatum and premiegrondslag and/or premie are filled. "Gevuld" is read as
 * delivered with a value other than 0: a zero amount withholds nothing.
 */
abstract class AowPeildatumControle implements IkvRegel {

    private final String soortPeildatum;

    AowPeildatumControle(String soortPeildatum) {
        this.soortPeildatum = soortPeildatum;
    }

    abstract Optional<LocalDate> peildatum(LocalDate geboortedatum, IkvContext ctx);

    abstract String omschrijving();

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        LocalDate geboortedatum = ctx.ikv().natuurlijkPersoon() == null ? null
                : ctx.ikv().natuurlijkPersoon().geboortedatum();
        if (geboortedatum == null) {
            return out;
        }
        for (PvpGeval g : PvpGeval.alle(ctx)) {
            Optional<ParameterRow> p = ctx.parameters().table(ParameterSheets.Premie.PEILDATUM_AOW.name())
                    .find(g.pvp().datumAanvang(), ctx.opdrachtgever(), g.productkeuze(),
                            g.pvv().productvariant() == null ? "" : g.pvv().productvariant());
            if (p.isEmpty() || !soortPeildatum.equals(p.get().text("soortPeildatum"))) {
                continue;
            }
            Optional<LocalDate> peildatum = peildatum(geboortedatum, ctx);
            if (peildatum.isEmpty() || g.pvp().datumAanvang().isBefore(peildatum.get())) {
                continue;
            }
            if (gevuld(g.pvp().premiegrondslag()) || gevuld(g.pvp().premie())) {
                out.add(g.bevinding(regel(), "Voor " + g.product() + " is vanaf " + g.pvp().datumAanvang()
                        + " premiegrondslag en/of premie aangeleverd, terwijl de deelnemer op de peildatum "
                        + omschrijving() + " (" + peildatum.get() + ") niet meer deelneemt; de premie is ten onrechte "
                        + "ingehouden."));
            }
        }
        return out;
    }

    private static boolean gevuld(BigDecimal b) {
        return b != null && b.signum() != 0;
    }
}
