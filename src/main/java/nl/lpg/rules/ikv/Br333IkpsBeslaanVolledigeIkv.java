package nl.lpg.rules.ikv;

import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.ikp.Loontijdvak;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * BR333: de IKPs moeten de volledige omvang van de IKV uit de levering beslaan, vanaf ingangsdatum IKV (of de
 * conversiedatum, als die recenter is) tot einddatum IKV of einde laatste loontijdvak in de levering; over de
 * geleverde en de blijvende IKPs van de stand. Checked over the te controleren loontijdvakken of the AE's calendar
 * year (TeControlerenLoontijdvakken); missing loontijdvakken of earlier years are the jaargrens rules' (BR404, BR406,
 * BR409, BR415). One signal per IKV naming the loontijdvakken without inkomstenperiode.
 */
@Component
public class Br333IkpsBeslaanVolledigeIkv implements IkvRegel {

    @Override
    public String regel() {
        return "333";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        if (ikv.datumAanvang() == null) {
            return List.of();
        }
        LocalDate jaar = LocalDate.of(ctx.ae().datumAanvangTijdvak().getYear(), 1, 1);
        LocalDate van = ikv.datumAanvang().isBefore(jaar) ? jaar : ikv.datumAanvang();
        List<Loontijdvak> ontbrekend = StandHulp.ontbrekend(ctx, van, ikv.datumEinde());
        if (ontbrekend.isEmpty()) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "De inkomstenperioden beslaan niet de volledige inkomstenverhouding: geen"
                + " inkomstenperiode in de loontijdvakken vanaf " + StandHulp.lijst(ontbrekend) + ".")
                .metIkp(ontbrekend.get(0).aanvang()));
    }
}
