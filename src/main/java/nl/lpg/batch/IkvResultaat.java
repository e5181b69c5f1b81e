package nl.lpg.batch;

import nl.lpg.delivery.IkvEenheid;
import nl.lpg.premium.PvpBerekening;
import nl.lpg.rules.Signaal;

import java.time.LocalDate;
import java.util.List;

/** One IKV after its checks and calculations: its status, signals and one calculation per PVP. */
public record IkvResultaat(IkvEenheid eenheid, UnitStatus status, List<Signaal> signalen, List<Berekening> berekeningen) {

    /**
     * A PVP's calculation with the keys that place it; {@code regelnummerLevering} is the line of the
     * pensioenVerzekeringPeriode element in the delivery file (null when unknown); {@code productloonIncidenteel} the
     * PVP's as delivered (for the controletotalen in report.xlsx).
     */
    public record Berekening(LocalDate datumAanvangIkp, String productkeuze, String productvariant,
                             LocalDate datumAanvangPvp, PvpBerekening uitkomst, Integer regelnummerLevering,
                             java.math.BigDecimal productloonIncidenteel) {
    }
}
