package nl.lpg.batch;

import nl.lpg.delivery.IkvEenheid;
import nl.lpg.premium.PvpBerekening;
import nl.lpg.rules.Signaal;

import java.time.LocalDate;
import java.util.List;

/** One IKV after its checks and calculations: its status, signals and one calculation per PVP. */
public record IkvResultaat(IkvEenheid eenheid, UnitStatus status, List<Signaal> signalen, List<Berekening> berekeningen) {

    /** A PVP's calculation with the keys that place it. */
    public record Berekening(LocalDate datumAanvangIkp, String productkeuze, String productvariant,
                             LocalDate datumAanvangPvp, PvpBerekening uitkomst) {
    }
}
