package nl.lpg.rules.ikv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.stand.StandView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BR322: een einddatum inkomstenverhouding die zodanig vervroegd wordt dat loontijdvakken wegvallen kan alleen
 * doorgevoerd worden als voor alle vervallen loontijdvakken de inkomstenperiodes worden ingetrokken; alleen vanaf de
 * conversiedatum. One signal per stored IKP after the new einddatum that stays (not withdrawn, not delivered again).
 * Stored IKPs in a later calendar year than the new einddatum are BR407's (over de jaargrens).
 * An IKP starting on the new einddatum itself still lies within the IKV (BR268), so "na" rather than "op of na".
 */
@Component
public class Br322EinddatumVervroegenAlleenMetIntrekkingen implements IkvRegel {

    @Override
    public String regel() {
        return "322";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        LocalDate nieuw = ctx.ikv().datumEinde();
        Optional<StandView.StandIkv> s = StandHulp.standIkv(ctx);
        if (nieuw == null || s.isEmpty() || (s.get().datumEinde() != null && !nieuw.isBefore(s.get().datumEinde()))) {
            return List.of();
        }
        LocalDate conversie = ctx.parameters().conversiedatum(ctx.opdrachtgever(), ctx.ae().datumAanvangTijdvak())
                .orElse(LocalDate.MIN);
        List<Bevinding> uit = new ArrayList<>();
        for (StandView.StandIkp ikp : StandHulp.blijvend(ctx)) {
            if (ikp.datumAanvang().isAfter(nieuw) && ikp.datumAanvang().getYear() == nieuw.getYear()
                    && !ikp.datumAanvang().isBefore(conversie)) {
                uit.add(Bevinding.van(regel(), "De einddatum inkomstenverhouding is vervroegd naar " + nieuw
                        + "; de inkomstenperiode van " + ikp.datumAanvang() + " moet worden ingetrokken.")
                        .metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
