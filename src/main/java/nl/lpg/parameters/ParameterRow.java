package nl.lpg.parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** One record of a parameter sheet, with its values typed by the sheet's schema and its row number for messages. */
public record ParameterRow(String sheet, int rowNumber, Map<String, Object> values) {

    public String text(String column) {
        Object v = values.get(column);
        return v == null ? null : v.toString();
    }

    public LocalDate date(String column) {
        return (LocalDate) values.get(column);
    }

    public BigDecimal decimal(String column) {
        return (BigDecimal) values.get(column);
    }

    public Integer integer(String column) {
        return (Integer) values.get(column);
    }

    /** A J/N column: true for J. */
    public boolean jn(String column) {
        return Boolean.TRUE.equals(values.get(column));
    }

    public LocalDate ingang() {
        return date("ingang");
    }

    public LocalDate einde() {
        return date("einde");
    }

    /** Whether the row is valid on the given date: ingang &lt;= date &lt;= einde (empty einde = open). */
    public boolean geldigOp(LocalDate d) {
        LocalDate ingang = ingang();
        LocalDate einde = einde();
        return (ingang == null || !d.isBefore(ingang)) && (einde == null || !d.isAfter(einde));
    }

    /** Where the row stands in the workbook, as sheet!row, for audit trails. */
    public String plaats() {
        return sheet + "!" + rowNumber;
    }
}
