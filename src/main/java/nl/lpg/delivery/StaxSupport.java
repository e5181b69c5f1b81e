package nl.lpg.delivery;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Attribute access on a StAX reader positioned on a start element; empty means "not delivered". */
final class StaxSupport {
    private StaxSupport() {
    }

    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
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
        return new Plaats(r.getLocation().getLineNumber(), r.getLocation().getColumnNumber());
    }
}
