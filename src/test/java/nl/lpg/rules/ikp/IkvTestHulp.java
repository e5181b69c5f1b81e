package nl.lpg.rules.ikp;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.delivery.Periodiciteit;
import nl.lpg.delivery.Werknemergegevens;
import nl.lpg.parameters.OrganisatieRegister;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builders and runners for the tests of the IKV, IKP, IKPI and WN rules. */
public final class IkvTestHulp {
    private IkvTestHulp() {
    }

    public static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    public static final LocalDate PEILDATUM = LocalDate.of(2026, 2, 15);

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    public static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    /** A mutable builder for an inkomstenperiode, starting from a valid monthly IKP of January 2026. */
    public static final class Ikp {
        LocalDate aanvang = JAN;
        LocalDate einde;
        String verbijzondering = "WNE";
        String meetelling = "J";
        BigDecimal dtf = new BigDecimal("1.0000");
        BigDecimal uren;
        BigDecimal uurloon;
        String cao;
        String beroep;
        String soort = "15";
        List<Werknemergegevens> wn = new ArrayList<>(List.of(
                new Werknemergegevens(new BigDecimal("4000.00"), new BigDecimal("4000.00"))));
        List<PensioenVerzekeringVerhouding> pvvs = new ArrayList<>(List.of(
                Units.pvv("OP", Units.pvp(JAN, "4000.00"))));

        public Ikp aanvang(String s) { aanvang = s == null ? null : d(s); return this; }
        public Ikp einde(String s) { einde = s == null ? null : d(s); return this; }
        public Ikp verbijzondering(String s) { verbijzondering = s; return this; }
        public Ikp meetelling(String s) { meetelling = s; return this; }
        public Ikp dtf(String s) { dtf = s == null ? null : bd(s); return this; }
        public Ikp uren(String s) { uren = s == null ? null : bd(s); return this; }
        public Ikp uurloon(String s) { uurloon = s == null ? null : bd(s); return this; }
        public Ikp cao(String s) { cao = s; return this; }
        public Ikp beroep(String s) { beroep = s; return this; }
        public Ikp soort(String s) { soort = s; return this; }
        public Ikp geenWn() { wn = new ArrayList<>(); return this; }
        public Ikp wn(int aantal) {
            wn = new ArrayList<>();
            for (int i = 0; i < aantal; i++) {
                wn.add(new Werknemergegevens(new BigDecimal("1.00"), new BigDecimal("1.00")));
            }
            return this;
        }
        public Ikp geenPvv() { pvvs = new ArrayList<>(); return this; }
        public Ikp pvv(PensioenVerzekeringVerhouding... p) { pvvs = new ArrayList<>(Arrays.asList(p)); return this; }

        public Inkomstenperiode build() {
            return new Inkomstenperiode(aanvang, einde, verbijzondering, meetelling, dtf, uren, uurloon, cao, beroep,
                    soort, wn, pvvs, Units.P);
        }
    }

    public static Ikp ikp() {
        return new Ikp();
    }

    public static Ikp ikp(String aanvang) {
        return new Ikp().aanvang(aanvang);
    }

    public static PensioenVerzekeringVerhouding pvv(String productkeuze, String aanvang, String productloon,
                                                    String premie, String uren) {
        return new PensioenVerzekeringVerhouding(productkeuze, null, null, null, List.of(
                new PensioenVerzekeringPeriode(d(aanvang), productloon == null ? null : bd(productloon), null, null,
                        premie == null ? null : bd(premie), new BigDecimal("100.00"), null,
                        uren == null ? null : bd(uren), Units.P)), Units.P);
    }

    public static NatuurlijkPersoon np(LocalDate geboortedatum, LocalDate overlijden) {
        NatuurlijkPersoon n = Units.np();
        return new NatuurlijkPersoon(n.bsn(), n.personeelsnummer(), n.voorletters(), n.voorvoegsel(), n.achternaam(),
                geboortedatum, n.geslacht(), overlijden, n.rekeningnummer(), n.burgerlijkeStaat(),
                n.datumBurgerlijkeStaat(), n.adresBinnenland(), n.adresBuitenland());
    }

    /** A mutable builder for an inkomstenverhouding (aard WN, from 2020-01-01, person born 1980-05-17). */
    public static final class Ikv {
        String personeelsnummer = "1";
        String nummer = "1";
        String aard = "WN";
        LocalDate aanvang = d("2020-01-01");
        LocalDate einde;
        String redenEinde;
        NatuurlijkPersoon np = withPnr(Units.np(), "1");
        List<Inkomstenperiode> ikps = new ArrayList<>();

        public Ikv personeelsnummer(String s) { personeelsnummer = s; np = withPnr(np, s); return this; }
        public Ikv nummer(String s) { nummer = s; return this; }
        public Ikv aard(String s) { aard = s; return this; }
        public Ikv aanvang(String s) { aanvang = s == null ? null : d(s); return this; }
        public Ikv einde(String s) { einde = s == null ? null : d(s); return this; }
        public Ikv redenEinde(String s) { redenEinde = s; return this; }
        public Ikv np(NatuurlijkPersoon n) { np = n; return this; }
        public Ikv geboren(String s) { np = withPnr(IkvTestHulp.np(d(s), np.overlijdensdatum()), personeelsnummer); return this; }
        public Ikv overleden(String s) {
            np = withPnr(IkvTestHulp.np(np.geboortedatum(), s == null ? null : d(s)), personeelsnummer);
            return this;
        }
        public Ikv ikps(Ikp... b) {
            ikps = new ArrayList<>();
            for (Ikp x : b) {
                ikps.add(x.build());
            }
            return this;
        }

        public Inkomstenverhouding build() {
            return new Inkomstenverhouding(personeelsnummer, nummer, aard, aanvang, einde, redenEinde, np, ikps,
                    Units.P);
        }
    }

    static NatuurlijkPersoon withPnr(NatuurlijkPersoon n, String pnr) {
        return new NatuurlijkPersoon(n.bsn(), pnr, n.voorletters(), n.voorvoegsel(), n.achternaam(),
                n.geboortedatum(), n.geslacht(), n.overlijdensdatum(), n.rekeningnummer(), n.burgerlijkeStaat(),
                n.datumBurgerlijkeStaat(), n.adresBinnenland(), n.adresBuitenland());
    }

    public static Ikv ikv(Ikp... ikps) {
        Ikv b = new Ikv();
        return ikps.length == 0 ? b.ikps(ikp()) : b.ikps(ikps);
    }

    public static AdministratieveEenheid ae(String og, Periodiciteit p, String aanvang, String einde) {
        return new AdministratieveEenheid(1, "A1000", og, p, d(aanvang), d(einde), "123456789L01", Units.P);
    }

    /** A context for the IKV under a monthly AE of January 2026. */
    public static IkvContext ctx(String og, Ikv ikv, Parameters p) {
        return ctx(Units.ae(og), ikv.build(), p, null, StandView.LEEG);
    }

    public static IkvContext ctx(String og, Ikv ikv, Parameters p, OrganisatieRegister org) {
        return ctx(Units.ae(og), ikv.build(), p, org, StandView.LEEG);
    }

    public static IkvContext ctx(AdministratieveEenheid ae, Inkomstenverhouding ikv, Parameters p,
                                 OrganisatieRegister org, StandView stand) {
        return new IkvContext(new IkvEenheid(1, Units.levering(), ae, ikv), stand, p, org, PEILDATUM);
    }

    /** Runs the rule as the engine does: applicability and aard from the Regels sheet of the parameters. */
    public static List<Signaal> signalen(IkvRegel regel, IkvContext ctx) {
        return Regelmotor.voerUit(List.of(regel), ctx, r -> r.toets(ctx), ctx.parameters(), ctx.opdrachtgever(),
                ctx.ae().datumAanvangTijdvak(),
                new Regelmotor.Sleutels(ctx.levering(), ctx.ae(), ctx.ikv()));
    }

    /** Parameters with the seeded Regels sheet only. */
    public static Parameters seeded() {
        return TestParameters.create().seededRegels().build();
    }

    public static List<String> meldingen(List<Bevinding> b) {
        return b.stream().map(Bevinding::melding).toList();
    }
}
