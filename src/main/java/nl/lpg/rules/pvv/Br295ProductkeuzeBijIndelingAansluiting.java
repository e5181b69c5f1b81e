package nl.lpg.rules.pvv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR295 Productkeuze/variant moet bij indeling (sector/subsector) van opdrachtgever zijn toegestaan (ABP). */
@Component
public class Br295ProductkeuzeBijIndelingAansluiting implements IkvRegel {

    @Override
    public String regel() {
        return "295";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR295 (ABP): de indeling (sector/subsector) staat per aansluiting in het organisatieregister. Staat de
        // combinatie sector/subsector in de productindeling dan wordt daarop getoetst, anders op de sector.
        // Peildatum is datum aanvang IKP. (Defensie Militairen zonder AAOP/VPL is een inrichting van de tabel.)
        for (Producten.PvvInIkp p : Producten.pvvs(ctx.ikv())) {
            var datum = p.ikp().datumAanvang();
            String indeling = ctx.organisatie() == null ? null : ctx.organisatie()
                    .aansluiting(ctx.ae().aansluitnummer(), datum).map(r -> r.text("indeling")).orElse(null);
            if (indeling == null || indeling.isBlank()) {
                continue;
            }
            var rijen = ProductIndeling.rijen(ctx.parameters(), ctx.opdrachtgever(), indeling, datum);
            String getoetst = indeling;
            if (rijen.isEmpty() && indeling.contains("/")) {
                getoetst = indeling.substring(0, indeling.indexOf(47)).trim();
                rijen = ProductIndeling.rijen(ctx.parameters(), ctx.opdrachtgever(), getoetst, datum);
            }
            if (!ProductIndeling.toegestaan(rijen, p.pvv().productkeuze(), p.pvv().productvariant()).orElse(true)) {
                out.add(p.bevinding(regel(), "Product " + Producten.naam(p.pvv())
                        + " is niet toegestaan bij de indeling " + getoetst + " van aansluiting "
                        + ctx.ae().aansluitnummer() + "."));
            }
        }
        return out;
    }
}
