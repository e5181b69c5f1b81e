package nl.lpg.parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded, validated {@code parameters.xlsx}: dated tables per sheet with typed lookups for what the engine
 * asks most. Immutable; one instance serves a whole run.
 */
public final class Parameters {

    private final Map<String, ParameterTable> tables;
    private final String sha256;

    public Parameters(Map<String, ParameterTable> tables, String sha256) {
        this.tables = Map.copyOf(tables);
        this.sha256 = sha256;
    }

    public String sha256() {
        return sha256;
    }

    public ParameterTable table(String sheet) {
        ParameterTable t = tables.get(sheet);
        if (t == null) {
            throw new IllegalArgumentException("No parameter sheet " + sheet);
        }
        return t;
    }

    public Map<String, ParameterTable> tables() {
        return tables;
    }

    /** The Opdrachtgevers row valid on the date. */
    public Optional<ParameterRow> opdrachtgever(String opdrachtgever, LocalDate date) {
        return table(ParameterSheets.OPDRACHTGEVERS.name()).find(date, opdrachtgever);
    }

    /** The conversiedatum of the opdrachtgever as valid on the date (BR318, BR319). */
    public Optional<LocalDate> conversiedatum(String opdrachtgever, LocalDate date) {
        return opdrachtgever(opdrachtgever, date).map(r -> r.date("conversiedatum"));
    }

    /**
     * The rule's setting for the opdrachtgever on the date: a row for that opdrachtgever wins over the {@code *} row,
     * so an analyst can switch a rule off or change its aard for one fund.
     */
    public Optional<RegelInstelling> regel(String regel, String opdrachtgever, LocalDate date) {
        ParameterTable t = table(ParameterSheets.REGELS.name());
        Optional<ParameterRow> row = opdrachtgever == null ? Optional.empty() : t.find(date, regel, opdrachtgever);
        if (row.isEmpty()) {
            row = t.find(date, regel, "*");
        }
        return row.map(r -> new RegelInstelling(regel, r.jn("actief"), r.text("aard"), r.plaats()));
    }

    public Optional<ParameterRow> productvariant(String opdrachtgever, String productkeuze, String productvariant,
                                                 LocalDate date) {
        return table(ParameterSheets.PRODUCTVARIANTEN.name())
                .find(date, opdrachtgever, productkeuze, productvariant == null ? "" : productvariant);
    }

    /** The margin row for a rule, most specific first (opdrachtgever and productkeuze, then wildcards). */
    public Optional<ParameterRow> marge(String regel, String opdrachtgever, String productkeuze, LocalDate date) {
        return table(ParameterSheets.MARGES.name()).findWithWildcard(date, regel, opdrachtgever, productkeuze);
    }

    public Optional<ParameterRow> cao(String opdrachtgever, String codeCao, LocalDate date) {
        return table(ParameterSheets.CAO_PARAMETERS.name()).find(date, opdrachtgever, codeCao);
    }

    /**
     * Every stretch of the period [van, tot] for which a value the run needs is missing, as
     * {@code sheet!cell: ... has no row for from..to}: each opdrachtgever in Opdrachtgevers needs a row for every day,
     * and each rule with {@code *} rows needs a {@code *} row for every day from its first ingang on. Empty when
     * nothing is missing.
     */
    public java.util.List<String> gaten(LocalDate van, LocalDate tot) {
        return Gaten.gaten(this, van, tot);
    }

    public Optional<BigDecimal> decimal(String sheet, String column, LocalDate date, String... key) {
        return table(sheet).find(date, key).map(r -> r.decimal(column));
    }
}
