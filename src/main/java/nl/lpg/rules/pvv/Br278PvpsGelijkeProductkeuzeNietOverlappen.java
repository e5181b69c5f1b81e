package nl.lpg.rules.pvv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR278 PVPs binnen een inkomstenperiode met gelijke productkeuze mogen elkaar niet overlappen. */
@Component
public class Br278PvpsGelijkeProductkeuzeNietOverlappen implements IkvRegel {

    @Override
    public String regel() {
        return "278";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR278: PVPs met dezelfde productkeuze (in verschillende PVVs van een IKP) moeten elkaar in de tijd opvolgen.
        // Een PVP loopt tot de volgende PVP van haar PVV, datum einde PVV, of het einde van de IKP (open IKP: einde tijdvak).
        for (var ikp : ctx.ikv().inkomstenperioden()) {
            LocalDate ikpEinde = ikp.datumEinde() != null ? ikp.datumEinde() : ctx.ae().datumEindeTijdvak();
            List<Periode> perioden = new ArrayList<>();
            for (var pvv : ikp.pensioenVerzekeringVerhoudingen()) {
                List<LocalDate> starts = pvv.perioden().stream().map(x -> x.datumAanvang()).filter(d -> d != null)
                        .sorted().toList();
                for (int i = 0; i < starts.size(); i++) {
                    LocalDate einde = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : ikpEinde;
                    if (pvv.datumEinde() != null && (einde == null || pvv.datumEinde().isBefore(einde))) {
                        einde = pvv.datumEinde();
                    }
                    perioden.add(new Periode(pvv, starts.get(i), einde));
                }
            }
            Set<String> gemeld = new HashSet<>();
            for (int i = 0; i < perioden.size(); i++) {
                for (int j = i + 1; j < perioden.size(); j++) {
                    Periode a = perioden.get(i);
                    Periode b = perioden.get(j);
                    if (a.pvv() == b.pvv() || a.pvv().productkeuze() == null
                            || !a.pvv().productkeuze().equalsIgnoreCase(b.pvv().productkeuze())) {
                        continue;
                    }
                    if (a.overlapt(b) && gemeld.add(a.pvv().productkeuze().toUpperCase())) {
                        out.add(new Producten.PvvInIkp(ikp, b.pvv()).bevinding(regel(), "Pensioen/verzekeringperioden van "
                                + Producten.naam(a.pvv()) + " (vanaf " + a.aanvang() + ") en " + Producten.naam(b.pvv())
                                + " (vanaf " + b.aanvang() + ") met dezelfde productkeuze overlappen elkaar."));
                    }
                }
            }
        }
        return out;
    }

    private record Periode(PensioenVerzekeringVerhouding pvv, LocalDate aanvang, LocalDate einde) {
        boolean overlapt(Periode o) {
            boolean aVoorEindeB = o.einde() == null || !aanvang.isAfter(o.einde());
            boolean bVoorEindeA = einde == null || !o.aanvang().isAfter(einde);
            return aVoorEindeB && bVoorEindeA;
        }
    }
}
