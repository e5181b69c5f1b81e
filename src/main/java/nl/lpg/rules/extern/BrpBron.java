package nl.lpg.rules.extern;

import java.time.LocalDate;
import java.util.Optional;

/** Port to the Basisregistratie Personen (BRP): look up a person by BSN. */
public interface BrpBron {

    /** What BRP knows of a person. Geboortedatum and overlijdensdatum may be absent. */
    record BrpPersoon(LocalDate geboortedatum, LocalDate overlijdensdatum) {
    }

    Optional<BrpPersoon> zoek(String bsn);
}
