package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;
import nl.lpg.parameters.ParameterSheets;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR305 De meetellingswaarde moet passen binnen range bij deze productkeuze (ABP). */
@Component
public class Br305MeetellingswaardeBinnenRange implements IkvRegel {

    @Override
    public String regel() {
        return "305";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR305 (ABP): de meetellingswaarde moet vallen binnen de range van bestaanbare waarden bij de productkeuze en de
        // verbijzondering van de IKP (MeetellingswaardeRange, * = alle). Geen rij: geen controle. Leeg: BR119.
        var tabel = ctx.parameters().table(ParameterSheets.PvvPvpNp.MEETELLINGSWAARDE_RANGE.name());
        for (Producten.PvpInIkp p : Producten.pvps(ctx.ikv())) {
            var m = p.pvp().meetellingswaarde();
            if (m == null || p.pvp().datumAanvang() == null) {
                continue;
            }
            tabel.findWithWildcard(p.pvp().datumAanvang(), ctx.opdrachtgever(), p.pvv().productkeuze(),
                    p.ikp().verbijzondering() == null ? "*" : p.ikp().verbijzondering()).ifPresent(r -> {
                var min = r.decimal("minimumMeetellingswaarde");
                var max = r.decimal("maximumMeetellingswaarde");
                if (m.compareTo(min) < 0 || m.compareTo(max) > 0) {
                    out.add(p.bevinding(regel(), "Meetellingswaarde " + m.toPlainString() + "% bij " + p.product()
                            + " en verbijzondering " + p.ikp().verbijzondering() + " ligt buiten de range "
                            + min.toPlainString() + "-" + max.toPlainString() + "%."));
                }
            });
        }
        return out;
    }
}
