package nl.lpg.cli;

import nl.lpg.bronnen.BrpImport;
import nl.lpg.bronnen.PensioenadministratieImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code import-brp FILE} and {@code import-pensioenadministratie FILE}: stream an external source's file into the
 * database (README, "External sources"), replacing the previous import as a whole. A fault in the file is exit 2 with
 * its line; nothing is changed then.
 */
final class ImportCommands {

    private ImportCommands() {
    }

    static void leesbaar(Path bestand) {
        if (!Files.isRegularFile(bestand) || !Files.isReadable(bestand)) {
            throw new OngeldigeOptie(bestand + ": file not readable");
        }
    }

    @Command(name = "import-brp", description = "Import a BRP extract (CSV, see README) into the database, replacing the previous one; process runs then use it for BR61, BR64, BR191, BR192.")
    static class ImportBrp implements Callable<Integer> {
        @Mixin
        GlobalOptions g;
        @Parameters(index = "0", description = "The BRP extract.")
        Path bestand;

        @Override
        public Integer call() {
            return importeer(g, "import-brp", bestand, "persons", e -> e.bean(BrpImport.class).importeer(bestand));
        }
    }

    @Command(name = "import-pensioenadministratie", description = "Import the pension administration (CSV, see README) into the database, replacing the previous one; process runs then use it for BR124, BR203, BR226, BR421, BR426.")
    static class ImportPensioenadministratie implements Callable<Integer> {
        @Mixin
        GlobalOptions g;
        @Parameters(index = "0", description = "The pension-administration file.")
        Path bestand;

        @Override
        public Integer call() {
            return importeer(g, "import-pensioenadministratie", bestand, "rows",
                    e -> e.bean(PensioenadministratieImport.class).importeer(bestand));
        }
    }

    interface Import {
        long in(Engine e) throws java.io.IOException;
    }

    /** One import: the file readable, the engine started, the rows counted; a fault in the file is exit 2. */
    private static int importeer(GlobalOptions g, String commando, Path bestand, String eenheid, Import importeer) {
        leesbaar(bestand);
        try (Engine e = Engine.start(g, commando + " " + bestand.getFileName())) {
            long n = importeer.in(e);
            LpgMain.print("DONE " + commando + " " + bestand.getFileName() + ": " + n + " " + eenheid);
        } catch (java.io.IOException | IllegalArgumentException x) {
            throw GlobalOptions.bronFout(commando, bestand, x);
        }
        return ExitCodes.DONE;
    }
}
