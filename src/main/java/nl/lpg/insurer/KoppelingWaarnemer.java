package nl.lpg.insurer;

import nl.lpg.stand.StandWaarnemer;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The insurer coupling's eye on the stand: for the employees of coupled aansluitingen in a change (a chunk of the stand
 * step, the intrekkingen of an AE, an approved review unit) it reads the stand before and after, derives the mutations
 * and portal work ({@link MutatieAfleiding}) and writes them to the outbox in the same transaction. Employees of
 * aansluitingen that are never coupled cost nothing. A mutation dated when the coupling was not on is not kept; portal
 * work is kept when the coupling is on for the employee's latest period.
 */
public final class KoppelingWaarnemer implements StandWaarnemer {

    private final KoppelingRegister register;
    private final Outbox outbox;
    private final String runId;
    private final String bron;

    public KoppelingWaarnemer(JdbcTemplate jdbc, KoppelingRegister register, String runId, String bron) {
        this.register = register;
        this.outbox = new Outbox(jdbc, register);
        this.runId = runId;
        this.bron = bron;
    }

    @Override
    public Runnable voor(List<Werknemer> werknemers) {
        List<Werknemer> gekoppeld = werknemers.stream().filter(w -> register.ooitGekoppeld(w.aansluitnummer()))
                .toList();
        if (gekoppeld.isEmpty()) {
            return () -> { };
        }
        Map<Werknemer, WerknemerStand> voor = outbox.lezer().lees(gekoppeld);
        return () -> {
            Map<Werknemer, WerknemerStand> na = outbox.lezer().lees(gekoppeld);
            for (Werknemer w : gekoppeld) {
                WerknemerStand n = na.get(w);
                if (n == null || n.perioden().isEmpty()) {
                    continue;
                }
                LocalDate laatst = n.tijdlijn().lastKey();
                int maand = register.maandCollectief(w.aansluitnummer(), laatst);
                WerknemerStand v = voor.get(w);
                List<Mutatie> mutaties = MutatieAfleiding.mutaties(v, n, maand).stream()
                        .filter(m -> register.koppeling(m.aansluitnummer(), m.ingangsdatum()).isPresent()).toList();
                // portal work is new information now, whatever date it names (a relation that began years ago):
                // kept when the coupling is on for the employee's latest period
                List<PortaalItem> portaal = register.koppeling(w.aansluitnummer(), laatst).isPresent()
                        ? MutatieAfleiding.portaal(v, n) : List.of();
                outbox.voegToe(runId, bron, w.opdrachtgever(), mutaties, n.persoon());
                outbox.voegPortaalToe(runId, bron, w.opdrachtgever(), portaal);
            }
        };
    }

    /** Re-evaluates every BLOCKED mutation (a later run, a completed register); returns how many were released. */
    public static int herbeoordeel(JdbcTemplate jdbc, KoppelingRegister register, String runId) {
        return new Outbox(jdbc, register).herbeoordeel(runId);
    }
}
