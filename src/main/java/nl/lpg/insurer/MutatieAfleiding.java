package nl.lpg.insurer;

import nl.lpg.delivery.AdresBinnenland;
import nl.lpg.delivery.AdresBuitenland;
import nl.lpg.delivery.NatuurlijkPersoon;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Derives the insurer's mutations from one employee's stand before and after a change (a chunk of the stand step,
 * an intrekking, an approved review unit). Pure: the same two stands give the same mutations.
 * <ul>
 * <li>INDIENST: the inkomstenverhouding is new (or its datum aanvang changed), from datum aanvang, with the values of
 * its first period as the new values.</li>
 * <li>UITDIENST: the datum einde is new or changed, from that date, with the last values as the old ones.</li>
 * <li>A salary or deeltijdfactor change: a date on which the value changes in the stand after, where the stand before
 * had no change to that same value on that date (or the other way round: a change that is gone). Salary only:
 * SALARIS; deeltijdfactor only: DEELTIJD; both on the same date: one SALARIS_DEELTIJD. The old values are what the stand
 * before held for that very period (a corrected month), otherwise those of the period before in the stand after; a
 * value that did not change is given as old and new alike. A change on or before a datum einde the stand before already held (the uitdienst
 * is known) is RETRO.</li>
 * <li>A salary change from the first day of the month of the yearly collective adjustment belongs to its batch.</li>
 * </ul>
 * A loontijdvak delivered again with the same values changes no date or value, so it gives nothing.
 */
public final class MutatieAfleiding {

    private MutatieAfleiding() {
    }

    /** Mutations of one employee; {@code voor} is null when the stand did not hold the inkomstenverhouding. */
    public static List<Mutatie> mutaties(WerknemerStand voor, WerknemerStand na, int maandCollectief) {
        List<Mutatie> uit = new ArrayList<>();
        if (na == null || na.perioden().isEmpty()) {
            return uit;
        }
        NavigableMap<LocalDate, WerknemerStand.Periode> tlNa = na.tijdlijn();
        NavigableMap<LocalDate, WerknemerStand.Periode> tlVoor = voor == null
                ? new java.util.TreeMap<>() : voor.tijdlijn();
        LocalDate eerste = tlNa.firstKey();
        boolean indienst = na.datumAanvang() != null
                && (voor == null || voor.perioden().isEmpty() || !Objects.equals(voor.datumAanvang(), na.datumAanvang()));
        if (indienst) {
            WerknemerStand.Periode start = waardeOp(tlNa, na.datumAanvang());
            uit.add(new Mutatie(na.aansluitnummer(), na.personeelsnummer(), na.nummerIkv(), SoortMutatie.INDIENST,
                    na.datumAanvang(), null, start.salaris(), null, start.deeltijdfactor(), null));
        }
        Function<WerknemerStand.Periode, Object> salaris = WerknemerStand.Periode::salaris;
        Function<WerknemerStand.Periode, Object> deeltijd = WerknemerStand.Periode::deeltijdfactor;
        var sVoor = WerknemerStand.wijzigingen(tlVoor, salaris);
        var sNa = WerknemerStand.wijzigingen(tlNa, salaris);
        var dVoor = WerknemerStand.wijzigingen(tlVoor, deeltijd);
        var dNa = WerknemerStand.wijzigingen(tlNa, deeltijd);
        TreeSet<LocalDate> data = new TreeSet<>();
        data.addAll(sVoor.keySet());
        data.addAll(sNa.keySet());
        data.addAll(dVoor.keySet());
        data.addAll(dNa.keySet());
        LocalDate uitdienstBekend = voor == null ? null : voor.datumEinde();
        for (LocalDate d : data) {
            if (d.isBefore(eerste) || (indienst && !d.isAfter(eerste))) {
                continue; // before what the stand holds now (withdrawn), or the start an INDIENST carries
            }
            boolean s = !WerknemerStand.gelijk(sVoor.get(d), sNa.get(d));
            boolean t = !WerknemerStand.gelijk(dVoor.get(d), dNa.get(d));
            if (!s && !t) {
                continue;
            }
            WerknemerStand.Periode nieuw = waardeOp(tlNa, d);
            // the old values: what the stand held for that very period before (a corrected month), otherwise the
            // period before it in the stand after (what the insurer has from the mutations before this one)
            Map.Entry<LocalDate, WerknemerStand.Periode> voorOp = tlVoor.floorEntry(d);
            Map.Entry<LocalDate, WerknemerStand.Periode> ervoor = tlNa.lowerEntry(d);
            WerknemerStand.Periode oud = voorOp != null && voorOp.getKey().equals(d) ? voorOp.getValue()
                    : ervoor != null ? ervoor.getValue() : voorOp != null ? voorOp.getValue() : null;
            BigDecimal oudS = oud == null ? null : oud.salaris();
            BigDecimal oudT = oud == null ? null : oud.deeltijdfactor();
            SoortMutatie soort;
            if (uitdienstBekend != null && !d.isAfter(uitdienstBekend)) {
                soort = SoortMutatie.RETRO;
            } else if (s && t) {
                soort = SoortMutatie.SALARIS_DEELTIJD;
            } else if (s) {
                soort = SoortMutatie.SALARIS;
            } else {
                soort = SoortMutatie.DEELTIJD;
            }
            String batch = s && soort != SoortMutatie.RETRO && d.getDayOfMonth() == 1
                    && d.getMonthValue() == maandCollectief ? batch(na.aansluitnummer(), d) : null;
            uit.add(new Mutatie(na.aansluitnummer(), na.personeelsnummer(), na.nummerIkv(), soort, d,
                    s ? oudS : nieuw.salaris(), nieuw.salaris(), t ? oudT : nieuw.deeltijdfactor(),
                    nieuw.deeltijdfactor(), batch));
        }
        boolean uitdienst = na.datumEinde() != null && (voor == null || !Objects.equals(voor.datumEinde(),
                na.datumEinde()));
        if (uitdienst) {
            WerknemerStand.Periode laatst = waardeOp(tlNa, na.datumEinde());
            uit.add(new Mutatie(na.aansluitnummer(), na.personeelsnummer(), na.nummerIkv(), SoortMutatie.UITDIENST,
                    na.datumEinde(), laatst == null ? null : laatst.salaris(), null,
                    laatst == null ? null : laatst.deeltijdfactor(), null, null));
        }
        return uit;
    }

    /** The batch of the yearly collective salary adjustment of an aansluiting on a date. */
    public static String batch(String aansluitnummer, LocalDate ingangsdatum) {
        return "COLLECTIEF-" + aansluitnummer + "-" + ingangsdatum;
    }

    /**
     * What the portal must handle for one employee: a changed address, burgerlijke staat (PARTNER when cohabitation is
     * involved) and the start or end of an NP product. A new employee gives nothing here: the INDIENST carries them.
     */
    public static List<PortaalItem> portaal(WerknemerStand voor, WerknemerStand na) {
        List<PortaalItem> uit = new ArrayList<>();
        if (voor == null || na == null || voor.perioden().isEmpty()) {
            return uit;
        }
        NatuurlijkPersoon a = voor.persoon();
        NatuurlijkPersoon b = na.persoon();
        if (a != null && b != null) {
            String oudAdres = adres(a);
            String nieuwAdres = adres(b);
            if (!Objects.equals(oudAdres, nieuwAdres)) {
                uit.add(item(na, PortaalItem.Soort.ADRES, null, oudAdres, nieuwAdres, b.adresBuitenland() != null
                        ? "Buitenlands adres: in het portaal invoeren (land, buitenlandse postcode in het postcodeveld)"
                        : "a.s.r. neemt adreswijzigingen over uit de BRP; controleren in het portaal, niet versturen"));
            }
            if (!Objects.equals(norm(a.burgerlijkeStaat()), norm(b.burgerlijkeStaat()))
                    || !Objects.equals(a.datumBurgerlijkeStaat(), b.datumBurgerlijkeStaat())) {
                boolean partner = samenwonend(a.burgerlijkeStaat()) || samenwonend(b.burgerlijkeStaat());
                uit.add(item(na, partner ? PortaalItem.Soort.PARTNER : PortaalItem.Soort.BURGERLIJKE_STAAT,
                        b.datumBurgerlijkeStaat(), staat(a), staat(b), partner
                                ? "Samenwonen/partner: altijd via het portaal"
                                : "Wijziging burgerlijke staat: via het portaal (partnergegevens bij huwelijk of"
                                + " geregistreerd partnerschap haalt a.s.r. uit de BRP)"));
            }
        }
        var npVoor = WerknemerStand.wijzigingen(voor.tijdlijn(), WerknemerStand.Periode::np);
        var npNa = WerknemerStand.wijzigingen(na.tijdlijn(), WerknemerStand.Periode::np);
        TreeSet<LocalDate> data = new TreeSet<>(npVoor.keySet());
        data.addAll(npNa.keySet());
        LocalDate eerste = na.tijdlijn().firstKey();
        for (LocalDate d : data) {
            if (d.isBefore(eerste) || Objects.equals(npVoor.get(d), npNa.get(d))) {
                continue;
            }
            var ervoor = na.tijdlijn().lowerEntry(d);
            Set<String> oud = ervoor == null ? Set.of() : ervoor.getValue().np();
            Set<String> nieuw = waardeOp(na.tijdlijn(), d).np();
            if (oud.equals(nieuw)) {
                continue;
            }
            uit.add(item(na, PortaalItem.Soort.NP_DEELNAME, d, String.join(",", new TreeSet<>(oud)),
                    String.join(",", new TreeSet<>(nieuw)), "ANW/NP-deelname: altijd via het portaal"));
        }
        return uit;
    }

    private static PortaalItem item(WerknemerStand na, PortaalItem.Soort soort, LocalDate d, String oud, String nieuw,
                                    String toelichting) {
        return new PortaalItem(na.aansluitnummer(), na.personeelsnummer(), na.nummerIkv(), soort, d, oud, nieuw,
                toelichting);
    }

    private static WerknemerStand.Periode waardeOp(NavigableMap<LocalDate, WerknemerStand.Periode> tl, LocalDate d) {
        Map.Entry<LocalDate, WerknemerStand.Periode> e = tl.floorEntry(d);
        if (e == null) {
            e = tl.firstEntry();
        }
        return e == null ? null : e.getValue();
    }

    static String adres(NatuurlijkPersoon p) {
        AdresBinnenland bi = p.adresBinnenland();
        AdresBuitenland bu = p.adresBuitenland();
        if (bi != null) {
            return String.join(" ", nn(bi.postcode()), nn(bi.huisnummer()) + nn(bi.huisnummerToevoeging()),
                    nn(bi.woonplaats())).trim();
        }
        if (bu != null) {
            return String.join(" ", nn(bu.landcode()), nn(bu.postcode()), nn(bu.plaats())).trim();
        }
        return null;
    }

    private static String staat(NatuurlijkPersoon p) {
        String s = nn(p.burgerlijkeStaat());
        return p.datumBurgerlijkeStaat() == null ? s : s + " sinds " + p.datumBurgerlijkeStaat();
    }

    private static String nn(String s) {
        return s == null ? "" : s.trim();
    }

    static String norm(String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    }

    static boolean samenwonend(String burgerlijkeStaat) {
        String n = norm(burgerlijkeStaat);
        return n != null && n.startsWith("SAMENWONEND");
    }

    /** Gehuwd, samenwonend or geregistreerd partnerschap: the start date of the relation is needed (step 8). */
    static boolean relatie(String burgerlijkeStaat) {
        String n = norm(burgerlijkeStaat);
        return n != null && (n.startsWith("GEHUWD") || n.startsWith("SAMENWONEND") || n.startsWith("GEREGISTREERD"));
    }
}
