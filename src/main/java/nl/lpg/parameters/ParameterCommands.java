package nl.lpg.parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The bodies of the CLI commands {@code check-parameters [DIR]} and {@code diff-parameters OLD NEW}, so the command
 * line only parses options and passes the streams. Exit codes as in CONTRACT.md: 0 done, 2 unusable workbook (every
 * fault on stdout, one line on stderr).
 */
public final class ParameterCommands {
    private ParameterCommands() {
    }

    public static final int OK = 0;
    public static final int UNUSABLE = 2;

    /** Loads and validates the workbooks in dir, prints every fault or the summary; changes nothing. */
    public static int checkParameters(Path dir, PrintStream out, PrintStream err) {
        return checkParameters(dir, null, null, out, err);
    }

    /**
     * As {@link #checkParameters(Path, PrintStream, PrintStream)}; when van and tot are given, a value missing for a
     * day of that period (see {@link Parameters#gaten}) is a fault too.
     */
    public static int checkParameters(Path dir, LocalDate van, LocalDate tot, PrintStream out, PrintStream err) {
        ParameterSet set;
        try {
            set = van == null || tot == null ? ParameterSet.load(dir) : ParameterSet.load(dir, van, tot);
        } catch (WorkbookException e) {
            return refused(dir, e.errors(), out, err);
        }
        out.print(ParameterSummary.text(set));
        return OK;
    }

    /** Lists every value that changes from the workbooks in oldDir to those in newDir; both must be valid. */
    public static int diffParameters(Path oldDir, Path newDir, PrintStream out, PrintStream err) {
        ParameterSet oldSet;
        ParameterSet newSet;
        try {
            oldSet = ParameterSet.load(oldDir);
        } catch (WorkbookException e) {
            return refused(oldDir, e.errors(), out, err);
        }
        try {
            newSet = ParameterSet.load(newDir);
        } catch (WorkbookException e) {
            return refused(newDir, e.errors(), out, err);
        }
        List<String> lines = ParameterDiff.diff(oldSet, newSet);
        if (lines.isEmpty()) {
            out.println("No differences between " + oldDir + " and " + newDir + ".");
        } else {
            out.println(lines.size() + " differences from " + oldDir + " to " + newDir + ":");
            lines.forEach(out::println);
        }
        return OK;
    }

    private static int refused(Path dir, List<String> errors, PrintStream out, PrintStream err) {
        out.println("Workbooks in " + dir + " refused, " + errors.size() + (errors.size() == 1 ? " fault:" : " faults:"));
        errors.forEach(out::println);
        err.println(dir + ": workbooks refused (" + errors.size() + (errors.size() == 1 ? " fault" : " faults")
                + "), first: " + errors.get(0));
        return UNUSABLE;
    }
}
