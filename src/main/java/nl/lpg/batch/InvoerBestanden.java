package nl.lpg.batch;

import java.nio.file.Path;

/**
 * Where this process reads the input files of a run that its job parameters name. In one process they are the paths
 * as given. A remote worker ({@code nl.lpg.remote}) reads the delivery from its local copy of the file the manager
 * staged in the database (by SHA-256), and the workbooks from its own {@code --parameters}, which it checked against
 * the run's SHA-256 before the partition started.
 */
public interface InvoerBestanden {

    /** The paths as the job parameters give them. */
    InvoerBestanden ZOALS_GEGEVEN = new InvoerBestanden() {
        @Override
        public Path levering(String pad, String sha256) {
            return Path.of(pad);
        }

        @Override
        public Path parameters(String pad) {
            return Path.of(pad);
        }
    };

    /** The delivery file ({@code jobParameters['levering']}, with {@code leveringSha256}). */
    Path levering(String pad, String sha256);

    /** The workbook directory ({@code jobParameters['parameters']}). */
    Path parameters(String pad);
}
