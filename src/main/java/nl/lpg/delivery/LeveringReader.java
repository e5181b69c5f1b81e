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
import static nl.lpg.delivery.StaxSupport.text;

/**
 * Streams a (schema-valid) delivery: {@link #volgende()} hands one inkomstenverhouding at a time with its AE
 * context, so memory stays flat whatever the file size. {@link #koppen(Path)} reads only the headers: the levering,
 * each AE with its intrekkingen and collectieve aangiften, and counts the IKVs without keeping them.
 */
public final class LeveringReader implements AutoCloseable {

    /** The delivery without its IKVs: what delivery- and AE-level rules work on. */
    public record Koppen(Levering levering, List<AeInhoud> aes, List<CollectieveAangifte> collectieveAangiftenLevering,
                         LeveringIndex index) {
        public Koppen(Levering levering, List<AeInhoud> aes, List<CollectieveAangifte> collectieveAangiftenLevering) {
            this(levering, aes, collectieveAangiftenLevering, LeveringIndex.GEEN);
        }
    }

    private final InputStream in;
    private final XMLStreamReader r;
    private Levering levering;
    private AdministratieveEenheid huidigeAe;
    private int aeIndex;
    private int ikvVolgnummer;
    /** Started mid-file ({@link #vanaf}): lines of the re-read prefix to take off every place, and the AE's own place. */
    private final int regelVerschuiving;
    private Plaats aePlaats;
    private final boolean opPunt;

    public LeveringReader(Path file) {
        this(open(file), file, 0, null, 0, 0);
    }

    private LeveringReader(InputStream in, Path file, int regelVerschuiving, Plaats aePlaats, int aeIndex,
                           int ikvVolgnummer) {
        try {
            this.in = in;
            this.r = StaxSupport.factory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw new DeliveryException(file + ": " + e.getMessage(), e);
        }
        this.regelVerschuiving = regelVerschuiving;
        this.aePlaats = aePlaats;
        this.opPunt = aePlaats != null;
        this.aeIndex = aeIndex;
        this.ikvVolgnummer = ikvVolgnummer;
    }

    private static InputStream open(Path file) {
        try {
            return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new DeliveryException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A reader whose next IKV is number {@code volgnummer} (1 = the first), started at the nearest point of the
     * index before it instead of at the top (issue 10). It reads the levering start tag and the AE start tag again,
     * then the file from the IKV on; every place it reports is that of the file, as a reader from the top reports
     * it. Without a usable point (no index, or bytes not where the index says) it reads from the top.
     */
    public static LeveringReader vanaf(Path file, LeveringIndex index, int volgnummer) {
        LeveringReader reader = null;
        LeveringIndex.Punt p = index == null || index.leeg() ? null : index.voor(volgnummer);
        if (p != null && p.volgnummer() > 1) {
            reader = opPunt(file, index, p);
        }
        if (reader == null) {
            reader = new LeveringReader(file);
        }
        reader.sla(volgnummer - 1);
        return reader;
    }

    private static LeveringReader opPunt(Path file, LeveringIndex index, LeveringIndex.Punt p) {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            byte[] kop = lees(ch, 0, index.kopTot());
            byte[] ae = lees(ch, p.aeVan(), p.aeTot());
            byte[] ikv = lees(ch, p.ikvVan(), Math.min(ch.size(), p.ikvVan() + 1));
            if (kop == null || kop[kop.length - 1] != '>' || ae == null || ae.length < 2 || ae[0] != '<'
                    || ae[ae.length - 1] != '>' || ae[ae.length - 2] == '/' || ikv == null || ikv[0] != '<') {
                return null; // not the file the index was made of: read from the top
            }
            java.io.ByteArrayOutputStream prefix = new java.io.ByteArrayOutputStream(kop.length + ae.length + p.kolom());
            prefix.write(kop);
            prefix.write('\n');
            prefix.write(ae);
            prefix.write('\n');
            // the IKV's start tag in its own column, so columns on its line are those of the file
            for (int i = 1; i < p.kolom(); i++) {
                prefix.write(' ');
            }
            int regelInPrefix = 3 + regeleinden(kop) + regeleinden(ae);
            java.nio.channels.FileChannel rest = java.nio.channels.FileChannel.open(file);
            rest.position(p.ikvVan());
            InputStream in = new BufferedInputStream(new java.io.SequenceInputStream(
                    new java.io.ByteArrayInputStream(prefix.toByteArray()),
                    java.nio.channels.Channels.newInputStream(rest)), 1 << 16);
            return new LeveringReader(in, file, p.regel() - regelInPrefix, p.aePlaats(), p.aeIndex() - 1,
                    p.volgnummer() - 1);
        } catch (IOException e) {
            throw new DeliveryException(file + ": " + e.getMessage(), e);
        }
    }

    /** Bytes {@code van..tot} of the file (at most 8 MB), or null when the file does not hold them all. */
    static byte[] lees(java.nio.channels.FileChannel ch, long van, long tot) throws IOException {
        if (van < 0 || tot <= van || tot - van > 8 << 20) {
            return null;
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate((int) (tot - van));
        while (b.hasRemaining() && ch.read(b, van + b.position()) > 0) {
            // positional reads until the range is in
        }
        return b.hasRemaining() ? null : b.array();
    }

    /** Line ends as an XML parser counts them: CR LF, CR and LF each end one line. */
    static int regeleinden(byte[] b) {
        int n = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' || (b[i] == '\r' && (i + 1 == b.length || b[i + 1] != '\n'))) {
                n++;
            }
        }
        return n;
    }

    /** Whether this reader started at a point of the index (mid-file) rather than at the top. */
    boolean opPunt() {
        return opPunt;
    }

    /** The place of the element the reader is on, in the file (not in the re-read prefix of {@link #vanaf}). */
    private Plaats plaats() {
        Plaats p = StaxSupport.plaats(r);
        return regelVerschuiving == 0 ? p : new Plaats(p.line() + regelVerschuiving, p.col());
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
                    return StaxSupport.plaats(reader.r);
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
        LeveringIndex.Bouwer index = new LeveringIndex.Bouwer();
        org.codehaus.stax2.XMLStreamReader2 r2 = r instanceof org.codehaus.stax2.XMLStreamReader2 x ? x : null;
        int alle = 0;
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
                        case "levering" -> {
                            levering = leesLevering();
                            index.kop(r2 == null ? -1 : r2.getLocationInfo().getEndingByteOffset());
                        }
                        case "administratieveEenheid" -> {
                            huidigeAe = leesAe(++aeIndex);
                            if (r2 != null) {
                                index.ae(r2.getLocationInfo().getStartingByteOffset(),
                                        r2.getLocationInfo().getEndingByteOffset());
                            }
                            intrekkingen = new ArrayList<>();
                            ca = new ArrayList<>();
                            aantalIkv = 0;
                        }
                        case "inkomstenverhouding" -> {
                            aantalIkv++;
                            alle++;
                            if (r2 != null) {
                                var begin = r2.getLocationInfo().getStartLocation();
                                index.ikv(alle, r2.getLocationInfo().getStartingByteOffset(), begin.getLineNumber(),
                                        begin.getColumnNumber(), huidigeAe, text(r, "personeelsnummer"));
                            }
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
        return new Koppen(levering, aes, cal, index.bouw());
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
        return volgende(eigen, Integer.MAX_VALUE);
    }

    /** As {@link #volgende(java.util.function.BiPredicate)}, looking no further than IKV number {@code tot}. */
    public IkvEenheid volgende(java.util.function.BiPredicate<AdministratieveEenheid, String> eigen, int tot) {
        try {
            while (ikvVolgnummer < tot && naarVolgendeIkv()) {
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
        return new DeliveryException((loc == null ? "" : (loc.getLineNumber() + regelVerschuiving) + ":"
                + loc.getColumnNumber() + ": ")
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
        // started mid-file: the AE start tag was re-read in the prefix; its place is the one the index recorded
        Plaats p = aePlaats != null ? aePlaats : plaats();
        aePlaats = null;
        return new AdministratieveEenheid(index, text(r, "aansluitnummer"), text(r, "opdrachtgever"),
                Periodiciteit.valueOf(text(r, "periodiciteit")), date(r, "datumAanvangTijdvak"),
                date(r, "datumEindeTijdvak"), text(r, "loonheffingennummer"), p);
    }

    private Intrekking leesIntrekking() {
        return new Intrekking(text(r, "personeelsnummer"), text(r, "nummerInkomstenverhouding"),
                date(r, "datumAanvangInkomstenperiode"), text(r, "bsn"), plaats());
    }

    private CollectieveAangifte leesCollectieveAangifte() {
        return new CollectieveAangifte(text(r, "productkeuze"), text(r, "productvariant"),
                decimal(r, "pensioengevendLoon"), decimal(r, "premiegrondslag"), decimal(r, "premie"),
                decimal(r, "productloonIncidenteel"), plaats());
    }

    private Inkomstenverhouding leesIkv() throws XMLStreamException {
        Plaats p = plaats();
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
        Plaats p = plaats();
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
        Plaats p = plaats();
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
                            decimal(r, "meetellingswaarde"), decimal(r, "dagen"), decimal(r, "uren"), plaats()));
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
