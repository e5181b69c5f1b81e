package nl.lpg.rules.ikv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.stand.StandView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * BR407: een einddatum inkomstenverhouding die zodanig vervroegd wordt dat deze de jaargrens overschrijdt, waardoor
 * intrekkingen verwacht worden: every stored IKP of a later calendar year than the new datum einde that stays (not
 * withdrawn) and lies in the te controleren loontijdvakken gives a signal. The same within the year is BR322.
 */
@Component
public class Br407EinddatumVervroegdOverJaargrens implements IkvRegel {

    @Override
    public String regel() {
        return "407";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        var s = StandHulp.standIkv(ctx);
        LocalDate nieuw = ctx.ikv().datumEinde();
        var vanaf = StandHulp.controleVanaf(ctx);
        if (nieuw == null || s.isEmpty() || vanaf.isEmpty()
                || (s.get().datumEinde() != null && !nieuw.isBefore(s.get().datumEinde()))) {
            return List.of();
        }
        List<Bevinding> uit = new ArrayList<>();
        for (StandView.StandIkp ikp : StandHulp.blijvend(ctx)) {
            if (ikp.datumAanvang().getYear() > nieuw.getYear() && !ikp.datumAanvang().isBefore(vanaf.get())) {
                uit.add(Bevinding.van(regel(), "De einddatum inkomstenverhouding is vervroegd naar " + nieuw
                        + " over de jaargrens: de inkomstenperiode van " + ikp.datumAanvang()
                        + " moet worden ingetrokken.").metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
