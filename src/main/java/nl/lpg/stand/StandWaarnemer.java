package nl.lpg.stand;

import java.util.List;

/**
 * Sees the stand of some employees just before and just after {@link StandWriter} changes it, inside the same
 * transaction: whatever it writes commits or rolls back with the stand change itself (the insurer coupling's outbox,
 * nl.lpg.insurer). {@link #voor} is called before the change and returns what to run after it.
 */
@FunctionalInterface
public interface StandWaarnemer {

    /** The inkomstenverhouding of one employee whose stand is about to change. */
    record Werknemer(String opdrachtgever, String aansluitnummer, String personeelsnummer, String nummerIkv) {
    }

    Runnable voor(List<Werknemer> werknemers);

    StandWaarnemer GEEN = w -> () -> { };
}
