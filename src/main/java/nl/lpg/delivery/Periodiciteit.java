package nl.lpg.delivery;

/** Periodiciteit of an administratieve eenheid, with its periodiciteitsfactor (number of loontijdvakken in a year). */
public enum Periodiciteit {
    MAAND(12), VIERWEKEN(13), KWARTAAL(4), HALFJAAR(2);

    private final int periodiciteitsfactor;

    Periodiciteit(int factor) {
        this.periodiciteitsfactor = factor;
    }

    public int periodiciteitsfactor() {
        return periodiciteitsfactor;
    }
}
