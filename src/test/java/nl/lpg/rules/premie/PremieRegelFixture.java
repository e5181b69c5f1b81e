package nl.lpg.rules.premie;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.delivery.Periodiciteit;
import nl.lpg.delivery.Werknemergegevens;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.Regelmotor;
import nl.lpg.rules.Signaal;
import nl.lpg.stand.StandView;
import nl.lpg.testsupport.TestParameters;
import nl.lpg.testsupport.Units;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Builds one IKV with one IKP, PVV and PVP in the month of the PVP (MAAND) for the premium rule tests. */
final class PremieRegelFixture {
    private PremieRegelFixture() {
    }

    static PensioenVerzekeringPeriode pvp(String aanvang, String productloon, String grondslag, String premie,
                                          String meetellingswaarde) {
        return new PensioenVerzekeringPeriode(LocalDate.parse(aanvang), dec(productloon), null, dec(grondslag),
                dec(premie), dec(meetellingswaarde), null, null, Units.P);
    }

    static IkvEenheid eenheid(String og, String keuze, String verbijzondering, String dtf, PensioenVerzekeringPeriode pvp) {
        return eenheid(og, keuze, verbijzondering, dtf, pvp, LocalDate.of(1980, 5, 17));
    }

    /** The IKP starts on datum aanvang PVP; the AE is the month of that date. */
    static IkvEenheid eenheid(String og, String keuze, String verbijzondering, String dtf, PensioenVerzekeringPeriode pvp,
                              LocalDate geboortedatum) {
        YearMonth maand = YearMonth.from(pvp.datumAanvang());
        AdministratieveEenheid ae = new AdministratieveEenheid(1, "A1000", og, Periodiciteit.MAAND, maand.atDay(1),
                maand.atEndOfMonth(), "123456789L01", Units.P);
        PensioenVerzekeringVerhouding pvv = new PensioenVerzekeringVerhouding(keuze, null, null, null, List.of(pvp),
                Units.P);
        Inkomstenperiode ikp = new Inkomstenperiode(pvp.datumAanvang(), null, verbijzondering, "J", dec(dtf), null,
                null, "CAO1", null, null, List.of(new Werknemergegevens(null, null)), List.of(pvv), Units.P);
        NatuurlijkPersoon np = new NatuurlijkPersoon("111222333", "P1", "J", null, "Jansen", geboortedatum, "M", null,
                null, null, null, null, null);
        Inkomstenverhouding ikv = new Inkomstenverhouding("P1", "1", "11", LocalDate.of(2000, 1, 1), null, null, np,
                List.of(ikp), Units.P);
        return new IkvEenheid(1, Units.levering(), ae, ikv);
    }

    static IkvContext ctx(IkvEenheid e, Parameters p) {
        return new IkvContext(e, StandView.LEEG, p, TestParameters.create().buildOrganisatie(), LocalDate.of(2026, 2, 3));
    }

    static List<Bevinding> toets(IkvRegel regel, IkvEenheid e, Parameters p) {
        return regel.toets(ctx(e, p));
    }

    /** Runs the rule as the engine does: with the aard and applicability of the seeded Regels rows. */
    static List<Signaal> voerUit(IkvRegel regel, IkvEenheid e, Parameters p) {
        IkvContext c = ctx(e, p);
        LocalDate datum = e.ikv().inkomstenperioden().get(0).datumAanvang();
        return Regelmotor.voerUit(List.of(regel), c, r -> r.toets(c), p, e.ae().opdrachtgever(), datum,
                new Regelmotor.Sleutels(e.levering(), e.ae(), e.ikv()));
    }

    /** A Productvarianten row valid from 2015. */
    static TestParameters productvariant(TestParameters t, String og, String keuze, String soort, String franchise,
                                         String maximum, String percentage, String basis) {
        return t.row("Productvarianten", "opdrachtgever", og, "productkeuze", keuze, "soortGrondslag", soort,
                "soortInkomensgrens", "JAAR", "minimumInkomensgrens", franchise, "maximumProductloon", maximum,
                "premiepercentage", percentage, "berekeningsbasis", basis, "ingang", LocalDate.of(2015, 1, 1));
    }

    static TestParameters marge(TestParameters t, String regel, String og, String keuze, String relatief,
                                String absoluut) {
        return t.row("Marges", "regel", regel, "opdrachtgever", og, "productkeuze", keuze, "relatieveMarge", relatief,
                "absoluteMarge", absoluut, "ingang", LocalDate.of(2015, 1, 1));
    }

    static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
