package nl.lpg.rules.ikv;

import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.parameters.ParameterRow;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.stand.StandView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * BR204: datum aanvang inkomstenverhouding moet op of na de datum ingang van de aansluiting liggen. Preconditie: de
 * IKV is nieuw, of de datum aanvang in de levering ligt voor die in de stand. The stand view holds the stored IKPs,
 * not the stored IKV: the earliest stored IKP stands in for the stored datum aanvang IKV.
 */
@Component
public class Br204AanvangIkvNaIngangAansluiting implements IkvRegel {

    @Override
    public String regel() {
        return "204";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        if (ikv.datumAanvang() == null || ctx.organisatie() == null) {
            return List.of();
        }
        LocalDate ingangAansluiting = ctx.organisatie().aansluiting(ctx.ae().aansluitnummer()).stream()
                .map(ParameterRow::ingang).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        if (ingangAansluiting == null || !ikv.datumAanvang().isBefore(ingangAansluiting)) {
            return List.of();
        }
        LocalDate eersteInStand = IkvHulp.standIkps(ctx).stream().map(StandView.StandIkp::datumAanvang)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        if (eersteInStand != null && !ikv.datumAanvang().isBefore(eersteInStand)) {
            return List.of(); // existing IKV whose start was not moved earlier
        }
        return List.of(Bevinding.van(regel(), "Datum aanvang inkomstenverhouding " + ikv.datumAanvang()
                + " ligt voor de datum ingang van aansluiting " + ctx.ae().aansluitnummer() + " ("
                + ingangAansluiting + ")."));
    }
}
