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
     * Aalto's StAX parser, named here rather than found through the JDK's lookup: the delivery is read four to six
     * times a run (issue 10), and Aalto does it in about two thirds of the JDK parser's time. Every file it reads
     * passed the XSD first ({@link LeveringSchema}, which refuses a DOCTYPE).
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
        return v == null ? null : LocalDate.parse(v);
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
