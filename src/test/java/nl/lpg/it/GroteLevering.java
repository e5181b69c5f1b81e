package nl.lpg.it;

import nl.lpg.cli.Bench;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A large delivery with signals of every aard: the February example (which raises Onverwerkbaar on IKV and AE,
 * Onwaarschijnlijk, Interne beoordeling and Verwerkbaar, and has an intrekking) with {@code n} clean employees added
 * to aansluiting A1000, whose collectieve aangiften (per AE and per delivery) grow by exactly their sums, so every
 * check on them comes out as it does for the example.
 */
final class GroteLevering {

    private static final Pattern CA = Pattern.compile(
            "<(collectieveAangifte|collectieveAangifteLevering) productkeuze=\"([^\"]+)\" pensioengevendLoon=\"([^\"]+)\""
                    + " premiegrondslag=\"([^\"]+)\" premie=\"([^\"]+)\"/>");

    private GroteLevering() {
    }

    static void schrijf(Path doel, int n) throws IOException {
        Path bench = Files.createTempFile(doel.getParent(), "bench-", ".xml");
        Bench.genereer(bench, n);
        List<String> extra = Files.readAllLines(bench, StandardCharsets.UTF_8);
        Files.delete(bench);
        Map<String, BigDecimal[]> som = new HashMap<>();
        for (String l : extra) {
            Matcher m = CA.matcher(l);
            if (m.find() && m.group(1).equals("collectieveAangifte")) {
                som.put(m.group(2), new BigDecimal[]{new BigDecimal(m.group(3)), new BigDecimal(m.group(4)),
                        new BigDecimal(m.group(5))});
            }
        }
        List<String> voorbeeld = Files.readAllLines(EngineFixture.EXAMPLES.resolve("2026-02-levering-L001.xml"),
                StandardCharsets.UTF_8);
        boolean inA1000 = false;
        try (Writer w = Files.newBufferedWriter(doel, StandardCharsets.UTF_8)) {
            for (String l : voorbeeld) {
                if (l.startsWith("<administratieveEenheid")) {
                    inA1000 = l.contains("aansluitnummer=\"A1000\"");
                }
                Matcher m = CA.matcher(l);
                boolean ca = m.find();
                // the new employees go after the example's own IKVs, before its intrekkingen (the XSD's order)
                boolean naIkvs = l.startsWith("<intrekking") || (ca && m.group(1).equals("collectieveAangifte"));
                if (inA1000 && naIkvs && !extra.isEmpty()) {
                    for (String e : extra) {
                        if (e.startsWith("<inkomstenverhouding")) {
                            w.write(e);
                            w.write('\n');
                        }
                    }
                    extra = List.of();
                }
                if (ca && (inA1000 || m.group(1).equals("collectieveAangifteLevering")) && som.containsKey(m.group(2))) {
                    BigDecimal[] s = som.get(m.group(2));
                    l = "<" + m.group(1) + " productkeuze=\"" + m.group(2) + "\" pensioengevendLoon=\""
                            + new BigDecimal(m.group(3)).add(s[0]) + "\" premiegrondslag=\""
                            + new BigDecimal(m.group(4)).add(s[1]) + "\" premie=\"" + new BigDecimal(m.group(5)).add(s[2])
                            + "\"/>";
                }
                if (l.contains("</administratieveEenheid>")) {
                    inA1000 = false;
                }
                w.write(l);
                w.write('\n');
            }
        }
    }
}
