package nl.lpg.rules.extern;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Port to the fund's pension administration: what it records per participant (opdrachtgever and BSN) that the rules
 * compare (BR124, BR203, BR226, BR421, BR426). Adapter: the imported file ({@code nl.lpg.bronnen.JdbcPensioenadministratie},
 * {@code bin/lpg import-pensioenadministratie FILE}). Asked per chunk through {@link PensioenadministratieRaadpleging}.
 */
public interface PensioenadministratieBron {

    /** What a row of the pension administration says. */
    enum Soort {
        /** Dispensatie van een verplicht product (productkeuze, or every product when empty), ingang..einde (BR124). */
        DISPENSATIE,
        /** AVV-loze periode: the verplichtstelling of the product (or of all) lapses, ingang..einde (BR124). */
        AVV_LOOS,
        /** Geldige vrijwillige deelname individueel, ingang..einde (BR226). */
        VRIJWILLIGE_DEELNAME,
        /** Pensioenrichtdatum: the date in ingang (BR203). */
        PENSIOENRICHTDATUM,
        /** (Nabestaanden)pensioen ingegaan on ingang (BR421, BR426). */
        PENSIOEN_INGEGAAN,
        /** Afkoop on ingang (BR421, BR426). */
        AFKOOP,
        /** Waardeoverdracht on ingang (BR421, BR426). */
        WAARDEOVERDRACHT;

        /** A "situatie deelnemer" of BR421/BR426: pension started, afkoop or waardeoverdracht. */
        public boolean situatie() {
            return this == PENSIOEN_INGEGAAN || this == AFKOOP || this == WAARDEOVERDRACHT;
        }
    }

    /** One row: {@code einde} null is open-ended; {@code productkeuze} null is every product. */
    record Feit(String opdrachtgever, String bsn, Soort soort, String productkeuze, LocalDate ingang,
                LocalDate einde) {
        public boolean geldigOp(LocalDate d) {
            return d != null && !d.isBefore(ingang) && (einde == null || !d.isAfter(einde));
        }

        public boolean voorProduct(String keuze) {
            return productkeuze == null || (keuze != null && productkeuze.equalsIgnoreCase(keuze.trim()));
        }

        @Override
        public String toString() {
            return "Feit[" + opdrachtgever + ", bsn=***, " + soort + ", " + productkeuze + ", " + ingang + ".."
                    + einde + "]";
        }
    }

    /**
     * Every row of these participants (BSNs of 9 digits), at any opdrachtgever.
     */
    List<Feit> zoek(Collection<String> bsns);
}
