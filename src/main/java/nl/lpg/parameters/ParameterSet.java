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
        boolean pOk = false;
        boolean oOk = false;
        if (!Files.isRegularFile(p)) {
            errors.add(p + ": file not found");
        } else {
            int before = errors.size();
            pt = WorkbookReader.read(p, ParameterSheets.PARAMETERS, errors);
            if (pt != null) {
                errors.addAll(ParameterValidation.validate(pt));
            }
            pOk = pt != null && errors.size() == before;
        }
        if (!Files.isRegularFile(o)) {
            errors.add(o + ": file not found");
        } else {
            int before = errors.size();
            ot = WorkbookReader.read(o, ParameterSheets.ORGANISATIE, errors);
            if (ot != null) {
                errors.addAll(ParameterValidation.validateOrganisatie(ot, pt));
            }
            oOk = ot != null && errors.size() == before;
        }
        if (!errors.isEmpty() || !pOk || !oOk) {
            throw new WorkbookException(errors);
        }
        return new ParameterSet(dir, new Parameters(pt, sha256(p)), new OrganisatieRegister(ot, sha256(o)));
    }

    /**
     * As {@link #load(Path)}, and also refused when a value the run needs for a day of [van, tot] is missing
     * (see {@link Parameters#gaten}).
     */
    public static ParameterSet load(Path dir, java.time.LocalDate van, java.time.LocalDate tot) {
        ParameterSet set = load(dir);
        List<String> gaten = set.gaten(van, tot);
        if (!gaten.isEmpty()) {
            throw new WorkbookException(gaten);
        }
        return set;
    }

    /** See {@link Parameters#gaten}. */
    public List<String> gaten(java.time.LocalDate van, java.time.LocalDate tot) {
        return parameters.gaten(van, tot);
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
