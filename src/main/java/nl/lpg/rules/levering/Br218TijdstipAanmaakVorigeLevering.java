package nl.lpg.rules.levering;

import nl.lpg.rules.LeveringContext;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Optional;

/**
 * BR218 (derivation, aard N.v.t.): Bepaal tijdstip aanmaak vorige levering — the most recent (by aanmaak) delivery of
 * the same leverancier already received, accepted or not. Reported in run.json; gives no signal.
 */
public final class Br218TijdstipAanmaakVorigeLevering {
    private Br218TijdstipAanmaakVorigeLevering() {
    }

    public static Optional<LocalDateTime> bepaal(LeveringContext ctx) {
        String nr = ctx.levering().nummerLeverancier();
        return ctx.eerdereLeveringen().stream().filter(e -> e.nummerLeverancier().equals(nr))
                .map(LeveringContext.EerdereLevering::aanmaak).max(Comparator.naturalOrder());
    }
}
