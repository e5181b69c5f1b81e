package nl.lpg.delivery;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;

/**
 * Gedefinieerde loontijdvakken per periodiciteit. Month, quarter and half year follow the calendar. Four-weekly
 * periods follow the Belastingdienst: period 1 starts on 1 January, every period is 28 days, and period 13 runs to
 * 31 December (so it has 29 or 30 days).
 */
public final class Loontijdvakken {
    private Loontijdvakken() {
    }

    public record Tijdvak(LocalDate aanvang, LocalDate einde) {
        public boolean bevat(LocalDate d) {
            return !d.isBefore(aanvang) && !d.isAfter(einde);
        }
    }

    /** The loontijdvak of the periodiciteit that contains the date. */
    public static Tijdvak tijdvak(Periodiciteit p, LocalDate d) {
        return switch (p) {
            case MAAND -> new Tijdvak(d.withDayOfMonth(1), d.withDayOfMonth(d.lengthOfMonth()));
            case KWARTAAL -> {
                LocalDate a = LocalDate.of(d.getYear(), d.getMonth().firstMonthOfQuarter(), 1);
                yield new Tijdvak(a, a.plusMonths(3).minusDays(1));
            }
            case HALFJAAR -> {
                LocalDate a = LocalDate.of(d.getYear(), d.getMonthValue() <= 6 ? 1 : 7, 1);
                yield new Tijdvak(a, a.plusMonths(6).minusDays(1));
            }
            case VIERWEKEN -> {
                LocalDate jan1 = LocalDate.of(d.getYear(), Month.JANUARY, 1);
                int k = (int) Math.min(12, ChronoUnit.DAYS.between(jan1, d) / 28);
                LocalDate a = jan1.plusDays(28L * k);
                yield new Tijdvak(a, k == 12 ? LocalDate.of(d.getYear(), 12, 31) : a.plusDays(27));
            }
        };
    }
}
