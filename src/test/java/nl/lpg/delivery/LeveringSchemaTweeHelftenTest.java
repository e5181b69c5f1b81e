package nl.lpg.delivery;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 10: a large delivery is validated in two halves side by side. The verdict, the SHA-256 and, for a faulty
 * file, the message with its line:col are exactly those of the one pass over the whole file.
 */
class LeveringSchemaTweeHelftenTest {

    @TempDir
    static Path tmp;

    static String goed;

    @BeforeAll
    static void groteLevering() throws IOException {
        Path f = tmp.resolve("groot.xml");
        nl.lpg.cli.Bench.genereer(f, 12_000, 1);
        assertThat(Files.size(f)).isGreaterThan(LeveringSchema.TWEE_HELFTEN_VANAF);
        goed = Files.readString(f, StandardCharsets.UTF_8);
    }

    private static Path schrijf(String naam, String inhoud) throws IOException {
        Path f = tmp.resolve(naam);
        Files.writeString(f, inhoud, StandardCharsets.UTF_8);
        return f;
    }

    /** The delivery with {@code invoeging} put just inside the start tag of the first IKV after {@code fractie}. */
    private static String metFoutNa(double fractie, String invoeging) {
        int i = goed.indexOf("<inkomstenverhouding ", (int) (goed.length() * fractie));
        int j = i + "<inkomstenverhouding ".length();
        return goed.substring(0, j) + invoeging + goed.substring(j);
    }

    private static String foutVanEenPass(Path f) {
        try {
            LeveringSchema.inEenPass(f);
        } catch (DeliveryException e) {
            return e.getMessage();
        }
        throw new AssertionError("the one pass found no fault in " + f);
    }

    @Test
    void aValidLargeDeliveryPassesInTwoHalvesWithTheSha256OfTheWholeFile() throws Exception {
        Path f = schrijf("goed.xml", goed);
        String verwacht = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        assertThat(LeveringSchema.inTweeHelften(f)).isEqualTo(verwacht);
        assertThat(LeveringSchema.valideer(f)).isEqualTo(verwacht).isEqualTo(LeveringSchema.inEenPass(f));
    }

    @Test
    void aFaultInEitherHalfIsReportedAsTheOnePassReportsIt() throws IOException {
        for (double fractie : new double[]{0.2, 0.49, 0.5, 0.51, 0.8}) {
            Path f = schrijf("fout-" + fractie + ".xml", metFoutNa(fractie, "onbekend=\"1\" "));
            assertThat(LeveringSchema.inTweeHelften(f)).as("fault after %s", fractie).isNull();
            String melding = foutVanEenPass(f);
            assertThat(melding).contains("onbekend");
            assertThatThrownBy(() -> LeveringSchema.valideer(f)).isInstanceOf(DeliveryException.class)
                    .hasMessage(melding);
        }
    }

    @Test
    void anIntrekkingBetweenIkvsIsAFaultEvenWhereTheFileIsCut() throws IOException {
        // the schema wants an AE's IKVs before its intrekkingen: one between two IKVs near the cut is a fault
        int midden = goed.indexOf("<inkomstenverhouding ", goed.length() / 2);
        int cut = goed.indexOf("<inkomstenverhouding ", midden + 1);
        String fout = goed.substring(0, cut) + "<intrekking personeelsnummer=\"1\" nummerInkomstenverhouding=\"1\""
                + " datumAanvangInkomstenperiode=\"2026-01-01\"/>\n" + goed.substring(cut);
        Path f = schrijf("intrekking.xml", fout);
        assertThat(LeveringSchema.inTweeHelften(f)).isNull();
        String melding = foutVanEenPass(f);
        assertThatThrownBy(() -> LeveringSchema.valideer(f)).hasMessage(melding);
    }

    @Test
    void aFileThatEndsEarlyIsAFault() throws IOException {
        Path f = schrijf("afgebroken.xml", goed.substring(0, (int) (goed.length() * 0.75)));
        assertThat(LeveringSchema.inTweeHelften(f)).isNull();
        String melding = foutVanEenPass(f);
        assertThatThrownBy(() -> LeveringSchema.valideer(f)).hasMessage(melding);
    }
}
