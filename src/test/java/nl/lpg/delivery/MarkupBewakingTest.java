package nl.lpg.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A delivery is not read past a stretch of more than 1 MB without markup, and the refusal names where the stretch
 * begins, however the parser reads the file: in blocks of any size or byte by byte.
 */
class MarkupBewakingTest {

    private static final int MAX = MarkupBewaking.MAX_ZONDER_MARKUP;

    @TempDir
    Path tmp;

    /** {@code kop}, then {@code lengte} bytes without markup, then {@code staart}. */
    private static byte[] levering(String kop, int lengte, String staart) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(kop.getBytes(StandardCharsets.UTF_8));
        byte[] x = new byte[lengte];
        Arrays.fill(x, (byte) 'x');
        b.writeBytes(x);
        b.writeBytes(staart.getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    /** Reads it all in blocks of {@code blok} bytes (0: byte by byte); returns the refusal's offset, or -1. */
    private static long lees(byte[] bytes, int blok) throws IOException {
        try (InputStream in = new MarkupBewaking(new ByteArrayInputStream(bytes))) {
            if (blok == 0) {
                while (in.read() >= 0) {
                    // all of it
                }
            } else {
                byte[] buf = new byte[blok];
                while (in.read(buf, 0, blok) >= 0) {
                    // all of it
                }
            }
            return -1;
        } catch (MarkupBewaking.TeLangZonderMarkup e) {
            return e.vanaf;
        }
    }

    @Test
    void exactlyOneMegabyteWithoutMarkupIsRead() throws IOException {
        // after the < of <a: 8 bytes of tag, the value, 4 bytes up to the next <
        byte[] b = levering("<?xml version=\"1.0\"?>\n<a naam=\"", MAX - 12, "\"/>\n<b/>");
        for (int blok : new int[]{0, 1, 8192, 65536, MAX + 100, 4 * MAX}) {
            assertThat(lees(b, blok)).as("blocks of %d", blok).isEqualTo(-1);
        }
    }

    @Test
    void oneByteMoreIsRefusedAtTheMarkWhereTheStretchBegins() throws IOException {
        String kop = "<?xml version=\"1.0\"?>\n<levering>\n  é<ikv achternaam=\"";
        byte[] b = levering(kop, MAX, "\"/></levering>");
        long mark = kop.getBytes(StandardCharsets.UTF_8).length - "<ikv achternaam=\"".length();
        for (int blok : new int[]{0, 1, 7, 8192, 65536, MAX + 100, 4 * MAX}) {
            assertThat(lees(b, blok)).as("blocks of %d", blok).isEqualTo(mark);
        }
        Path f = tmp.resolve("lang.xml");
        Files.write(f, b);
        // line 3; columns: two spaces, é (two bytes, one column), then <
        assertThat(MarkupBewaking.plaats(f, mark)).isEqualTo("3:4");
    }

    @Test
    void aLongStretchBeforeAnyMarkupIsRefusedAtTheStartOfTheFile() throws IOException {
        byte[] b = levering("", MAX + 1, "<a/>");
        for (int blok : new int[]{0, 8192, 4 * MAX}) {
            assertThat(lees(b, blok)).as("blocks of %d", blok).isZero();
        }
        Path f = tmp.resolve("begin.xml");
        Files.write(f, b);
        assertThat(MarkupBewaking.plaats(f, 0)).isEqualTo("1:1");
    }

    @Test
    void aLongStretchBetweenMarksInsideOneLargeBlockIsFound() throws IOException {
        // the block holds marks before and after the stretch: only the stretch between them is too long
        byte[] b = levering("<a>\n<b>", MAX + 1, "</b>\n<c/></a>");
        assertThat(lees(b, 4 * MAX)).isEqualTo(4);
        assertThat(lees(b, 0)).isEqualTo(4);
    }

    @Test
    void theXsdPassRefusesWithLineAndColumn() throws IOException {
        Path f = tmp.resolve("levering.xml");
        Files.write(f, levering("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<levering xmlns=\"urn:lpg:levering:1\""
                + "\n  nummerLeverancier=\"", 2 * MAX, "\"/>"));
        assertThatThrownBy(() -> LeveringSchema.valideer(f)).isInstanceOf(DeliveryException.class)
                .hasMessageStartingWith("levering.xml:2:1: more than 1 MB without markup");
    }
}
