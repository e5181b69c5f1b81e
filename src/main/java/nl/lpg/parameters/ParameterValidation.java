package nl.lpg.parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks across cells that the per-cell reading cannot see, e.g. a rule number the engine does not know. */
final class ParameterValidation {
    private ParameterValidation() {
    }

    static List<String> validate(Map<String, ParameterTable> tables) {
        List<String> errors = new ArrayList<>();
        ParameterTable regels = tables.get(ParameterSheets.REGELS.name());
        if (regels != null) {
            for (ParameterRow r : regels.rows()) {
                String nr = r.text("regel");
                if (nr != null && !nl.lpg.rules.RegelCatalogus.isBekend(nr)) {
                    errors.add("Regels!A" + r.rowNumber() + ": rule '" + nr + "' is not known to the engine");
                }
            }
        }
        return errors;
    }
}
