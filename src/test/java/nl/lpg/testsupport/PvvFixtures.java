package nl.lpg.testsupport;

import nl.lpg.delivery.AdresBinnenland;
import nl.lpg.delivery.AdresBuitenland;
import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.delivery.Werknemergegevens;
import nl.lpg.parameters.OrganisatieRegister;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.Regelmotor;
import nl.lpg.rules.Signaal;
import nl.lpg.stand.StandView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Fixtures for the PVV/PVP/NP rule tests (area pvv-pvp-np): small deliveries and running a rule as the engine does. */
public final class PvvFixtures {
    private PvvFixtures() {
    }

    public static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    public static final LocalDate PEILDATUM = LocalDate.of(2026, 2, 10);

    public static BigDecimal bd(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    public static PensioenVerzekeringPeriode pvp(LocalDate aanvang, String productloon) {
        return pvp(aanvang, productloon, null, null, null, "100.00", null, null);
    }

    public static PensioenVerzekeringPeriode pvp(LocalDate aanvang, String productloon, String incidenteel,
                                                 String grondslag, String premie, String meetelling, String dagen,
                                                 String uren) {
        return new PensioenVerzekeringPeriode(aanvang, bd(productloon), bd(incidenteel), bd(grondslag), bd(premie),
                bd(meetelling), bd(dagen), bd(uren), Units.P);
    }

    public static PensioenVerzekeringVerhouding pvv(String keuze, String variant, PensioenVerzekeringPeriode... pvps) {
        return new PensioenVerzekeringVerhouding(keuze, variant, null, null, List.of(pvps), Units.P);
    }

    public static PensioenVerzekeringVerhouding pvv(String keuze, String variant, LocalDate aanvang, LocalDate einde,
                                                    PensioenVerzekeringPeriode... pvps) {
        return new PensioenVerzekeringVerhouding(keuze, variant, aanvang, einde, List.of(pvps), Units.P);
    }

    public static Inkomstenperiode ikp(LocalDate aanvang, LocalDate einde, String verbijzondering, String codeCao,
                                       PensioenVerzekeringVerhouding... pvvs) {
        return new Inkomstenperiode(aanvang, einde, verbijzondering, "J", new BigDecimal("1.0000"), null, null, codeCao,
                null, null, List.of(new Werknemergegevens(bd("4000.00"), bd("4000.00"))), List.of(pvvs), Units.P);
    }

    public static Inkomstenperiode ikp(PensioenVerzekeringVerhouding... pvvs) {
        return ikp(JAN, LocalDate.of(2026, 1, 31), "WNE", null, pvvs);
    }

    public static NatuurlijkPersoon np(String bsn, String personeelsnummer, LocalDate geboortedatum) {
        return new NatuurlijkPersoon(bsn, personeelsnummer, "J", null, "Jansen", geboortedatum, "M", null,
                "NL91ABNA0417164300", null, null, null, null);
    }

    public static NatuurlijkPersoon np() {
        return np("111222333", "P1", LocalDate.of(1980, 5, 17));
    }

    public static NatuurlijkPersoon metNaam(NatuurlijkPersoon n, String voorletters, String achternaam) {
        return new NatuurlijkPersoon(n.bsn(), n.personeelsnummer(), voorletters, n.voorvoegsel(), achternaam,
                n.geboortedatum(), n.geslacht(), n.overlijdensdatum(), n.rekeningnummer(), n.burgerlijkeStaat(),
                n.datumBurgerlijkeStaat(), n.adresBinnenland(), n.adresBuitenland());
    }

    public static NatuurlijkPersoon metRekening(NatuurlijkPersoon n, String iban) {
        return new NatuurlijkPersoon(n.bsn(), n.personeelsnummer(), n.voorletters(), n.voorvoegsel(), n.achternaam(),
                n.geboortedatum(), n.geslacht(), n.overlijdensdatum(), iban, n.burgerlijkeStaat(),
                n.datumBurgerlijkeStaat(), n.adresBinnenland(), n.adresBuitenland());
    }

    public static NatuurlijkPersoon metOverlijden(NatuurlijkPersoon n, LocalDate d) {
        return new NatuurlijkPersoon(n.bsn(), n.personeelsnummer(), n.voorletters(), n.voorvoegsel(), n.achternaam(),
                n.geboortedatum(), n.geslacht(), d, n.rekeningnummer(), n.burgerlijkeStaat(),
                n.datumBurgerlijkeStaat(), n.adresBinnenland(), n.adresBuitenland());
    }

    public static NatuurlijkPersoon metAdres(NatuurlijkPersoon n, AdresBinnenland bi, AdresBuitenland bu) {
        return new NatuurlijkPersoon(n.bsn(), n.personeelsnummer(), n.voorletters(), n.voorvoegsel(), n.achternaam(),
                n.geboortedatum(), n.geslacht(), n.overlijdensdatum(), n.rekeningnummer(), n.burgerlijkeStaat(),
                n.datumBurgerlijkeStaat(), bi, bu);
    }

    public static Inkomstenverhouding ikv(String aard, LocalDate aanvang, LocalDate einde, NatuurlijkPersoon np,
                                          Inkomstenperiode... ikps) {
        return new Inkomstenverhouding(np == null ? "P1" : np.personeelsnummer(), "1", aard, aanvang, einde, null, np,
                List.of(ikps), Units.P);
    }

    public static Inkomstenverhouding ikv(Inkomstenperiode... ikps) {
        return ikv("WN", LocalDate.of(2020, 1, 1), null, np(), ikps);
    }

    public static IkvContext ctx(String opdrachtgever, Inkomstenverhouding ikv, Parameters p) {
        return ctx(opdrachtgever, ikv, p, TestParameters.create().buildOrganisatie());
    }

    public static IkvContext ctx(String opdrachtgever, Inkomstenverhouding ikv, Parameters p, OrganisatieRegister org) {
        return new IkvContext(Units.eenheid(opdrachtgever, ikv), StandView.LEEG, p, org, PEILDATUM);
    }

    /** The rule's findings for the IKV, without the Regels sheet. */
    public static List<Bevinding> toets(IkvRegel r, String opdrachtgever, Inkomstenverhouding ikv, Parameters p) {
        return r.toets(ctx(opdrachtgever, ikv, p));
    }

    /** The rule run as the engine runs it: applicability and aard from the Regels sheet in the parameters. */
    public static List<Signaal> voerUit(IkvRegel r, IkvContext ctx) {
        return Regelmotor.voerUit(List.of(r), ctx, x -> x.toets(ctx), ctx.parameters(), ctx.opdrachtgever(),
                ctx.ae().datumAanvangTijdvak(), new Regelmotor.Sleutels(ctx.levering(), ctx.ae(), ctx.ikv()));
    }
}
