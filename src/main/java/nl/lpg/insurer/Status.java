package nl.lpg.insurer;

/**
 * A mutation's state in the outbox: OUTBOX (to be sent), SENT (the insurer accepted it), BLOCKED (a prerequisite is
 * missing; re-evaluated in every later run), REFUSED (the insurer answered 4xx; never sent again).
 */
public enum Status {
    OUTBOX, SENT, BLOCKED, REFUSED
}
