package nl.lpg.rules.ae;

import nl.lpg.delivery.Loontijdvakken;
import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * BR31: Tijdvak AE moet conform kalendertijdvak zijn: datum aanvang en einde tijdvak vallen samen met een
 * gedefinieerd loontijdvak van de periodiciteit ({@link Loontijdvakken}).
 */
@Component
public class Br31TijdvakConformKalendertijdvak implements AeRegel {

    @Override
    public String regel() {
        return "31";
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        var ae = ctx.ae().ae();
        var tijdvak = Loontijdvakken.tijdvak(ae.periodiciteit(), ae.datumAanvangTijdvak());
        if (!tijdvak.aanvang().equals(ae.datumAanvangTijdvak()) || !tijdvak.einde().equals(ae.datumEindeTijdvak())) {
            return List.of(Bevinding.van(regel(), "Tijdvak " + ae.datumAanvangTijdvak() + " t/m " + ae.datumEindeTijdvak()
                    + " is geen loontijdvak bij periodiciteit " + ae.periodiciteit() + " (verwacht " + tijdvak.aanvang()
                    + " t/m " + tijdvak.einde() + ")."));
        }
        return List.of();
    }
}
