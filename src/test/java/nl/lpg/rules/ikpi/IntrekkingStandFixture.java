package nl.lpg.rules.ikpi;

import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.Intrekking;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.AeContext;
import nl.lpg.rules.IkvOverzicht;
import nl.lpg.rules.ikv.StandTestHulp;
import nl.lpg.stand.AeStand;
import nl.lpg.stand.VasteStand;

import java.time.LocalDate;
import java.util.List;

/** AE contexts with a stand: IKV A1000/1/1 stored with monthly IKPs, and the number of actuele IKVs. */
final class IntrekkingStandFixture {
    private IntrekkingStandFixture() {
    }

    static VasteStand stand(String og, String... maanden) {
        return StandTestHulp.stand(og, StandTestHulp.ikv("WN", "2020-01-01", null), maanden);
    }

    static AeContext ctx(String og, Parameters p, int actueleIkvs, VasteStand stand, List<IkvOverzicht> ikvs,
                         Intrekking... intrekkingen) {
        AeInhoud ae = AeTestHulp.inhoud(AeTestHulp.maandJanuari(og), intrekkingen);
        return new AeContext(nl.lpg.testsupport.Units.levering(), ae, List.of(ae), p, null, LocalDate.of(2026, 2, 15),
                ikvs, new AeStand(actueleIkvs, stand));
    }

    static Intrekking intrekking(String datum) {
        return AeTestHulp.intrekking("1", "1", datum, null);
    }
}
