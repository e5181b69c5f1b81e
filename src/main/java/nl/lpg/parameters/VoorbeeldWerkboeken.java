package nl.lpg.parameters;

import nl.lpg.rules.RegelsSeed;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes the shipped example workbooks {@code parameters.xlsx} and {@code organisatie.xlsx} (and the analysts'
 * README) from the schemas in {@link ParameterSheets}: every sheet and column in schema order, frozen header rows,
 * auto-filters, drop-down lists for code and J/N columns, a note on every column header, a Toelichting sheet and
 * real Excel dates. The Regels sheet is filled from whatever {@link RegelsSeed} holds when this runs.
 * The values are examples, labelled so in the workbooks.
 */
public final class VoorbeeldWerkboeken {

    /** Rows the drop-down lists and date formats reach, so rows an analyst adds get them too. */
    static final int OPMAAK_RIJEN = 2000;

    private VoorbeeldWerkboeken() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "parameters-xlsx");
        schrijf(dir);
        System.out.println("Written " + dir.resolve(ParameterSet.PARAMETERS_FILE) + ", "
                + dir.resolve(ParameterSet.ORGANISATIE_FILE) + " and " + dir.resolve("README.md"));
    }

    public static void schrijf(Path dir) {
        try {
            Files.createDirectories(dir);
            schrijfWerkmap(dir.resolve(ParameterSet.PARAMETERS_FILE), ParameterSheets.PARAMETERS, parameterRijen());
            schrijfWerkmap(dir.resolve(ParameterSet.ORGANISATIE_FILE), ParameterSheets.ORGANISATIE, organisatieRijen());
            Files.writeString(dir.resolve("README.md"), WerkboekDocumentatie.readme(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- example values

    private static final LocalDate J2025 = LocalDate.of(2025, 1, 1);
    private static final LocalDate E2025 = LocalDate.of(2025, 12, 31);
    private static final LocalDate J2026 = LocalDate.of(2026, 1, 1);

    private static Map<String, Object> rij(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            m.put((String) kv[i], v instanceof String s && s.matches("-?\\d+\\.\\d+") ? new BigDecimal(s) : v);
        }
        return m;
    }

    /** Example rows per sheet of parameters.xlsx. */
    static Map<String, List<Map<String, Object>>> parameterRijen() {
        Map<String, List<Map<String, Object>>> m = new LinkedHashMap<>();
        List<Map<String, Object>> og = new ArrayList<>();
        // Every opdrachtgever has one row up to the end of 2025 and one from 2026, to show dated values.
        for (String[] r : new String[][]{{"ABP", "2015-01-01", "1.2500"}, {"PWRI", "2015-01-01", "1.0000"},
                {"BOUW", "2016-01-01", "1.0000"}, {"SCHOONMAAK", "2017-01-01", "1.0000"},
                {"SPW", "2018-01-01", "1.0000"}, {"PFAB", "2019-01-01", "1.0000"}, {"PPFAPG", "2020-01-01", "1.0000"}}) {
            LocalDate conversie = LocalDate.parse(r[1]);
            og.add(opdrachtgever(r[0], conversie, r[2], "2", conversie, E2025));
            og.add(opdrachtgever(r[0], conversie, r[2], "2", J2026, null));
        }
        m.put("Opdrachtgevers", og);

        List<Map<String, Object>> regels = new ArrayList<>();
        for (RegelsSeed.Row r : RegelsSeed.load()) {
            regels.add(rij("regel", r.regel(), "opdrachtgever", r.opdrachtgever(), "actief", r.actief(),
                    "aard", r.aard(), "ingang", r.ingang(), "einde", r.einde()));
        }
        m.put("Regels", regels);

        m.put("Marges", List.of(
                rij("regel", "163", "opdrachtgever", "ABP", "productkeuze", "*", "absoluteMarge", "1.00",
                        "ingang", J2025),
                rij("regel", "164", "opdrachtgever", "ABP", "productkeuze", "*", "absoluteMarge", "0.50",
                        "ingang", J2025),
                rij("regel", "165", "opdrachtgever", "PFAB", "productkeuze", "PPA", "relatieveMarge", "0.50",
                        "absoluteMarge", "1.00", "ingang", J2025),
                rij("regel", "168", "opdrachtgever", "PFAB", "productkeuze", "*", "relatieveMarge", "0.50",
                        "ingang", J2025),
                rij("regel", "170", "opdrachtgever", "PFAB", "productkeuze", "*", "relatieveMarge", "0.50",
                        "absoluteMarge", "1.00", "ingang", J2025),
                rij("regel", "171", "opdrachtgever", "PFAB", "productkeuze", "*", "relatieveMarge", "0.50",
                        "absoluteMarge", "1.00", "ingang", J2025)));

        // BR312/BR316: which AOW peildatum applies per product.
        List<Map<String, Object>> peil = new ArrayList<>();
        // ABP OPNP and AAOP are compulsory up to the first of the month of AOW-leeftijd + 5 jaar (BR194, BR196), so
        // premie withheld between AOW-leeftijd and that date is right: their peildatum is AOW_PLUS_5.
        for (String[] r : new String[][]{{"ABP", "OPNP", "AOW_PLUS_5"}, {"ABP", "OPNP-I", "AOW_PLUS_5"},
                {"ABP", "AAOP", "AOW_PLUS_5"}, {"BOUW", "PP", "AOW"}, {"BOUW", "AOP", "AOW"}, {"PFAB", "PPA", "AOW"},
                {"SCHOONMAAK", "BPFSGB", "AOW"}, {"SPW", "OP", "AOW"}, {"PPFAPG", "OP", "AOW"},
                {"PPFAPG", "NP", "AOW"}}) {
            peil.add(rij("opdrachtgever", r[0], "productkeuze", r[1], "productvariant", null, "soortPeildatum", r[2],
                    "ingang", J2025));
        }
        m.put("PeildatumAow", peil);

        m.put("Productvarianten", productvarianten());

        m.put("CaoParameters", List.of(
                rij("opdrachtgever", "BOUW", "codeCao", "BOUW-INFRA", "normUrenPerDag", "8.00",
                        "normDagenPerJaar", "260.00", "percentageVakantietoeslag", "8.00", "ingang", J2025),
                rij("opdrachtgever", "PFAB", "codeCao", "AGF", "normUrenPerDag", "7.60",
                        "normDagenPerJaar", "261.00", "percentageVakantietoeslag", "8.00", "ingang", J2025,
                        "einde", E2025),
                rij("opdrachtgever", "PFAB", "codeCao", "AGF", "normUrenPerDag", "7.60",
                        "normDagenPerJaar", "261.00", "percentageVakantietoeslag", "8.33", "ingang", J2026),
                rij("opdrachtgever", "ABP", "codeCao", "RIJK", "normUrenPerDag", "7.20",
                        "normDagenPerJaar", "261.00", "percentageVakantietoeslag", "8.00", "ingang", J2025)));

        // Wettelijk minimumloon per uur with the youth percentages (30%, 34.5%, 39.5%, 50%, 60%, 80%, 100%).
        List<Map<String, Object>> wml = new ArrayList<>();
        String[] b2025 = {"4.22", "4.85", "5.55", "7.03", "8.44", "11.25", "14.06"};
        String[] b2026 = {"4.32", "4.97", "5.69", "7.20", "8.64", "11.52", "14.40"};
        for (int i = 0; i < 7; i++) {
            int van = 15 + i;
            int tot = van == 21 ? 999 : van + 1;
            for (String fonds : List.of("BOUW", "SCHOONMAAK")) {
                wml.add(rij("opdrachtgever", fonds, "codeCao", "*", "leeftijdVan", van, "leeftijdTot", tot,
                        "bedrag", b2025[i], "ingang", J2025, "einde", E2025));
                wml.add(rij("opdrachtgever", fonds, "codeCao", "*", "leeftijdVan", van, "leeftijdTot", tot,
                        "bedrag", b2026[i], "ingang", J2026));
            }
        }
        m.put("MinimumUurloon", wml);

        m.put("Verbijzonderingen", List.of(
                vb("ABP", "11", "REG", "JA", null, null),
                vb("ABP", "11", "WWU", "NEE", null, null),
                vb("ABP", "11", "OPK", "BEIDE", null, 3),
                // BR87: at aard VW (WW- en ontslagpopulatie) ABP knows WOU and WWU; WWU still counts for OPNP at a
                // meetellingswaarde (BR210) and AAOP at 75% (BR300)
                vb("ABP", "VW", "WOU", "BEIDE", null, null),
                vb("ABP", "VW", "WWU", "BEIDE", null, null),
                vb("BOUW", "11", "REG", "JA", null, null),
                vb("BOUW", "11", "BBL", "BEIDE", 26, null),
                vb("BOUW", "11", "OPK", "BEIDE", null, 2),
                vb("PFAB", "11", "REG", "JA", null, null),
                vb("PFAB", "11", "OPK", "BEIDE", null, 3),
                vb("PWRI", "11", "REG", "JA", null, null),
                vb("SCHOONMAAK", "11", "REG", "JA", null, null),
                vb("SPW", "11", "REG", "JA", null, null),
                vb("PPFAPG", "11", "REG", "JA", null, null)));

        pvvPvpNpRijen(m);

        m.put("AowLeeftijd", List.of(
                aow("1900-01-01", "1957-12-31", 66, 4),
                aow("1958-01-01", "1958-12-31", 66, 7),
                aow("1959-01-01", "1959-12-31", 66, 10),
                aow("1960-01-01", "1960-09-30", 67, 0),
                aow("1960-10-01", "1961-06-30", 67, 0),
                aow("1961-07-01", "1962-03-31", 67, 0),
                aow("1962-04-01", "1962-12-31", 67, 3),
                aow("1963-01-01", "2099-12-31", 67, 3)));
        ikvIkpRijen(m);
        return m;
    }

    /** Example rows for the sheets of the IKV/IKP rules (sections 5-8). */
    private static void ikvIkpRijen(Map<String, List<Map<String, Object>>> m) {
        // BR103: maximum bruto uurloon per CAO and age (Bouw).
        m.put("MaximumUurloon", List.of(
                rij("opdrachtgever", "BOUW", "codeCao", "*", "leeftijdVan", 0, "leeftijdTot", 999,
                        "bedrag", "75.00", "ingang", J2025)));
        // BR212 valid beroepen: the Beroepen sheet of the PVV rules (BOUW01, UTA01), plus Schoonmaak.
        List<Map<String, Object>> beroepen = new ArrayList<>(m.getOrDefault("Beroepen", List.of()));
        beroepen.add(rij("opdrachtgever", "SCHOONMAAK", "codeBeroep", "SCH01", "indicatieUta", false,
                "ingang", J2025));
        m.put("Beroepen", beroepen);
        // BR213/BR215: beroepen per CAO; a CAO without rows is not checked.
        m.put("BeroepPerCao", List.of(
                rij("opdrachtgever", "BOUW", "codeCao", "BOUW-INFRA", "codeBeroep", "BOUW01", "ingang", J2025),
                rij("opdrachtgever", "BOUW", "codeCao", "BOUW-INFRA", "codeBeroep", "UTA01", "ingang", J2025),
                rij("opdrachtgever", "BOUW", "codeCao", "BOUW-DAK", "codeBeroep", "BOUW01", "ingang", J2025)));
        // BR129: beroepen per verbijzondering; a verbijzondering without rows allows every beroep (REG).
        m.put("BeroepPerVerbijzondering", List.of(
                rij("opdrachtgever", "BOUW", "verbijzondering", "DGA", "codeBeroep", "UTA01", "ingang", J2025)));
        // BR153: CAO's per verbijzondering (Bouw: BBL only under the bouw-CAO).
        m.put("CaoPerVerbijzondering", List.of(
                rij("opdrachtgever", "BOUW", "verbijzondering", "BBL", "codeCao", "BOUW-INFRA", "ingang", J2025)));
        // BR78: soort inkomstenverhouding / inkomenscode (codes of the loonaangifte).
        List<Map<String, Object>> soorten = new ArrayList<>();
        for (String[] r : new String[][]{{"11", "Loon of salaris ambtenaren"},
                {"13", "Loon of salaris directeuren-grootaandeelhouders"},
                {"15", "Loon of salaris niet onder te brengen onder andere codes"},
                {"17", "Loon of salaris directeuren van een nv/bv, wel verzekerd voor de werknemersverzekeringen"},
                {"18", "Wachtgeld van een overheidsinstelling"}, {"22", "Uitkering Ziektewet"},
                {"24", "Uitkering WAO/WIA"}, {"31", "Uitkering Werkloosheidswet"}, {"45", "Pensioen"},
                {"46", "Uitkering VUT"}}) {
            soorten.add(rij("soortInkomstenverhouding", r[0], "omschrijving", r[1], "werkgeversbetaling", false,
                    "ingang", J2025));
        }
        m.put("SoortInkomstenverhouding", soorten);
        // BR233: reden einde inkomstenverhouding.
        m.put("RedenEindeInkomstenverhouding", List.of(
                rij("redenEinde", "01", "omschrijving", "Ontslag door de werkgever", "ingang", J2025),
                rij("redenEinde", "02", "omschrijving", "Ontslag op eigen verzoek", "ingang", J2025),
                rij("redenEinde", "03", "omschrijving", "Einde tijdelijk contract", "ingang", J2025),
                rij("redenEinde", "04", "omschrijving", "Pensionering", "ingang", J2025),
                rij("redenEinde", "05", "omschrijving", "Overlijden", "ingang", J2025)));
        // BR55: minimum leeftijd toegestane arbeid (13: lichte arbeid naast school).
        List<Map<String, Object>> leeftijd = new ArrayList<>();
        for (String og : List.of("ABP", "PWRI", "BOUW", "SCHOONMAAK", "SPW", "PFAB", "PPFAPG")) {
            leeftijd.add(rij("opdrachtgever", og, "leeftijd", 13, "ingang", LocalDate.of(2000, 1, 1)));
        }
        m.put("MinimumLeeftijdArbeid", leeftijd);
        // BR45: indiensttreding within this many days after the end of its loontijdvak.
        List<Map<String, Object>> tijdig = new ArrayList<>();
        for (String og : List.of("ABP", "PWRI", "BOUW", "SCHOONMAAK", "SPW", "PFAB", "PPFAPG")) {
            for (String p : List.of("MAAND", "VIERWEKEN", "KWARTAAL", "HALFJAAR")) {
                tijdig.add(rij("opdrachtgever", og, "periodiciteit", p, "aantalDagenTijdigheid", 60,
                        "ingang", LocalDate.of(2000, 1, 1)));
            }
        }
        m.put("TijdigheidAanlevering", tijdig);
        standRijen(m);
    }

    /** Example rows (VOORBEELDEN, not official values) for the rules that compare with the stand (issue 9). */
    private static void standRijen(Map<String, List<Map<String, Object>>> m) {
        LocalDate vanaf = LocalDate.of(2000, 1, 1);
        List<Map<String, Object>> intrekkingen = new ArrayList<>();
        List<Map<String, Object>> twk = new ArrayList<>();
        List<Map<String, Object>> controle = new ArrayList<>();
        for (String og : List.of("ABP", "PWRI", "BOUW", "SCHOONMAAK", "SPW", "PFAB", "PPFAPG")) {
            // BR94/BR96: example maxima per AE
            intrekkingen.add(rij("opdrachtgever", og, "maximumAantalIntrekkingen", 50,
                    "maximumPercentageIntrekkingen", new BigDecimal("50.00"), "ingang", vanaf));
            // BR403: example, two years of monthly loontijdvakken
            twk.add(rij("opdrachtgever", og, "maximumAantalLoontijdvakkenTwk", 24, "ingang", vanaf));
            // BR333, BR404-BR419: example, the stand is filled from January 2026; one year back is checked
            controle.add(rij("opdrachtgever", og, "controleVanaf", LocalDate.of(2026, 1, 1), "aantalJarenTerug", 1,
                    "ingang", vanaf));
        }
        m.put("Intrekkingsgrenzen", intrekkingen);
        m.put("TwkBegrenzing", twk);
        m.put("TeControlerenLoontijdvakken", controle);
        // BR241/BR242 (ABP, PFAB): example percentages
        m.put("ProductloonMutatie", List.of(
                rij("opdrachtgever", "ABP", "percentageBovenmatigeVerhoging", new BigDecimal("25.00"),
                        "percentageBovenmatigeDaling", new BigDecimal("25.00"), "ingang", vanaf),
                rij("opdrachtgever", "PFAB", "percentageBovenmatigeVerhoging", new BigDecimal("25.00"),
                        "percentageBovenmatigeDaling", new BigDecimal("25.00"), "ingang", vanaf)));
    }

    private static Map<String, Object> opdrachtgever(String og, LocalDate conversie, String maxDtf, String pijler,
                                                     LocalDate ingang, LocalDate einde) {
        return rij("opdrachtgever", og, "conversiedatum", conversie, "maxDeeltijdfactor", new BigDecimal(maxDtf),
                "pijler", pijler, "periodiciteiten", "MAAND,VIERWEKEN,KWARTAAL", "ingang", ingang, "einde", einde);
    }

    /**
     * Key of a row's note: written as a cell note on the row's second cell (the key after opdrachtgever), to say which
     * values are published and which are examples; not a column, so analysts' workbooks need no such column.
     */
    static final String NOTITIE = "_notitie";

    /** The published fiscal maximum pensioengevend loon (art. 18ga Wet LB), € 137.800 in 2024, 2025 and 2026. */
    static final String FISCAAL_MAXIMUM = "137800.00";
    private static final String BRON_FISCAAL = "maximumProductloon gepubliceerd: fiscaal maximum pensioengevend loon "
            + "€ 137.800 (2025 en 2026, art. 18ga Wet LB)";
    private static final String VOORBEELD = "voorbeeld";

    /**
     * Every opdrachtgever with its products, for 2025 and 2026, so that each formula type of BR167 (E..U) is used by a
     * shipped product. The spec fixes the formula for ABP (OPNP and OPNP-I: Q, AAOP: T, VPL: O) and PFAB (PPA: J, SFA:
     * vaste premie, P); for the others the "bijlage domeinen" is not part of the spec, so the letters follow the
     * formulas' own words (R "voor verzekeringsproducten": SPW IP, the WIA-excedent whose franchise is the WIA-grens;
     * F with an uur-franchise: Schoonmaak, "gebaseerd op uren") and are marked as examples in the bron column.
     */
    static List<Map<String, Object>> productvarianten() {
        List<Map<String, Object>> l = new ArrayList<>();
        LocalDate vpl = LocalDate.of(2015, 1, 1);
        LocalDate vplEinde = LocalDate.of(2022, 12, 31);
        String abp = BRON_FISCAAL + "; premiepercentage OP/NP 27,3% gepubliceerd (ABP); franchise voorbeeld";
        String abpZonderMax = "premiepercentage en franchise voorbeeld";
        // ABP (BR307: OPNP, OPNP-I, AAOP; VPL only up to 2022, BR195)
        l.add(pv("ABP", "OPNP", "Q", "JAAR", "19172.00", FISCAAL_MAXIMUM, "27.30", null, "GRONDSLAG", null, J2025, E2025, abp));
        l.add(pv("ABP", "OPNP", "Q", "JAAR", "19545.00", FISCAAL_MAXIMUM, "27.30", null, "GRONDSLAG", null, J2026, null, abp));
        l.add(pv("ABP", "OPNP-I", "Q", "JAAR", "19172.00", FISCAAL_MAXIMUM, "27.30", null, "PREMIE", null, J2025, E2025, abp));
        l.add(pv("ABP", "OPNP-I", "Q", "JAAR", "19545.00", FISCAAL_MAXIMUM, "27.30", null, "PREMIE", null, J2026, null, abp));
        l.add(pv("ABP", "AAOP", "T", "JAAR", "19172.00", null, "0.70", null, "GRONDSLAG", null, J2025, E2025, abpZonderMax));
        l.add(pv("ABP", "AAOP", "T", "JAAR", "19545.00", null, "0.60", null, "GRONDSLAG", null, J2026, null, abpZonderMax));
        l.add(pv("ABP", "VPL", "O", "JAAR", null, null, "2.60", null, "PREMIE", null, vpl, vplEinde,
                "voorbeeld; VPL vervalt per 2023-01-01 (BR195, BR307)"));
        // PWRI: OP/NP up to 70 (BR196); AP with meetellingswaarde
        String pwri = BRON_FISCAAL + "; premiepercentage voorbeeld; geen franchise (voorbeeld)";
        l.add(pv("PWRI", "OPNP", "M", "JAAR", null, FISCAAL_MAXIMUM, "24.90", null, "GRONDSLAG", 70, J2025, E2025, pwri));
        l.add(pv("PWRI", "OPNP", "M", "JAAR", null, FISCAAL_MAXIMUM, "25.20", null, "GRONDSLAG", 70, J2026, null, pwri));
        l.add(pv("PWRI", "AP", "S", "JAAR", null, null, "1.20", null, "GRONDSLAG", 70, J2025, E2025, VOORBEELD));
        l.add(pv("PWRI", "AP", "S", "JAAR", null, null, "1.20", null, "GRONDSLAG", 70, J2026, null, VOORBEELD));
        // BOUW: all products with premie (BR232); AOP over the SV-loon of the loontijdvak
        l.add(pv("BOUW", "PP", "J", "JAAR", "16322.00", "81217.00", "26.30", null, "BEIDE", null, J2025, E2025, VOORBEELD));
        l.add(pv("BOUW", "PP", "J", "JAAR", "16770.00", "83600.00", "25.50", null, "BEIDE", null, J2026, null, VOORBEELD));
        l.add(pv("BOUW", "AOP", "H", "JAAR", null, "81217.00", "1.10", null, "BEIDE", null, J2025, E2025, VOORBEELD));
        l.add(pv("BOUW", "AOP", "H", "JAAR", null, "83600.00", "1.00", null, "BEIDE", null, J2026, null, VOORBEELD));
        // SCHOONMAAK: productloon is the loon of the loontijdvak; the franchise is per uur (BR167, "gebaseerd op uren");
        // FBORAS (RAS) over the same productloon as BPFSGB (BR172)
        String uur = "voorbeeld (franchise per uur maal PVP-uren)";
        l.add(pv("SCHOONMAAK", "BPFSGB", "F", "UUR", "9.75", null, "21.40", null, "BEIDE", null, J2025, E2025, uur));
        l.add(pv("SCHOONMAAK", "BPFSGB", "F", "UUR", "10.05", null, "21.40", null, "BEIDE", null, J2026, null, uur));
        l.add(pv("SCHOONMAAK", "FBORAS", "G", "JAAR", null, null, "0.25", null, "PREMIE", null, J2025, E2025, VOORBEELD));
        l.add(pv("SCHOONMAAK", "FBORAS", "G", "JAAR", null, null, "0.25", null, "PREMIE", null, J2026, null, VOORBEELD));
        // SPW: all products with premie (BR232); IP is the WIA-excedent, its franchise the WIA-grens (BR167)
        String wia = "voorbeeld (franchise: WIA-grens, orde van grootte maximumdagloon maal 261)";
        l.add(pv("SPW", "OP", "N", "JAAR", "17283.00", null, "25.40", null, "BEIDE", null, J2025, E2025, VOORBEELD));
        l.add(pv("SPW", "OP", "N", "JAAR", "17545.00", null, "25.40", null, "BEIDE", null, J2026, null, VOORBEELD));
        l.add(pv("SPW", "IP", "R", "JAAR", "79578.00", null, "0.80", null, "BEIDE", null, J2025, E2025, wia));
        l.add(pv("SPW", "IP", "R", "JAAR", "81261.00", null, "0.80", null, "BEIDE", null, J2026, null, wia));
        l.add(pv("SPW", "FLOW", "O", "JAAR", null, null, "1.00", null, "PREMIE", null, J2025, E2025, VOORBEELD));
        l.add(pv("SPW", "FLOW", "O", "JAAR", null, null, "1.00", null, "PREMIE", null, J2026, null, VOORBEELD));
        // PFAB (BR167: PPA; SFA a vaste premie)
        String pfab = BRON_FISCAAL + "; franchise en premiepercentage voorbeeld";
        l.add(pv("PFAB", "PPA", "J", "JAAR", "17545.00", FISCAAL_MAXIMUM, "24.00", null, "GRONDSLAG", null, J2025, E2025, pfab));
        l.add(pv("PFAB", "PPA", "J", "JAAR", "17986.00", FISCAAL_MAXIMUM, "24.50", null, "GRONDSLAG", null, J2026, null, pfab));
        l.add(pv("PFAB", "SFA", "P", "JAAR", null, null, null, "25.00", "PREMIE", null, J2025, E2025, VOORBEELD));
        l.add(pv("PFAB", "SFA", "P", "JAAR", null, null, null, "26.00", "PREMIE", null, J2026, null, VOORBEELD));
        // PPFAPG: OP over the gemaximeerd productloon without franchise, NP over the pensioenloon, ANW over the
        // gemaximeerd productloon itself
        String ppf = BRON_FISCAAL + "; premiepercentage voorbeeld";
        l.add(pv("PPFAPG", "OP", "U", "JAAR", null, FISCAAL_MAXIMUM, "22.50", null, "GRONDSLAG", null, J2025, E2025, ppf));
        l.add(pv("PPFAPG", "OP", "U", "JAAR", null, FISCAAL_MAXIMUM, "23.00", null, "GRONDSLAG", null, J2026, null, ppf));
        l.add(pv("PPFAPG", "NP", "K", "JAAR", null, FISCAAL_MAXIMUM, "1.60", null, "GRONDSLAG", null, J2025, E2025, ppf));
        l.add(pv("PPFAPG", "NP", "K", "JAAR", null, FISCAAL_MAXIMUM, "1.60", null, "GRONDSLAG", null, J2026, null, ppf));
        l.add(pv("PPFAPG", "ANW", "E", "JAAR", null, FISCAAL_MAXIMUM, "0.05", null, "GRONDSLAG", null, J2025, E2025, ppf));
        l.add(pv("PPFAPG", "ANW", "E", "JAAR", null, FISCAAL_MAXIMUM, "0.05", null, "GRONDSLAG", null, J2026, null, ppf));
        return l;
    }

    private static Map<String, Object> pv(String og, String keuze, String soort, String grens, String franchise,
                                          String max, String premie, String vast, String basis, Integer maxLeeftijd,
                                          LocalDate ingang, LocalDate einde, String bron) {
        return rij("opdrachtgever", og, "productkeuze", keuze, "productvariant", null, "soortGrondslag", soort,
                "soortInkomensgrens", grens, "minimumInkomensgrens", franchise, "maximumProductloon", max,
                "premiepercentage", premie, "vastePremie", vast, "berekeningsbasis", basis,
                "minimumLeeftijd", 15, "maximumLeeftijd", maxLeeftijd, "ingang", ingang, "einde", einde, NOTITIE, "Herkomst: " + bron + ".");
    }

    private static Map<String, Object> vb(String og, String aard, String vb, String meetelling, Integer duur,
                                          Integer nihil) {
        return rij("opdrachtgever", og, "aard", aard, "verbijzondering", vb, "toegestaneCodeMeetelling", meetelling,
                "maximaleDuurWeken", duur, "maximumNihilOpgaven", nihil, "ingang", J2025);
    }

    private static Map<String, Object> aow(String van, String tot, int jaren, int maanden) {
        return rij("geboortedatumVan", LocalDate.parse(van), "geboortedatumTot", LocalDate.parse(tot),
                "jaren", jaren, "maanden", maanden);
    }

    /** Example rows per sheet of organisatie.xlsx. */
    // ---- Area pvv-pvp-np: example rows of the sheets of the PVV, PVP and NP rules (docs/parameters-pvv-pvp-np.md).
    private static void pvvPvpNpRijen(Map<String, List<Map<String, Object>>> m) {
        // BR295 (ABP: Aansluitingen.indeling) and BR128 (Bouw: code CAO): the products allowed per indeling.
        m.put("ProductkeuzePerIndeling", List.of(
                rij("opdrachtgever", "ABP", "indeling", "Overheid", "productkeuze", "OPNP", "productvariant", "*", "ingang", J2025),
                rij("opdrachtgever", "ABP", "indeling", "Overheid", "productkeuze", "AAOP", "productvariant", "*", "ingang", J2025),
                rij("opdrachtgever", "ABP", "indeling", "Overheid", "productkeuze", "OPNP-I", "productvariant", "*", "ingang", J2025),
                rij("opdrachtgever", "ABP", "indeling", "Defensie/Militairen", "productkeuze", "OPNP", "productvariant", "*",
                        "ingang", J2025),
                rij("opdrachtgever", "BOUW", "indeling", "BOUW-INFRA", "productkeuze", "PP", "productvariant", "*", "ingang", J2025),
                rij("opdrachtgever", "BOUW", "indeling", "BOUW-INFRA", "productkeuze", "AOP", "productvariant", "*", "ingang", J2025)));
        // BR296: PFAB SFA only at these verbijzonderingen (not at DGA).
        m.put("ProductkeuzePerVerbijzondering", List.of(
                rij("opdrachtgever", "PFAB", "productkeuze", "SFA", "productvariant", "*", "aard", "*", "verbijzondering", "REG",
                        "ingang", J2025),
                rij("opdrachtgever", "PFAB", "productkeuze", "SFA", "productvariant", "*", "aard", "*", "verbijzondering", "OPK",
                        "ingang", J2025)));
        m.put("ProductvariantKenmerken", List.of(
                rij("opdrachtgever", "ABP", "productkeuze", "OPNP", "productvariant", null, "dagenVerplicht", false,
                        "urenVerplicht", false, "productloonOnafhankelijk", false, "ingang", J2025),
                rij("opdrachtgever", "BOUW", "productkeuze", "PP", "productvariant", null, "dagenVerplicht", false,
                        "urenVerplicht", false, "productloonOnafhankelijk", false, "indicatieUta", false, "ingang", J2025),
                rij("opdrachtgever", "PFAB", "productkeuze", "SFA", "productvariant", null, "productloonOnafhankelijk", true,
                        "ingang", J2025),
                rij("opdrachtgever", "PFAB", "productkeuze", "PPA", "productvariant", null, "productloonOnafhankelijk", false,
                        "minimumProductloon", "0.00", "ingang", J2025)));
        m.put("ProductloonGrenzen", List.of(
                rij("opdrachtgever", "ABP", "minimumProductloon", "1000.00", "maximumProductloon", "500000.00", "ingang", J2025),
                rij("opdrachtgever", "PFAB", "minimumProductloon", "1000.00", "maximumProductloon", "300000.00", "ingang", J2025)));
        m.put("MeetellingswaardeRange", List.of(
                rij("opdrachtgever", "ABP", "productkeuze", "*", "verbijzondering", "*", "minimumMeetellingswaarde", "0.00",
                        "maximumMeetellingswaarde", "100.00", "ingang", J2025),
                rij("opdrachtgever", "ABP", "productkeuze", "OPNP", "verbijzondering", "WWU", "minimumMeetellingswaarde", "37.50",
                        "maximumMeetellingswaarde", "50.00", "ingang", J2025)));
        m.put("IndelingKenmerken", List.of(
                rij("opdrachtgever", "ABP", "indeling", "Defensie/Militairen", "militairen", true, "ingang", J2025)));
        m.put("Beroepen", List.of(
                rij("opdrachtgever", "BOUW", "codeBeroep", "UTA01", "indicatieUta", true, "ingang", J2025),
                rij("opdrachtgever", "BOUW", "codeBeroep", "BOUW01", "indicatieUta", false, "ingang", J2025)));
        m.put("CaoKenmerken", List.of(
                rij("opdrachtgever", "BOUW", "codeCao", "BOUW-DAK", "utaControleOnverwerkbaar", true,
                        "beroepControleOnverwerkbaar", true, "ingang", J2025)));
    }

    static Map<String, List<Map<String, Object>>> organisatieRijen() {
        LocalDate sinds = LocalDate.of(2015, 1, 1);
        Map<String, List<Map<String, Object>>> m = new LinkedHashMap<>();
        m.put("Leveranciers", List.of(
                rij("nummerLeverancier", "L001", "naam", "Salarisbureau Voorbeeld B.V.", "intern", false,
                        "ingang", sinds),
                rij("nummerLeverancier", "L002", "naam", "Administratiekantoor Voorbeeld B.V.", "intern", false,
                        "ingang", sinds),
                rij("nummerLeverancier", "L003", "naam", "Salarisverwerking Voorbeeld B.V.", "intern", false,
                        "ingang", LocalDate.of(2015, 1, 1)),
                rij("nummerLeverancier", "L999", "naam", "Incasso", "intern", true, "ingang", sinds)));
        m.put("Aansluitingen", List.of(
                rij("aansluitnummer", "A1000", "opdrachtgever", "ABP", "naam", "Gemeente Voorbeeld",
                        "loonheffingennummer", "123456789L01", "periodiciteit", "MAAND", "indeling", "Overheid",
                        "ingang", sinds),
                rij("aansluitnummer", "A2000", "opdrachtgever", "BOUW", "naam", "Bouwbedrijf Voorbeeld B.V.",
                        "loonheffingennummer", "234567890L01", "periodiciteit", "VIERWEKEN", "indeling", "Bouw",
                        "ingang", LocalDate.of(2016, 1, 1)),
                rij("aansluitnummer", "A3000", "opdrachtgever", "PFAB", "naam", "Fabriek Voorbeeld B.V.",
                        "loonheffingennummer", "345678901L01", "periodiciteit", "MAAND", "indeling", "Industrie",
                        "ingang", LocalDate.of(2019, 1, 1)),
                // Delivered by L002 (examples/*-L002.xml): one aansluiting for every opdrachtgever.
                rij("aansluitnummer", "A1100", "opdrachtgever", "ABP", "naam", "Provincie Voorbeeld",
                        "loonheffingennummer", "456789012L01", "periodiciteit", "MAAND", "indeling", "Overheid",
                        "ingang", sinds),
                rij("aansluitnummer", "A2100", "opdrachtgever", "BOUW", "naam", "Aannemer Voorbeeld B.V.",
                        "loonheffingennummer", "567890123L01", "periodiciteit", "VIERWEKEN", "indeling", "Bouw",
                        "ingang", LocalDate.of(2016, 1, 1)),
                rij("aansluitnummer", "A4000", "opdrachtgever", "PWRI", "naam", "Werkbedrijf Voorbeeld",
                        "loonheffingennummer", "678901234L01", "periodiciteit", "MAAND", "indeling", "SW-bedrijf",
                        "ingang", sinds),
                rij("aansluitnummer", "A5000", "opdrachtgever", "SCHOONMAAK", "naam", "Schoonmaakbedrijf Voorbeeld B.V.",
                        "loonheffingennummer", "789012345L01", "periodiciteit", "KWARTAAL", "indeling", "Schoonmaak",
                        "ingang", LocalDate.of(2017, 1, 1)),
                rij("aansluitnummer", "A6000", "opdrachtgever", "SPW", "naam", "Woningcorporatie Voorbeeld",
                        "loonheffingennummer", "890123456L01", "periodiciteit", "MAAND", "indeling", "Wonen",
                        "ingang", LocalDate.of(2018, 1, 1)),
                rij("aansluitnummer", "A7000", "opdrachtgever", "PPFAPG", "naam", "Uitvoerder Voorbeeld N.V.",
                        "loonheffingennummer", "901234567L01", "periodiciteit", "MAAND", "indeling", "Pensioen",
                        "ingang", LocalDate.of(2020, 1, 1)),
                // Delivered by L003 (examples/*-L003.xml): the employer whose pension is insured with a.s.r.
                rij("aansluitnummer", "A7100", "opdrachtgever", "PPFAPG", "naam", "Adviesbureau Voorbeeld B.V.",
                        "loonheffingennummer", "912345678L01", "periodiciteit", "MAAND", "indeling", "Pensioen",
                        "ingang", LocalDate.of(2015, 1, 1))));
        m.put("LeverancierAansluiting", List.of(
                rij("nummerLeverancier", "L001", "aansluitnummer", "A1000", "ingang", sinds),
                rij("nummerLeverancier", "L001", "aansluitnummer", "A2000", "ingang", LocalDate.of(2016, 1, 1)),
                rij("nummerLeverancier", "L001", "aansluitnummer", "A3000", "ingang", LocalDate.of(2019, 1, 1)),
                rij("nummerLeverancier", "L002", "aansluitnummer", "A1100", "ingang", sinds),
                rij("nummerLeverancier", "L002", "aansluitnummer", "A2100", "ingang", LocalDate.of(2016, 1, 1)),
                rij("nummerLeverancier", "L002", "aansluitnummer", "A4000", "ingang", sinds),
                rij("nummerLeverancier", "L002", "aansluitnummer", "A5000", "ingang", LocalDate.of(2017, 1, 1)),
                rij("nummerLeverancier", "L002", "aansluitnummer", "A6000", "ingang", LocalDate.of(2018, 1, 1)),
                rij("nummerLeverancier", "L002", "aansluitnummer", "A7000", "ingang", LocalDate.of(2020, 1, 1)),
                rij("nummerLeverancier", "L003", "aansluitnummer", "A7100", "ingang", LocalDate.of(2015, 1, 1))));
        m.put("AansluitingCao", List.of(
                rij("aansluitnummer", "A1000", "codeCao", "RIJK", "ingang", sinds),
                rij("aansluitnummer", "A2000", "codeCao", "BOUW-INFRA", "ingang", LocalDate.of(2016, 1, 1)),
                rij("aansluitnummer", "A3000", "codeCao", "AGF", "ingang", LocalDate.of(2019, 1, 1)),
                rij("aansluitnummer", "A1100", "codeCao", "RIJK", "ingang", sinds),
                rij("aansluitnummer", "A2100", "codeCao", "BOUW-INFRA", "ingang", LocalDate.of(2016, 1, 1)),
                rij("aansluitnummer", "A5000", "codeCao", "SCHOONMAAK", "ingang", LocalDate.of(2017, 1, 1))));
        koppelingRijen(m);
        return m;
    }

    /**
     * The coupling register (issue 12): A7100 is insured with a.s.r. from 2026; the participants' insurer data of the
     * demo employer (examples/*-L003.xml), one of them without e-mail and nationaliteit so its mutations stay
     * BLOCKED.
     */
    private static void koppelingRijen(Map<String, List<Map<String, Object>>> m) {
        LocalDate sinds = LocalDate.of(2026, 1, 1);
        m.put("Koppelingen", List.of(
                rij("aansluitnummer", "A7100", "verzekeraar", "ASR", "kvkNummer", "12345678", "koppeling", true,
                        "niveau", "BEDRIJF", "aanBijWn", true, "maandCollectieveAanpassing", 1, "ingang", sinds)));
        m.put("KoppelingRegelingen", List.of(
                rij("aansluitnummer", "A7100", "regeling", "OP", "contractnummer", "1013301", "regelingnummer", "01",
                        "productkeuzes", "OP", "ingang", sinds),
                rij("aansluitnummer", "A7100", "regeling", "NP", "contractnummer", "1013301", "regelingnummer", "01",
                        "productkeuzes", "NP,ANW", "ingang", sinds)));
        m.put("KoppelingDeelnemers", List.of(
                rij("aansluitnummer", "A7100", "personeelsnummer", "710", "polisnummer", "ASR-0071001",
                        "email", "r.smit@example.nl", "nationaliteit", "Nederlandse"),
                rij("aansluitnummer", "A7100", "personeelsnummer", "711", "polisnummer", "ASR-0071101",
                        "email", "k.mulder@example.nl", "nationaliteit", "Duitse"),
                rij("aansluitnummer", "A7100", "personeelsnummer", "712", "polisnummer", "ASR-0071201",
                        "email", "j.bos@example.nl", "nationaliteit", "Nederlandse"),
                rij("aansluitnummer", "A7100", "personeelsnummer", "713", "polisnummer", "ASR-0071301"),
                rij("aansluitnummer", "A7100", "personeelsnummer", "714", "polisnummer", "ASR-0071401",
                        "email", "t.dekker@example.nl", "nationaliteit", "Belgische"),
                rij("aansluitnummer", "A7100", "personeelsnummer", "715",
                        "email", "s.peters@example.nl", "nationaliteit", "Nederlandse")));
    }

    // ---------------------------------------------------------------- writing

    static void schrijfWerkmap(Path file, List<SheetSchema> schemas, Map<String, List<Map<String, Object>>> data)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Stijlen st = new Stijlen(wb);
            schrijfToelichting(wb, schemas, st);
            for (SheetSchema schema : schemas) {
                schrijfBlad(wb, schema, data.getOrDefault(schema.name(), List.of()), st);
            }
            if (schemas.stream().anyMatch(s -> s.column("regel").isPresent())) {
                schrijfRegelnummers(wb, schemas, st);
            }
            wb.setActiveSheet(0);
            // A fixed creation date, so regenerating unchanged examples gives the same content.
            wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(0)));
            wb.getProperties().getCoreProperties().setCreator("lpg-engine VoorbeeldWerkboeken");
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private record Stijlen(CellStyle kop, CellStyle datum, CellStyle decimaal, CellStyle factor, CellStyle tekst,
                           CellStyle titel, CellStyle wrap) {
        Stijlen(Workbook wb) {
            this(kop(wb), format(wb, "yyyy-mm-dd"), format(wb, "0.00##"), format(wb, "0.0000"), format(wb, "@"),
                    titel(wb), wrap(wb));
        }

        private static CellStyle kop(Workbook wb) {
            CellStyle s = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            s.setFont(f);
            s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setBorderBottom(BorderStyle.THIN);
            return s;
        }

        private static CellStyle format(Workbook wb, String format) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(format));
            return s;
        }

        private static CellStyle titel(Workbook wb) {
            CellStyle s = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            f.setFontHeightInPoints((short) 14);
            s.setFont(f);
            return s;
        }

        private static CellStyle wrap(Workbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setWrapText(true);
            s.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            return s;
        }
    }

    private static void schrijfToelichting(Workbook wb, List<SheetSchema> schemas, Stijlen st) {
        Sheet sh = wb.createSheet("Toelichting");
        sh.setColumnWidth(0, 28 * 256);
        sh.setColumnWidth(1, 110 * 256);
        int r = 0;
        Row titel = sh.createRow(r++);
        titel.createCell(0).setCellValue("Toelichting");
        titel.getCell(0).setCellStyle(st.titel());
        tekstRij(sh, r++, "LET OP", WerkboekDocumentatie.VOORBEELD, st);
        tekstRij(sh, r++, "Algemeen", WerkboekDocumentatie.ALGEMEEN, st);
        r++;
        Row kop = sh.createRow(r++);
        kop.createCell(0).setCellValue("Tabblad");
        kop.createCell(1).setCellValue("Uitleg");
        kop.getCell(0).setCellStyle(st.kop());
        kop.getCell(1).setCellStyle(st.kop());
        for (SheetSchema s : schemas) {
            StringBuilder kolommen = new StringBuilder();
            for (Column c : s.columns()) {
                kolommen.append("\n• ").append(c.name()).append(" (").append(WerkboekDocumentatie.soort(c))
                        .append(c.required() ? ", verplicht" : "").append("): ").append(c.toelichting());
            }
            tekstRij(sh, r++, s.name(), WerkboekDocumentatie.uitleg(s) + "\nSleutel: " + String.join(", ", s.key())
                    + (s.dated() ? " (gedateerd met ingang en einde)" : "") + kolommen, st);
        }
    }

    /** Sheet name of the hidden list of rule numbers the engine knows, for the drop-down of regel columns. */
    static final String REGELNUMMERS = "Regelnummers";

    /**
     * A hidden sheet with every rule number of the catalogue and its title, and a drop-down on every regel column
     * pointing at it (a warning, not a stop: the loader's check is the one that counts).
     */
    private static void schrijfRegelnummers(Workbook wb, List<SheetSchema> schemas, Stijlen st) {
        Sheet sh = wb.createSheet(REGELNUMMERS);
        Row kop = sh.createRow(0);
        kop.createCell(0).setCellValue("regel");
        kop.createCell(1).setCellValue("titel");
        kop.getCell(0).setCellStyle(st.kop());
        kop.getCell(1).setCellStyle(st.kop());
        int r = 1;
        for (nl.lpg.rules.RegelCatalogus.Entry e : nl.lpg.rules.RegelCatalogus.entries()) {
            Row row = sh.createRow(r++);
            row.createCell(0).setCellValue(e.nr());
            row.createCell(1).setCellValue(e.title());
        }
        sh.setColumnWidth(1, 90 * 256);
        wb.setSheetHidden(wb.getSheetIndex(sh), true);
        String bereik = REGELNUMMERS + "!$A$2:$A$" + r;
        for (SheetSchema s : schemas) {
            if (s.column("regel").isEmpty()) {
                continue;
            }
            int ci = s.columns().indexOf(s.column("regel").get());
            Sheet blad = wb.getSheet(s.name());
            DataValidationHelper dvh = blad.getDataValidationHelper();
            DataValidation dv = dvh.createValidation(dvh.createFormulaListConstraint(bereik),
                    new CellRangeAddressList(1, OPMAAK_RIJEN, ci, ci));
            dv.setShowErrorBox(true);
            dv.setErrorStyle(DataValidation.ErrorStyle.WARNING);
            dv.createErrorBox("Onbekende regel", "Dit regelnummer staat niet in de specificatie; de engine weigert "
                    + "de werkmap met een onbekend regelnummer.");
            dv.setSuppressDropDownArrow(true);
            blad.addValidationData(dv);
        }
    }

    private static void tekstRij(Sheet sh, int r, String a, String b, Stijlen st) {
        Row row = sh.createRow(r);
        row.createCell(0).setCellValue(a);
        Cell c = row.createCell(1);
        c.setCellValue(b);
        c.setCellStyle(st.wrap());
        row.getCell(0).setCellStyle(st.wrap());
        long regels = b.lines().mapToLong(l -> 1 + l.length() / 120).sum();
        row.setHeightInPoints(Math.min(409, 15 * regels + 3));
    }

    private static void schrijfBlad(Workbook wb, SheetSchema schema, List<Map<String, Object>> rows, Stijlen st) {
        Sheet sh = wb.createSheet(schema.name());
        CreationHelper ch = wb.getCreationHelper();
        Drawing<?> drawing = sh.createDrawingPatriarch();
        List<Column> cols = schema.columns();
        Row kop = sh.createRow(0);
        for (int i = 0; i < cols.size(); i++) {
            Column c = cols.get(i);
            Cell cell = kop.createCell(i);
            cell.setCellValue(c.name());
            cell.setCellStyle(st.kop());
            ClientAnchor anchor = ch.createClientAnchor();
            anchor.setCol1(i);
            anchor.setCol2(i + 4);
            anchor.setRow1(0);
            anchor.setRow2(5);
            Comment note = drawing.createCellComment(anchor);
            note.setString(ch.createRichTextString(c.toelichting() + " (" + WerkboekDocumentatie.soort(c)
                    + (c.required() ? ", verplicht" : "") + ")"));
            note.setAuthor("lpg-engine");
            cell.setCellComment(note);
            sh.setColumnWidth(i, Math.max(12, Math.min(40, c.name().length() + 4)) * 256);
            CellStyle standaard = switch (c.type()) {
                case DATE -> st.datum();
                case DECIMAL -> c.name().toLowerCase().contains("factor") ? st.factor() : st.decimaal();
                case INTEGER -> null;
                default -> st.tekst();
            };
            if (standaard != null) {
                sh.setDefaultColumnStyle(i, standaard);
            }
        }
        int r = 1;
        for (Map<String, Object> values : rows) {
            Row row = sh.createRow(r++);
            for (int i = 0; i < cols.size(); i++) {
                Column c = cols.get(i);
                Object v = values.get(c.name());
                Cell cell = row.createCell(i);
                schrijfWaarde(cell, c, v, st);
            }
            if (values.get(NOTITIE) instanceof String tekst && cols.size() > 1) {
                ClientAnchor anchor = ch.createClientAnchor();
                anchor.setCol1(2);
                anchor.setCol2(8);
                anchor.setRow1(row.getRowNum());
                anchor.setRow2(row.getRowNum() + 4);
                Comment note = drawing.createCellComment(anchor);
                note.setString(ch.createRichTextString(tekst));
                note.setAuthor("lpg-engine");
                row.getCell(1).setCellComment(note);
            }
        }
        sh.createFreezePane(0, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows.size()), 0, cols.size() - 1));
        keuzelijsten(sh, cols);
    }

    private static void schrijfWaarde(Cell cell, Column c, Object v, Stijlen st) {
        switch (c.type()) {
            case DATE -> cell.setCellStyle(st.datum());
            case DECIMAL -> cell.setCellStyle(c.name().toLowerCase().contains("factor") ? st.factor() : st.decimaal());
            case INTEGER -> {
            }
            default -> cell.setCellStyle(st.tekst());
        }
        if (v == null) {
            return;
        }
        if (v instanceof LocalDate d) {
            cell.setCellValue(d);
        } else if (v instanceof BigDecimal b) {
            cell.setCellValue(b.doubleValue());
        } else if (v instanceof Integer i) {
            cell.setCellValue(i);
        } else if (v instanceof Boolean b) {
            cell.setCellValue(b ? "J" : "N");
        } else {
            cell.setCellValue(v.toString());
        }
    }

    /** Drop-down lists for CODE and J/N columns, reaching {@link #OPMAAK_RIJEN} rows. */
    private static void keuzelijsten(Sheet sh, List<Column> cols) {
        DataValidationHelper dvh = sh.getDataValidationHelper();
        for (int i = 0; i < cols.size(); i++) {
            Column c = cols.get(i);
            String[] lijst = switch (c.type()) {
                case JN -> new String[]{"J", "N"};
                case CODE -> new TreeSet<>(c.codes()).toArray(String[]::new);
                default -> null;
            };
            if (lijst == null) {
                continue;
            }
            DataValidationConstraint constraint = dvh.createExplicitListConstraint(lijst);
            DataValidation dv = dvh.createValidation(constraint, new CellRangeAddressList(1, OPMAAK_RIJEN, i, i));
            dv.setShowErrorBox(true);
            dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
            dv.createErrorBox("Onbekende waarde", "Kies een waarde uit de lijst: " + String.join(" ", lijst));
            dv.setEmptyCellAllowed(!c.required());
            dv.setSuppressDropDownArrow(true);
            sh.addValidationData(dv);
        }
    }
}
