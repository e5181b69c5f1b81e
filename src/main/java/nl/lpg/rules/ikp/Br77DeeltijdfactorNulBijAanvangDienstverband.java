package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * BR77: een nieuwe inkomstenverhouding mag niet starten met deeltijdfactor nul (ABP, PWRI, PPF APG). Alleen voor
 * IKV's met aanvangsdatum 1-1-2018 of later, aard WN, en verbijzondering ongelijk aan OPK (ABP), RVU of WIA (PWRI),
 * WIA (PPF APG). "Nieuw": the stand holds no inkomstenperioden of this IKV. The first IKP of the delivery is the
 * start of the dienstverband only when it starts on datum aanvang IKV.
 */
@Component
public class Br77DeeltijdfactorNulBijAanvangDienstverband implements IkvRegel {

    static final LocalDate VANAF = LocalDate.of(2018, 1, 1);

    @Override
    public String regel() {
        return "77";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        if (ikv.datumAanvang() == null || ikv.datumAanvang().isBefore(VANAF) || !"WN".equalsIgnoreCase(
                ikv.aard() == null ? "" : ikv.aard().trim()) || !nl.lpg.rules.ikv.IkvHulp.isNieuw(ctx)) {
            return List.of();
        }
        List<Inkomstenperiode> ikps = IkpHulp.gesorteerd(ikv);
        if (ikps.isEmpty()) {
            return List.of();
        }
        Inkomstenperiode eerste = ikps.get(0);
        if (!eerste.datumAanvang().equals(ikv.datumAanvang()) || !IkpHulp.isNul(eerste.deeltijdfactor())
                || uitgezonderd(ctx.opdrachtgever(), eerste)) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "Nieuwe inkomstenverhouding per " + ikv.datumAanvang()
                + " start met deeltijdfactor 0; een dienstverband mag niet met deeltijdfactor nul beginnen.")
                .metIkp(eerste.datumAanvang()));
    }

    private static boolean uitgezonderd(String opdrachtgever, Inkomstenperiode ikp) {
        Set<String> vrij = switch (opdrachtgever == null ? "" : opdrachtgever.toUpperCase()) {
            case "ABP" -> Set.of("OPK");
            case "PWRI" -> Set.of("RVU", "WIA");
            case "PPFAPG" -> Set.of("WIA");
            default -> Set.of();
        };
        return IkpHulp.isVerbijzondering(ikp, vrij.toArray(String[]::new));
    }
}
