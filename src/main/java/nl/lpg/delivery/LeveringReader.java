package nl.lpg.delivery;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static nl.lpg.delivery.StaxSupport.date;
import static nl.lpg.delivery.StaxSupport.decimal;
import static nl.lpg.delivery.StaxSupport.plaats;
import static nl.lpg.delivery.StaxSupport.text;

/**
 * Streams a (schema-valid) delivery: {@link #volgende()} hands one inkomstenverhouding at a time with its AE
 * context, so memory stays flat whatever the file size. {@link #koppen(Path)} reads only the headers: the levering,
 * each AE with its intrekkingen and collectieve aangiften, and counts the IKVs without keeping them.
 */
public final class LeveringReader implements AutoCloseable {

    /** The delivery without its IKVs: what delivery- and AE-level rules work on. */
    public record Koppen(Levering levering, List<AeInhoud> aes, List<CollectieveAangifte> collectieveAangiftenLevering) {
    }

    private final InputStream in;
    private final XMLStreamReader r;
    private Levering levering;
    private AdministratieveEenheid huidigeAe;
    private int aeIndex;
    private int ikvVolgnummer;

    public LeveringReader(Path file) {
        try {
            this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            this.r = StaxSupport.factory().createXMLStreamReader(in);
        } catch (IOException | XMLStreamException e) {
            throw new DeliveryException(file + ": " + e.getMessage(), e);
        }
    }

    /** Only the levering header (the root element): no pass over the rest of the file. */
    public static Levering kop(Path file) {
        try (LeveringReader reader = new LeveringReader(file)) {
            while (reader.r.hasNext()) {
                if (reader.r.next() == XMLStreamConstants.START_ELEMENT && "levering".equals(reader.r.getLocalName())) {
                    return reader.leesLevering();
                }
            }
            throw new DeliveryException(file + ": no levering element");
        } catch (XMLStreamException e) {
            throw new DeliveryException(file + ": " + e.getMessage(), e);
        }
    }

    /** Where the levering element stands: the place of a fault of the delivery as a whole. */
    public static Plaats plaatsVanLevering(Path file) {
        try (LeveringReader reader = new LeveringReader(file)) {
            while (reader.r.hasNext()) {
                if (reader.r.next() == XMLStreamConstants.START_ELEMENT) {
                    return plaats(reader.r);
                }
            }
            return new Plaats(1, 1);
        } catch (XMLStreamException e) {
            throw new DeliveryException(file + ": " + e.getMessage(), e);
        }
    }

    public static Koppen koppen(Path file) {
        return koppen(file, null);
    }

    /**
     * The headers, and, when {@code perIkv} is given, every IKV handed to it in the same pass (built only then;
     * otherwise IKVs are skipped unread).
     */
    public static Koppen koppen(Path file, java.util.function.Consumer<IkvEenheid> perIkv) {
        try (LeveringReader reader = new LeveringReader(file)) {
            return reader.leesKoppen(perIkv);
        }
    }

    private Koppen leesKoppen(java.util.function.Consumer<IkvEenheid> perIkv) {
        List<AeInhoud> aes = new ArrayList<>();
        List<CollectieveAangifte> cal = new ArrayList<>();
        try {
            List<Intrekking> intrekkingen = null;
            List<CollectieveAangifte> ca = null;
            int aantalIkv = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "levering" -> levering = leesLevering();
                        case "administratieveEenheid" -> {
                            huidigeAe = leesAe(++aeIndex);
                            intrekkingen = new ArrayList<>();
                            ca = new ArrayList<>();
                            aantalIkv = 0;
                        }
                        case "inkomstenverhouding" -> {
                            aantalIkv++;
                            if (perIkv == null) {
                                skipElement();
                            } else {
                                perIkv.accept(new IkvEenheid(++ikvVolgnummer, levering, huidigeAe, leesIkv()));
                            }
                        }
                        case "intrekking" -> intrekkingen.add(leesIntrekking());
                        case "collectieveAangifte" -> ca.add(leesCollectieveAangifte());
                        case "collectieveAangifteLevering" -> cal.add(leesCollectieveAangifte());
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && "administratieveEenheid".equals(r.getLocalName())) {
                    aes.add(new AeInhoud(huidigeAe, aantalIkv, intrekkingen, ca));
                }
            }
        } catch (XMLStreamException e) {
            throw fout(e);
        }
        return new Koppen(levering, aes, cal);
    }

    /** The next IKV with its AE context, or null at the end of the delivery. */
    public IkvEenheid volgende() {
        try {
            return naarVolgendeIkv() ? new IkvEenheid(++ikvVolgnummer, levering, huidigeAe, leesIkv()) : null;
        } catch (XMLStreamException e) {
            throw fout(e);
        }
    }

    /**
     * The next IKV that {@code eigen} accepts (given its AE and personeelsnummer, read before the IKV is built), with
     * its AE context and its place in the file, or null at the end; the others are passed without building them.
     */
    public IkvEenheid volgende(java.util.function.BiPredicate<AdministratieveEenheid, String> eigen) {
        try {
            while (naarVolgendeIkv()) {
                ++ikvVolgnummer;
                if (eigen.test(huidigeAe, text(r, "personeelsnummer"))) {
                    return new IkvEenheid(ikvVolgnummer, levering, huidigeAe, leesIkv());
                }
                skipElement();
            }
            return null;
        } catch (XMLStreamException e) {
            throw fout(e);
        }
    }

    /** Skips IKVs until n have been passed, without building them (restart: resume after what was committed). */
    public void sla(int n) {
        try {
            while (ikvVolgnummer < n && naarVolgendeIkv()) {
                ikvVolgnummer++;
                skipElement();
            }
        } catch (XMLStreamException e) {
            throw fout(e);
        }
    }

    /** Moves to the start of the next inkomstenverhouding, keeping the levering and AE context; false at the end. */
    private boolean naarVolgendeIkv() throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "levering" -> levering = leesLevering();
                case "administratieveEenheid" -> huidigeAe = leesAe(++aeIndex);
                case "inkomstenverhouding" -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private DeliveryException fout(XMLStreamException e) {
        var loc = e.getLocation();
        return new DeliveryException((loc == null ? "" : loc.getLineNumber() + ":" + loc.getColumnNumber() + ": ")
                + e.getMessage(), e);
    }

    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private Levering leesLevering() {
        String aanmaak = text(r, "aanmaak");
        LocalDateTime tijd;
        try {
            tijd = LocalDateTime.parse(aanmaak);
        } catch (RuntimeException e) {
            // xs:dateTime may carry a zone; the rules compare local (Dutch) time with the systeemdatum.
            tijd = OffsetDateTime.parse(aanmaak).toLocalDateTime();
        }
        return new Levering(text(r, "nummerLeverancier"), YearMonth.parse(text(r, "periodeLevering")),
                Integer.parseInt(text(r, "volgnummer")), tijd, text(r, "soort"));
    }

    private AdministratieveEenheid leesAe(int index) {
        return new AdministratieveEenheid(index, text(r, "aansluitnummer"), text(r, "opdrachtgever"),
                Periodiciteit.valueOf(text(r, "periodiciteit")), date(r, "datumAanvangTijdvak"),
                date(r, "datumEindeTijdvak"), text(r, "loonheffingennummer"), plaats(r));
    }

    private Intrekking leesIntrekking() {
        return new Intrekking(text(r, "personeelsnummer"), text(r, "nummerInkomstenverhouding"),
                date(r, "datumAanvangInkomstenperiode"), text(r, "bsn"), plaats(r));
    }

    private CollectieveAangifte leesCollectieveAangifte() {
        return new CollectieveAangifte(text(r, "productkeuze"), text(r, "productvariant"),
                decimal(r, "pensioengevendLoon"), decimal(r, "premiegrondslag"), decimal(r, "premie"),
                decimal(r, "productloonIncidenteel"), plaats(r));
    }

    private Inkomstenverhouding leesIkv() throws XMLStreamException {
        Plaats p = plaats(r);
        String pnr = text(r, "personeelsnummer");
        String nummer = text(r, "nummer");
        String aard = text(r, "aard");
        var aanvang = date(r, "datumAanvang");
        var einde = date(r, "datumEinde");
        String reden = text(r, "redenEinde");
        NatuurlijkPersoon np = null;
        List<Inkomstenperiode> ikps = new ArrayList<>();
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "natuurlijkPersoon" -> np = leesNp();
                    case "inkomstenperiode" -> ikps.add(leesIkp());
                    default -> skipElement();
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return new Inkomstenverhouding(pnr, nummer, aard, aanvang, einde, reden, np, ikps, p);
            }
        }
    }

    private NatuurlijkPersoon leesNp() throws XMLStreamException {
        String bsn = text(r, "bsn");
        String pnr = text(r, "personeelsnummer");
        String vl = text(r, "voorletters");
        String vv = text(r, "voorvoegsel");
        String an = text(r, "achternaam");
        var gb = date(r, "geboortedatum");
        String gs = text(r, "geslacht");
        var od = date(r, "overlijdensdatum");
        String iban = text(r, "rekeningnummer");
        String bs = text(r, "burgerlijkeStaat");
        var dbs = date(r, "datumBurgerlijkeStaat");
        AdresBinnenland abi = null;
        AdresBuitenland abu = null;
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if ("adresBinnenland".equals(r.getLocalName())) {
                    abi = new AdresBinnenland(text(r, "postcode"), text(r, "huisnummer"),
                            text(r, "huisnummerToevoeging"), text(r, "straat"), text(r, "woonplaats"));
                } else if ("adresBuitenland".equals(r.getLocalName())) {
                    abu = new AdresBuitenland(text(r, "landcode"), text(r, "postcode"), text(r, "plaats"),
                            text(r, "straat"), text(r, "huisnummer"));
                }
                skipElement();
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return new NatuurlijkPersoon(bsn, pnr, vl, vv, an, gb, gs, od, iban, bs, dbs, abi, abu);
            }
        }
    }

    private Inkomstenperiode leesIkp() throws XMLStreamException {
        Plaats p = plaats(r);
        var aanvang = date(r, "datumAanvang");
        var einde = date(r, "datumEinde");
        String verb = text(r, "verbijzondering");
        String cm = text(r, "codeMeetelling");
        var dtf = decimal(r, "deeltijdfactor");
        var uren = decimal(r, "uren");
        var uurloon = decimal(r, "brutoUurloon");
        String cao = text(r, "codeCao");
        String beroep = text(r, "codeBeroep");
        String soort = text(r, "soortInkomstenverhouding");
        List<Werknemergegevens> wn = new ArrayList<>();
        List<PensioenVerzekeringVerhouding> pvvs = new ArrayList<>();
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if ("werknemergegevens".equals(r.getLocalName())) {
                    wn.add(new Werknemergegevens(decimal(r, "svLoon"), decimal(r, "pensioenloon")));
                    skipElement();
                } else if ("pensioenVerzekeringVerhouding".equals(r.getLocalName())) {
                    pvvs.add(leesPvv());
                } else {
                    skipElement();
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return new Inkomstenperiode(aanvang, einde, verb, cm, dtf, uren, uurloon, cao, beroep, soort, wn, pvvs, p);
            }
        }
    }

    private PensioenVerzekeringVerhouding leesPvv() throws XMLStreamException {
        Plaats p = plaats(r);
        String pk = text(r, "productkeuze");
        String pv = text(r, "productvariant");
        var aanvang = date(r, "datumAanvang");
        var einde = date(r, "datumEinde");
        List<PensioenVerzekeringPeriode> pvps = new ArrayList<>();
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if ("pensioenVerzekeringPeriode".equals(r.getLocalName())) {
                    pvps.add(new PensioenVerzekeringPeriode(date(r, "datumAanvang"), decimal(r, "productloon"),
                            decimal(r, "productloonIncidenteel"), decimal(r, "premiegrondslag"), decimal(r, "premie"),
                            decimal(r, "meetellingswaarde"), decimal(r, "dagen"), decimal(r, "uren"), plaats(r)));
                }
                skipElement();
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return new PensioenVerzekeringVerhouding(pk, pv, aanvang, einde, pvps, p);
            }
        }
    }

    public int gelezen() {
        return ikvVolgnummer;
    }

    @Override
    public void close() {
        try {
            r.close();
            in.close();
        } catch (XMLStreamException | IOException e) {
            // closing a read-only stream: nothing to recover
        }
    }
}
