package nl.lpg.rules.ikv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.ikp.Loontijdvak;
import nl.lpg.stand.StandView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BR323: een datum aanvang inkomstenverhouding die zodanig later gelegd wordt dat loontijdvakken wegvallen kan alleen
 * doorgevoerd worden als voor alle vervallen loontijdvakken de inkomstenperiodes worden ingetrokken; alleen vanaf de
 * conversiedatum. One signal per stored IKP whose whole loontijdvak lies before the new datum aanvang and that stays.
 * A later datum aanvang within a loontijdvak is BR357's; stored IKPs in an earlier calendar year than the new datum
 * aanvang are the jaargrens rules' (BR405, BR418, BR419).
 */
@Component
public class Br323IngangsdatumVerlatenAlleenMetIntrekkingen implements IkvRegel {

    @Override
    public String regel() {
        return "323";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Optional<LocalDate> verlaat = StandHulp.verlaatAanvang(ctx);
        if (verlaat.isEmpty()) {
            return List.of();
        }
        LocalDate nieuw = verlaat.get();
        LocalDate conversie = ctx.parameters().conversiedatum(ctx.opdrachtgever(), ctx.ae().datumAanvangTijdvak())
                .orElse(LocalDate.MIN);
        List<Bevinding> uit = new ArrayList<>();
        for (StandView.StandIkp ikp : StandHulp.blijvend(ctx)) {
            Loontijdvak lt = Loontijdvak.van(ctx.ae().periodiciteit(), ikp.datumAanvang());
            if (lt.einde().isBefore(nieuw) && ikp.datumAanvang().getYear() == nieuw.getYear()
                    && !ikp.datumAanvang().isBefore(conversie)) {
                uit.add(Bevinding.van(regel(), "De ingangsdatum inkomstenverhouding is verlaat naar " + nieuw
                        + "; de inkomstenperiode van " + ikp.datumAanvang() + " moet worden ingetrokken.")
                        .metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
