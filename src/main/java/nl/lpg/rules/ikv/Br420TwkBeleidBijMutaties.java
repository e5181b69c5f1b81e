package nl.lpg.rules.ikv;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * BR420: mutaties die de werkgever t.a.v. perioden voor het huidige kalenderjaar - 1 aanlevert worden niet meer
 * automatisch verwerkt (Bouw, Schoonmaak). Het huidige kalenderjaar volgt uit de systeemdatum (peildatum). One
 * finding per IKP that has such a period (its own datum aanvang or that of one of its PVPs). Intrekkingen are
 * under the AE, not under the IKV: they are not seen here.
 */
@Component
public class Br420TwkBeleidBijMutaties implements IkvRegel {

    @Override
    public String regel() {
        return "420";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        if (ctx.peildatum() == null) {
            return List.of();
        }
        int grensjaar = ctx.peildatum().getYear() - 1;
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            LocalDate vroegste = ikp.datumAanvang();
            for (PensioenVerzekeringVerhouding pvv : ikp.pensioenVerzekeringVerhoudingen()) {
                for (PensioenVerzekeringPeriode pvp : pvv.perioden()) {
                    if (pvp.datumAanvang() != null && (vroegste == null || pvp.datumAanvang().isBefore(vroegste))) {
                        vroegste = pvp.datumAanvang();
                    }
                }
            }
            if (vroegste != null && vroegste.getYear() < grensjaar) {
                uit.add(Bevinding.van(regel(), "Mutatie over een periode in " + vroegste.getYear()
                        + ", voor het kalenderjaar " + grensjaar + ": wordt alleen verwerkt met een controleverklaring"
                        + " met goedkeurend oordeel van een accountant.").metIkp(ikp.datumAanvang())
                        .metJaar(vroegste.getYear()));
            }
        }
        return uit;
    }
}
