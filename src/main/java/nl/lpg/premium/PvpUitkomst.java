package nl.lpg.premium;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@link PvpBerekening} with the unrounded amounts and day counts the checks BR163/BR164 need for their second and
 * third attempts.
 *
 * @param grondslagOnafgerond the BR167 result before rounding (null for P)
 * @param premieOnafgerond    the BR232/BR300 result before rounding (null when no premie is computed)
 * @param wwuCorrectie        BR300 applied (ABP AAOP with verbijzondering WWU: * 75%)
 */
public record PvpUitkomst(PvpBerekening berekening, BigDecimal grondslagOnafgerond, BigDecimal premieOnafgerond,
                          LocalDate datumEindePvp, long kalenderdagenPvp, long dagen360Pvp,
                          long kalenderdagenLoontijdvak, boolean wwuCorrectie) {

    public boolean grondslagMoetAangeleverd() {
        String b = berekening.berekeningsbasis();
        return "GRONDSLAG".equals(b) || "BEIDE".equals(b);
    }

    public boolean premieMoetAangeleverd() {
        String b = berekening.berekeningsbasis();
        return "PREMIE".equals(b) || "BEIDE".equals(b);
    }
}
