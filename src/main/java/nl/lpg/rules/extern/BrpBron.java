package nl.lpg.rules.extern;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Port to the Basisregistratie Personen (BRP): what the BRP knows of many persons at once, by BSN. Adapters: the
 * imported extract ({@code nl.lpg.bronnen.JdbcBrpBron}), the Haal Centraal API ({@code HaalCentraalBrpBron}), a file
 * read into memory for tests ({@link CsvBrpBron}). The rules ask through {@link BrpRaadpleging}, which asks the
 * adapter once per chunk.
 */
public interface BrpBron {

    /** A name as the BRP holds it: voorletters, voorvoegsel and geslachtsnaam, each possibly null. */
    record Naam(String voorletters, String voorvoegsel, String geslachtsnaam) {
        public boolean leeg() {
            return (voorletters == null || voorletters.isBlank()) && (geslachtsnaam == null || geslachtsnaam.isBlank());
        }
    }

    /**
     * What the BRP knows of a person, as far as the rules compare it (BR61, BR64, BR191, BR192): geboortedatum and
     * overlijdensdatum (either may be partly or wholly unknown, or absent), geslacht (M, V, O), the person's name and
     * the names of the partners, and the postcode and huisnummer of the verblijfadres in the Netherlands. Any field
     * may be null. {@code toString} shows no personal data.
     */
    record BrpPersoon(BrpDatum geboortedatum, BrpDatum overlijdensdatum, String geslacht, Naam naam,
                      List<Naam> partners, String postcode, String huisnummer) {
        public BrpPersoon {
            partners = partners == null ? List.of() : List.copyOf(partners);
        }

        /** Only the dates known (BR191, BR192 compare the geboortedatum). */
        public BrpPersoon(LocalDate geboortedatum, LocalDate overlijdensdatum) {
            this(BrpDatum.van(geboortedatum), BrpDatum.van(overlijdensdatum), null, null, List.of(), null, null);
        }

        @Override
        public String toString() {
            return "BrpPersoon[***]";
        }
    }

    /**
     * The persons the BRP knows among these BSNs (9 digits), keyed by BSN; a BSN the BRP does not know is absent.
     *
     * @throws BrpNietBereikbaar when the BRP cannot be asked now (the run stops and is resumed later)
     */
    Map<String, BrpPersoon> zoek(Collection<String> bsns);

    /** A BSN as the BRP writes it: 9 digits with leading zeros; null for blank, the value trimmed otherwise. */
    static String normaliseer(String bsn) {
        if (bsn == null || bsn.isBlank()) {
            return null;
        }
        String t = bsn.trim();
        return t.length() < 9 && t.chars().allMatch(Character::isDigit) ? "0".repeat(9 - t.length()) + t : t;
    }
}
