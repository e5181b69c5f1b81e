package nl.lpg.rules.ikv;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.ikp.IkvTestHulp;
import nl.lpg.stand.StandView;
import nl.lpg.stand.VasteStand;
import nl.lpg.testsupport.TestParameters;
import nl.lpg.testsupport.Units;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A stand for the rules that compare with history: the IKV of {@link IkvTestHulp#ikv} (aansluiting A1000,
 * personeelsnummer 1, nummer 1) as stored, with monthly IKPs; the hulptabel checks from 2025-01-01, one year back.
 */
public final class StandTestHulp {
    private StandTestHulp() {
    }

    public static final String AN = "A1000";
    public static final String BSN = "111222333";

    public static TestParameters parameters() {
        TestParameters t = TestParameters.create().seededRegels();
        for (String og : List.of("ABP", "PWRI", "BOUW", "SCHOONMAAK", "SPW", "PFAB", "PPFAPG")) {
            t.row("TeControlerenLoontijdvakken", "opdrachtgever", og, "controleVanaf", LocalDate.of(2025, 1, 1),
                    "aantalJarenTerug", 1);
        }
        return t;
    }

    public static StandView.StandIkv ikv(String aard, String aanvang, String einde) {
        return new StandView.StandIkv(AN, "1", "1", aard, LocalDate.parse(aanvang),
                einde == null ? null : LocalDate.parse(einde), BSN, LocalDate.of(1980, 5, 17), "15");
    }

    /** A stored monthly IKP (code meetelling J, delivered by a regular delivery) with one OP PVP. */
    public static StandView.StandIkp ikp(String aanvang) {
        return ikp(aanvang, "J", "WNE", "R", "4000.00");
    }

    public static StandView.StandIkp ikp(String aanvang, String meetelling, String verbijzondering, String soort,
                                         String productloon) {
        LocalDate a = LocalDate.parse(aanvang);
        return new StandView.StandIkp(a, null, a.withDayOfMonth(1), a.withDayOfMonth(a.lengthOfMonth()),
                verbijzondering, meetelling, null, soort, List.of(new StandView.StandPvp("OP", null, a,
                new BigDecimal(productloon))));
    }

    /** The stored IKV with stored IKPs from the given months. */
    public static VasteStand stand(String og, StandView.StandIkv ikv, String... ikps) {
        VasteStand s = new VasteStand().ikv(og, ikv);
        for (String a : ikps) {
            s.ikp(og, AN, "1", "1", ikp(a));
        }
        return s;
    }

    public static IkvContext ctx(String og, IkvTestHulp.Ikv ikv, Parameters p, StandView stand) {
        return IkvTestHulp.ctx(Units.ae(og), ikv.build(), p, TestParameters.create().buildOrganisatie(), stand);
    }

    public static IkvContext ctx(AdministratieveEenheid ae, Inkomstenverhouding ikv, Parameters p, StandView stand) {
        return IkvTestHulp.ctx(ae, ikv, p, TestParameters.create().buildOrganisatie(), stand);
    }
}
