package nl.lpg.bronnen;

import nl.lpg.rules.extern.BrpBron;
import nl.lpg.rules.extern.BrpDatum;
import nl.lpg.rules.extern.BrpExtract;
import nl.lpg.rules.extern.ExterneBron;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code bin/lpg import-brp FILE}: streams a BRP extract ({@link BrpExtract} format) into the table
 * {@code brp_persoon}, replacing what was there. {@code --brp FILE} on any command does the same, unless that very file
 * (by SHA-256) is the last one imported.
 */
@Component
public class BrpImport {

    private static final Logger log = LoggerFactory.getLogger(BrpImport.class);

    static final List<String> KOLOMMEN = List.of("bsn", "geboortedatum", "overlijdensdatum", "geslacht", "voorletters",
            "voorvoegsel", "geslachtsnaam", "partner_voorletters", "partner_voorvoegsel", "partner_geslachtsnaam",
            "postcode", "huisnummer");

    private final BronImports imports;

    public BrpImport(BronImports imports) {
        this.imports = imports;
    }

    /** Imports the extract; returns the number of persons. */
    public long importeer(Path bestand) throws IOException {
        long n = imports.vervang(ExterneBron.BRP, bestand, "brp_persoon", KOLOMMEN, rijen -> {
            try (Reader r = Files.newBufferedReader(bestand, StandardCharsets.UTF_8)) {
                return BrpExtract.lees(r, bestand.getFileName().toString(), (bsn, p) -> {
                    BrpBron.Naam naam = p.naam() == null ? new BrpBron.Naam(null, null, null) : p.naam();
                    BrpBron.Naam partner = p.partners().isEmpty() ? new BrpBron.Naam(null, null, null)
                            : p.partners().get(0);
                    rijen.voegToe(bsn, tekst(p.geboortedatum()), tekst(p.overlijdensdatum()), p.geslacht(),
                            naam.voorletters(), naam.voorvoegsel(), naam.geslachtsnaam(), partner.voorletters(),
                            partner.voorvoegsel(), partner.geslachtsnaam(), p.postcode(), p.huisnummer());
                });
            }
        });
        log.info("BRP extract {} imported: {} persons", bestand.getFileName(), n);
        return n;
    }

    /** Imports the extract unless it is the one imported last; returns whether it imported. */
    public boolean importeerAlsNieuw(Path bestand) throws IOException {
        String sha = BronImports.sha256(bestand);
        if (imports.laatste(ExterneBron.BRP).map(i -> i.sha256().equals(sha)).orElse(false)) {
            return false;
        }
        importeer(bestand);
        return true;
    }

    private static String tekst(BrpDatum d) {
        return d == null ? null : d.toString();
    }
}
