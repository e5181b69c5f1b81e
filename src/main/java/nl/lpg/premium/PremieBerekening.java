package nl.lpg.premium;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.delivery.Werknemergegevens;
import nl.lpg.parameters.ParameterRow;
import nl.lpg.parameters.Parameters;

import java.math.BigDecimal;
import java.util.Optional;

import static nl.lpg.premium.Rekenen.MC;

/**
 * Section 16 "Premie Vaststelling" for one PVP: BR167 (grondslag), BR232 (premie), BR300 (AAOP bij WWU) and the
 * vastgestelde premie, with the parameters of sheet Productvarianten valid on datum aanvang PVP.
 *
 * <p>Vastgestelde premie by berekeningsbasis:
 * <ul>
 * <li>GRONDSLAG (BR243: the grondslag is delivered and APG applies it): delivered premiegrondslag * premiepercentage
 * (with BR300's 75% where it applies); a vastePremie product takes the berekende premie.</li>
 * <li>PREMIE (BR244: the premie is delivered and APG applies it): the delivered premie.</li>
 * <li>BEIDE: both are delivered; the delivered premie is what the employer declared and paid, the grondslag is checked
 * against it (BR163/BR164), so the delivered premie is vastgesteld; when it is missing (BR244 refuses the IKV anyway)
 * we fall back to the GRONDSLAG way.</li>
 * <li>GEEN: nothing needs to be delivered, so APG determines the premie itself: the berekende premie.</li>
 * </ul>
 */
public final class PremieBerekening {
    private PremieBerekening() {
    }

    /** BR300: the berekende premie AAOP of the WW- en ontslagpopulatie is corrected with * 75%. */
    public static final BigDecimal WWU_FACTOR = new BigDecimal("0.75");

    /** empty when Productvarianten has no row for (opdrachtgever, productkeuze, productvariant) on datum aanvang PVP */
    public static Optional<PvpBerekening> bereken(IkvEenheid eenheid, Inkomstenperiode ikp,
                                                  PensioenVerzekeringVerhouding pvv, PensioenVerzekeringPeriode pvp,
                                                  Parameters parameters) {
        return detail(eenheid, ikp, pvv, pvp, parameters).map(PvpUitkomst::berekening);
    }

    /** As {@link #bereken}, with the unrounded amounts and day counts the checks need. */
    public static Optional<PvpUitkomst> detail(IkvEenheid eenheid, Inkomstenperiode ikp,
                                               PensioenVerzekeringVerhouding pvv, PensioenVerzekeringPeriode pvp,
                                               Parameters parameters) {
        AdministratieveEenheid ae = eenheid.ae();
        String og = ae.opdrachtgever();
        Optional<ParameterRow> pv = parameters.productvariant(og, pvv.productkeuze(), pvv.productvariant(),
                pvp.datumAanvang());
        if (pv.isEmpty()) {
            return Optional.empty();
        }
        ParameterRow row = pv.get();
        String soort = row.text("soortGrondslag");
        String basis = row.text("berekeningsbasis");
        BigDecimal maximum = row.decimal("maximumProductloon");
        BigDecimal percentage = row.decimal("premiepercentage");
        BigDecimal vastePremie = row.decimal("vastePremie");

        BigDecimal productloon = pvp.productloon() == null ? BigDecimal.ZERO : pvp.productloon();
        BigDecimal deeltijdfactor = ikp.deeltijdfactor() == null ? BigDecimal.ONE : ikp.deeltijdfactor();
        // Meetellingswaarde is only delivered for ABP; not delivered means the whole period counts (100.00 %).
        BigDecimal meetellingswaarde = pvp.meetellingswaarde() == null ? Rekenen.HONDERD : pvp.meetellingswaarde();
        BigDecimal periodefactor = Periodefactoren.periodefactorPvp(ae, eenheid.ikv(), ikp, pvv, pvp);
        int ppf = Periodefactoren.periodiciteitsfactor(ae);
        BigDecimal franchise = franchise(row, pvp);
        Werknemergegevens wn = ikp.werknemer();

        Grondslagformule formule = Grondslagformule.valueOf(soort);
        Optional<BigDecimal> grondslag = formule.bereken(new Grondslagformule.Invoer(productloon, maximum, franchise,
                deeltijdfactor, Rekenen.fractie(meetellingswaarde), periodefactor, ppf,
                wn == null ? null : wn.svLoon(), wn == null ? null : wn.pensioenloon()));
        BigDecimal grondslagOnafgerond = grondslag.orElse(null);
        BigDecimal grondslagBerekend = Rekenen.centen(grondslagOnafgerond);

        boolean wwu = "ABP".equals(og) && "AAOP".equalsIgnoreCase(pvv.productkeuze())
                && "WWU".equalsIgnoreCase(ikp.verbijzondering());
        BigDecimal premieOnafgerond = premie(grondslagBerekend, percentage, vastePremie, periodefactor, wwu);
        BigDecimal premieBerekend = Rekenen.centen(premieOnafgerond);

        BigDecimal vastgesteld = switch (basis) {
            case "PREMIE" -> pvp.premie();
            case "BEIDE" -> pvp.premie() != null ? pvp.premie()
                    : vastgesteldUitGrondslag(pvp, percentage, vastePremie, premieBerekend, wwu);
            case "GEEN" -> premieBerekend;
            default -> vastgesteldUitGrondslag(pvp, percentage, vastePremie, premieBerekend, wwu);
        };

        PvpBerekening b = new PvpBerekening(soort, pvp.productloon(), maximum, franchise, deeltijdfactor,
                meetellingswaarde, periodefactor, ppf, percentage, grondslagBerekend, pvp.premiegrondslag(),
                premieBerekend, pvp.premie(), vastgesteld, basis, wn == null ? null : wn.svLoon(),
                wn == null ? null : wn.pensioenloon(), vastePremie, wwu ? WWU_FACTOR : BigDecimal.ONE, row.sheet(),
                row.rowNumber());
        Loontijdvak ltv = Loontijdvak.van(ae, pvp.datumAanvang());
        return Optional.of(new PvpUitkomst(b, grondslagOnafgerond, premieOnafgerond,
                Periodefactoren.datumEindePvp(ae, eenheid.ikv(), ikp, pvv, pvp),
                Periodefactoren.kalenderdagenPvp(ae, eenheid.ikv(), ikp, pvv, pvp),
                Periodefactoren.dagen360Pvp(ae, eenheid.ikv(), ikp, pvv, pvp), ltv.kalenderdagen(), wwu));
    }

    /**
     * BR167 "Bepaling franchise": UUR: minimum inkomensgrens * PVP.uren; DAG: minimum inkomensgrens * PVP.aantal dagen;
     * otherwise the minimum inkomensgrens. No minimum inkomensgrens, or uren/dagen not delivered, is a franchise of 0
     * (the checks on the delivery itself report missing uren or dagen).
     */
    static BigDecimal franchise(ParameterRow row, PensioenVerzekeringPeriode pvp) {
        BigDecimal grens = row.decimal("minimumInkomensgrens");
        if (grens == null) {
            return BigDecimal.ZERO;
        }
        String soort = row.text("soortInkomensgrens");
        if ("UUR".equals(soort)) {
            return pvp.uren() == null ? BigDecimal.ZERO : grens.multiply(pvp.uren());
        }
        if ("DAG".equals(soort)) {
            return pvp.dagen() == null ? BigDecimal.ZERO : grens.multiply(pvp.dagen());
        }
        return grens;
    }

    /**
     * BR232 Premiebedrag = Premiegrondslag * Premiepercentage, on the grondslag rounded to cents (the amount printed
     * next to it, so an auditor recomputes it from the row). A vastePremie (PFAB SFA) is a fixed amount per loontijdvak;
     * a PVP covering part of the loontijdvak carries its share (vastePremie * periodefactor PVP), so two PVPs of one
     * month add up to one vaste premie. BR300 multiplies by 75% for ABP AAOP at WWU. Null when no premie is computed.
     */
    static BigDecimal premie(BigDecimal grondslag, BigDecimal percentage, BigDecimal vastePremie,
                             BigDecimal periodefactor, boolean wwu) {
        BigDecimal premie;
        if (vastePremie != null) {
            premie = vastePremie.multiply(periodefactor, MC);
        } else if (grondslag != null && percentage != null) {
            premie = grondslag.multiply(Rekenen.fractie(percentage), MC);
        } else {
            return null;
        }
        return wwu ? premie.multiply(WWU_FACTOR, MC) : premie;
    }

    private static BigDecimal vastgesteldUitGrondslag(PensioenVerzekeringPeriode pvp, BigDecimal percentage,
                                                      BigDecimal vastePremie, BigDecimal premieBerekend, boolean wwu) {
        if (vastePremie != null) {
            return premieBerekend;
        }
        if (pvp.premiegrondslag() == null || percentage == null) {
            return null;
        }
        return Rekenen.centen(premie(pvp.premiegrondslag(), percentage, null, null, wwu));
    }
}
