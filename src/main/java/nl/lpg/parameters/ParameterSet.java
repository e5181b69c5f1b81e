package nl.lpg.parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Both workbooks of a parameters directory, loaded together: either both are valid or the run does not start. */
public record ParameterSet(Path directory, Parameters parameters, OrganisatieRegister organisatie) {

    public static final String PARAMETERS_FILE = "parameters.xlsx";
    public static final String ORGANISATIE_FILE = "organisatie.xlsx";

    public static ParameterSet load(Path dir) {
        Path p = dir.resolve(PARAMETERS_FILE);
        Path o = dir.resolve(ORGANISATIE_FILE);
        List<String> errors = new ArrayList<>();
        Map<String, ParameterTable> pt = null;
        Map<String, ParameterTable> ot = null;
        if (!Files.isRegularFile(p)) {
            errors.add(p + ": file not found");
        } else {
            try {
                pt = WorkbookReader.read(p, ParameterSheets.PARAMETERS);
            } catch (WorkbookException e) {
                errors.addAll(e.errors());
            }
        }
        if (!Files.isRegularFile(o)) {
            errors.add(o + ": file not found");
        } else {
            try {
                ot = WorkbookReader.read(o, ParameterSheets.ORGANISATIE);
            } catch (WorkbookException e) {
                errors.addAll(e.errors());
            }
        }
        if (pt != null) {
            errors.addAll(ParameterValidation.validate(pt));
        }
        if (!errors.isEmpty()) {
            throw new WorkbookException(errors);
        }
        return new ParameterSet(dir, new Parameters(pt, sha256(p)), new OrganisatieRegister(ot, sha256(o)));
    }

    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStreamNull.INSTANCE);
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
