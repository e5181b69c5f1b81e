package nl.lpg.rules.pvv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR326 Leeftijd moet groter of gelijk zijn aan peildatum aanvang product (Schoonmaak). */
@Component
public class Br326PeildatumAanvangProduct implements IkvRegel {

    @Override
    public String regel() {
        return "326";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR326 (Schoonmaak): peildatum aanvang product = 1e dag van de maand waarin de minimum leeftijd van de
        // productvariant wordt bereikt. Datum aanvang PVV (of, als die niet is geleverd, van elke PVP) mag daar niet voor liggen.
        var geboortedatum = ctx.ikv().natuurlijkPersoon() == null ? null : ctx.ikv().natuurlijkPersoon().geboortedatum();
        if (geboortedatum == null) {
            return out;
        }
        for (Producten.PvvInIkp p : Producten.pvvs(ctx.ikv())) {
            Integer min = ctx.parameters().productvariant(ctx.opdrachtgever(), p.pvv().productkeuze(),
                    p.pvv().productvariant(), p.ikp().datumAanvang()).map(r -> r.integer("minimumLeeftijd")).orElse(null);
            if (min == null) {
                continue;
            }
            LocalDate peildatum = Leeftijden.eersteVanMaand(geboortedatum.plusYears(min));
            LocalDate aanvang = p.pvv().datumAanvang() != null ? p.pvv().datumAanvang()
                    : p.pvv().perioden().stream().map(x -> x.datumAanvang()).filter(d -> d != null)
                    .min(LocalDate::compareTo).orElse(null);
            if (aanvang != null && aanvang.isBefore(peildatum)) {
                out.add(p.bevinding(regel(), "Product " + Producten.naam(p.pvv()) + " begint op " + aanvang
                        + ", voor de peildatum aanvang product " + peildatum + " (minimum leeftijd " + min + ")."));
            }
        }
        return out;
    }
}
