package nl.lpg.parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks across cells and sheets that the per-cell reading cannot see: a rule number the engine does not know, an
 * opdrachtgever without a row in Opdrachtgevers, a productkeuze in Marges that no Productvarianten row has, values
 * that contradict each other, and references in the organisation register to what does not exist. Every fault is a
 * line {@code sheet!cell: what is wrong} pointing at the real column.
 */
final class ParameterValidation {
    private ParameterValidation() {
    }

    private static final BigDecimal HONDERD = new BigDecimal("100");

    /** Percentages that must lie between 0 and 100. */
    private static final Set<String> PERCENTAGES = Set.of("premiepercentage", "relatieveMarge",
            "percentageVakantietoeslag");

    static List<String> validate(Map<String, ParameterTable> tables) {
        List<String> errors = new ArrayList<>();
        Set<String> opdrachtgevers = opdrachtgevers(tables);
        ParameterTable regels = tables.get(ParameterSheets.REGELS.name());
        for (SheetSchema schema : ParameterSheets.PARAMETERS) {
            ParameterTable t = tables.get(schema.name());
            if (t == null) {
                continue;
            }
            for (ParameterRow r : t.rows()) {
            if (t.faulty(r)) {
                continue;
            }
                if (t.faulty(r)) {
                    continue;
                }
                // A column named regel always names a business rule (Regels, Marges, ...).
                if (schema.column("regel").isPresent()) {
                    String nr = r.text("regel");
                    if (nr != null && !nl.lpg.rules.RegelCatalogus.isBekend(nr)) {
                        errors.add(t.cel(r, "regel") + ": rule '" + nr + "' is not known to the engine");
                    }
                }
                if (t != tables.get(ParameterSheets.OPDRACHTGEVERS.name())
                        && schema.column("opdrachtgever").isPresent() && opdrachtgevers != null) {
                    String og = r.text("opdrachtgever");
                    if (og != null && !"*".equals(og) && !opdrachtgevers.contains(og)) {
                        errors.add(t.cel(r, "opdrachtgever") + ": opdrachtgever " + og
                                + " has no row in Opdrachtgevers");
                    }
                }
                for (Column c : schema.columns()) {
                    if (c.type() == ColumnType.DECIMAL && r.decimal(c.name()) != null) {
                        BigDecimal v = r.decimal(c.name());
                        if (v.signum() < 0) {
                            errors.add(t.cel(r, c.name()) + ": " + c.name() + " " + v.toPlainString()
                                    + " is negative");
                        } else if (PERCENTAGES.contains(c.name()) && v.compareTo(HONDERD) > 0) {
                            errors.add(t.cel(r, c.name()) + ": " + c.name() + " " + v.toPlainString()
                                    + " is a percentage above 100");
                        }
                    }
                }
            }
        }
        opdrachtgeversSheet(tables, errors);
        productkeuzes(tables, errors);
        marges(tables, errors);
        productvarianten(tables, errors);
        minimumUurloon(tables, errors);
        aowLeeftijd(tables, errors);
        return errors;
    }

    /** The opdrachtgevers with at least one row in Opdrachtgevers, or null when that sheet is not there. */
    private static Set<String> opdrachtgevers(Map<String, ParameterTable> tables) {
        ParameterTable t = tables.get(ParameterSheets.OPDRACHTGEVERS.name());
        if (t == null) {
            return null;
        }
        Set<String> s = new HashSet<>();
        t.rows().forEach(r -> s.add(r.text("opdrachtgever")));
        return s;
    }

    private static void opdrachtgeversSheet(Map<String, ParameterTable> tables, List<String> errors) {
        ParameterTable t = tables.get(ParameterSheets.OPDRACHTGEVERS.name());
        if (t == null) {
            return;
        }
        for (ParameterRow r : t.rows()) {
            if (t.faulty(r)) {
                continue;
            }
            BigDecimal max = r.decimal("maxDeeltijdfactor");
            if (max != null && max.signum() == 0) {
                errors.add(t.cel(r, "maxDeeltijdfactor") + ": maxDeeltijdfactor must be above 0");
            }
            String p = r.text("periodiciteiten");
            if (p != null) {
                for (String code : p.split("[,;\\s]+")) {
                    if (!code.isBlank() && !Codes.PERIODICITEITEN.contains(code.trim().toUpperCase(Locale.ROOT))) {
                        errors.add(t.cel(r, "periodiciteiten") + ": unknown periodiciteit '" + code.trim()
                                + "' (allowed: " + String.join(" ", new java.util.TreeSet<>(Codes.PERIODICITEITEN))
                                + ")");
                    }
                }
            }
        }
    }

    /**
     * A productkeuze named anywhere (Marges, PeildatumAow, ...) must have a Productvarianten row for that opdrachtgever
     * (for any opdrachtgever when the row says *), unless it is the wildcard itself.
     */
    private static void productkeuzes(Map<String, ParameterTable> tables, List<String> errors) {
        ParameterTable pv = tables.get(ParameterSheets.PRODUCTVARIANTEN.name());
        if (pv == null) {
            return;
        }
        Set<String> perOpdrachtgever = new HashSet<>();
        Set<String> overal = new HashSet<>();
        for (ParameterRow p : pv.rows()) {
            String keuze = p.text("productkeuze");
            if (keuze != null) {
                perOpdrachtgever.add(p.text("opdrachtgever") + "\u0000" + keuze.toUpperCase(Locale.ROOT));
                overal.add(keuze.toUpperCase(Locale.ROOT));
            }
        }
        for (SheetSchema schema : ParameterSheets.PARAMETERS) {
            ParameterTable t = tables.get(schema.name());
            if (t == null || schema == ParameterSheets.PRODUCTVARIANTEN || schema.column("productkeuze").isEmpty()
                    || schema.column("opdrachtgever").isEmpty()) {
                continue;
            }
            for (ParameterRow r : t.rows()) {
                String keuze = r.text("productkeuze");
                String og = r.text("opdrachtgever");
                if (t.faulty(r) || keuze == null || "*".equals(keuze) || og == null) {
                    continue;
                }
                String k = keuze.toUpperCase(Locale.ROOT);
                boolean known = "*".equals(og) ? overal.contains(k) : perOpdrachtgever.contains(og + "\u0000" + k);
                if (!known) {
                    errors.add(t.cel(r, "productkeuze") + ": productkeuze " + keuze + " has no row in Productvarianten"
                            + ("*".equals(og) ? "" : " for opdrachtgever " + og));
                }
            }
        }
    }

    private static void marges(Map<String, ParameterTable> tables, List<String> errors) {
        ParameterTable t = tables.get(ParameterSheets.MARGES.name());
        if (t == null) {
            return;
        }
        for (ParameterRow r : t.rows()) {
            if (t.faulty(r)) {
                continue;
            }
            if (r.decimal("relatieveMarge") == null && r.decimal("absoluteMarge") == null) {
                errors.add(t.cel(r, "relatieveMarge") + ": relatieveMarge or absoluteMarge is required");
            }
        }
    }

    private static void productvarianten(Map<String, ParameterTable> tables, List<String> errors) {
        ParameterTable t = tables.get(ParameterSheets.PRODUCTVARIANTEN.name());
        if (t == null) {
            return;
        }
        for (ParameterRow r : t.rows()) {
            if (t.faulty(r)) {
                continue;
            }
            String basis = r.text("berekeningsbasis");
            if (("PREMIE".equals(basis) || "BEIDE".equals(basis)) && r.decimal("premiepercentage") == null
                    && r.decimal("vastePremie") == null) {
                errors.add(t.cel(r, "premiepercentage") + ": berekeningsbasis " + basis
                        + " needs a premiepercentage or a vastePremie");
            }
            BigDecimal franchise = r.decimal("minimumInkomensgrens");
            BigDecimal max = r.decimal("maximumProductloon");
            if ("JAAR".equals(r.text("soortInkomensgrens")) && franchise != null && max != null
                    && max.compareTo(franchise) <= 0) {
                errors.add(t.cel(r, "maximumProductloon") + ": maximumProductloon " + max.toPlainString()
                        + " is not above minimumInkomensgrens " + franchise.toPlainString());
            }
            Integer min = r.integer("minimumLeeftijd");
            Integer maxL = r.integer("maximumLeeftijd");
            if (min != null && maxL != null && maxL < min) {
                errors.add(t.cel(r, "maximumLeeftijd") + ": maximumLeeftijd " + maxL + " lies below minimumLeeftijd "
                        + min);
            }
        }
    }

    private static void minimumUurloon(Map<String, ParameterTable> tables, List<String> errors) {
        ParameterTable t = tables.get(ParameterSheets.MINIMUM_UURLOON.name());
        if (t == null) {
            return;
        }
        for (ParameterRow r : t.rows()) {
            if (t.faulty(r)) {
                continue;
            }
            Integer van = r.integer("leeftijdVan");
            Integer tot = r.integer("leeftijdTot");
            if (van != null && tot != null && tot <= van) {
                errors.add(t.cel(r, "leeftijdTot") + ": leeftijdTot " + tot + " must be above leeftijdVan " + van);
            }
        }
    }

    private static void aowLeeftijd(Map<String, ParameterTable> tables, List<String> errors) {
        ParameterTable t = tables.get(ParameterSheets.AOW_LEEFTIJD.name());
        if (t == null) {
            return;
        }
        List<ParameterRow> sorted = new ArrayList<>();
        for (ParameterRow r : t.rows()) {
            if (t.faulty(r)) {
                continue;
            }
            LocalDate van = r.date("geboortedatumVan");
            LocalDate tot = r.date("geboortedatumTot");
            Integer maanden = r.integer("maanden");
            if (maanden != null && (maanden < 0 || maanden > 11)) {
                errors.add(t.cel(r, "maanden") + ": maanden " + maanden + " must be 0 to 11");
            }
            if (van != null && tot != null) {
                if (tot.isBefore(van)) {
                    errors.add(t.cel(r, "geboortedatumTot") + ": geboortedatumTot " + tot
                            + " lies before geboortedatumVan " + van);
                } else {
                    sorted.add(r);
                }
            }
        }
        sorted.sort((a, b) -> a.date("geboortedatumVan").compareTo(b.date("geboortedatumVan")));
        for (int i = 1; i < sorted.size(); i++) {
            ParameterRow prev = sorted.get(i - 1);
            ParameterRow cur = sorted.get(i);
            if (!prev.date("geboortedatumTot").isBefore(cur.date("geboortedatumVan"))) {
                ParameterRow later = cur.rowNumber() > prev.rowNumber() ? cur : prev;
                ParameterRow other = later == cur ? prev : cur;
                errors.add(t.cel(later, "geboortedatumVan") + ": geboortedatum range overlaps row "
                        + other.rowNumber());
            }
        }
    }

    /**
     * The organisation register against itself and against parameters.xlsx: every leverancier and aansluiting a
     * relation names exists, and every aansluiting's opdrachtgever has a row in Opdrachtgevers.
     */
    static List<String> validateOrganisatie(Map<String, ParameterTable> org, Map<String, ParameterTable> parameters) {
        List<String> errors = new ArrayList<>();
        Set<String> opdrachtgevers = parameters == null ? null : opdrachtgevers(parameters);
        Set<String> leveranciers = keys(org.get(ParameterSheets.LEVERANCIERS.name()), "nummerLeverancier");
        Set<String> aansluitingen = keys(org.get(ParameterSheets.AANSLUITINGEN.name()), "aansluitnummer");
        ParameterTable a = org.get(ParameterSheets.AANSLUITINGEN.name());
        if (a != null && opdrachtgevers != null) {
            for (ParameterRow r : a.rows()) {
                if (a.faulty(r)) {
                    continue;
                }
                String og = r.text("opdrachtgever");
                if (og != null && !opdrachtgevers.contains(og)) {
                    errors.add(a.cel(r, "opdrachtgever") + ": opdrachtgever " + og
                            + " has no row in Opdrachtgevers of parameters.xlsx");
                }
            }
        }
        reference(org.get(ParameterSheets.LEVERANCIER_AANSLUITING.name()), "nummerLeverancier", leveranciers,
                "Leveranciers", errors);
        reference(org.get(ParameterSheets.LEVERANCIER_AANSLUITING.name()), "aansluitnummer", aansluitingen,
                "Aansluitingen", errors);
        reference(org.get(ParameterSheets.AANSLUITING_CAO.name()), "aansluitnummer", aansluitingen,
                "Aansluitingen", errors);
        KoppelingValidatie.valideer(org, aansluitingen, errors);
        return errors;
    }

    private static Set<String> keys(ParameterTable t, String column) {
        if (t == null) {
            return null;
        }
        Set<String> s = new HashSet<>();
        t.rows().forEach(r -> {
            if (r.text(column) != null) {
                s.add(r.text(column).toUpperCase(Locale.ROOT));
            }
        });
        return s;
    }

    private static void reference(ParameterTable t, String column, Set<String> known, String sheet,
                                  List<String> errors) {
        if (t == null || known == null) {
            return;
        }
        for (ParameterRow r : t.rows()) {
            if (t.faulty(r)) {
                continue;
            }
            String v = r.text(column);
            if (v != null && !known.contains(v.toUpperCase(Locale.ROOT))) {
                errors.add(t.cel(r, column) + ": " + column + " " + v + " has no row in " + sheet);
            }
        }
    }
}
