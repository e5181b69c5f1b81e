package nl.lpg.delivery;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops reading a delivery at a stretch of more than {@link #MAX_ZONDER_MARKUP} bytes without a {@code <}: an
 * attribute value or text that long is no value of a delivery, and the XML parser would hold it in memory whole
 * (a 50 MB attribute takes more than a 256 MB heap). Counts lines and columns itself, so the refusal names the
 * place where the over-long tag or text begins.
 */
final class MarkupBewaking extends FilterInputStream {

    /** No start tag of a delivery (all attributes at their XSD maximum) comes near this. */
    static final int MAX_ZONDER_MARKUP = 1 << 20;

    /** The refusal; an IOException so that it passes through the parser unchanged. */
    static final class TeLangZonderMarkup extends IOException {
        final int regel;
        final int kolom;

        TeLangZonderMarkup(int regel, int kolom) {
            super("more than " + MAX_ZONDER_MARKUP / (1024 * 1024) + " MB without markup from here on (an attribute"
                    + " value or text this long is no value of a delivery); the file was not read further");
            this.regel = regel;
            this.kolom = kolom;
        }
    }

    private long zonderMarkup;
    private int regel = 1;
    private int kolom;
    private int beginRegel = 1;
    private int beginKolom = 1;

    MarkupBewaking(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            tel((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = 0; i < n; i++) {
            tel(buf[off + i]);
        }
        return n;
    }

    private void tel(byte b) throws TeLangZonderMarkup {
        if (b == '\n') {
            regel++;
            kolom = 0;
        } else if ((b & 0xC0) != 0x80) {
            kolom++; // a UTF-8 continuation byte is no column of its own
        }
        if (b == '<') {
            zonderMarkup = 0;
            beginRegel = regel;
            beginKolom = kolom;
        } else if (++zonderMarkup > MAX_ZONDER_MARKUP) {
            throw new TeLangZonderMarkup(beginRegel, beginKolom);
        }
    }
}
