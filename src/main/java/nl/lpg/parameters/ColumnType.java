package nl.lpg.parameters;

/** How a workbook cell is read. Text cells holding a date, number or J/N are accepted too (workbooks from other tools). */
public enum ColumnType {
    TEXT, CODE, DATE, DECIMAL, INTEGER, JN
}
