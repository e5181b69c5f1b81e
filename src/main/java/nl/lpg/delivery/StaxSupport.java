package nl.lpg.delivery;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Attribute access on a StAX reader positioned on a start element; empty means "not delivered". */
final class StaxSupport {
    private StaxSupport() {
    }

    /**
     * Aalto's StAX parser, named here rather than found through the JDK's lookup: the delivery is read three times a
     * run besides the XSD pass (the headers, the IKV step, the stand step; each partition its own part through
     * {@link LeveringIndex}, issue 10), and Aalto does it in about two thirds of the JDK parser's time. Every file it
     * reads passed the XSD first ({@link LeveringSchema}, which refuses a DOCTYPE).
     */
    static XMLInputFactory factory() {
        XMLInputFactory f = new com.fasterxml.aalto.stax.InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    static String text(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    static LocalDate date(XMLStreamReader r, String name) {
        String v = text(r, name);
        return v == null ? null : datum(v);
    }

    /**
     * yyyy-MM-dd as LocalDate.parse reads it, without its formatter's parse context and field map per date (issue
     * 10: a tenth of what reading a delivery allocated); anything else, or a day the month does not have, goes
     * through LocalDate.parse, which gives its own result or error.
     */
    static LocalDate datum(String v) {
        if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
            int j = cijfers(v, 0, 4);
            int m = cijfers(v, 5, 7);
            int d = cijfers(v, 8, 10);
            if (j >= 0 && m >= 1 && m <= 12 && d >= 1
                    && d <= java.time.Month.of(m).length(java.time.Year.isLeap(j))) {
                return LocalDate.of(j, m, d);
            }
        }
        return LocalDate.parse(v);
    }

    /** The number the ASCII digits van..tot stand for, or -1. */
    private static int cijfers(String v, int van, int tot) {
        int n = 0;
        for (int i = van; i < tot; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    static BigDecimal decimal(XMLStreamReader r, String name) {
        String v = text(r, name);
        return v == null ? null : new BigDecimal(v);
    }

    static Plaats plaats(XMLStreamReader r) {
        // the end of the start tag, as the JDK's parser reports it (Aalto's own location is where the token begins)
        javax.xml.stream.Location l = r.getLocation();
        if (r instanceof org.codehaus.stax2.XMLStreamReader2 r2) {
            try {
                l = r2.getLocationInfo().getEndLocation();
            } catch (javax.xml.stream.XMLStreamException e) {
                // the start tag was read whole before this event was handed out: its end is known
                throw new DeliveryException(l.getLineNumber() + ":" + l.getColumnNumber() + ": " + e.getMessage(), e);
            }
        }
        return new Plaats(l.getLineNumber(), l.getColumnNumber());
    }
}
