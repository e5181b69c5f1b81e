package nl.lpg.delivery;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stops reading a delivery at a stretch of more than {@link #MAX_ZONDER_MARKUP} bytes without a {@code <}: an
 * attribute value or text that long is no value of a delivery, and the XML parser would hold it in memory whole
 * (a 50 MB attribute takes more than a 256 MB heap). The refusal names the byte where the over-long tag or text
 * begins; {@link #plaats} turns it into {@code line:col}.
 *
 * <p>A block the parser reads is looked at from both ends only: the stretch that was running goes on to the block's
 * first {@code <}, a new one starts at its last, and between the two no stretch can be longer than the block. Counting
 * lines and columns byte by byte was a fifth of the XSD pass, on the one core the pass runs on (issue 10).</p>
 */
final class MarkupBewaking extends FilterInputStream {

    /** No start tag of a delivery (all attributes at their XSD maximum) comes near this. */
    static final int MAX_ZONDER_MARKUP = 1 << 20;

    /** The refusal; an IOException so that it passes through the parser unchanged. */
    static final class TeLangZonderMarkup extends IOException {
        /** The offset of the byte where the stretch begins: its {@code <}, or the start of the file. */
        final long vanaf;

        TeLangZonderMarkup(long vanaf) {
            super("more than " + MAX_ZONDER_MARKUP / (1024 * 1024) + " MB without markup from here on (an attribute"
                    + " value or text this long is no value of a delivery); the file was not read further");
            this.vanaf = vanaf;
        }
    }

    /** Bytes read so far. */
    private long gelezen;
    /** Bytes since the last {@code <} (or since the start), that {@code <} not counted. */
    private long zonderMarkup;
    /** Where the running stretch begins. */
    private long begin;

    MarkupBewaking(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            if (b == '<') {
                zonderMarkup = 0;
                begin = gelezen;
            } else if (++zonderMarkup > MAX_ZONDER_MARKUP) {
                throw new TeLangZonderMarkup(begin);
            }
            gelezen++;
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n <= 0) {
            return n;
        }
        int eind = off + n;
        int laatste = eind - 1;
        while (laatste >= off && buf[laatste] != '<') {
            laatste--;
        }
        if (laatste < off) {
            zonderMarkup += n;
        } else {
            int eerste = off;
            while (buf[eerste] != '<') {
                eerste++;
            }
            if (zonderMarkup + (eerste - off) > MAX_ZONDER_MARKUP) {
                throw new TeLangZonderMarkup(begin);
            }
            if (laatste - eerste > MAX_ZONDER_MARKUP) {
                // a block longer than the limit: the stretches between its marks are looked at one by one
                int vorige = eerste;
                for (int i = eerste + 1; i <= laatste; i++) {
                    if (buf[i] == '<') {
                        if (i - vorige - 1 > MAX_ZONDER_MARKUP) {
                            throw new TeLangZonderMarkup(gelezen + (vorige - off));
                        }
                        vorige = i;
                    }
                }
            }
            begin = gelezen + (laatste - off);
            zonderMarkup = eind - 1 - laatste;
        }
        gelezen += n;
        if (zonderMarkup > MAX_ZONDER_MARKUP) {
            throw new TeLangZonderMarkup(begin);
        }
        return n;
    }

    /**
     * {@code line:col} of the byte at this offset of the file: lines counted by line feed, columns by character (a
     * UTF-8 continuation byte is no column of its own), both from 1.
     */
    static String plaats(Path file, long offset) throws IOException {
        int regel = 1;
        int kolom = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            long pos = 0;
            for (int n; pos <= offset && (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n && pos <= offset; i++, pos++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        regel++;
                        kolom = 0;
                    } else if ((b & 0xC0) != 0x80) {
                        kolom++;
                    }
                }
            }
        }
        return regel + ":" + Math.max(kolom, 1);
    }
}
