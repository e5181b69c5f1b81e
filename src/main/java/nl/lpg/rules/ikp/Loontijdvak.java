package nl.lpg.rules.ikp;

import nl.lpg.delivery.Periodiciteit;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * One loontijdvak (the spec's hulptabel "loontijdvakken"), derived from the periodiciteit of the AE: calendar month,
 * quarter or half year; for VIERWEKEN thirteen periods of 28 days from 1 January, the thirteenth running to
 * 31 December (as the Belastingdienst counts four-week periods).
 */
public record Loontijdvak(LocalDate aanvang, LocalDate einde) {

    public static Loontijdvak van(Periodiciteit p, LocalDate d) {
        return switch (p) {
            case MAAND -> new Loontijdvak(d.withDayOfMonth(1), d.with(TemporalAdjusters.lastDayOfMonth()));
            case KWARTAAL -> maanden(d, 3);
            case HALFJAAR -> maanden(d, 6);
            case VIERWEKEN -> {
                LocalDate jan1 = d.withDayOfYear(1);
                int k = Math.min(12, (d.getDayOfYear() - 1) / 28);
                LocalDate aanvang = jan1.plusDays(28L * k);
                yield new Loontijdvak(aanvang, k == 12 ? jan1.withMonth(12).withDayOfMonth(31) : aanvang.plusDays(27));
            }
        };
    }

    private static Loontijdvak maanden(LocalDate d, int lengte) {
        int eersteMaand = ((d.getMonthValue() - 1) / lengte) * lengte + 1;
        LocalDate aanvang = d.withMonth(eersteMaand).withDayOfMonth(1);
        return new Loontijdvak(aanvang, aanvang.plusMonths(lengte).minusDays(1));
    }

    public boolean bevat(LocalDate d) {
        return !d.isBefore(aanvang) && !d.isAfter(einde);
    }

    @Override
    public String toString() {
        return aanvang + " t/m " + einde;
    }
}
