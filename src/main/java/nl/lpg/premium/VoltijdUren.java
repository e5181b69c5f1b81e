package nl.lpg.premium;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.parameters.ParameterRow;
import nl.lpg.parameters.Parameters;

import java.math.BigDecimal;
import java.util.Optional;

/** BR140: the hours the participant would work in this IKP with a full-time contract. */
public final class VoltijdUren {
    private VoltijdUren() {
    }

    /** SPW norm (BR140): 7,2 uur per dag, 261 dagen per jaar, 12 loontijdvakken, 360 dagen per jaar. */
    public static final BigDecimal SPW_NORM_UREN_PER_DAG = new BigDecimal("7.2");
    public static final BigDecimal SPW_NORM_DAGEN_PER_JAAR = new BigDecimal("261");
    public static final int SPW_PERIODICITEITSFACTOR = 12;

    /**
     * Voltijd uren IKP = ((norm uren per dag * norm dagen per jaar) / aantal periodes in het jaar) * periodefactor IKP.
     * SPW uses its fixed norm and, for a broken loontijdvak, the "correctiefactor 360 dagen"
     * (kalenderdagen in loontijdvak / (360 / periodiciteitsfactor)). Code meetelling Nee gives zero.
     * Empty when the CAO has no norm in CaoParameters on datum aanvang IKP.
     */
    public static Optional<BigDecimal> bereken(AdministratieveEenheid ae, Inkomstenverhouding ikv,
                                               Inkomstenperiode ikp, Parameters parameters) {
        if ("N".equalsIgnoreCase(ikp.codeMeetelling()) || "NEE".equalsIgnoreCase(ikp.codeMeetelling())) {
            return Optional.of(BigDecimal.ZERO);
        }
        BigDecimal periodefactor = Periodefactoren.periodefactorIkp(ae, ikv, ikp);
        if ("SPW".equals(ae.opdrachtgever())) {
            BigDecimal uren = Rekenen.deel(SPW_NORM_UREN_PER_DAG.multiply(SPW_NORM_DAGEN_PER_JAAR),
                    SPW_PERIODICITEITSFACTOR).multiply(periodefactor, Rekenen.MC);
            if (periodefactor.compareTo(BigDecimal.ONE) < 0) {
                long kalenderdagen = Loontijdvak.van(ae, ikp.datumAanvang()).kalenderdagen();
                BigDecimal correctie = Rekenen.deel(BigDecimal.valueOf(kalenderdagen),
                        Rekenen.deel(BigDecimal.valueOf(360), SPW_PERIODICITEITSFACTOR));
                uren = uren.multiply(correctie, Rekenen.MC);
            }
            return Optional.of(uren);
        }
        Optional<ParameterRow> cao = parameters.cao(ae.opdrachtgever(), ikp.codeCao(), ikp.datumAanvang());
        if (cao.isEmpty() || cao.get().decimal("normUrenPerDag") == null
                || cao.get().decimal("normDagenPerJaar") == null) {
            return Optional.empty();
        }
        BigDecimal jaaruren = cao.get().decimal("normUrenPerDag").multiply(cao.get().decimal("normDagenPerJaar"));
        return Optional.of(Rekenen.deel(jaaruren, Periodefactoren.periodiciteitsfactor(ae))
                .multiply(periodefactor, Rekenen.MC));
    }
}
