package nl.lpg.parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shape of one sheet: its columns and the key columns that identify a record. A dated sheet also has
 * {@code ingang} and {@code einde} (inclusive, empty = open) and two rows with the same key may not overlap.
 */
public record SheetSchema(String name, List<Column> columns, List<String> key, boolean dated, String toelichting) {

    public SheetSchema {
        List<Column> all = new ArrayList<>(columns);
        if (dated) {
            all.add(Column.date("ingang", true, "Eerste dag waarop de waarde geldt."));
            all.add(Column.date("einde", false, "Laatste dag waarop de waarde geldt (leeg = geen einde)."));
        }
        columns = List.copyOf(all);
        key = List.copyOf(key);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
    }
}
