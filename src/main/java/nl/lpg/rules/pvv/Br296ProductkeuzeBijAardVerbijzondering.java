package nl.lpg.rules.pvv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;
import nl.lpg.parameters.ParameterRow;
import nl.lpg.parameters.ParameterSheets;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR296 Productkeuze/variant moet bij aard/verbijzondering zijn toegestaan. */
@Component
public class Br296ProductkeuzeBijAardVerbijzondering implements IkvRegel {

    @Override
    public String regel() {
        return "296";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR296: heeft de productkeuze rijen in ProductkeuzePerVerbijzondering, dan moet er een rij zijn voor de aard
        // van de IKV en de verbijzondering van de IKP (of *). PFAB: SFA niet bij DGA is zo in de tabel in te richten.
        // Bouw: geldige vrijwillige deelname is niet in de levering te zien (niet ingericht).
        var tabel = ctx.parameters().table(ParameterSheets.PvvPvpNp.PRODUCTKEUZE_PER_VERBIJZONDERING.name());
        String aard = ctx.ikv().aard();
        for (Producten.PvvInIkp p : Producten.pvvs(ctx.ikv())) {
            var datum = p.ikp().datumAanvang();
            String keuze = p.pvv().productkeuze();
            List<ParameterRow> rijen = tabel.rows().stream()
                    .filter(r -> ctx.opdrachtgever().equalsIgnoreCase(r.text("opdrachtgever")))
                    .filter(r -> keuze != null && keuze.trim().equalsIgnoreCase(r.text("productkeuze").trim()))
                    .filter(r -> "*".equals(r.text("productvariant").trim()) || Producten.variant(r.text("productvariant"))
                            .equalsIgnoreCase(Producten.variant(p.pvv().productvariant())))
                    .filter(r -> r.geldigOp(datum)).toList();
            if (rijen.isEmpty()) {
                continue;
            }
            boolean ok = rijen.stream().anyMatch(r -> past(r.text("aard"), aard)
                    && past(r.text("verbijzondering"), p.ikp().verbijzondering()));
            if (!ok) {
                out.add(p.bevinding(regel(), "Product " + Producten.naam(p.pvv())
                        + " is niet toegestaan bij aard inkomstenverhouding " + aard + " en verbijzondering "
                        + p.ikp().verbijzondering() + "."));
            }
        }
        return out;
    }

    private static boolean past(String patroon, String waarde) {
        return "*".equals(patroon.trim()) || (waarde != null && patroon.trim().equalsIgnoreCase(waarde.trim()));
    }
}
