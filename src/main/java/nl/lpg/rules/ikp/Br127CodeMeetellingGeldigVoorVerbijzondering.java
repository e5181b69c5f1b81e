package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;
import nl.lpg.parameters.ParameterRow;
import nl.lpg.parameters.ParameterSheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BR127: de code meetelling moet overeenkomen met de toegestane waarde voor de verbijzondering (sheet
 * Verbijzonderingen, toegestaneCodeMeetelling: JA = moet Ja zijn, NEE = moet Nee zijn, BEIDE = Ja of Nee). A
 * combination without a row is BR334's concern; a code other than J/N is BR150's.
 */
@Component
public class Br127CodeMeetellingGeldigVoorVerbijzondering implements IkvRegel {

    @Override
    public String regel() {
        return "127";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        String aard = ikv.aard() == null ? "" : ikv.aard().trim();
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ikv.inkomstenperioden()) {
            if (ikp.datumAanvang() == null) {
                continue;
            }
            String v = ikp.verbijzondering() == null ? "" : ikp.verbijzondering().trim();
            Optional<String> toegestaan = ctx.parameters().table(ParameterSheets.VERBIJZONDERINGEN.name())
                    .find(ikp.datumAanvang(), ctx.opdrachtgever(), aard, v)
                    .map((ParameterRow r) -> r.text("toegestaneCodeMeetelling"));
            if (toegestaan.isEmpty()) {
                continue;
            }
            boolean fout = switch (toegestaan.get().trim().toUpperCase()) {
                case "JA" -> IkpHulp.meeteltNee(ikp);
                case "NEE" -> !IkpHulp.meeteltNee(ikp);
                default -> false;
            };
            if (fout) {
                uit.add(Bevinding.van(regel(), "Code meetelling is " + (IkpHulp.meeteltNee(ikp) ? "Nee" : "Ja")
                        + ", maar bij verbijzondering " + v + " moet de code meetelling "
                        + ("JA".equalsIgnoreCase(toegestaan.get().trim()) ? "Ja" : "Nee") + " zijn.")
                        .metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
