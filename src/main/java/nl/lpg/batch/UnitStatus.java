package nl.lpg.batch;

import nl.lpg.rules.Aard;
import nl.lpg.rules.Signaal;

import java.util.Collection;

/** The outcome of a unit: Onverwerkbaar refuses, Interne beoordeling holds, the rest is accepted with its signals. */
public enum UnitStatus {
    ACCEPTED, HELD, REFUSED;

    public static UnitStatus van(Collection<Signaal> signalen) {
        Aard zwaarste = Aard.NVT;
        for (Signaal s : signalen) {
            zwaarste = Aard.zwaarste(zwaarste, s.aard());
        }
        return van(zwaarste);
    }

    public static UnitStatus van(Aard aard) {
        return switch (aard) {
            case ONVERWERKBAAR -> REFUSED;
            case INTERNE_BEOORDELING -> HELD;
            default -> ACCEPTED;
        };
    }

    /** The stricter of two outcomes (a unit under a refused AE is refused). */
    public UnitStatus en(UnitStatus other) {
        return this.ordinal() >= other.ordinal() ? this : other;
    }
}
