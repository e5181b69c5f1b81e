package nl.lpg.parameters;

import java.util.List;

import static nl.lpg.parameters.Column.code;
import static nl.lpg.parameters.Column.date;
import static nl.lpg.parameters.Column.decimal;
import static nl.lpg.parameters.Column.integer;
import static nl.lpg.parameters.Column.jn;
import static nl.lpg.parameters.Column.text;

/**
 * The sheets of {@code parameters.xlsx} and {@code organisatie.xlsx}: names and columns as in CONTRACT.md section 2.
 * Adding a parameter is adding a column or a sheet here; the loader, the validation and the analyst
 * documentation follow from these definitions.
 */
public final class ParameterSheets {
    private ParameterSheets() {
    }

    public static final SheetSchema OPDRACHTGEVERS = new SheetSchema("Opdrachtgevers", List.of(
            code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Code van het pensioenfonds (opdrachtgever)."),
            date("conversiedatum", true, "Eerste datum waarop leveringen en AE's worden verwerkt (BR318, BR319)."),
            decimal("maxDeeltijdfactor", true, "Hoogste toegestane deeltijdfactor (BR72/BR76)."),
            code("pijler", false, Codes.PIJLERS, "Pijler van de opdrachtgever (informatief)."),
            text("periodiciteiten", false, "Toegestane periodiciteiten, gescheiden door komma (BR255).")
    ), List.of("opdrachtgever"), true, "Instellingen per opdrachtgever.");

    public static final SheetSchema REGELS = new SheetSchema("Regels", List.of(
            text("regel", true, "Nummer van de bedrijfsregel (zoals in de specificatie), bv. 26 of XSD-LHN."),
            code("opdrachtgever", true, Codes.OPDRACHTGEVERS_OF_ALLE, "Opdrachtgever, of * voor alle."),
            jn("actief", true, "J: de regel wordt uitgevoerd; N: niet."),
            code("aard", true, Codes.AARDEN, "Aard van het signaal dat de regel geeft.")
    ), List.of("regel", "opdrachtgever"), true, "Welke regel voor welke opdrachtgever draait, met welke aard.");

    public static final SheetSchema MARGES = new SheetSchema("Marges", List.of(
            text("regel", true, "Regel waarvoor de marge geldt (bv. 165)."),
            code("opdrachtgever", true, Codes.OPDRACHTGEVERS_OF_ALLE, "Opdrachtgever, of * voor alle."),
            text("productkeuze", true, "Productkeuze, of * voor alle."),
            decimal("relatieveMarge", false, "Toegestane afwijking in procenten."),
            decimal("absoluteMarge", false, "Toegestane afwijking in euro.")
    ), List.of("regel", "opdrachtgever", "productkeuze"), true, "Marges voor afrondingsverschillen per regel.");

    public static final SheetSchema PRODUCTVARIANTEN = new SheetSchema("Productvarianten", List.of(
            code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
            text("productkeuze", true, "Productkeuze, bv. OPNP."),
            text("productvariant", false, "Productvariant (leeg = geen variant)."),
            code("soortGrondslag", true, Codes.SOORT_GRONDSLAG, "Formuletype van BR167 (E..U)."),
            code("soortInkomensgrens", true, Codes.SOORT_INKOMENSGRENS, "JAAR, UUR of DAG: hoe de franchise wordt bepaald."),
            decimal("minimumInkomensgrens", false, "Franchise (minimum inkomensgrens) per jaar, uur of dag."),
            decimal("maximumProductloon", false, "Maximum productloon per jaar (leeg = geen maximum)."),
            decimal("premiepercentage", false, "Premiepercentage in procenten (BR232)."),
            decimal("vastePremie", false, "Vaste premie per loontijdvak (bv. PFAB SFA)."),
            code("berekeningsbasis", true, Codes.BEREKENINGSBASIS, "Wat vastgesteld wordt: GRONDSLAG (BR243), PREMIE (BR244), BEIDE of GEEN."),
            integer("minimumLeeftijd", false, "Minimum leeftijd voor deelname."),
            integer("maximumLeeftijd", false, "Maximum leeftijd voor deelname.")
    ), List.of("opdrachtgever", "productkeuze", "productvariant"), true, "Productvarianten per opdrachtgever met de premieparameters.");

    public static final SheetSchema CAO_PARAMETERS = new SheetSchema("CaoParameters", List.of(
            code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
            text("codeCao", true, "Code CAO."),
            decimal("normUrenPerDag", false, "Normuren per dag (BR140)."),
            decimal("normDagenPerJaar", false, "Normdagen per jaar (BR140)."),
            decimal("percentageVakantietoeslag", false, "Percentage vakantietoeslag (PFAB productloon).")
    ), List.of("opdrachtgever", "codeCao"), true, "Parameters per CAO.");

    public static final SheetSchema MINIMUM_UURLOON = new SheetSchema("MinimumUurloon", List.of(
            code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
            text("codeCao", true, "Code CAO, of * voor alle."),
            integer("leeftijdVan", true, "Leeftijd vanaf (inclusief)."),
            integer("leeftijdTot", true, "Leeftijd tot (exclusief)."),
            decimal("bedrag", true, "Minimum bruto uurloon in euro.")
    ), List.of("opdrachtgever", "codeCao", "leeftijdVan"), true, "Minimum uurloon per leeftijd (BR102, BR103, BR174).");

    public static final SheetSchema VERBIJZONDERINGEN = new SheetSchema("Verbijzonderingen", List.of(
            code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
            text("aard", true, "Aard van de inkomstenverhouding."),
            text("verbijzondering", true, "Code verbijzondering."),
            code("toegestaneCodeMeetelling", true, Codes.CODE_MEETELLING, "JA, NEE of BEIDE (BR127, BR150)."),
            integer("maximaleDuurWeken", false, "Maximale duur in weken."),
            integer("maximumNihilOpgaven", false, "Maximum aantal nihil-opgaven.")
    ), List.of("opdrachtgever", "aard", "verbijzondering"), true, "Toegestane verbijzonderingen per opdrachtgever en aard.");

    public static final SheetSchema AOW_LEEFTIJD = new SheetSchema("AowLeeftijd", List.of(
            date("geboortedatumVan", true, "Geboortedatum vanaf (inclusief)."),
            date("geboortedatumTot", true, "Geboortedatum tot en met."),
            integer("jaren", true, "AOW-leeftijd: jaren."),
            integer("maanden", true, "AOW-leeftijd: maanden.")
    ), List.of("geboortedatumVan"), false, "AOW-leeftijd per geboortedatum.");

    public static final List<SheetSchema> PARAMETERS = List.of(OPDRACHTGEVERS, REGELS, MARGES, PRODUCTVARIANTEN,
            CAO_PARAMETERS, MINIMUM_UURLOON, VERBIJZONDERINGEN, AOW_LEEFTIJD, Premie.PEILDATUM_AOW,
            PvvPvpNp.PRODUCTKEUZE_PER_INDELING, PvvPvpNp.PRODUCTKEUZE_PER_VERBIJZONDERING,
            PvvPvpNp.PRODUCTVARIANT_KENMERKEN, PvvPvpNp.PRODUCTLOON_GRENZEN, PvvPvpNp.MEETELLINGSWAARDE_RANGE,
            PvvPvpNp.INDELING_KENMERKEN, PvvPvpNp.BEROEPEN, PvvPvpNp.CAO_KENMERKEN,
            // area ikv-ikp (rules of sections 5-8)
            IkvIkp.MAXIMUM_UURLOON, IkvIkp.BEROEP_PER_CAO, IkvIkp.BEROEP_PER_VERBIJZONDERING,
            IkvIkp.CAO_PER_VERBIJZONDERING, IkvIkp.SOORT_INKOMSTENVERHOUDING,
            IkvIkp.REDEN_EINDE_INKOMSTENVERHOUDING, IkvIkp.MINIMUM_LEEFTIJD_ARBEID, IkvIkp.TIJDIGHEID_AANLEVERING,
            // rules that compare with the stand (issue 9)
            Stand.INTREKKINGSGRENZEN, Stand.PRODUCTLOON_MUTATIE, Stand.TWK_BEGRENZING,
            Stand.TE_CONTROLEREN_LOONTIJDVAKKEN);

    public static final SheetSchema LEVERANCIERS = new SheetSchema("Leveranciers", List.of(
            text("nummerLeverancier", true, "Nummer van de leverancier."),
            text("naam", true, "Naam."),
            jn("intern", true, "J: de leverancier is Incasso zelf (BR349).")
    ), List.of("nummerLeverancier"), true, "Leveranciers (organisatierol 11).");

    public static final SheetSchema AANSLUITINGEN = new SheetSchema("Aansluitingen", List.of(
            text("aansluitnummer", true, "Aansluitnummer."),
            code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever van de aansluiting."),
            text("naam", true, "Naam werkgever."),
            text("loonheffingennummer", false, "Loonheffingennummer bij inschrijving (BR19, BR20); leeg voor zelfstandigen."),
            code("periodiciteit", true, Codes.PERIODICITEITEN, "Periodiciteit van de aansluiting (BR255)."),
            text("indeling", false, "Indeling (sector) van de aansluiting.")
    ), List.of("aansluitnummer"), true, "Aansluitingen (werkgevers).");

    public static final SheetSchema LEVERANCIER_AANSLUITING = new SheetSchema("LeverancierAansluiting", List.of(
            text("nummerLeverancier", true, "Leverancier."),
            text("aansluitnummer", true, "Aansluiting.")
    ), List.of("nummerLeverancier", "aansluitnummer"), true, "Welke leverancier voor welke aansluiting levert (BR21, BR25).");

    public static final SheetSchema AANSLUITING_CAO = new SheetSchema("AansluitingCao", List.of(
            text("aansluitnummer", true, "Aansluiting."),
            text("codeCao", true, "Code CAO.")
    ), List.of("aansluitnummer", "codeCao"), true, "CAO's per aansluiting.");

    public static final List<SheetSchema> ORGANISATIE = List.of(LEVERANCIERS, AANSLUITINGEN, LEVERANCIER_AANSLUITING,
            AANSLUITING_CAO, Koppeling.KOPPELINGEN, Koppeling.KOPPELING_REGELINGEN, Koppeling.KOPPELING_DEELNEMERS);

    /**
     * Sheets a workbook may leave out: a missing one reads as an empty table (an organisation register from before
     * the insurer coupling has no coupled aansluiting). A sheet that is there is checked like every other.
     */
    public static final java.util.Set<String> OPTIONEEL = java.util.Set.of("Koppelingen", "KoppelingRegelingen",
            "KoppelingDeelnemers");

    // ---- The insurer coupling (issue 12, a.s.r.): the coupling register and the participants' insurer data.
    // Nested so ORGANISATIE, declared above, sees them initialised.
    public static final class Koppeling {
        private Koppeling() {
        }

        public static final SheetSchema KOPPELINGEN = new SheetSchema("Koppelingen", List.of(
                text("aansluitnummer", true, "Aansluiting (werkgever) waarvan de pensioenregeling bij de verzekeraar"
                        + " loopt; moet in Aansluitingen staan."),
                code("verzekeraar", true, java.util.Set.of("ASR"), "De verzekeraar: ASR (a.s.r. Levensverzekeringen"
                        + " N.V.)."),
                text("kvkNummer", false, "KvK-nummer van het bedrijf, 8 cijfers (werkwijze stap 1). Leeg: elke mutatie"
                        + " van de aansluiting blijft BLOCKED tot het is ingevuld."),
                jn("koppeling", true, "J: de koppeling staat aan en mutaties worden afgeleid en verstuurd; N: uit."),
                code("niveau", true, java.util.Set.of("BEDRIJF", "BEDRIJFSGROEP"), "BEDRIJF: de ASR API staat aan"
                        + " voor één bedrijf; BEDRIJFSGROEP: meerdere bedrijven onder één groep (ASR API-verzekeraar"
                        + " BG)."),
                text("bedrijfsgroep", false, "Naam of code van de bedrijfsgroep; verplicht bij niveau BEDRIJFSGROEP."),
                jn("aanBijWn", false, "J: 'aan bij WN' is aangevinkt, nieuwe deelnemers worden direct aan de"
                        + " regelingen gekoppeld (werkwijze stap 7). Leeg of N: een indienst blijft BLOCKED."),
                integer("maandCollectieveAanpassing", false, "Maand (1-12) van de jaarlijkse collectieve"
                        + " salarisaanpassing: salariswijzigingen die op de eerste dag van die maand ingaan, gaan als"
                        + " één batch naar de verzekeraar (één mutatie per werknemer). Leeg: 1 (januari).")
        ), List.of("aansluitnummer"), true, "Het koppelingsregister: per aansluiting of en hoe de koppeling met de"
                + " verzekeraar aanstaat.");

        public static final SheetSchema KOPPELING_REGELINGEN = new SheetSchema("KoppelingRegelingen", List.of(
                text("aansluitnummer", true, "Aansluiting; moet in Koppelingen staan."),
                code("regeling", true, java.util.Set.of("OP", "NP"), "OP (ouderdomspensioen) of NP"
                        + " (nabestaandenpensioen)."),
                text("contractnummer", true, "Contractnummer bij de verzekeraar (alleen cijfers)."),
                text("regelingnummer", false, "Regelingnummer: de laatste twee cijfers van het contractnummer (meestal"
                        + " 01; werkwijze stap 2). Typ het als tekst zodat de voorloopnul blijft staan. Leeg: mutaties"
                        + " blijven BLOCKED."),
                text("productkeuzes", false, "De productkeuzes van de levering die onder deze regeling vallen,"
                        + " gescheiden door komma (bv. OP of NP,ANW). OP: het salaris van de mutaties is het"
                        + " productloon van deze producten. NP: begin of einde van deelname gaat via het portaal.")
        ), List.of("aansluitnummer", "regeling"), true, "De OP- en NP-regeling(en) van een gekoppelde aansluiting met"
                + " contractnummer en regelingnummer.");

        public static final SheetSchema KOPPELING_DEELNEMERS = new SheetSchema("KoppelingDeelnemers", List.of(
                text("aansluitnummer", true, "Aansluiting; moet in Koppelingen staan."),
                text("personeelsnummer", true, "Personeelsnummer zoals in de levering (voorloopnullen mogen weg)."),
                text("polisnummer", false, "Individueel polisnummer (registratienummer van de werknemer bij de"
                        + " verzekeraar; werkwijze stap 3). Niet nodig voor een indienst: dat nummer kent de"
                        + " verzekeraar dan toe."),
                text("email", false, "Communicatie-e-mailadres van de werknemer (werkwijze stap 4)."),
                text("nationaliteit", false, "Nationaliteit van de werknemer, bv. Nederlandse (werkwijze stap 5).")
        ), List.of("aansluitnummer", "personeelsnummer"), false, "Gegevens van deelnemers die de verzekeraar nodig"
                + " heeft en die de levering niet bevat, door de analist bijgehouden.");
    }

    // ---- area ikv-ikp (rules of sections 5-8: IKV, IKP, IKPI, WN) ----
    // A nested holder so that PARAMETERS (above) can list these sheets: static fields initialise in textual order.

    /** Sheets added for the rules of sections 5-8. */
    public static final class IkvIkp {
        private IkvIkp() {
        }

        public static final SheetSchema MAXIMUM_UURLOON = new SheetSchema("MaximumUurloon", List.of(
                code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
                text("codeCao", true, "Code CAO, of * voor alle."),
                integer("leeftijdVan", true, "Leeftijd vanaf (inclusief)."),
                integer("leeftijdTot", true, "Leeftijd tot (exclusief)."),
                decimal("bedrag", true, "Maximum bruto uurloon in euro.")
        ), List.of("opdrachtgever", "codeCao", "leeftijdVan"), true, "Maximum uurloon per CAO en leeftijd (BR103).");

        public static final SheetSchema BEROEP_PER_CAO = new SheetSchema("BeroepPerCao", List.of(
                code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
                text("codeCao", true, "Code CAO."),
                text("codeBeroep", true, "Code beroep dat bij deze CAO is toegestaan.")
        ), List.of("opdrachtgever", "codeCao", "codeBeroep"), true,
                "Beroepen per CAO (BR213/BR215); een CAO zonder regels wordt niet gecontroleerd.");

        public static final SheetSchema BEROEP_PER_VERBIJZONDERING = new SheetSchema("BeroepPerVerbijzondering", List.of(
                code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
                text("verbijzondering", true, "Code verbijzondering."),
                text("codeBeroep", true, "Code beroep dat bij deze verbijzondering is toegestaan.")
        ), List.of("opdrachtgever", "verbijzondering", "codeBeroep"), true,
                "Toegestane beroepen per verbijzondering (BR129); een verbijzondering zonder regels: alle beroepen.");

        public static final SheetSchema CAO_PER_VERBIJZONDERING = new SheetSchema("CaoPerVerbijzondering", List.of(
                code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
                text("verbijzondering", true, "Code verbijzondering."),
                text("codeCao", true, "Code CAO die bij deze verbijzondering is toegestaan.")
        ), List.of("opdrachtgever", "verbijzondering", "codeCao"), true,
                "Toegestane CAO's per verbijzondering (BR153); een verbijzondering zonder regels: alle CAO's.");

        public static final SheetSchema SOORT_INKOMSTENVERHOUDING = new SheetSchema("SoortInkomstenverhouding", List.of(
                text("soortInkomstenverhouding", true, "Code soort inkomstenverhouding / inkomenscode."),
                text("omschrijving", false, "Omschrijving."),
                jn("werkgeversbetaling", false, "J: een werkgeversbetaling (Wet Arbeidsmarkt in Balans); BR45 geeft"
                        + " dan geen signaal.")
        ), List.of("soortInkomstenverhouding"), true, "Geldige soorten inkomstenverhouding (BR78).");

        public static final SheetSchema TIJDIGHEID_AANLEVERING = new SheetSchema("TijdigheidAanlevering", List.of(
                code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
                code("periodiciteit", true, Codes.PERIODICITEITEN, "Periodiciteit van de AE."),
                integer("aantalDagenTijdigheid", true, "Aantal dagen na het einde van het loontijdvak waarin de"
                        + " indiensttreding valt, waarbinnen zij moet zijn aangeleverd (BR45).")
        ), List.of("opdrachtgever", "periodiciteit"), true, "Tijdigheid aanlevering van indiensttredingen (BR45).");

        public static final SheetSchema REDEN_EINDE_INKOMSTENVERHOUDING = new SheetSchema(
                "RedenEindeInkomstenverhouding", List.of(
                text("redenEinde", true, "Code reden einde inkomstenverhouding."),
                text("omschrijving", false, "Omschrijving.")
        ), List.of("redenEinde"), true, "Geldige redenen einde inkomstenverhouding (BR233).");

        public static final SheetSchema MINIMUM_LEEFTIJD_ARBEID = new SheetSchema("MinimumLeeftijdArbeid", List.of(
                code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
                integer("leeftijd", true, "Minimum leeftijd toegestane arbeid in jaren.")
        ), List.of("opdrachtgever"), true, "Minimum leeftijd toegestane arbeid per opdrachtgever (BR55).");
    }

    // ---- Parameters of the rules that compare with the stand (issue 9). Nested so PARAMETERS sees them initialised.
    public static final class Stand {
        private Stand() {
        }

        public static final SheetSchema INTREKKINGSGRENZEN = new SheetSchema("Intrekkingsgrenzen", List.of(
                code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
                integer("maximumAantalIntrekkingen", false, "Maximaal aantal intrekkingen inkomstenperiode per"
                        + " administratieve eenheid; meer geeft BR94 (leeg = geen maximum)."),
                decimal("maximumPercentageIntrekkingen", false, "Maximaal percentage intrekkingen ten opzichte van het"
                        + " aantal actuele inkomstenverhoudingen van de aansluiting in de stand; meer geeft BR96"
                        + " (leeg = geen maximum).")
        ), List.of("opdrachtgever"), true, "Maximaal aantal en percentage intrekkingen inkomstenperiode per"
                + " administratieve eenheid (BR94, BR96), opgezocht op datum aanvang tijdvak. De meegeleverde waarden"
                + " zijn voorbeelden.");

        public static final SheetSchema PRODUCTLOON_MUTATIE = new SheetSchema("ProductloonMutatie", List.of(
                code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
                decimal("percentageBovenmatigeVerhoging", false, "Percentage bovenmatige verhoging: een stijging van"
                        + " het productloon t.o.v. het vorige kalenderjaar van meer dan dit percentage geeft BR241"
                        + " (leeg = geen controle)."),
                decimal("percentageBovenmatigeDaling", false, "Percentage bovenmatige daling: een daling van het"
                        + " productloon t.o.v. het vorige kalenderjaar van meer dan dit percentage geeft BR242"
                        + " (leeg = geen controle).")
        ), List.of("opdrachtgever"), true, "Bovenmatige stijging of daling van het productloon t.o.v. het vorige"
                + " kalenderjaar (BR241, BR242), opgezocht op datum aanvang PVP. De meegeleverde waarden zijn voorbeelden.");

        public static final SheetSchema TWK_BEGRENZING = new SheetSchema("TwkBegrenzing", List.of(
                code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
                integer("maximumAantalLoontijdvakkenTwk", true, "Maximum aantal loontijdvakken dat een inkomstenperiode"
                        + " of PVP vóór het loontijdvak van de datum aanmaak levering mag beginnen (BR403).")
        ), List.of("opdrachtgever"), true, "Begrenzing van de TWK-instroom (gegevens over voorgaande perioden) per"
                + " opdrachtgever (BR403); een opdrachtgever zonder regel is niet begrensd. De meegeleverde waarden zijn"
                + " voorbeelden.");

        public static final SheetSchema TE_CONTROLEREN_LOONTIJDVAKKEN = new SheetSchema("TeControlerenLoontijdvakken",
                List.of(
                code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
                date("controleVanaf", true, "Eerste loontijdvak dat wordt gecontroleerd op ontbrekende of in te trekken"
                        + " inkomstenperioden (bv. de datum waarop de stand is gevuld); ook nooit vóór de conversiedatum."),
                integer("aantalJarenTerug", true, "Aantal kalenderjaren vóór het jaar van het tijdvak van de AE dat"
                        + " wordt gecontroleerd (0 = alleen het lopende jaar).")
        ), List.of("opdrachtgever"), true, "Hulptabel 'te controleren loontijdvakken': welke loontijdvakken van een"
                + " inkomstenverhouding worden gecontroleerd op volledigheid (BR333) en over de jaargrens (BR404-BR419,"
                + " BR515, BR517); opgezocht op datum aanvang tijdvak van de AE. Zonder regel wordt niet gecontroleerd. De"
                + " meegeleverde waarden zijn voorbeelden.");
    }

    // ---- Area pvv-pvp-np (sections 9-15): sheets for the PVV, PVP, NP rules. A nested class so that PARAMETERS,
    // declared above, sees them initialised.
    public static final class PvvPvpNp {
        private PvvPvpNp() {
        }

        public static final SheetSchema PRODUCTKEUZE_PER_INDELING = new SheetSchema("ProductkeuzePerIndeling", List.of(
                code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
                text("indeling", true, "Indeling: ABP sector of sector/subsector van de aansluiting (BR295), Bouw code CAO van de inkomstenperiode (BR128)."),
                text("productkeuze", true, "Productkeuze die bij deze indeling is toegestaan."),
                text("productvariant", true, "Productvariant, of * voor alle varianten.")
        ), List.of("opdrachtgever", "indeling", "productkeuze", "productvariant"), true,
                "Parametertabel productindeling: staan er rijen voor een indeling, dan zijn alleen die producten toegestaan (BR128, BR295).");

        public static final SheetSchema PRODUCTKEUZE_PER_VERBIJZONDERING = new SheetSchema("ProductkeuzePerVerbijzondering", List.of(
                code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
                text("productkeuze", true, "Productkeuze."),
                text("productvariant", true, "Productvariant, of * voor alle varianten."),
                text("aard", true, "Aard inkomstenverhouding, of * voor alle."),
                text("verbijzondering", true, "Verbijzondering inkomstenverhouding, of * voor alle.")
        ), List.of("opdrachtgever", "productkeuze", "productvariant", "aard", "verbijzondering"), true,
                "Productkeuzes/varianten per aard/verbijzondering: heeft een productkeuze rijen, dan is ze alleen bij die aard/verbijzondering toegestaan (BR296).");

        public static final SheetSchema PRODUCTVARIANT_KENMERKEN = new SheetSchema("ProductvariantKenmerken", List.of(
                code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
                text("productkeuze", true, "Productkeuze."),
                text("productvariant", false, "Productvariant (leeg = geen variant)."),
                jn("dagenVerplicht", false, "J: dagen moeten in de PVP aangeleverd worden (BR97, BR106)."),
                jn("urenVerplicht", false, "J: uren moeten in de PVP aangeleverd worden (BR99)."),
                jn("productloonOnafhankelijk", false, "J: product zonder productloon; geen productloon-controles (BR199, BR238, IKP-constant)."),
                decimal("minimumProductloon", false, "Minimum productloon om deze productvariant te kiezen (BR251)."),
                jn("indicatieUta", false, "J: product voor UTA-personeel, N: niet; leeg: geen UTA-controle voor dit product (BR216, BR293).")
        ), List.of("opdrachtgever", "productkeuze", "productvariant"), true,
                "Kenmerken van een productvariant uit de productadministratie.");

        public static final SheetSchema PRODUCTLOON_GRENZEN = new SheetSchema("ProductloonGrenzen", List.of(
                code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
                decimal("minimumProductloon", false, "Waarschijnlijk minimum productloon (BR116)."),
                decimal("maximumProductloon", false, "Waarschijnlijk maximum productloon (BR117).")
        ), List.of("opdrachtgever"), true, "Minimum en maximum productloon per opdrachtgever per datum (BR116, BR117).");

        public static final SheetSchema MEETELLINGSWAARDE_RANGE = new SheetSchema("MeetellingswaardeRange", List.of(
                code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
                text("productkeuze", true, "Productkeuze, of * voor alle."),
                text("verbijzondering", true, "Verbijzondering inkomstenverhouding, of * voor alle."),
                decimal("minimumMeetellingswaarde", true, "Laagste bestaanbare meetellingswaarde in procenten."),
                decimal("maximumMeetellingswaarde", true, "Hoogste bestaanbare meetellingswaarde in procenten.")
        ), List.of("opdrachtgever", "productkeuze", "verbijzondering"), true,
                "Range van bestaanbare meetellingswaarden per productkeuze en verbijzondering (BR305).");

        public static final SheetSchema INDELING_KENMERKEN = new SheetSchema("IndelingKenmerken", List.of(
                code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
                text("indeling", true, "Indeling van de aansluiting zoals in organisatie.xlsx Aansluitingen.indeling."),
                jn("militairen", false, "J: doelgroep ABP Militairen; productloon incidenteel toegestaan (BR235).")
        ), List.of("opdrachtgever", "indeling"), true, "Kenmerken van een indeling (sector/subsector) van aansluitingen.");

        public static final SheetSchema BEROEPEN = new SheetSchema("Beroepen", List.of(
                code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
                text("codeBeroep", true, "Code beroep zoals in de inkomstenperiode."),
                jn("indicatieUta", true, "J: het beroep hoort bij de groep UTA-personeel (BR216, BR293).")
        ), List.of("opdrachtgever", "codeBeroep"), true, "Parameter beroep met indicatie UTA.");

        public static final SheetSchema CAO_KENMERKEN = new SheetSchema("CaoKenmerken", List.of(
                code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
                text("codeCao", true, "Code CAO."),
                jn("utaControleOnverwerkbaar", false, "J: de UTA-controle geeft BR293 (Onverwerkbaar, CAO Bitumineuze en Kunststof Dakbedekkersbedrijven); N/leeg: BR216 (Onwaarschijnlijk)."),
                jn("beroepControleOnverwerkbaar", false, "J: een combinatie beroep/CAO die niet in BeroepPerCao staat"
                        + " geeft BR213 (Onverwerkbaar, CAO Bitumineuze en Kunststof Dakbedekkersbedrijven); N/leeg:"
                        + " BR215 (Onwaarschijnlijk).")
        ), List.of("opdrachtgever", "codeCao"), true, "Kenmerken van een CAO voor de PVV-regels en de beroepcontroles (BR213/BR215).");
    }

    // --- Area premie (premium determination, BR312/BR316). A nested holder so the PARAMETERS list above, which is
    // initialised first, can refer to it without a forward reference reading null.
    public static final class Premie {
        private Premie() {
        }

        public static final SheetSchema PEILDATUM_AOW = new SheetSchema("PeildatumAow", List.of(
                code("opdrachtgever", true, Codes.OPDRACHTGEVERS, "Opdrachtgever."),
                text("productkeuze", true, "Productkeuze, bv. OPNP."),
                text("productvariant", false, "Productvariant (leeg = geen variant)."),
                code("soortPeildatum", true, java.util.Set.of("AOW", "AOW_PLUS_5"),
                        "Indicatie bepalen maximum leeftijd product: AOW (BR316: peildatum AOW-leeftijd) of "
                                + "AOW_PLUS_5 (BR312: peildatum AOW-leeftijd plus 5 jaar).")
        ), List.of("opdrachtgever", "productkeuze", "productvariant"), true,
                "Producten waarvoor na de peildatum AOW(-leeftijd plus 5 jaar) geen premie meer mag worden ingehouden.");
    }
}
