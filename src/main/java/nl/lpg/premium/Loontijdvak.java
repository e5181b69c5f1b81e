package nl.lpg.premium;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.Periodiciteit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A loontijdvak (inclusive dates). The AE's own tijdvak is the loontijdvak of the delivery; an IKP or PVP of an earlier
 * or later period (correction, TWK) belongs to the loontijdvak of the same periodiciteit that holds its start date.
 */
public record Loontijdvak(LocalDate aanvang, LocalDate einde) {

    /** The loontijdvak of the AE's periodiciteit that holds the date. */
    public static Loontijdvak van(AdministratieveEenheid ae, LocalDate datum) {
        Loontijdvak eigen = new Loontijdvak(ae.datumAanvangTijdvak(), ae.datumEindeTijdvak());
        if (eigen.bevat(datum)) {
            return eigen;
        }
        Periodiciteit p = ae.periodiciteit();
        return switch (p) {
            case MAAND -> new Loontijdvak(datum.withDayOfMonth(1), datum.withDayOfMonth(datum.lengthOfMonth()));
            case KWARTAAL -> {
                LocalDate a = LocalDate.of(datum.getYear(), ((datum.getMonthValue() - 1) / 3) * 3 + 1, 1);
                yield new Loontijdvak(a, a.plusMonths(3).minusDays(1));
            }
            case HALFJAAR -> {
                LocalDate a = LocalDate.of(datum.getYear(), datum.getMonthValue() <= 6 ? 1 : 7, 1);
                yield new Loontijdvak(a, a.plusMonths(6).minusDays(1));
            }
            case VIERWEKEN -> {
                // Four-week periods are anchored on the AE's own tijdvak and repeat every 28 days.
                long d = ChronoUnit.DAYS.between(ae.datumAanvangTijdvak(), datum);
                LocalDate a = ae.datumAanvangTijdvak().plusDays(Math.floorDiv(d, 28) * 28);
                yield new Loontijdvak(a, a.plusDays(27));
            }
        };
    }

    public boolean bevat(LocalDate d) {
        return !d.isBefore(aanvang) && !d.isAfter(einde);
    }

    /** BR222: the number of calendar days in the loontijdvak. */
    public long kalenderdagen() {
        return kalenderdagen(aanvang, einde);
    }

    /** BR223: the working days (Monday to Friday; a public holiday is no exception) in the loontijdvak. */
    public long werkdagen() {
        return werkdagen(aanvang, einde);
    }

    /** Calendar days from..to, both inclusive; 0 when to is before from. */
    public static long kalenderdagen(LocalDate van, LocalDate tot) {
        return Math.max(0, ChronoUnit.DAYS.between(van, tot) + 1);
    }

    /** BR223/BR224: Monday to Friday from..to inclusive. Weekend days do not count; holidays do. */
    public static long werkdagen(LocalDate van, LocalDate tot) {
        if (tot.isBefore(van)) {
            return 0;
        }
        long dagen = ChronoUnit.DAYS.between(van, tot) + 1;
        long weken = dagen / 7;
        long n = weken * 5;
        LocalDate d = van.plusDays(weken * 7);
        for (; !d.isAfter(tot); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return n;
    }

    /**
     * Days from..to inclusive counted with 30 days in every month (the "360 dagen per jaar" of BR163 and BR140):
     * a day 31, and the last day of the month for the end date, count as day 30.
     */
    public static long dagen360(LocalDate van, LocalDate tot) {
        if (tot.isBefore(van)) {
            return 0;
        }
        int d1 = Math.min(van.getDayOfMonth(), 30);
        int d2 = tot.getDayOfMonth() == tot.lengthOfMonth() ? 30 : Math.min(tot.getDayOfMonth(), 30);
        return (tot.getYear() - van.getYear()) * 360L + (tot.getMonthValue() - van.getMonthValue()) * 30L
                + (d2 - d1) + 1;
    }
}
