package nl.lpg.rules.pvp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;
import nl.lpg.delivery.Inkomstenperiode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR172 Het productloon voor OP Schoonmaak moet corresponderen met het productloon voor RAS (Schoonmaak). */
@Component
public class Br172ProductloonSchoonmaakGelijkAanRas implements IkvRegel {

    @Override
    public String regel() {
        return "172";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR172 (Schoonmaak): binnen een IKP moet het productloon van BPFSGB gelijk zijn aan dat van FBORAS. Alleen als
        // de PVP-perioden van beide overeenkomen (anders b.v. een leeftijdsgrens binnen de IKP: geen controle) en het
        // productloon voor het pensioenfonds groter dan 0 is.
        for (var ikp : ctx.ikv().inkomstenperioden()) {
            Map<LocalDate, BigDecimal> fonds = lonen(ikp, "BPFSGB");
            Map<LocalDate, BigDecimal> ras = lonen(ikp, "FBORAS");
            if (fonds.isEmpty() || !fonds.keySet().equals(ras.keySet())) {
                continue;
            }
            for (var e : fonds.entrySet()) {
                BigDecimal f = e.getValue();
                BigDecimal r = ras.get(e.getKey());
                if (Producten.positief(f) && (r == null || f.compareTo(r) != 0)) {
                    out.add(Bevinding.van(regel(), "Productloon BPFSGB (" + f.toPlainString() + ") wijkt af van productloon FBORAS ("
                            + Producten.bedrag(r) + ") in de periode vanaf " + e.getKey() + ".").metIkp(ikp.datumAanvang())
                            .metProduct("BPFSGB", null));
                    break;
                }
            }
        }
        return out;
    }

    private static Map<LocalDate, BigDecimal> lonen(Inkomstenperiode ikp, String productkeuze) {
        Map<LocalDate, BigDecimal> m = new TreeMap<>();
        ikp.pensioenVerzekeringVerhoudingen().stream().filter(v -> productkeuze.equalsIgnoreCase(v.productkeuze()))
                .flatMap(v -> v.perioden().stream()).filter(x -> x.datumAanvang() != null)
                .forEach(x -> m.put(x.datumAanvang(), x.productloon()));
        return m;
    }
}
