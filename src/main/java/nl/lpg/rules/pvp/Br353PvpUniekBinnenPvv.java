package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR353 PVP moet uniek zijn binnen PVV. */
@Component
public class Br353PvpUniekBinnenPvv implements IkvRegel {

    @Override
    public String regel() {
        return "353";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR353: in een PVV mag een PVP (datum aanvang) maar één keer voorkomen.
        for (Producten.PvvInIkp v : Producten.pvvs(ctx.ikv())) {
            Set<java.time.LocalDate> gezien = new HashSet<>();
            Set<java.time.LocalDate> gemeld = new HashSet<>();
            for (var pvp : v.pvv().perioden()) {
                if (pvp.datumAanvang() != null && !gezien.add(pvp.datumAanvang()) && gemeld.add(pvp.datumAanvang())) {
                    out.add(v.bevinding(regel(), "De pensioen/verzekeringperiode van " + Producten.naam(v.pvv()) + " met datum aanvang "
                            + pvp.datumAanvang() + " komt meer dan één keer voor."));
                }
            }
        }
        return out;
    }
}
