package nl.lpg.bronnen;

import nl.lpg.rules.extern.ExterneBron;
import nl.lpg.rules.extern.PensioenadministratieBestand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;

/**
 * {@code bin/lpg import-pensioenadministratie FILE}: streams the file ({@link PensioenadministratieBestand} format) into
 * the table {@code pa_feit}, replacing what was there.
 */
@Component
public class PensioenadministratieImport {

    private static final Logger log = LoggerFactory.getLogger(PensioenadministratieImport.class);

    private final BronImports imports;

    public PensioenadministratieImport(BronImports imports) {
        this.imports = imports;
    }

    public long importeer(Path bestand) throws IOException {
        long n = imports.vervang(ExterneBron.PENSIOENADMINISTRATIE, bestand, "pa_feit",
                List.of("opdrachtgever", "bsn", "soort", "productkeuze", "datum_ingang", "datum_einde"), rijen -> {
                    try (Reader r = Files.newBufferedReader(bestand, StandardCharsets.UTF_8)) {
                        return PensioenadministratieBestand.lees(r, bestand.getFileName().toString(), f ->
                                rijen.voegToe(f.opdrachtgever(), f.bsn(), f.soort().name(), f.productkeuze(),
                                        Date.valueOf(f.ingang()), f.einde() == null ? null : Date.valueOf(f.einde())));
                    }
                });
        log.info("Pension administration {} imported: {} rows", bestand.getFileName(), n);
        return n;
    }
}
