package nl.lpg.rules.pvv;

import nl.lpg.parameters.ParameterRow;
import nl.lpg.parameters.ParameterSheets;
import nl.lpg.parameters.Parameters;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/** Age helpers: the hulpvariabele "leeftijd bij aanvang IKP" and the AOW-leeftijd dates of BR194-BR196, BR214. */
public final class Leeftijden {
    private Leeftijden() {
    }

    /** Age in whole years on the date. */
    public static int leeftijd(LocalDate geboortedatum, LocalDate op) {
        return Period.between(geboortedatum, op).getYears();
    }

    public static LocalDate eersteVanMaand(LocalDate d) {
        return d.withDayOfMonth(1);
    }

    /** The day the person reaches the AOW-leeftijd, from the AowLeeftijd sheet; empty if the sheet has no row. */
    public static Optional<LocalDate> aowDatum(Parameters p, LocalDate geboortedatum) {
        for (ParameterRow r : p.table(ParameterSheets.AOW_LEEFTIJD.name()).rows()) {
            LocalDate van = r.date("geboortedatumVan");
            LocalDate tot = r.date("geboortedatumTot");
            if ((van == null || !geboortedatum.isBefore(van)) && (tot == null || !geboortedatum.isAfter(tot))) {
                return Optional.of(geboortedatum.plusYears(r.integer("jaren")).plusMonths(r.integer("maanden")));
            }
        }
        return Optional.empty();
    }

    /** "De 1e dag van de maand van AOW-leeftijd + 5 jaar" (BR194, BR195, BR196, BR214). */
    public static Optional<LocalDate> eersteVanMaandAowPlus5(Parameters p, LocalDate geboortedatum) {
        return aowDatum(p, geboortedatum).map(d -> eersteVanMaand(d.plusYears(5)));
    }
}
