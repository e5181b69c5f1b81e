package nl.lpg.parameters;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams one worksheet's XML into plain rows of raw cells, without building POI's object model: a 100,000-row sheet
 * loads in seconds and in little memory. The parser is POI's hardened one (no DOCTYPE, no external entities).
 * A cell keeps what the file says: its type, its stored value and whether it holds a formula.
 */
final class SheetXml {
    private SheetXml() {
    }

    /** Kind of a stored cell value, as the {@code t} attribute of {@code <c>} says. */
    enum Kind { NUMBER, TEXT, BOOLEAN, ERROR, BLANK }

    /** One cell: 0-based column, kind, stored value (text of a number, the string, 1/0), formula if any. */
    record RawCell(int col, Kind kind, String value, String formula) {
        boolean isFormula() {
            return formula != null;
        }
    }

    record RawRow(int row, List<RawCell> cells) {
        /** The cells indexed by column (null where the file has no cell). */
        RawCell[] byColumn() {
            int max = -1;
            for (RawCell c : cells) {
                max = Math.max(max, c.col());
            }
            RawCell[] a = new RawCell[max + 1];
            for (RawCell c : cells) {
                a[c.col()] = c;
            }
            return a;
        }

        RawCell cell(int col) {
            for (RawCell c : cells) {
                if (c.col() == col) {
                    return c;
                }
            }
            return null;
        }
    }

    static List<RawRow> read(InputStream sheetXml, SharedStrings strings) throws Exception {
        Handler h = new Handler(strings);
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setContentHandler(h);
        reader.parse(new InputSource(sheetXml));
        return h.rows;
    }

    /** The 0-based column of a reference like AB12 (letters only count). */
    static int column(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                col = col * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                col = col * 26 + (ch - 'a' + 1);
            } else if (ch != '$') {
                break;
            }
        }
        return col - 1;
    }

    private static final class Handler extends DefaultHandler {
        private final SharedStrings strings;
        final List<RawRow> rows = new ArrayList<>();
        private List<RawCell> cells;
        private int rowIndex = -1;
        private int colIndex;
        private String type;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private StringBuilder formula;
        private boolean hasValue;
        private boolean inV;
        private boolean inT;
        private boolean inF;
        private boolean inCell;

        Handler(SharedStrings strings) {
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            String n = localName.isEmpty() ? qName : localName;
            switch (n) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowIndex = r != null ? Integer.parseInt(r) - 1 : rowIndex + 1;
                    cells = new ArrayList<>();
                    colIndex = -1;
                }
                case "c" -> {
                    String r = atts.getValue("r");
                    colIndex = r != null ? column(r) : colIndex + 1;
                    type = atts.getValue("t");
                    value.setLength(0);
                    inline.setLength(0);
                    formula = null;
                    hasValue = false;
                    inCell = true;
                }
                case "v" -> {
                    inV = true;
                    hasValue = true;
                }
                case "t" -> inT = inCell;
                case "f" -> {
                    inF = true;
                    formula = new StringBuilder();
                }
                case "is" -> hasValue = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inV) {
                value.append(ch, start, length);
            } else if (inT) {
                inline.append(ch, start, length);
            } else if (inF) {
                formula.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String n = localName.isEmpty() ? qName : localName;
            switch (n) {
                case "v" -> inV = false;
                case "t" -> inT = false;
                case "f" -> inF = false;
                case "c" -> {
                    inCell = false;
                    cells.add(cell());
                }
                case "row" -> rows.add(new RawRow(rowIndex, cells));
                default -> {
                }
            }
        }

        private RawCell cell() {
            String f = formula == null ? null : (formula.length() == 0 ? "(shared formula)" : formula.toString());
            if (!hasValue) {
                return new RawCell(colIndex, Kind.BLANK, null, f);
            }
            String t = type == null ? "n" : type;
            return switch (t) {
                case "s" -> new RawCell(colIndex, Kind.TEXT,
                        strings.getItemAt(Integer.parseInt(value.toString().trim())).getString(), f);
                case "inlineStr" -> new RawCell(colIndex, Kind.TEXT, inline.toString(), f);
                case "str", "d" -> new RawCell(colIndex, Kind.TEXT, value.toString(), f);
                case "b" -> new RawCell(colIndex, Kind.BOOLEAN, value.toString().trim(), f);
                case "e" -> new RawCell(colIndex, Kind.ERROR, value.toString(), f);
                default -> value.toString().isBlank() ? new RawCell(colIndex, Kind.BLANK, null, f)
                        : new RawCell(colIndex, Kind.NUMBER, value.toString().trim(), f);
            };
        }
    }
}
