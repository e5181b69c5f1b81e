package nl.lpg.parameters;

import java.util.Set;

/** One column of a parameter sheet: its name in row 1, its type, whether a value is required and, for CODE, the allowed codes. */
public record Column(String name, ColumnType type, boolean required, Set<String> codes, String toelichting) {

    public static Column text(String name, boolean required, String toelichting) {
        return new Column(name, ColumnType.TEXT, required, Set.of(), toelichting);
    }

    public static Column code(String name, boolean required, Set<String> codes, String toelichting) {
        return new Column(name, ColumnType.CODE, required, Set.copyOf(codes), toelichting);
    }

    public static Column date(String name, boolean required, String toelichting) {
        return new Column(name, ColumnType.DATE, required, Set.of(), toelichting);
    }

    public static Column decimal(String name, boolean required, String toelichting) {
        return new Column(name, ColumnType.DECIMAL, required, Set.of(), toelichting);
    }

    public static Column integer(String name, boolean required, String toelichting) {
        return new Column(name, ColumnType.INTEGER, required, Set.of(), toelichting);
    }

    public static Column jn(String name, boolean required, String toelichting) {
        return new Column(name, ColumnType.JN, required, Set.of(), toelichting);
    }
}
