package nl.lpg.parameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an analyst reads about the workbooks: one explanation per sheet, used for the {@code Toelichting} sheet of the
 * generated workbooks and for {@code parameters-xlsx/README.md}. The column part comes from the schemas in
 * {@link ParameterSheets}, so a column added there is documented without further work.
 */
public final class WerkboekDocumentatie {
    private WerkboekDocumentatie() {
    }

    /** Longer explanations per sheet; a sheet without one is explained by its schema's toelichting alone. */
    static final Map<String, String> UITLEG = new LinkedHashMap<>();

    static {
        UITLEG.put("Opdrachtgevers", "Eén regel per opdrachtgever (pensioenfonds) en geldigheidsperiode. Voor iedere dag "
                + "waarop een levering wordt verwerkt moet elke opdrachtgever die hier voorkomt een geldige regel hebben; "
                + "een gat tussen twee perioden wordt gemeld. De conversiedatum is de eerste datum waarop leveringen en "
                + "AE's worden verwerkt (BR318, BR319). maxDeeltijdfactor is de hoogste deeltijdfactor die zonder signaal "
                + "wordt geaccepteerd (BR72/BR76). periodiciteiten somt de toegestane periodiciteiten op, gescheiden door "
                + "komma's (MAAND, VIERWEKEN, KWARTAAL, HALFJAAR).");
        UITLEG.put("Regels", "Welke bedrijfsregel voor welke opdrachtgever wordt uitgevoerd en met welke aard van het "
                + "signaal. Een regel met opdrachtgever * geldt voor alle opdrachtgevers; een regel voor één opdrachtgever "
                + "gaat daarvóór (zo zet u een regel voor één fonds uit of geeft u een andere aard). Het regelnummer moet "
                + "een nummer uit de specificatie zijn dat de engine kent. Een regel die niet meer moet draaien beëindigt u "
                + "niet, maar geeft u een nieuwe periode met actief N: een regel met een * regel moet voor iedere dag vanaf "
                + "zijn eerste ingang een geldige * regel hebben.");
        UITLEG.put("Marges", "Toegestane afrondingsverschillen bij het vergelijken van aangeleverde en berekende grondslag "
                + "of premie (bv. BR163, BR165, BR168). relatieveMarge is een percentage, absoluteMarge een bedrag in euro. "
                + "opdrachtgever en productkeuze mogen * zijn; de meest specifieke regel wint. Een productkeuze anders dan * "
                + "moet in Productvarianten voorkomen voor die opdrachtgever.");
        UITLEG.put("Productvarianten", "De premieparameters per opdrachtgever, productkeuze en productvariant "
                + "(productvariant leeg = geen variant). soortGrondslag is de letter van de formule van BR167 "
                + "(E, F, G, H, J, K, M, N, O, P, Q, R, S, T, U). soortInkomensgrens bepaalt hoe de franchise "
                + "(minimumInkomensgrens) wordt toegepast: JAAR = vast bedrag per jaar, UUR = bedrag maal PVP-uren, "
                + "DAG = bedrag maal PVP-dagen. premiepercentage is een percentage (27.30 = 27,30%). "
                + "berekeningsbasis zegt wat wordt vastgesteld: GRONDSLAG (BR243), PREMIE (BR244), BEIDE of GEEN; bij "
                + "PREMIE of BEIDE is een premiepercentage of vastePremie nodig. De formules E, F en G rekenen niet "
                + "naar het loontijdvak om (de grondslag is het productloon zelf, bij F min de franchise); H en K nemen "
                + "het SV-loon of pensioenloon van het loontijdvak, begrensd op maximumProductloon * periodefactor / "
                + "periodiciteitsfactor. In de meegeleverde werkmap zegt de notitie bij "
                + "de productkeuze van iedere regel welke waarden gepubliceerd zijn (met de bron) en welke voorbeelden "
                + "zijn.");
        UITLEG.put("CaoParameters", "Parameters per opdrachtgever en code CAO: normuren per dag en normdagen per jaar "
                + "(BR140, voltijduren) en het percentage vakantietoeslag (productloon PFAB).");
        UITLEG.put("MinimumUurloon", "Het minimum bruto uurloon per opdrachtgever, code CAO (* = alle CAO's) en "
                + "leeftijdsklasse (BR102, BR103, BR174). leeftijdVan telt mee, leeftijdTot niet: 15 tot 16 is de "
                + "klasse van 15-jarigen; 21 tot 999 is 21 jaar en ouder.");
        UITLEG.put("Verbijzonderingen", "Welke verbijzondering van de inkomstenverhouding bij welke aard "
                + "inkomstenverhouding is toegestaan (BR334), welke code meetelling daarbij mag (JA, NEE of BEIDE; "
                + "BR127, BR150), de maximale duur in weken (bv. BBL 26 weken) en het maximum aantal nihil-opgaven.");
        UITLEG.put("AowLeeftijd", "De AOW-leeftijd per reeks geboortedata (van en tot en met). De reeksen mogen elkaar "
                + "niet overlappen; maanden is 0 tot en met 11.");
        UITLEG.put("Leveranciers", "Leveranciers (organisatierol 11) die leveringen mogen insturen (BR13). intern J "
                + "betekent dat de leverancier Incasso zelf is (BR349: alleen externe leveranciers leveren soort R).");
        UITLEG.put("Aansluitingen", "Aansluitingen (werkgevers) met hun opdrachtgever, naam, loonheffingennummer "
                + "(BR19, BR20; leeg voor zelfstandigen), periodiciteit (BR255) en indeling. De opdrachtgever moet in "
                + "Opdrachtgevers van parameters.xlsx voorkomen.");
        UITLEG.put("LeverancierAansluiting", "Welke leverancier voor welke aansluiting mag leveren, en in welke "
                + "periode (BR21, BR25). Leverancier en aansluiting moeten in hun eigen tabblad voorkomen.");
        UITLEG.put("AansluitingCao", "Welke CAO's bij een aansluiting horen, per periode. De aansluiting moet in "
                + "Aansluitingen voorkomen.");
        UITLEG.put("Koppelingen", "Het koppelingsregister (a.s.r.-koppeling, issue 12): per aansluiting waarvan de "
                + "pensioenregeling bij de verzekeraar loopt, of de koppeling aanstaat (koppeling J), of zij per bedrijf "
                + "of per bedrijfsgroep loopt (bij BEDRIJFSGROEP ook de naam van de groep), het KvK-nummer (8 cijfers) en "
                + "of 'aan bij WN' is aangevinkt. Alleen voor een aansluiting met een geldige regel met koppeling J "
                + "leidt de engine na iedere verwerkte levering mutaties af (indienst, uitdienst, deeltijd, salaris, "
                + "salaris en deeltijd samen, terugwerkend na uitdienst); de regel wordt opgezocht op de ingangsdatum "
                + "van de mutatie. Salariswijzigingen die ingaan op de eerste dag van maandCollectieveAanpassing (leeg "
                + "= januari) zijn de jaarlijkse collectieve aanpassing: één mutatie per werknemer, samen als één "
                + "batch verstuurd. Dit tabblad en de twee volgende mogen ontbreken: dan is geen aansluiting gekoppeld.");
        UITLEG.put("KoppelingRegelingen", "De OP- en NP-regeling van een gekoppelde aansluiting bij de verzekeraar: "
                + "contractnummer en regelingnummer (werkwijze stap 2). Het regelingnummer moet gelijk zijn aan de "
                + "laatste twee cijfers van het contractnummer; een werkmap waarin dat niet zo is, wordt geweigerd. "
                + "Hangen er meerdere groepen onder een contract, dan heeft iedere groep zijn eigen contract met een OP- "
                + "en NP-regeling. productkeuzes noemt de producten van de levering die bij de regeling horen: het "
                + "salaris in de mutaties is het productloon van de OP-producten; begin of einde van deelname aan een "
                + "NP-product (ANW/NP-dekking) gaat niet over de koppeling maar staat op de portaal-werklijst.");
        UITLEG.put("KoppelingDeelnemers", "Per werknemer van een gekoppelde aansluiting de gegevens die de verzekeraar "
                + "vraagt en die niet in de levering staan: het individuele polisnummer (stap 3; niet nodig voor een "
                + "indienst), het communicatie-e-mailadres (stap 4) en de nationaliteit (stap 5). Het buitenlandse adres "
                + "(land en buitenlandse postcode, stap 6) en de burgerlijke staat met de ingangsdatum van de relatie "
                + "(stap 8) komen uit de levering (natuurlijkPersoon). Ontbreekt iets, dan blijft de mutatie BLOCKED "
                + "met alle redenen en gaat zij vanzelf mee zodra de gegevens in een latere run compleet zijn. Dit "
                + "tabblad bevat persoonsgegevens: deel de werkmap alleen met wie ze mag zien.");
    }

    public static String uitleg(SheetSchema schema) {
        return UITLEG.getOrDefault(schema.name(), schema.toelichting());
    }

    public static final String ALGEMEEN = """
            Iedere tab is één tabel: rij 1 bevat de kolomnamen (volgorde vrij, extra kolommen zijn toegestaan), \
            iedere volgende rij is één record; lege rijen worden overgeslagen. Tabbladen met ingang en einde zijn \
            gedateerd: een waarde geldt van ingang tot en met einde (einde leeg = geen einde), en twee regels met \
            dezelfde sleutel mogen elkaar in de tijd niet overlappen. Een waarde wordt opgezocht op de datum die de \
            bedrijfsregel noemt (meestal datum aanvang IKP of PVP). Datums als echte Excel-datum of als tekst \
            JJJJ-MM-DD (ook D-M-JJJJ wordt gelezen); bedragen en percentages met een punt of komma als decimaalteken. \
            Bevat een werkmap één fout, dan wordt de hele werkmap geweigerd en wordt iedere fout gemeld als \
            tabblad!cel: wat er mis is. Controleer een nieuwe versie vooraf met `lpg check-parameters` en bekijk de \
            wijzigingen met `lpg diff-parameters OUD NIEUW`.""";

    public static final String VOORBEELD = "De waarden in de meegeleverde werkmappen zijn VOORBEELDEN (plausibel, "
            + "niet officieel vastgesteld): vervang ze door de vastgestelde waarden van de fondsen voordat u ermee rekent.";

    /** The README of parameters-xlsx/: every sheet and column, in Dutch domain words. */
    public static String readme() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Parameterwerkmappen\n\n");
        sb.append("Deze map bevat de werkmappen waarmee analisten de engine instellen, zonder ontwikkelaar:\n\n");
        sb.append("- `parameters.xlsx`: opdrachtgevers, bedrijfsregels, marges, productvarianten en andere "
                + "parameters;\n");
        sb.append("- `organisatie.xlsx`: het organisatieregister (leveranciers, aansluitingen en hun relaties) en het "
                + "koppelingsregister van de verzekeraar (Koppelingen, KoppelingRegelingen, KoppelingDeelnemers).\n\n");
        sb.append("Elke werkmap heeft ook een tabblad `Toelichting` dat de tabbladen uitlegt; bij iedere kolomkop staat "
                + "een notitie met de uitleg van de kolom. Kolommen met een code of J/N hebben een keuzelijst; de kolom "
                + "`regel` heeft een keuzelijst uit het verborgen tabblad `Regelnummers` (alle regelnummers van de "
                + "specificatie met hun titel). Tabbladen die de engine niet kent, worden genegeerd.\n\n");
        sb.append("> ").append(VOORBEELD).append("\n\n");
        sb.append("## Spelregels\n\n").append(ALGEMEEN).append("\n\n");
        sb.append("Daarnaast worden geweigerd: een ontbrekend tabblad of ontbrekende kolom, een waarde van het verkeerde "
                + "type (geen datum, geen getal, geen J/N), een onbekende code (opdrachtgever, soortGrondslag, aard, "
                + "...), een einde vóór de ingang, overlappende geldigheid voor dezelfde sleutel, een regelnummer dat de "
                + "engine niet kent, een productkeuze (in Marges of een ander tabblad) die voor die opdrachtgever niet in "
                + "Productvarianten staat, een negatief bedrag of een percentage boven 100, en verwijzingen naar "
                + "een leverancier, aansluiting of opdrachtgever die niet bestaat. Voor de periode van een run wordt "
                + "bovendien gecontroleerd dat er geen gaten zijn (zie Opdrachtgevers en Regels).\n\n");
        sb.append("De werkmappen met voorbeeldwaarden worden gemaakt met\n\n");
        sb.append("```\nmvn -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt\n"
                + "java -cp target/classes:$(cat target/cp.txt) nl.lpg.parameters.VoorbeeldWerkboeken parameters-xlsx\n"
                + "```\n\n");
        sb.append("(de Regels komen uit `src/main/resources/regels-seed/*.tsv`).\n\n");
        appendWerkmap(sb, ParameterSet.PARAMETERS_FILE, ParameterSheets.PARAMETERS);
        appendWerkmap(sb, ParameterSet.ORGANISATIE_FILE, ParameterSheets.ORGANISATIE);
        return sb.toString();
    }

    private static void appendWerkmap(StringBuilder sb, String file, List<SheetSchema> schemas) {
        sb.append("## ").append(file).append("\n\n");
        for (SheetSchema s : schemas) {
            sb.append("### ").append(s.name()).append("\n\n");
            sb.append(uitleg(s)).append("\n\n");
            sb.append("Sleutel: ").append(s.key().stream().map(k -> "`" + k + "`").collect(Collectors.joining(", ")));
            sb.append(s.dated() ? "; gedateerd (ingang/einde).\n\n" : "; niet gedateerd.\n\n");
            sb.append("| kolom | soort | verplicht | uitleg |\n|---|---|---|---|\n");
            for (Column c : s.columns()) {
                sb.append("| `").append(c.name()).append("` | ").append(soort(c)).append(" | ")
                        .append(c.required() ? "ja" : "nee").append(" | ")
                        .append(c.toelichting().replace("|", "\\|")).append(" |\n");
            }
            sb.append('\n');
        }
    }

    /** The kind of value of a column in an analyst's words. */
    public static String soort(Column c) {
        return switch (c.type()) {
            case TEXT -> "tekst";
            case DATE -> "datum";
            case DECIMAL -> "getal";
            case INTEGER -> "geheel getal";
            case JN -> "J of N";
            case CODE -> "code: " + String.join(" ", new java.util.TreeSet<>(c.codes()));
        };
    }
}
