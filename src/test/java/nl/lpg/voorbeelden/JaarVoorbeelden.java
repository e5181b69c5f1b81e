package nl.lpg.voorbeelden;

import nl.lpg.delivery.LeveringReader;
import nl.lpg.parameters.ParameterSet;
import nl.lpg.premium.PremieBerekening;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes examples/jaar-2026: thirteen monthly deliveries (January 2026 to January 2027) of one employer with an ABP
 * aansluiting (A1000) and a PFAB aansluiting (A3000), and the BRP extract they are checked against. The delivered
 * premiegrondslag and premie are what the shipped workbooks compute (PremieBerekening, as the engine does), and the
 * collectieve aangiften match them, so only the intended faults give signals. The story is in examples/jaar-2026/README.md.
 * Two re-deliveries: April again (after May) and December again (after January 2027).
 *
 * <p>Run: {@code mvn -q test-compile && java -cp target/classes:target/test-classes:$(cat cp.txt)
 * nl.lpg.voorbeelden.JaarVoorbeelden examples/jaar-2026} (cp.txt from {@code mvn dependency:build-classpath}).
 */
public final class JaarVoorbeelden {

    private JaarVoorbeelden() {
    }

    record Persoon(String pnr, String bsn, String naam, String gb) {
    }

    static final Persoon JANSEN = new Persoon("1001", "111222333", "Jansen", "1980-05-17");
    static final Persoon DE_VRIES = new Persoon("1002", "123456782", "de Vries", "1975-03-02");
    static final Persoon BAKKER = new Persoon("1003", "100000009", "Bakker", "1990-11-30");
    static final Persoon VISSER = new Persoon("1004", "100000010", "Visser", "1985-07-07");
    static final Persoon SMIT = new Persoon("1005", "100000022", "Smit", "1970-01-20");
    static final Persoon MEIJER = new Persoon("1004", "100000034", "Meijer", "1995-02-14"); // reuses 1004 (BR253)
    static final Persoon DEKKER = new Persoon("3001", "100000046", "Dekker", "1988-09-09");
    static final Persoon DEKKER_2 = new Persoon("3002", "100000046", "Dekker", "1988-09-09"); // parallel IKV (BR202)
    static final Persoon DE_BOER = new Persoon("3003", "100000058", "de Boer", "1992-04-04");
    static final Persoon MULDER = new Persoon("1006", "100000071", "Mulder", "1983-06-21"); // BR404
    static final Persoon HENDRIKS = new Persoon("3004", "100000083", "Hendriks", "1991-10-10"); // BR407

    /** Delivered amounts per personeelsnummer|datumAanvangPvp|productkeuze, from the first pass. */
    static Map<String, String[]> bedragen = new HashMap<>();
    /** Sums of the delivered amounts per AE and product: pensioengevend loon, grondslag, premie. */
    static Map<String, Map<String, BigDecimal[]>> som = new TreeMap<>();
    static String huidigeAe;
    /** The file being written: a loontijdvak delivered again has amounts of its own. */
    static String huidigeLevering;

    static String nr(String pnr) {
        return "0".repeat(15 - pnr.length()) + pnr;
    }

    static String pvp(String pnr, String d, String pk, String loon) {
        String[] b = bedragen.getOrDefault(huidigeLevering + "|" + nr(pnr) + "|" + d + "|" + pk,
                new String[]{"0.00", "0.00"});
        BigDecimal[] s = som.computeIfAbsent(huidigeAe, k -> new TreeMap<>()).computeIfAbsent(pk,
                k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
        s[0] = s[0].add(new BigDecimal(loon));
        s[1] = s[1].add(new BigDecimal(b[0]));
        s[2] = s[2].add(new BigDecimal(b[1]));
        return "<pensioenVerzekeringVerhouding productkeuze=\"" + pk + "\"><pensioenVerzekeringPeriode datumAanvang=\""
                + d + "\" productloon=\"" + loon + "\" premiegrondslag=\"" + b[0] + "\" premie=\"" + b[1]
                + "\" meetellingswaarde=\"100.00\"/></pensioenVerzekeringVerhouding>";
    }

    static String np(Persoon p, String gb) {
        return "<natuurlijkPersoon bsn=\"" + p.bsn() + "\" personeelsnummer=\"" + nr(p.pnr()) + "\" voorletters=\"A\""
                + " achternaam=\"" + p.naam() + "\" geboortedatum=\"" + gb + "\" geslacht=\"V\"><adresBinnenland"
                + " postcode=\"1234AB\" huisnummer=\"1\" straat=\"Dorpsstraat\" woonplaats=\"Utrecht\"/></natuurlijkPersoon>";
    }

    /** One IKV with one IKP covering [van, tot] of the tijdvak; ABP: OPNP and AAOP, PFAB: PPA and SFA (cao AGF). */
    static String ikv(Persoon p, String gb, String aard, String aanvangIkv, String eindeIkv, String van, String tot,
                      String dtf, String loon, boolean pfab) {
        String einde = eindeIkv == null ? "" : " datumEinde=\"" + eindeIkv + "\" redenEinde=\"02\"";
        String ikpEinde = tot == null ? "" : " datumEinde=\"" + tot + "\"";
        String producten = pfab ? pvp(p.pnr(), van, "PPA", loon) + pvp(p.pnr(), van, "SFA", loon)
                : pvp(p.pnr(), van, "OPNP", loon) + pvp(p.pnr(), van, "AAOP", loon);
        return "<inkomstenverhouding personeelsnummer=\"" + nr(p.pnr()) + "\" nummer=\"1\" aard=\"" + aard
                + "\" datumAanvang=\"" + aanvangIkv + "\"" + einde + ">" + np(p, gb) + "<inkomstenperiode datumAanvang=\""
                + van + "\"" + ikpEinde + " verbijzondering=\"REG\" codeMeetelling=\"J\" deeltijdfactor=\"" + dtf + "\""
                + (pfab ? " codeCao=\"AGF\"" : "") + " soortInkomstenverhouding=\"15\"><werknemergegevens"
                + " svLoon=\"4000.00\" pensioenloon=\"4000.00\"/>" + producten + "</inkomstenperiode></inkomstenverhouding>\n";
    }

    static String ca(String tag, String pk, BigDecimal[] s) {
        return "<" + tag + " productkeuze=\"" + pk + "\" pensioengevendLoon=\"" + s[0].toPlainString()
                + "\" premiegrondslag=\"" + s[1].toPlainString() + "\" premie=\"" + s[2].toPlainString() + "\"/>\n";
    }

    /** An AE: the body is built after huidigeAe is set, so its PVPs are summed into its collectieve aangifte. */
    static String ae(String an, YearMonth tijdvak, java.util.function.Supplier<String> body) {
        huidigeAe = tijdvak + "|" + an;
        som.remove(huidigeAe);
        String b = body.get();
        boolean pfab = an.equals("A3000");
        StringBuilder cas = new StringBuilder();
        som.getOrDefault(huidigeAe, Map.of()).forEach((pk, s) -> cas.append(ca("collectieveAangifte", pk, s)));
        return "<administratieveEenheid aansluitnummer=\"" + an + "\" opdrachtgever=\"" + (pfab ? "PFAB" : "ABP")
                + "\" periodiciteit=\"MAAND\" datumAanvangTijdvak=\"" + tijdvak.atDay(1) + "\" datumEindeTijdvak=\""
                + tijdvak.atEndOfMonth() + "\" loonheffingennummer=\"" + (pfab ? "345678901L01" : "123456789L01")
                + "\">\n" + b + cas + "</administratieveEenheid>\n";
    }

    static String levering(YearMonth periode, List<String> aes, List<String> aeSleutels) {
        return levering(periode, 1, periode.plusMonths(1).atDay(2) + "T09:00:00", aes, aeSleutels);
    }

    static String levering(YearMonth periode, int volgnummer, String aanmaak, List<String> aes, List<String> aeSleutels) {
        Map<String, BigDecimal[]> totaal = new TreeMap<>();
        for (String k : aeSleutels) {
            som.getOrDefault(k, Map.of()).forEach((pk, s) -> {
                BigDecimal[] t = totaal.computeIfAbsent(pk, x -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO});
                for (int i = 0; i < 3; i++) {
                    t[i] = t[i].add(s[i]);
                }
            });
        }
        StringBuilder cal = new StringBuilder();
        totaal.forEach((pk, s) -> cal.append(ca("collectieveAangifteLevering", pk, s)));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<levering xmlns=\"urn:lpg:levering:1\" nummerLeverancier=\"L001\""
                + " periodeLevering=\"" + periode + "\" volgnummer=\"" + volgnummer + "\" aanmaak=\"" + aanmaak
                + "\" soort=\"R\">\n" + String.join("", aes) + cal + "</levering>\n";
    }

    /** The delivery of one month: who is employed, with which salary, and the month's event (see the README). */
    static String maand(YearMonth m) {
        List<String> aes = new ArrayList<>();
        List<String> sleutels = new ArrayList<>();
        String d = m.atDay(1).toString();
        boolean jaar2027 = m.getYear() == 2027;
        int mnd = m.getMonthValue();
        aes.add(ae("A1000", m, () -> {
            StringBuilder b = new StringBuilder();
            // Jansen: deeltijdfactor 0.8 until May, 1.0 from June; salary up across the year boundary
            b.append(ikv(JANSEN, JANSEN.gb(), "11", "2020-01-01", null, d, null,
                    jaar2027 || mnd >= 6 ? "1.0000" : "0.8000", jaar2027 ? "54000.00" : "52000.00", false));
            // de Vries: salary up from July; from September the corrected geboortedatum (BR191, approved in review);
            // January 2027 with datum aanvang 12 January 2027 and January's inkomstenperiode from the 13th, while the
            // inkomstenperioden of 2026 stay (BR405; BR289 as January's first inkomstenperiode is missing)
            b.append(ikv(DE_VRIES, jaar2027 || mnd >= 9 ? "1975-03-12" : DE_VRIES.gb(), "11",
                    jaar2027 ? "2027-01-12" : "2020-01-01", null, jaar2027 ? "2027-01-13" : d, null, "1.0000",
                    jaar2027 || mnd >= 7 ? "63000.00" : "60000.00", false));
            // Bakker: indienst 1 March; January 2027 with another aard (BR47)
            if (jaar2027 || mnd >= 3) {
                b.append(ikv(BAKKER, BAKKER.gb(), jaar2027 ? "12" : "11", "2026-03-01", null, d, null, "1.0000",
                        "40000.00", false));
            }
            // Visser: uitdienst 31 August; January 2027 again, without datum einde, but without September to
            // December (BR406)
            if (jaar2027 || mnd <= 8) {
                b.append(ikv(VISSER, VISSER.gb(), "11", "2020-01-01", mnd == 8 ? "2026-08-31" : null, d,
                        mnd == 8 ? "2026-08-31" : null, "1.0000", "48000.00", false));
            }
            // Mulder: indienst 1 June; January 2027 with datum aanvang 1 November 2025 and no inkomstenperioden for
            // January to May 2026 (BR404)
            if (jaar2027 || mnd >= 6) {
                b.append(ikv(MULDER, MULDER.gb(), "11", jaar2027 ? "2025-11-01" : "2026-06-01", null, d, null,
                        "1.0000", "39000.00", false));
            }
            // Meijer: new in October under Visser's personeelsnummer (BR253)
            if (!jaar2027 && mnd == 10) {
                b.append(ikv(MEIJER, MEIJER.gb(), "11", "2026-10-01", null, d, null, "1.0000", "38000.00", false)
                        .replace("nummer=\"1\" aard", "nummer=\"2\" aard"));
            }
            // (intrekkingen follow the inkomstenverhoudingen in an AE)
            // Smit: delivered in September by mistake, withdrawn as a whole in October
            if (!jaar2027 && mnd == 9) {
                b.append(ikv(SMIT, SMIT.gb(), "11", "2026-09-01", null, d, null, "1.0000", "36000.00", false));
            }
            if (!jaar2027 && mnd == 10) {
                b.append("<intrekking personeelsnummer=\"" + nr(SMIT.pnr()) + "\" nummerInkomstenverhouding=\"1\""
                        + " datumAanvangInkomstenperiode=\"2026-09-01\" bsn=\"" + SMIT.bsn() + "\"/>\n");
            }
            return b.toString();
        }));
        sleutels.add(m + "|A1000");
        aes.add(ae("A3000", m, () -> {
            StringBuilder b = new StringBuilder();
            // Dekker: productloon down from August; November with another geboortedatum (BR191, rejected)
            b.append(ikv(DEKKER, !jaar2027 && mnd == 11 ? "1988-09-19" : DEKKER.gb(), "11", "2020-01-01", null, d,
                    null, "1.0000", jaar2027 || mnd >= 8 ? "44000.00" : "45000.00", true));
            // Dekker's second, parallel inkomstenverhouding in December (BR202)
            if (!jaar2027 && mnd == 12) {
                b.append(ikv(DEKKER_2, DEKKER_2.gb(), "11", "2026-12-01", "2026-12-31", d, "2026-12-31", "0.5000",
                        "20000.00", true));
            }
            // Hendriks: indienst 1 November (December again after January 2027 ends the IKV: BR407)
            if (jaar2027 || mnd >= 11) {
                b.append(ikv(HENDRIKS, HENDRIKS.gb(), "11", "2026-11-01", null, d, null, "1.0000", "41000.00", true));
            }
            // de Boer: in dienst since 1 December 2026, first delivered in January 2027 (BR409)
            if (jaar2027) {
                b.append(ikv(DE_BOER, DE_BOER.gb(), "11", "2026-12-01", null, d, null, "1.0000", "42000.00", true));
            }
            return b.toString();
        }));
        sleutels.add(m + "|A3000");
        return levering(m, aes, sleutels);
    }

    static String bestand(YearMonth m) {
        return m + "-levering-L001.xml";
    }

    /** Delivered in June, after May's: April again for Jansen, whose deeltijdfactor was 0.9 that month. */
    static final String APRIL_OPNIEUW = "2026-04-levering-L001-volgnummer-2.xml";

    static String aprilOpnieuw() {
        YearMonth april = YearMonth.of(2026, 4);
        String ae = ae("A1000", april, () -> ikv(JANSEN, JANSEN.gb(), "11", "2020-01-01", null, "2026-04-01", null,
                "0.9000", "52000.00", false));
        return levering(april, 2, "2026-06-03T09:00:00", List.of(ae), List.of(april + "|A1000"));
    }

    /**
     * Delivered after January 2027: December again. Hendriks's contract ended on 31 December 2026, but January 2027 is
     * delivered and not withdrawn (BR407); Jansen's December is withdrawn without his inkomstenverhouding while his
     * January 2027 stays in the stand (BR410 and BR290: the AE A1000 is refused).
     */
    static final String DECEMBER_OPNIEUW = "2026-12-levering-L001-volgnummer-2.xml";

    static String decemberOpnieuw() {
        YearMonth december = YearMonth.of(2026, 12);
        String abp = ae("A1000", december, () -> "<intrekking personeelsnummer=\"" + nr(JANSEN.pnr())
                + "\" nummerInkomstenverhouding=\"1\" datumAanvangInkomstenperiode=\"2026-12-01\" bsn=\""
                + JANSEN.bsn() + "\"/>\n");
        String pfab = ae("A3000", december, () -> ikv(HENDRIKS, HENDRIKS.gb(), "11", "2026-11-01", "2026-12-31",
                "2026-12-01", "2026-12-31", "1.0000", "41000.00", true));
        return levering(december, 2, "2027-02-05T09:00:00", List.of(abp, pfab),
                List.of(december + "|A1000", december + "|A3000"));
    }

    static String inhoud(String naam) {
        return naam.equals(APRIL_OPNIEUW) ? aprilOpnieuw() : naam.equals(DECEMBER_OPNIEUW) ? decemberOpnieuw()
                : maand(YearMonth.parse(naam.substring(0, 7)));
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/jaar-2026");
        Files.createDirectories(dir);
        ParameterSet ps = ParameterSet.load(Path.of(args.length > 1 ? args[1] : "parameters-xlsx"));
        List<YearMonth> maanden = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2026, 1); !m.isAfter(YearMonth.of(2027, 1)); m = m.plusMonths(1)) {
            maanden.add(m);
        }
        List<String> bestanden = new ArrayList<>(maanden.stream().map(JaarVoorbeelden::bestand).toList());
        bestanden.add(APRIL_OPNIEUW);
        bestanden.add(DECEMBER_OPNIEUW);
        // pass 1 without amounts; the engine's own calculation gives the amounts of pass 2
        for (String naam : bestanden) {
            Path f = dir.resolve(naam);
            huidigeLevering = naam;
            Files.writeString(f, inhoud(naam));
            LeveringReader.koppen(f, e -> {
                for (var ikp : e.ikv().inkomstenperioden()) {
                    for (var pvv : ikp.pensioenVerzekeringVerhoudingen()) {
                        for (var pvp : pvv.perioden()) {
                            PremieBerekening.bereken(e, ikp, pvv, pvp, ps.parameters()).ifPresent(b -> bedragen.put(
                                    huidigeLevering + "|" + e.ikv().personeelsnummer() + "|" + pvp.datumAanvang()
                                            + "|" + pvv.productkeuze(),
                                    // PFAB as the shipped examples: PPA the grondslag only, SFA the vaste premie only (BR248)
                                    new String[]{"SFA".equals(pvv.productkeuze()) ? "0.00" : plain(b.grondslagBerekend()),
                                            "PPA".equals(pvv.productkeuze()) ? "0.00" : plain(b.premieBerekend())}));
                        }
                    }
                }
            });
        }
        for (String naam : bestanden) {
            huidigeLevering = naam;
            Files.writeString(dir.resolve(naam), inhoud(naam));
        }
        // the BRP knows the corrected geboortedatum of de Vries and of Dekker (BR191 rather than BR192)
        StringBuilder brp = new StringBuilder("bsn;geboortedatum;overlijdensdatum\n");
        for (Persoon p : List.of(JANSEN, DE_VRIES, BAKKER, VISSER, SMIT, MEIJER, DEKKER, DE_BOER, MULDER,
                HENDRIKS)) {
            String gb = p == DE_VRIES ? "1975-03-12" : p == DEKKER ? "1988-09-19" : p.gb();
            brp.append(p.bsn()).append(';').append(gb).append(";\n");
        }
        Files.writeString(dir.resolve("brp.csv"), brp.toString());
    }

    private static String plain(BigDecimal b) {
        return b == null ? "0.00" : b.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
