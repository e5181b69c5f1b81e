package nl.lpg.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: a reader started at a point of the index hands out exactly what a reader from the top hands out from
 * that IKV on: the same IKVs, AEs and levering, and every place (line:col) as in the file.
 */
class LeveringIndexTest {

    @TempDir
    Path tmp;

    /**
     * IKVs laid out in every way a delivery can: one per line, several on one line (column past 1, after accented
     * text), over several lines, AE start tags over two lines, intrekkingen after the IKVs, and three AEs.
     */
    private static String levering(int aantal, String regeleinde) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + regeleinde
                + "<!-- test -->" + regeleinde + "<levering xmlns=\"urn:lpg:levering:1\" nummerLeverancier=\"L1\""
                + regeleinde + "   periodeLevering=\"2026-01\" volgnummer=\"1\" aanmaak=\"2026-02-02T09:00:00\""
                + " soort=\"R\">" + regeleinde);
        int perAe = aantal / 3 + 1;
        for (int i = 1; i <= aantal; i++) {
            if ((i - 1) % perAe == 0) {
                if (i > 1) {
                    x.append("<intrekking personeelsnummer=\"9\" nummerInkomstenverhouding=\"1\""
                            + " datumAanvangInkomstenperiode=\"2026-01-01\"/>").append(regeleinde)
                            .append("</administratieveEenheid>").append(regeleinde);
                }
                x.append("  <administratieveEenheid aansluitnummer=\"A").append(i).append("\" opdrachtgever=\"ABP\"")
                        .append(regeleinde).append("    periodiciteit=\"MAAND\" datumAanvangTijdvak=\"2026-01-01\"")
                        .append(" datumEindeTijdvak=\"2026-01-31\" loonheffingennummer=\"1L01\">")
                        .append(regeleinde);
            }
            String ikv = "<inkomstenverhouding personeelsnummer=\"" + String.format("%08d", i * 7 % 1000)
                    + "\" nummer=\"1\" aard=\"11\" datumAanvang=\"2020-01-01\"><natuurlijkPersoon bsn=\"111222333\""
                    + " personeelsnummer=\"x\" achternaam=\"Ëlsé Çé\" geboortedatum=\"1980-05-17\" geslacht=\"V\"/>"
                    + (i % 4 == 2 ? regeleinde + "     " : "")
                    + "<inkomstenperiode datumAanvang=\"2026-01-01\" deeltijdfactor=\"0.8000\"><pensioenVerzekering"
                    + "Verhouding productkeuze=\"OP\"><pensioenVerzekeringPeriode datumAanvang=\"2026-01-01\""
                    + " productloon=\"" + i + ".50\"/></pensioenVerzekeringVerhouding></inkomstenperiode>"
                    + "</inkomstenverhouding>";
            switch (i % 4) {
                case 0 -> x.append(ikv).append(regeleinde);
                case 1 -> x.append("\t").append(ikv).append(" ");
                case 2 -> x.append("<!-- é -->").append(ikv).append(regeleinde);
                default -> x.append(ikv);
            }
        }
        x.append(regeleinde).append("</administratieveEenheid>").append(regeleinde).append("</levering>")
                .append(regeleinde);
        return x.toString();
    }

    private Path schrijf(String inhoud) throws IOException {
        Path f = tmp.resolve("levering-" + inhoud.hashCode() + ".xml");
        Files.writeString(f, inhoud, StandardCharsets.UTF_8);
        return f;
    }

    private static List<IkvEenheid> alles(LeveringReader r) {
        List<IkvEenheid> uit = new ArrayList<>();
        for (IkvEenheid e; (e = r.volgende()) != null; ) {
            uit.add(e);
        }
        return uit;
    }

    @Test
    void aReaderStartedAtAnyIkvHandsOutWhatAReaderFromTheTopDoesWithTheSamePlaces() throws IOException {
        for (String regeleinde : new String[]{"\n", "\r\n"}) {
            Path f = schrijf(levering(1000, regeleinde));
            List<IkvEenheid> vanBoven;
            try (LeveringReader r = new LeveringReader(f)) {
                vanBoven = alles(r);
            }
            assertThat(vanBoven).hasSize(1000);
            LeveringIndex index = LeveringReader.koppen(f).index();
            assertThat(index.leeg()).isFalse();
            assertThat(index.punten()).extracting(LeveringIndex.Punt::volgnummer).containsExactly(1, 251, 501, 751);
            for (int v : new int[]{1, 2, 250, 251, 252, 334, 335, 336, 500, 501, 502, 668, 669, 750, 751, 999, 1000}) {
                try (LeveringReader r = LeveringReader.vanaf(f, index, v)) {
                    assertThat(r.opPunt()).isEqualTo(v > 250);
                    List<IkvEenheid> rest = alles(r);
                    assertThat(rest).as("from IKV %d (%s)", v, regeleinde.length())
                            .isEqualTo(vanBoven.subList(v - 1, vanBoven.size()));
                }
            }
            try (LeveringReader r = LeveringReader.vanaf(f, index, 1001)) {
                assertThat(r.volgende()).isNull();
            }
        }
    }

    @Test
    void eachPointKnowsTheLowestAndHighestPersoneelsnummerUpToTheNext() throws IOException {
        Path f = schrijf(levering(600, "\n"));
        LeveringIndex index = LeveringReader.koppen(f).index();
        List<IkvEenheid> vanBoven;
        try (LeveringReader r = new LeveringReader(f)) {
            vanBoven = alles(r);
        }
        for (int p = 0; p < index.punten().size(); p++) {
            LeveringIndex.Punt punt = index.punten().get(p);
            int tot = p + 1 < index.punten().size() ? index.punten().get(p + 1).volgnummer() - 1 : vanBoven.size();
            List<String> nummers = vanBoven.subList(punt.volgnummer() - 1, tot).stream()
                    .map(e -> LeveringIndex.sleutel(e.ikv().personeelsnummer())).sorted().toList();
            assertThat(punt.minSleutel()).isEqualTo(nummers.get(0));
            assertThat(punt.maxSleutel()).isEqualTo(nummers.get(nummers.size() - 1));
        }
    }

    @Test
    void aRangeOfPersoneelsnummersCoversTheStretchesThatCanHoldThem() {
        LeveringIndex.Punt a = new LeveringIndex.Punt(1, 10, 1, 1, 1, 1, 5, new Plaats(1, 1), "0001", "0250");
        LeveringIndex.Punt b = new LeveringIndex.Punt(251, 20, 2, 1, 1, 1, 5, new Plaats(1, 1), "0251", "0500");
        LeveringIndex.Punt c = new LeveringIndex.Punt(501, 30, 3, 1, 1, 1, 5, new Plaats(1, 1), "0501", "0700");
        LeveringIndex index = new LeveringIndex(5, List.of(a, b, c));
        assertThat(index.bereik(null, "0251")).containsExactly(1, 250);
        assertThat(index.bereik("0251", null)).containsExactly(251, Integer.MAX_VALUE);
        assertThat(index.bereik("0300", "0600")).containsExactly(251, Integer.MAX_VALUE);
        assertThat(index.bereik("0800", null)).containsExactly(1, 0);
        assertThat(index.bereik(null, null)).containsExactly(1, Integer.MAX_VALUE);
        assertThat(LeveringIndex.GEEN.bereik("0300", "0600")).containsExactly(1, Integer.MAX_VALUE);
    }

    @Test
    void anIndexThatDoesNotFitTheFileIsNotUsed() throws IOException {
        Path f = schrijf(levering(600, "\n"));
        LeveringIndex echt = LeveringReader.koppen(f).index();
        LeveringIndex.Punt p = echt.punten().get(1);
        LeveringIndex scheef = new LeveringIndex(echt.kopTot(), List.of(echt.punten().get(0),
                new LeveringIndex.Punt(p.volgnummer(), p.ikvVan() + 3, p.regel(), p.kolom(), p.aeIndex(), p.aeVan(),
                        p.aeTot(), p.aePlaats(), p.minSleutel(), p.maxSleutel())));
        List<IkvEenheid> vanBoven;
        try (LeveringReader r = new LeveringReader(f)) {
            vanBoven = alles(r);
        }
        try (LeveringReader r = LeveringReader.vanaf(f, scheef, 300)) {
            assertThat(r.opPunt()).isFalse();
            assertThat(alles(r)).isEqualTo(vanBoven.subList(299, vanBoven.size()));
        }
    }
}
