package nl.lpg.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The IKVs of the delivery as the AE rules that compare them with each other or with intrekkingen ask for them
 * (BR185, BR287, BR288, BR356, BR365, BR290, BR410). A port: the process run answers from what it staged (SQL, so
 * memory does not grow with the delivery), a test from a list. Every answer is in delivery order and may hold more
 * IKVs than strictly needed; the rules make the exact comparison themselves.
 */
public interface IkvOverzichten {

    /** The IKVs of the delivery with this personeelsnummer and nummer at this aansluiting (intrekking rules). */
    List<IkvOverzicht> metSleutel(String aansluitnummer, String personeelsnummer, String nummer);

    /** Every IKV at this aansluiting whose personeelsnummer and nummer occur more than once in the delivery (BR185). */
    List<IkvOverzicht> metGedeeldeSleutel(String aansluitnummer);

    /** Every IKV of this AE whose personeelsnummer occurs more than once in the AE (BR365). */
    List<IkvOverzicht> metGedeeldPersoneelsnummer(int aeIndex);

    IkvOverzichten GEEN = inGeheugen(List.of());

    /** From a list in delivery order: for tests and small deliveries. */
    static IkvOverzichten inGeheugen(List<IkvOverzicht> ikvs) {
        List<IkvOverzicht> alle = List.copyOf(ikvs);
        return new IkvOverzichten() {
            @Override
            public List<IkvOverzicht> metSleutel(String aansluitnummer, String personeelsnummer, String nummer) {
                return alle.stream().filter(o -> o.zelfdeIkv(aansluitnummer, personeelsnummer, nummer)).toList();
            }

            @Override
            public List<IkvOverzicht> metGedeeldeSleutel(String aansluitnummer) {
                List<IkvOverzicht> hier = alle.stream()
                        .filter(o -> o.zelfdeIkv(aansluitnummer, o.personeelsnummer(), o.nummer())).toList();
                return gedeeld(hier, o -> t(o.personeelsnummer()) + "|" + t(o.nummer()));
            }

            @Override
            public List<IkvOverzicht> metGedeeldPersoneelsnummer(int aeIndex) {
                return gedeeld(alle.stream().filter(o -> o.aeIndex() == aeIndex).toList(),
                        o -> t(o.personeelsnummer()));
            }
        };
    }

    private static List<IkvOverzicht> gedeeld(List<IkvOverzicht> ikvs,
                                              java.util.function.Function<IkvOverzicht, String> sleutel) {
        Map<String, Integer> aantal = new HashMap<>();
        ikvs.forEach(o -> aantal.merge(sleutel.apply(o), 1, Integer::sum));
        List<IkvOverzicht> uit = new ArrayList<>();
        for (IkvOverzicht o : ikvs) {
            if (aantal.get(sleutel.apply(o)) > 1) {
                uit.add(o);
            }
        }
        return uit;
    }

    private static String t(String s) {
        return s == null ? "" : s.trim();
    }
}
