package nl.lpg.premium;

import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.parameters.ParameterRow;
import nl.lpg.parameters.Parameters;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * BR167 (grondslag per soort grondslag) and BR232 (premie) for one PVP. First cut: types E, F, J, Q and U.
 * Factors keep 34 significant digits; grondslag and premie are rounded half-up to cents at the end.
 */
public final class PremieBerekening {

    static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HONDERD = new BigDecimal("100");

    private PremieBerekening() {
    }

    public static Optional<PvpBerekening> bereken(IkvEenheid eenheid, Inkomstenperiode ikp,
                                                  PensioenVerzekeringVerhouding pvv, PensioenVerzekeringPeriode pvp,
                                                  Parameters parameters) {
        String og = eenheid.ae().opdrachtgever();
        Optional<ParameterRow> rowOpt = parameters.productvariant(og, pvv.productkeuze(), pvv.productvariant(),
                pvp.datumAanvang());
        if (rowOpt.isEmpty()) {
            return Optional.empty();
        }
        ParameterRow pv = rowOpt.get();
        String soort = pv.text("soortGrondslag");
        BigDecimal productloon = nz(pvp.productloon());
        BigDecimal maximum = pv.decimal("maximumProductloon");
        BigDecimal gemaximeerd = maximum == null ? productloon : productloon.min(maximum);
        BigDecimal franchise = franchise(pv, pvp);
        BigDecimal dtf = nz(ikp.deeltijdfactor());
        BigDecimal mtw = pvp.meetellingswaarde() == null ? HONDERD : pvp.meetellingswaarde();
        BigDecimal periodefactor = periodefactorPvp(eenheid, pvv, pvp);
        int pf = eenheid.ae().periodiciteit().periodiciteitsfactor();
        BigDecimal perTijdvak = periodefactor.divide(BigDecimal.valueOf(pf), MC);
        BigDecimal grondslag = switch (soort) {
            case "E" -> gemaximeerd;
            // Under the franchise the grondslag is 0, not negative: no premium is due on income below the franchise.
            case "F" -> gemaximeerd.subtract(franchise).max(BigDecimal.ZERO);
            case "J" -> gemaximeerd.subtract(franchise).max(BigDecimal.ZERO).multiply(perTijdvak, MC).multiply(dtf, MC);
            case "Q" -> {
                BigDecimal cap = maximum == null || gemaximeerd.signum() == 0 ? dtf
                        : dtf.min(maximum.divide(gemaximeerd, MC));
                yield gemaximeerd.subtract(franchise).max(BigDecimal.ZERO).multiply(cap, MC)
                        .multiply(mtw.divide(HONDERD, MC), MC).multiply(perTijdvak, MC);
            }
            case "U" -> gemaximeerd.multiply(dtf, MC).multiply(perTijdvak, MC);
            default -> null;
        };
        BigDecimal grondslagRond = grondslag == null ? null : grondslag.setScale(2, RoundingMode.HALF_UP);
        BigDecimal pct = pv.decimal("premiepercentage");
        BigDecimal premie = null;
        if (pv.decimal("vastePremie") != null) {
            premie = pv.decimal("vastePremie").setScale(2, RoundingMode.HALF_UP);
        } else if (grondslagRond != null && pct != null) {
            premie = grondslagRond.multiply(pct).divide(HONDERD, MC).setScale(2, RoundingMode.HALF_UP);
        }
        String basis = pv.text("berekeningsbasis");
        BigDecimal vastgesteld = switch (basis) {
            case "GRONDSLAG" -> pvp.premiegrondslag() == null || pct == null ? premie
                    : pvp.premiegrondslag().multiply(pct).divide(HONDERD, MC).setScale(2, RoundingMode.HALF_UP);
            case "PREMIE", "BEIDE" -> pvp.premie() == null ? premie : pvp.premie();
            default -> null;
        };
        return Optional.of(new PvpBerekening(soort, productloon, maximum, franchise, dtf, mtw, periodefactor, pf, pct,
                grondslagRond, pvp.premiegrondslag(), premie, pvp.premie(), vastgesteld, basis));
    }

    static BigDecimal franchise(ParameterRow pv, PensioenVerzekeringPeriode pvp) {
        BigDecimal grens = nz(pv.decimal("minimumInkomensgrens"));
        return switch (pv.text("soortInkomensgrens")) {
            case "UUR" -> grens.multiply(nz(pvp.uren()));
            case "DAG" -> grens.multiply(nz(pvp.dagen()));
            default -> grens;
        };
    }

    /** BR345: days of the PVP / calendar days of the month; the PVP runs to the next PVP or the end of the tijdvak. */
    static BigDecimal periodefactorPvp(IkvEenheid eenheid, PensioenVerzekeringVerhouding pvv,
                                       PensioenVerzekeringPeriode pvp) {
        LocalDate einde = eenheid.ae().datumEindeTijdvak();
        for (PensioenVerzekeringPeriode other : pvv.perioden()) {
            if (other.datumAanvang().isAfter(pvp.datumAanvang()) && !other.datumAanvang().isAfter(einde)) {
                einde = other.datumAanvang().minusDays(1);
            }
        }
        long dagen = ChronoUnit.DAYS.between(pvp.datumAanvang(), einde) + 1;
        int maandDagen = pvp.datumAanvang().lengthOfMonth();
        return BigDecimal.valueOf(dagen).divide(BigDecimal.valueOf(maandDagen), MC);
    }

    private static BigDecimal nz(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
