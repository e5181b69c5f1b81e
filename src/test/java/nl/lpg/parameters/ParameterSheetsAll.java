package nl.lpg.parameters;

import java.util.List;
import java.util.stream.Stream;

final class ParameterSheetsAll {
    private ParameterSheetsAll() {
    }

    static List<SheetSchema> all() {
        return Stream.concat(ParameterSheets.PARAMETERS.stream(), ParameterSheets.ORGANISATIE.stream()).toList();
    }
}
