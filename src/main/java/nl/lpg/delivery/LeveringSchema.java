package nl.lpg.delivery;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Validates a delivery against the shipped XSD ({@code xsd/levering.xsd}) in one streaming pass (memory stays flat
 * for any file size) and returns its SHA-256. The first error is reported as {@code file:line:col: message}, with
 * any BSN or IBAN the message quotes masked ({@link nl.lpg.support.Privacy}).
 * <p>
 * A DOCTYPE is refused outright (so no entity is expanded and nothing external is read), and so is a stretch of more
 * than {@link MarkupBewaking#MAX_ZONDER_MARKUP} bytes without markup: the XML parser would otherwise hold such an
 * attribute value in memory whole, and no value of a delivery is that long.
 */
public final class LeveringSchema {

    private static final Schema SCHEMA = load();
    private static final SAXParserFactory PARSERS = parsers();

    private LeveringSchema() {
    }

    private static Schema load() {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newSchema(LeveringSchema.class.getResource("/xsd/levering.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException("Shipped levering.xsd does not load", e);
        }
    }

    private static SAXParserFactory parsers() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // The validator's own parser ignores this feature when set on the Validator; on a parser of ours it holds.
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            // The schema inside the parser's own pipeline: a third less time than a Validator fed with SAX events,
            // which converts every element twice (issue 10). Only the shipped schema is used, never a hint of the file.
            f.setSchema(SCHEMA);
            // Nothing reads the types the validator would add to every element and attribute (the post-schema-
            // validation infoset): without them a pass over 1,000,000 IKVs takes about 15 s instead of 20 (issue 10).
            f.setFeature("http://apache.org/xml/features/validation/schema/augment-psvi", false);
            return f;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("XML parser without secure processing", e);
        }
    }

    /** Every error of the parser or the schema ends the pass; the first is the one reported. */
    private static final org.xml.sax.ErrorHandler STRENG = new org.xml.sax.ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // a warning (none in this schema) is no fault of the delivery
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /** Files from this size on are validated in two halves side by side ({@link #inTweeHelften}). */
    static final long TWEE_HELFTEN_VANAF = 16L << 20;

    /** The second half's thread: a daemon, so it never keeps a command from ending. */
    private static final java.util.concurrent.ExecutorService TWEEDE_HELFT =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "lpg-xsd-tweede-helft");
                t.setDaemon(true);
                return t;
            });

    /** Validates the file; returns its SHA-256 (hex). Throws {@link DeliveryException} with {@code line:col} on the first fault. */
    public static String valideer(Path file) {
        try {
            if (Files.size(file) >= TWEE_HELFTEN_VANAF) {
                String sha = inTweeHelften(file);
                if (sha != null) {
                    return sha;
                }
            }
        } catch (IOException e) {
            // the one pass below reports what is wrong with the file
        }
        return inEenPass(file);
    }

    /**
     * The XSD pass on both cores (issue 10: at 1,000,000 IKVs it took 15-20 s on one core while the other waited).
     * The file is cut just before an inkomstenverhouding that follows another one (only white space between); the
     * first half is validated with the end tags of its AE and levering added, the second with the levering start tag
     * and the first AE start tag of the file put before it. Neither half can be valid unless the element open at the
     * cut is an AE after an IKV, and the schema has no constraint between IKVs (no unique or key) and nothing in an
     * AE start tag that decides what its children may be, so the file is valid exactly when both halves are. A half
     * with a fault proves nothing of its place: then null, and the caller validates the whole file in one pass,
     * which finds the first fault and reports it as always.
     *
     * @return the SHA-256 when both halves are valid; null when they are not or the file cannot be cut so
     */
    static String inTweeHelften(Path file) throws IOException {
        long kopTot = kopTot(file);
        if (kopTot <= 0) {
            return null;
        }
        byte[] prefix;
        long cut;
        long size;
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            size = ch.size();
            byte[] kop = lees(ch, 0, (int) kopTot);
            long[] ae = eersteAe(ch, kopTot);
            cut = snede(ch, size / 2);
            if (kop == null || ae == null || cut < 0 || cut <= ae[1]) {
                return null;
            }
            byte[] aeTag = lees(ch, ae[0], (int) (ae[1] - ae[0]));
            if (aeTag == null) {
                return null;
            }
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            b.write(kop);
            b.write('\n');
            b.write(aeTag);
            b.write('\n');
            prefix = b.toByteArray();
        }
        java.util.concurrent.atomic.AtomicBoolean gestopt = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.Future<Boolean> tweede = TWEEDE_HELFT.submit(() -> {
            try (InputStream rest = stuk(file, cut, Long.MAX_VALUE, gestopt)) {
                return geldig(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(prefix), rest));
            }
        });
        boolean klaar = false;
        try {
            String sha = eersteHelft(file, cut, size, tweede, gestopt);
            klaar = true;
            return sha;
        } finally {
            if (!klaar) {
                gestopt.set(true); // this half failed to read: the other one need not go on
            }
        }
    }

    private static String eersteHelft(Path file, long cut, long size, java.util.concurrent.Future<Boolean> tweede,
                                      java.util.concurrent.atomic.AtomicBoolean gestopt) throws IOException {
        boolean eerste;
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (DigestInputStream voor = new DigestInputStream(stuk(file, 0, cut, gestopt), md)) {
            eerste = geldig(new java.io.SequenceInputStream(new FilterInputStream(voor) {
                @Override
                public void close() {
                    // drained below: the digest covers every byte of the first half
                }
            }, new java.io.ByteArrayInputStream(SLOT)));
            if (eerste) {
                drain(voor);
            }
        }
        if (!eerste) {
            gestopt.set(true); // the second half cannot make it valid: stop it
        } else {
            // the digest goes on over the second half while that is validated
            try (DigestInputStream na = new DigestInputStream(stuk(file, cut, size, gestopt), md)) {
                drain(na);
            }
        }
        boolean beide;
        try {
            beide = tweede.get() && eerste;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return null;
        }
        return beide && Files.size(file) == size ? HexFormat.of().formatHex(md.digest()) : null;
    }

    /** What closes the first half: the end tags of the AE and the levering open at the cut. */
    private static final byte[] SLOT = "\n</administratieveEenheid>\n</levering>\n".getBytes(StandardCharsets.US_ASCII);

    /** Whether the stream is a valid delivery; any fault (the parser's, the schema's, the guard's) is a no. */
    private static boolean geldig(InputStream in) {
        try {
            javax.xml.parsers.SAXParser parser = PARSERS.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            XMLReader reader = parser.getXMLReader();
            reader.setErrorHandler(STRENG);
            reader.parse(new InputSource(new MarkupBewaking(in)));
            return true;
        } catch (SAXException | IOException | javax.xml.parsers.ParserConfigurationException | RuntimeException e) {
            return false;
        }
    }

    /** Bytes {@code van..tot} of the file; reading stops with an IOException once {@code gestopt} is set. */
    private static InputStream stuk(Path file, long van, long tot, java.util.concurrent.atomic.AtomicBoolean gestopt)
            throws IOException {
        java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file);
        ch.position(van);
        InputStream in = java.nio.channels.Channels.newInputStream(ch);
        return new BufferedInputStream(new FilterInputStream(in) {
            private long over = tot - van;

            @Override
            public int read() throws IOException {
                byte[] b = new byte[1];
                return read(b, 0, 1) < 0 ? -1 : b[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (gestopt.get()) {
                    throw new IOException("stopped: the other half has a fault");
                }
                if (over <= 0) {
                    return -1;
                }
                int n = super.read(b, off, (int) Math.min(len, over));
                if (n > 0) {
                    over -= n;
                }
                return n;
            }
        }, 1 << 16);
    }

    /** The offset just after the root start tag, or -1 (a reader of the file's head finds it). */
    private static long kopTot(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 14)) {
            javax.xml.stream.XMLStreamReader r = StaxSupport.factory().createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    if (r.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                        return r instanceof org.codehaus.stax2.XMLStreamReader2 r2
                                ? r2.getLocationInfo().getEndingByteOffset() : -1;
                    }
                }
            } finally {
                r.close();
            }
        } catch (IOException | javax.xml.stream.XMLStreamException | RuntimeException e) {
            // a head that does not parse: the one pass reports it
        }
        return -1;
    }

    /** The first {@code <administratieveEenheid ...>} start tag after the root's: {from, to}, or null. */
    private static long[] eersteAe(java.nio.channels.FileChannel ch, long vanaf) throws IOException {
        byte[] b = lees(ch, vanaf, (int) Math.min(1 << 16, ch.size() - vanaf));
        if (b == null) {
            return null;
        }
        String s = new String(b, StandardCharsets.ISO_8859_1);
        int i = s.indexOf("<administratieveEenheid");
        int j = i < 0 ? -1 : s.indexOf('>', i);
        if (j < 0 || s.charAt(j - 1) == '/' || !Character.isWhitespace(s.charAt(i + 23))) {
            return null;
        }
        return new long[]{vanaf + i, vanaf + j + 1};
    }

    /**
     * Where to cut: the first {@code <inkomstenverhouding} from {@code vanaf} on that follows the end tag of another
     * with nothing but white space between, or -1.
     */
    static long snede(java.nio.channels.FileChannel ch, long vanaf) throws IOException {
        byte[] b = lees(ch, vanaf, (int) Math.min(4 << 20, ch.size() - vanaf));
        if (b == null) {
            return -1;
        }
        String s = new String(b, StandardCharsets.ISO_8859_1);
        String eind = "</inkomstenverhouding>";
        for (int i = s.indexOf("<inkomstenverhouding"); i > 0; i = s.indexOf("<inkomstenverhouding", i + 1)) {
            int na = i + "<inkomstenverhouding".length();
            if (na >= s.length() || !Character.isWhitespace(s.charAt(na))) {
                continue;
            }
            int k = i;
            while (k > 0 && Character.isWhitespace(s.charAt(k - 1))) {
                k--;
            }
            if (k >= eind.length() && s.startsWith(eind, k - eind.length())) {
                return vanaf + i;
            }
        }
        return -1;
    }

    private static byte[] lees(java.nio.channels.FileChannel ch, long van, int n) throws IOException {
        return LeveringReader.lees(ch, van, van + n);
    }

    /** The whole file in one pass: the first fault with its {@code line:col}. */
    static String inEenPass(Path file) {
        String naam = file.getFileName().toString();
        try (DigestInputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
                MessageDigest.getInstance("SHA-256"))) {
            javax.xml.parsers.SAXParser parser = PARSERS.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            XMLReader reader = parser.getXMLReader();
            reader.setErrorHandler(STRENG);
            // The parser closes its input at the end; keep ours open to digest any trailing bytes.
            InputSource bron = new InputSource(new MarkupBewaking(new FilterInputStream(in) {
                @Override
                public void close() {
                }
            }));
            bron.setSystemId(file.toUri().toString());
            reader.parse(bron);
            drain(in);
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (SAXParseException e) {
            throw new DeliveryException(naam + ":" + plaats(file, e) + ": " + melding(e));
        } catch (MarkupBewaking.TeLangZonderMarkup e) {
            throw teLang(file, naam, e);
        } catch (NoSuchFileException e) {
            throw new DeliveryException(file + ": file not found");
        } catch (SAXException | IOException e) {
            if (e.getCause() instanceof MarkupBewaking.TeLangZonderMarkup t) {
                throw teLang(file, naam, t);
            }
            throw new DeliveryException(naam + ": " + nl.lpg.support.Privacy.maskeer(e.getMessage()));
        } catch (NoSuchAlgorithmException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DeliveryException teLang(Path file, String naam, MarkupBewaking.TeLangZonderMarkup e) {
        String plaats;
        try {
            plaats = MarkupBewaking.plaats(file, e.vanaf);
        } catch (IOException io) {
            plaats = "1:1"; // the file was readable a moment ago; no better place to give
        }
        return new DeliveryException(naam + ":" + plaats + ": " + e.getMessage());
    }

    private static String melding(SAXParseException e) {
        String m = e.getMessage() == null ? "not a well-formed XML document" : e.getMessage();
        if (m.toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
            return "a DOCTYPE (document type declaration) is not allowed in a delivery; its entities are not expanded"
                    + " and nothing it names is read";
        }
        return nl.lpg.support.Privacy.maskeer(m);
    }

    /**
     * {@code line:col} of the fault. The parser gives none for bytes that are not UTF-8 (binary garbage, another
     * encoding): then the first such byte is looked up, so the user still gets a place.
     */
    private static String plaats(Path file, SAXParseException e) {
        if (e.getLineNumber() > 0) {
            return e.getLineNumber() + ":" + Math.max(e.getColumnNumber(), 1);
        }
        return eersteFoutInUtf8(file);
    }

    /** {@code line:col} of the first byte sequence that is not UTF-8, or 1:1 when the file decodes cleanly. */
    static String eersteFoutInUtf8(Path file) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int regel = 1;
        int kolom = 1;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            boolean einde = false;
            while (!einde) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                einde = n < 0;
                if (n > 0) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult r = dec.decode(bytes, chars, einde);
                chars.flip();
                while (chars.hasRemaining()) {
                    if (chars.get() == '\n') {
                        regel++;
                        kolom = 1;
                    } else {
                        kolom++;
                    }
                }
                chars.clear();
                if (r.isError()) {
                    return regel + ":" + kolom;
                }
                bytes.compact();
            }
        } catch (IOException e) {
            // the file was readable a moment ago; no better place to give
        }
        return "1:1";
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buf = new byte[8192];
        while (in.read(buf) >= 0) {
            // the digest must cover trailing bytes the parser did not need
        }
    }
}
