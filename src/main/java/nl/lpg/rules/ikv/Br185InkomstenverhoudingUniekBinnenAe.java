package nl.lpg.rules.ikv;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.AeInhoud;
import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvOverzicht;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * BR185: in administratieve eenheden die betrekking hebben op dezelfde aansluiting en elkaar overlappen in tijdvak,
 * mag een inkomstenverhouding (personeelsnummer/salarisnummer en nummer inkomstenverhouding) maar een keer voorkomen
 * binnen de levering. An AE rule over {@link AeContext#ikvs()}: each repeat is reported once, in the AE of the later
 * occurrence (order of the delivery).
 */
@Component
public class Br185InkomstenverhoudingUniekBinnenAe implements AeRegel {

    @Override
    public String regel() {
        return "185";
    }

    @Override
    public boolean vergelijktIkvs() {
        return true;
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        AdministratieveEenheid deze = ctx.ae().ae();
        Map<Integer, AdministratieveEenheid> aes = ctx.alleAes().stream().map(AeInhoud::ae)
                .collect(Collectors.toMap(AdministratieveEenheid::index, Function.identity(), (a, b) -> a));
        aes.putIfAbsent(deze.index(), deze);
        // Only the IKVs whose key occurs more than once can be doubles.
        List<IkvOverzicht> alle = ctx.ikvs().metGedeeldeSleutel(deze.aansluitnummer());
        // Index by IKV key once, so the check stays linear for deliveries with many IKVs.
        Map<String, List<Integer>> posities = new java.util.HashMap<>();
        for (int i = 0; i < alle.size(); i++) {
            IkvOverzicht o = alle.get(i);
            posities.computeIfAbsent(sleutel(o.aansluitnummer(), o.personeelsnummer(), o.nummer()),
                    k -> new ArrayList<>()).add(i);
        }
        List<Bevinding> uit = new ArrayList<>();
        for (int j = 0; j < alle.size(); j++) {
            IkvOverzicht later = alle.get(j);
            if (later.aeIndex() != deze.index()) {
                continue;
            }
            for (int i : posities.getOrDefault(sleutel(deze.aansluitnummer(), later.personeelsnummer(), later.nummer()),
                    List.of())) {
                if (i >= j) {
                    break;
                }
                IkvOverzicht eerder = alle.get(i);
                AdministratieveEenheid aeEerder = aes.get(eerder.aeIndex());
                if (aeEerder != null && eerder.zelfdeIkv(deze.aansluitnummer(), later.personeelsnummer(),
                        later.nummer()) && overlappen(aeEerder, deze)) {
                    uit.add(Bevinding.van(regel(), "Inkomstenverhouding met personeelsnummer "
                            + later.personeelsnummer() + " en nummer " + later.nummer() + " komt meer dan een keer"
                            + " voor in administratieve eenheden van aansluiting " + deze.aansluitnummer()
                            + " met overlappend tijdvak (regel " + later.plaats() + ")."));
                    break;
                }
            }
        }
        return uit;
    }

    private static String sleutel(String aansluitnummer, String pnr, String nummer) {
        return (aansluitnummer == null ? "" : aansluitnummer.trim()) + "|" + (pnr == null ? "" : pnr.trim()) + "|"
                + (nummer == null ? "" : nummer.trim());
    }

    private static boolean overlappen(AdministratieveEenheid a, AdministratieveEenheid b) {
        if (a.index() == b.index()) {
            return true;
        }
        if (a.datumAanvangTijdvak() == null || a.datumEindeTijdvak() == null || b.datumAanvangTijdvak() == null
                || b.datumEindeTijdvak() == null) {
            return false;
        }
        return !a.datumAanvangTijdvak().isAfter(b.datumEindeTijdvak())
                && !b.datumAanvangTijdvak().isAfter(a.datumEindeTijdvak());
    }
}
