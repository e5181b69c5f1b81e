package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.delivery.Periodiciteit;
import nl.lpg.parameters.ParameterSheets;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * BR403: het aanleveren van gegevens over voorgaande jaren (TWK) kan per opdrachtgever begrensd zijn. Indien een
 * maximum aantal loontijdvakken TWK ingesteld is (TwkBegrenzing) mogen de periodegegevens niet voorbij het aantal
 * maximum loontijdvakken liggen, getoetst per inkomstenperiode: the datum aanvang of an IKP or of one of its PVPs may
 * not lie before the loontijdvak that is the maximum number of loontijdvakken before the one of the datum aanvang
 * levering.
 */
@Component
public class Br403BegrenzingTwkInstroom implements IkvRegel {

    @Override
    public String regel() {
        return "403";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Periodiciteit p = ctx.ae().periodiciteit();
        if (p == null || ctx.levering().aanmaak() == null) {
            return List.of();
        }
        LocalDate aanmaak = ctx.levering().aanmaak().toLocalDate();
        Integer max = ctx.parameters().table(ParameterSheets.Stand.TWK_BEGRENZING.name())
                .find(aanmaak, ctx.opdrachtgever()).map(r -> r.integer("maximumAantalLoontijdvakkenTwk")).orElse(null);
        if (max == null) {
            return List.of();
        }
        Loontijdvak grens = Loontijdvak.van(p, aanmaak);
        for (int i = 0; i < max; i++) {
            grens = Loontijdvak.van(p, grens.aanvang().minusDays(1));
        }
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            LocalDate vroegst = ikp.datumAanvang();
            for (PensioenVerzekeringVerhouding pvv : ikp.pensioenVerzekeringVerhoudingen()) {
                for (PensioenVerzekeringPeriode pvp : pvv.perioden()) {
                    if (pvp.datumAanvang() != null && (vroegst == null || pvp.datumAanvang().isBefore(vroegst))) {
                        vroegst = pvp.datumAanvang();
                    }
                }
            }
            if (vroegst != null && vroegst.isBefore(grens.aanvang())) {
                uit.add(Bevinding.van(regel(), "De periodegegevens vanaf " + vroegst + " liggen meer dan " + max
                        + " loontijdvakken voor de aanmaak van de levering (" + aanmaak + "); de TWK-instroom is"
                        + " begrensd tot loontijdvakken vanaf " + grens.aanvang() + ".").metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
