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

    /** Validates the file; returns its SHA-256 (hex). Throws {@link DeliveryException} with {@code line:col} on the first fault. */
    public static String valideer(Path file) {
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
