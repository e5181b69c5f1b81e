package nl.lpg.premium;

import nl.lpg.parameters.ParameterRow;
import nl.lpg.parameters.ParameterSheets;
import nl.lpg.parameters.Parameters;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Hulpvariabelen "peildatum AOW-leeftijd" and "peildatum AOW-leeftijd plus 5 jaar" (BR316, BR312): the first day of
 * the month in which the participant reaches the AOW age (or that age plus five years). The AOW age per birth date
 * comes from sheet AowLeeftijd (geboortedatumVan..geboortedatumTot inclusive: jaren, maanden).
 */
public final class AowPeildata {
    private AowPeildata() {
    }

    /** The date the participant reaches the AOW age; empty when AowLeeftijd has no row for the birth date. */
    public static Optional<LocalDate> datumAowLeeftijd(LocalDate geboortedatum, Parameters parameters) {
        if (geboortedatum == null) {
            return Optional.empty();
        }
        for (ParameterRow r : parameters.table(ParameterSheets.AOW_LEEFTIJD.name()).rows()) {
            LocalDate van = r.date("geboortedatumVan");
            LocalDate tot = r.date("geboortedatumTot");
            if ((van == null || !geboortedatum.isBefore(van)) && (tot == null || !geboortedatum.isAfter(tot))) {
                return Optional.of(geboortedatum.plusYears(r.integer("jaren")).plusMonths(r.integer("maanden")));
            }
        }
        return Optional.empty();
    }

    /** First day of the month of the AOW age. */
    public static Optional<LocalDate> peildatumAowLeeftijd(LocalDate geboortedatum, Parameters parameters) {
        return datumAowLeeftijd(geboortedatum, parameters).map(d -> d.withDayOfMonth(1));
    }

    /** First day of the month of the AOW age plus five years. */
    public static Optional<LocalDate> peildatumAowLeeftijdPlus5(LocalDate geboortedatum, Parameters parameters) {
        return datumAowLeeftijd(geboortedatum, parameters).map(d -> d.plusYears(5).withDayOfMonth(1));
    }
}
