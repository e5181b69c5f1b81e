package nl.lpg.insurer;

/**
 * The mutations that go over the coupling (werkwijze a.s.r., "Welke mutaties kunnen via de koppeling verzonden
 * worden", 1-6). The yearly collective salary adjustment is SALARIS or SALARIS_DEELTIJD with a batch.
 */
public enum SoortMutatie {
    INDIENST, UITDIENST, DEELTIJD, SALARIS, SALARIS_DEELTIJD, RETRO
}
