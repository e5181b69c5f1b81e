package nl.lpg.premium;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The hulpvariabelen "periodefactor IKP" (BR139 with BR222/BR223/BR224) and "periodefactor PVP" (BR345), with the
 * end dates they need. Factors are unrounded (34 significant digits).
 */
public final class Periodefactoren {
    private Periodefactoren() {
    }

    /**
     * The end of the IKP as BR152/BR224 determine it: 1. datum einde IKP when filled, else 2. the start of the next IKP
     * minus one day when that lies in the loontijdvak, else 3. datum einde IKV when filled and in the loontijdvak, else
     * 4. the end of the loontijdvak.
     */
    public static LocalDate datumEindeIkp(AdministratieveEenheid ae, Inkomstenverhouding ikv, Inkomstenperiode ikp) {
        if (ikp.datumEinde() != null) {
            return ikp.datumEinde();
        }
        Loontijdvak ltv = Loontijdvak.van(ae, ikp.datumAanvang());
        LocalDate volgende = null;
        for (Inkomstenperiode andere : ikv.inkomstenperioden()) {
            LocalDate a = andere.datumAanvang();
            if (a != null && a.isAfter(ikp.datumAanvang()) && (volgende == null || a.isBefore(volgende))) {
                volgende = a;
            }
        }
        if (volgende != null && ltv.bevat(volgende.minusDays(1))) {
            return volgende.minusDays(1);
        }
        if (ikv.datumEinde() != null && ltv.bevat(ikv.datumEinde())) {
            return ikv.datumEinde();
        }
        return ltv.einde();
    }

    /**
     * BR139: days of the IKP / days of its loontijdvak. Bouw and Schoonmaak count working days (BR223, BR224), the
     * others calendar days (BR222). The IKP is clipped to its loontijdvak.
     */
    public static BigDecimal periodefactorIkp(AdministratieveEenheid ae, Inkomstenverhouding ikv, Inkomstenperiode ikp) {
        Loontijdvak ltv = Loontijdvak.van(ae, ikp.datumAanvang());
        LocalDate van = laatste(ikp.datumAanvang(), ltv.aanvang());
        LocalDate tot = eerste(datumEindeIkp(ae, ikv, ikp), ltv.einde());
        boolean werkdagen = "BOUW".equals(ae.opdrachtgever()) || "SCHOONMAAK".equals(ae.opdrachtgever());
        long teller = werkdagen ? Loontijdvak.werkdagen(van, tot) : Loontijdvak.kalenderdagen(van, tot);
        long noemer = werkdagen ? ltv.werkdagen() : ltv.kalenderdagen();
        return Rekenen.deel(BigDecimal.valueOf(teller), noemer);
    }

    /**
     * The end of a PVP: the day before the next PVP of the same PVV, else datum einde PVV when filled, else the end of
     * the IKP (four steps above); never past the loontijdvak. The earliest of these applies.
     */
    public static LocalDate datumEindePvp(AdministratieveEenheid ae, Inkomstenverhouding ikv, Inkomstenperiode ikp,
                                          PensioenVerzekeringVerhouding pvv, PensioenVerzekeringPeriode pvp) {
        Loontijdvak ltv = Loontijdvak.van(ae, pvp.datumAanvang());
        LocalDate einde = ltv.einde();
        for (PensioenVerzekeringPeriode andere : pvv.perioden()) {
            LocalDate a = andere.datumAanvang();
            if (a != null && a.isAfter(pvp.datumAanvang())) {
                einde = eerste(einde, a.minusDays(1));
            }
        }
        if (pvv.datumEinde() != null) {
            einde = eerste(einde, pvv.datumEinde());
        }
        if (ikp.datumAanvang() != null) {
            einde = eerste(einde, datumEindeIkp(ae, ikv, ikp));
        }
        return einde;
    }

    /** Calendar days of the PVP within its loontijdvak ("aantal kalenderdagen in pvp" of BR163). */
    public static long kalenderdagenPvp(AdministratieveEenheid ae, Inkomstenverhouding ikv, Inkomstenperiode ikp,
                                       PensioenVerzekeringVerhouding pvv, PensioenVerzekeringPeriode pvp) {
        Loontijdvak ltv = Loontijdvak.van(ae, pvp.datumAanvang());
        LocalDate van = laatste(pvp.datumAanvang(), ltv.aanvang());
        return Loontijdvak.kalenderdagen(van, datumEindePvp(ae, ikv, ikp, pvv, pvp));
    }

    /** Days of the PVP counted with 30-day months (third attempt of BR163). */
    public static long dagen360Pvp(AdministratieveEenheid ae, Inkomstenverhouding ikv, Inkomstenperiode ikp,
                                  PensioenVerzekeringVerhouding pvv, PensioenVerzekeringPeriode pvp) {
        Loontijdvak ltv = Loontijdvak.van(ae, pvp.datumAanvang());
        LocalDate van = laatste(pvp.datumAanvang(), ltv.aanvang());
        return Loontijdvak.dagen360(van, datumEindePvp(ae, ikv, ikp, pvv, pvp));
    }

    /**
     * BR345: days of the PVP / calendar days of the month. For MAAND the loontijdvak is the calendar month; for the
     * other periodicities we divide by the days of the loontijdvak, because the formulas of BR167 divide the year
     * amount by the periodiciteitsfactor (13, 4, 2), so the factor must be a fraction of that loontijdvak.
     */
    public static BigDecimal periodefactorPvp(AdministratieveEenheid ae, Inkomstenverhouding ikv, Inkomstenperiode ikp,
                                              PensioenVerzekeringVerhouding pvv, PensioenVerzekeringPeriode pvp) {
        Loontijdvak ltv = Loontijdvak.van(ae, pvp.datumAanvang());
        return Rekenen.deel(BigDecimal.valueOf(kalenderdagenPvp(ae, ikv, ikp, pvv, pvp)), ltv.kalenderdagen());
    }

    /** The number of loontijdvakken in a year for the AE's periodiciteit: 12, 13, 4 or 2. */
    public static int periodiciteitsfactor(AdministratieveEenheid ae) {
        return ae.periodiciteit().periodiciteitsfactor();
    }

    static LocalDate eerste(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate laatste(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
