package nl.lpg.premium;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.delivery.Periodiciteit;
import nl.lpg.delivery.Werknemergegevens;
import nl.lpg.parameters.Parameters;
import nl.lpg.testsupport.TestParameters;
import nl.lpg.testsupport.Units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;

/** Small builders for premium tests: one AE (January 2026, MAAND), one IKV, one IKP, one PVV with one PVP. */
public final class Fixture {
    private Fixture() {
    }

    public static final MathContext MC = MathContext.DECIMAL128;

    public static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    /** a / b with 34 digits, as the engine divides. */
    public static BigDecimal d(BigDecimal a, BigDecimal b) {
        return a.divide(b, MC);
    }

    public static BigDecimal d(String a, String b) {
        return d(bd(a), bd(b));
    }

    public static AdministratieveEenheid ae(String og, Periodiciteit p, String van, String tot) {
        return new AdministratieveEenheid(1, "A1000", og, p, LocalDate.parse(van), LocalDate.parse(tot),
                "123456789L01", Units.P);
    }

    public static AdministratieveEenheid januari(String og) {
        return ae(og, Periodiciteit.MAAND, "2026-01-01", "2026-01-31");
    }

    public static PensioenVerzekeringPeriode pvp(String aanvang, String productloon, String grondslag, String premie,
                                                 String meetellingswaarde, String dagen, String uren) {
        return new PensioenVerzekeringPeriode(LocalDate.parse(aanvang), dec(productloon), null, dec(grondslag),
                dec(premie), dec(meetellingswaarde), dec(dagen), dec(uren), Units.P);
    }

    public static PensioenVerzekeringVerhouding pvv(String productkeuze, String variant,
                                                    PensioenVerzekeringPeriode... pvps) {
        return new PensioenVerzekeringVerhouding(productkeuze, variant, null, null, List.of(pvps), Units.P);
    }

    public static Inkomstenperiode ikp(String aanvang, String einde, String verbijzondering, String deeltijdfactor,
                                       String svLoon, String pensioenloon, PensioenVerzekeringVerhouding... pvvs) {
        return new Inkomstenperiode(LocalDate.parse(aanvang), einde == null ? null : LocalDate.parse(einde),
                verbijzondering, "J", dec(deeltijdfactor), null, null, "CAO1", null, null,
                List.of(new Werknemergegevens(dec(svLoon), dec(pensioenloon))), List.of(pvvs), Units.P);
    }

    public static Inkomstenverhouding ikv(String aanvang, Inkomstenperiode... ikps) {
        return new Inkomstenverhouding("P1", "1", "11", LocalDate.parse(aanvang), null, null, Units.np(),
                List.of(ikps), Units.P);
    }

    public static IkvEenheid eenheid(AdministratieveEenheid ae, Inkomstenverhouding ikv) {
        return new IkvEenheid(1, Units.levering(), ae, ikv);
    }

    /** A Productvarianten row from 2025-01-01; null for an empty cell. */
    public static TestParameters productvariant(TestParameters t, String og, String keuze, String variant,
                                                String soortGrondslag, String soortInkomensgrens, String franchise,
                                                String maximum, String percentage, String vastePremie,
                                                String berekeningsbasis) {
        return t.row("Productvarianten", "opdrachtgever", og, "productkeuze", keuze, "productvariant", variant,
                "soortGrondslag", soortGrondslag, "soortInkomensgrens", soortInkomensgrens,
                "minimumInkomensgrens", franchise, "maximumProductloon", maximum, "premiepercentage", percentage,
                "vastePremie", vastePremie, "berekeningsbasis", berekeningsbasis, "ingang", LocalDate.of(2025, 1, 1));
    }

    public static Parameters parameters(String og, String keuze, String soortGrondslag, String soortInkomensgrens,
                                        String franchise, String maximum, String percentage, String basis) {
        return productvariant(TestParameters.create(), og, keuze, null, soortGrondslag, soortInkomensgrens,
                franchise, maximum, percentage, null, basis).build();
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
