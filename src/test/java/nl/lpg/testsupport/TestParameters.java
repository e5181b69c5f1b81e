package nl.lpg.testsupport;

import nl.lpg.parameters.OrganisatieRegister;
import nl.lpg.parameters.ParameterRow;
import nl.lpg.parameters.ParameterSheets;
import nl.lpg.parameters.ParameterTable;
import nl.lpg.parameters.Parameters;
import nl.lpg.parameters.SheetSchema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link Parameters} and an {@link OrganisatieRegister} in memory for focused rule tests.
 * Values are given as in a workbook: text, {@link LocalDate}, {@link BigDecimal}, Integer or Boolean (for J/N).
 */
public final class TestParameters {

    private final Map<String, List<ParameterRow>> rows = new LinkedHashMap<>();

    public static TestParameters create() {
        return new TestParameters();
    }

    /** Adds a row to a sheet. Pairs of column name and value; ingang defaults to 2000-01-01 for dated sheets. */
    public TestParameters row(String sheet, Object... kv) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                Object v = kv[i + 1];
                if (v instanceof Double || v instanceof Float) {
                    throw new IllegalArgumentException("Use BigDecimal or a String for decimals, not floating point");
                }
                values.put((String) kv[i], v);
            }
        }
        SheetSchema schema = schema(sheet);
        if (schema.dated()) {
            values.putIfAbsent("ingang", LocalDate.of(2000, 1, 1));
        }
        // Decimal columns may be given as strings for readability.
        schema.columns().forEach(c -> {
            Object v = values.get(c.name());
            if (v instanceof String s && c.type() == nl.lpg.parameters.ColumnType.DECIMAL) {
                values.put(c.name(), new BigDecimal(s));
            }
        });
        List<ParameterRow> l = rows.computeIfAbsent(sheet, k -> new ArrayList<>());
        l.add(new ParameterRow(sheet, l.size() + 2, values));
        return this;
    }

    /** Activates a rule for an opdrachtgever ("*" = all) with an aard, from 2000-01-01. */
    public TestParameters regel(String nr, String opdrachtgever, String aard) {
        return row("Regels", "regel", nr, "opdrachtgever", opdrachtgever, "actief", Boolean.TRUE, "aard", aard);
    }

    /** Adds the whole seeded rule catalogue (regels-seed/*.tsv), as the shipped Regels sheet has it. */
    public TestParameters seededRegels() {
        for (nl.lpg.rules.RegelsSeed.Row r : nl.lpg.rules.RegelsSeed.load()) {
            row("Regels", "regel", r.regel(), "opdrachtgever", r.opdrachtgever(), "actief", r.actief(), "aard",
                    r.aard(), "ingang", r.ingang(), "einde", r.einde());
        }
        return this;
    }

    public TestParameters opdrachtgever(String og, LocalDate conversiedatum, String maxDeeltijdfactor) {
        return row("Opdrachtgevers", "opdrachtgever", og, "conversiedatum", conversiedatum,
                "maxDeeltijdfactor", new BigDecimal(maxDeeltijdfactor), "periodiciteiten", "MAAND,VIERWEKEN,KWARTAAL");
    }

    public Parameters build() {
        Map<String, ParameterTable> tables = new HashMap<>();
        for (SheetSchema s : ParameterSheets.PARAMETERS) {
            tables.put(s.name(), new ParameterTable(s, rows.getOrDefault(s.name(), List.of())));
        }
        return new Parameters(tables, "test");
    }

    public OrganisatieRegister buildOrganisatie() {
        Map<String, ParameterTable> tables = new HashMap<>();
        for (SheetSchema s : ParameterSheets.ORGANISATIE) {
            tables.put(s.name(), new ParameterTable(s, rows.getOrDefault(s.name(), List.of())));
        }
        return new OrganisatieRegister(tables, "test");
    }

    private static SheetSchema schema(String sheet) {
        return java.util.stream.Stream.concat(ParameterSheets.PARAMETERS.stream(), ParameterSheets.ORGANISATIE.stream())
                .filter(s -> s.name().equals(sheet)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown sheet " + sheet));
    }
}
