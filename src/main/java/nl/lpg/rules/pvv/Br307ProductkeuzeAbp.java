package nl.lpg.rules.pvv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR307 Productkeuze ABP. */
@Component
public class Br307ProductkeuzeAbp implements IkvRegel {

    static final LocalDate PPP_TOT = LocalDate.of(2016, 1, 1);
    static final LocalDate VPL_TOT = LocalDate.of(2023, 1, 1);

    @Override
    public String regel() {
        return "307";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR307 (ABP): uitsluitend OPNP, OPNP-I, AAOP en VPL; PPP en PPP-I alleen tot 1-1-2016; VPL alleen tot 1-1-2023.
        // Getoetst op datum aanvang van elke PVP (zonder PVP: datum aanvang IKP); één signaal per PVV.
        for (Producten.PvvInIkp p : Producten.pvvs(ctx.ikv())) {
            String keuze = p.pvv().productkeuze() == null ? "" : p.pvv().productkeuze().trim().toUpperCase();
            List<LocalDate> data = p.pvv().perioden().isEmpty() ? List.of(p.ikp().datumAanvang())
                    : p.pvv().perioden().stream().map(x -> x.datumAanvang()).filter(d -> d != null).toList();
            LocalDate tot = switch (keuze) {
                case "OPNP", "OPNP-I", "AAOP" -> LocalDate.MAX;
                case "VPL" -> VPL_TOT;
                case "PPP", "PPP-I" -> PPP_TOT;
                default -> null;
            };
            if (tot == null) {
                out.add(p.bevinding(regel(), "Productkeuze " + p.pvv().productkeuze()
                        + " bestaat niet voor ABP; toegestaan zijn OPNP, OPNP-I, AAOP en VPL."));
            } else {
                data.stream().filter(d -> d != null && !d.isBefore(tot)).min(LocalDate::compareTo)
                        .ifPresent(d -> out.add(p.bevinding(regel(), "Productkeuze " + p.pvv().productkeuze()
                                + " is alleen toegestaan tot " + tot + "; periode begint op " + d + ".")));
            }
        }
        return out;
    }
}
