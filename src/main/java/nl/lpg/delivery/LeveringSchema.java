package nl.lpg.delivery;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Validates a delivery against the shipped XSD ({@code xsd/levering.xsd}) in one streaming pass (memory stays flat
 * for any file size) and returns its SHA-256. The first error is reported as {@code line:col: message}.
 */
public final class LeveringSchema {

    private static final Schema SCHEMA = load();

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

    /** Validates the file; returns its SHA-256 (hex). Throws {@link DeliveryException} with {@code line:col} on the first fault. */
    public static String valideer(Path file) {
        try (DigestInputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
                MessageDigest.getInstance("SHA-256"))) {
            Validator v = SCHEMA.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            // The parser closes its input at the end; keep ours open to digest any trailing bytes.
            v.validate(new StreamSource(new java.io.FilterInputStream(in) {
                @Override
                public void close() {
                }
            }, file.toString()));
            drain(in);
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (SAXParseException e) {
            throw new DeliveryException(file.getFileName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": "
                    + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new DeliveryException(file + ": file not found");
        } catch (SAXException | IOException e) {
            throw new DeliveryException(file.getFileName() + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buf = new byte[8192];
        while (in.read(buf) >= 0) {
            // the digest must cover trailing bytes the parser did not need
        }
    }
}
