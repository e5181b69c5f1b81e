package nl.lpg.rules.ikp;

import nl.lpg.delivery.Loontijdvakken;
import nl.lpg.delivery.Periodiciteit;

import java.time.LocalDate;

/**
 * One loontijdvak (the spec's hulptabel "loontijdvakken"), derived from the periodiciteit of the AE by
 * {@link Loontijdvakken}: calendar month, quarter or half year; for VIERWEKEN thirteen periods of 28 days from
 * 1 January, the thirteenth running to 31 December. A value type the rules can key maps on and print.
 */
public record Loontijdvak(LocalDate aanvang, LocalDate einde) {

    public static Loontijdvak van(Periodiciteit p, LocalDate d) {
        Loontijdvakken.Tijdvak t = Loontijdvakken.tijdvak(p, d);
        return new Loontijdvak(t.aanvang(), t.einde());
    }

    public boolean bevat(LocalDate d) {
        return !d.isBefore(aanvang) && !d.isAfter(einde);
    }

    @Override
    public String toString() {
        return aanvang + " t/m " + einde;
    }
}
