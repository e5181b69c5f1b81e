package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;

import java.util.ArrayList;
import java.util.List;

/**
 * BR400: alle inkomstenperioden en pensioen/verzekeringperioden moeten binnen hetzelfde jaar liggen: het jaar uit
 * datum einde tijdvak AE moet gelijk zijn aan het jaar van datum aanvang IKP en datum aanvang PVP. One finding per
 * IKP, naming the first date found in another year.
 */
@Component
public class Br400PeriodegegevensBinnenEenJaar implements IkvRegel {

    @Override
    public String regel() {
        return "400";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> uit = new ArrayList<>();
        if (ctx.ae().datumEindeTijdvak() == null) {
            return uit;
        }
        int jaar = ctx.ae().datumEindeTijdvak().getYear();
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            String afwijking = null;
            if (ikp.datumAanvang() != null && ikp.datumAanvang().getYear() != jaar) {
                afwijking = "datum aanvang inkomstenperiode " + ikp.datumAanvang();
            } else {
                for (PensioenVerzekeringVerhouding pvv : ikp.pensioenVerzekeringVerhoudingen()) {
                    for (PensioenVerzekeringPeriode pvp : pvv.perioden()) {
                        if (afwijking == null && pvp.datumAanvang() != null && pvp.datumAanvang().getYear() != jaar) {
                            afwijking = "datum aanvang pensioen/verzekeringperiode " + pvp.datumAanvang()
                                    + " (product " + pvv.productkeuze() + ")";
                        }
                    }
                }
            }
            if (afwijking != null) {
                uit.add(Bevinding.van(regel(), "Alle periodegegevens moeten in " + jaar
                        + " liggen (jaar van datum einde tijdvak), maar " + afwijking + " ligt in een ander jaar.")
                        .metIkp(ikp.datumAanvang()).metJaar(jaar));
            }
        }
        return uit;
    }
}
