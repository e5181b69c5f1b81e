package nl.lpg.rules.ikpi;

import nl.lpg.delivery.Intrekking;
import nl.lpg.rules.AeContext;
import nl.lpg.stand.StandView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BR290/BR410: intrekkingen of an IKV that is not delivered in the levering, with the stored IKPs they withdraw and the
 * ones that remain in the stand.
 */
record IntrekkingZonderIkv(String personeelsnummer, String nummer, List<StandView.StandIkp> ingetrokken,
                           List<StandView.StandIkp> blijvend) {

    static List<IntrekkingZonderIkv> van(AeContext ctx) {
        var ae = ctx.ae().ae();
        Map<String, List<LocalDate>> perIkv = new LinkedHashMap<>();
        for (Intrekking i : ctx.ae().intrekkingen()) {
            if (i.personeelsnummer() == null || i.nummerInkomstenverhouding() == null
                    || i.datumAanvangInkomstenperiode() == null) {
                continue;
            }
            boolean geleverd = !ctx.ikvs().metSleutel(ae.aansluitnummer(), i.personeelsnummer(),
                    i.nummerInkomstenverhouding()).isEmpty();
            if (!geleverd) {
                perIkv.computeIfAbsent(i.personeelsnummer() + "\u0000" + i.nummerInkomstenverhouding(),
                        k -> new ArrayList<>()).add(i.datumAanvangInkomstenperiode());
            }
        }
        List<IntrekkingZonderIkv> uit = new ArrayList<>();
        perIkv.forEach((k, datums) -> {
            String[] pn = k.split("\u0000");
            List<StandView.StandIkp> in = new ArrayList<>();
            List<StandView.StandIkp> blijft = new ArrayList<>();
            for (StandView.StandIkp s : ctx.stand().ikvs().inkomstenperioden(ae.opdrachtgever(), ae.aansluitnummer(),
                    pn[0], pn[1])) {
                (datums.contains(s.datumAanvang()) || datums.contains(s.tijdvakAanvang()) ? in : blijft).add(s);
            }
            if (!in.isEmpty()) {
                uit.add(new IntrekkingZonderIkv(pn[0], pn[1], in, blijft));
            }
        });
        return uit;
    }
}
