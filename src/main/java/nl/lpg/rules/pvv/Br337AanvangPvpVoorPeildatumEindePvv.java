package nl.lpg.rules.pvv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR337 Datum aanvang PVP moet kleiner zijn dan peildatum einde PVV (Bouw, Schoonmaak). */
@Component
public class Br337AanvangPvpVoorPeildatumEindePvv implements IkvRegel {

    @Override
    public String regel() {
        return "337";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR337 (Bouw, Schoonmaak): peildatum einde PVV = 1e dag van de maand waarin de maximum leeftijd van de
        // productvariant wordt bereikt; datum aanvang PVP moet daarvoor liggen. Eén signaal per PVV.
        var geboortedatum = ctx.ikv().natuurlijkPersoon() == null ? null : ctx.ikv().natuurlijkPersoon().geboortedatum();
        if (geboortedatum == null) {
            return out;
        }
        for (Producten.PvvInIkp p : Producten.pvvs(ctx.ikv())) {
            Integer max = ctx.parameters().productvariant(ctx.opdrachtgever(), p.pvv().productkeuze(),
                    p.pvv().productvariant(), p.ikp().datumAanvang()).map(r -> r.integer("maximumLeeftijd")).orElse(null);
            if (max == null) {
                continue;
            }
            LocalDate peildatum = Leeftijden.eersteVanMaand(geboortedatum.plusYears(max));
            p.pvv().perioden().stream().map(x -> x.datumAanvang()).filter(d -> d != null && !d.isBefore(peildatum))
                    .min(LocalDate::compareTo).ifPresent(d -> out.add(p.bevinding(regel(), "Pensioen/verzekeringperiode van "
                            + Producten.naam(p.pvv()) + " begint op " + d + ", niet voor de peildatum einde product "
                            + peildatum + " (maximum leeftijd " + max + ").")));
        }
        return out;
    }
}
