package nl.lpg.parameters;

import java.util.List;

/** A workbook refused as a whole: every fault as {@code sheet!cell: what is wrong}. */
public class WorkbookException extends RuntimeException {
    private final List<String> errors;

    public WorkbookException(List<String> errors) {
        super(errors.size() == 1 ? errors.get(0) : errors.size() + " faults, first: " + errors.get(0));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
