package nl.lpg.rules.ikpi;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.delivery.Intrekking;
import nl.lpg.delivery.Periodiciteit;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.IkvOverzicht;
import nl.lpg.rules.Regelmotor;
import nl.lpg.rules.Signaal;
import nl.lpg.testsupport.Units;

import java.time.LocalDate;
import java.util.List;

/** Builders and a runner for the AE-level rules of sections 5 and 7. */
public final class AeTestHulp {
    private AeTestHulp() {
    }

    public static AdministratieveEenheid ae(int index, String og, Periodiciteit p, String aanvang, String einde) {
        return new AdministratieveEenheid(index, "A1000", og, p, LocalDate.parse(aanvang), LocalDate.parse(einde),
                "123456789L01", Units.P);
    }

    public static AdministratieveEenheid maandJanuari(String og) {
        return ae(1, og, Periodiciteit.MAAND, "2026-01-01", "2026-01-31");
    }

    public static Intrekking intrekking(String pnr, String nr, String datum, String bsn) {
        return new Intrekking(pnr, nr, LocalDate.parse(datum), bsn, Units.P);
    }

    public static AeInhoud inhoud(AdministratieveEenheid ae, Intrekking... intrekkingen) {
        return new AeInhoud(ae, 0, List.of(intrekkingen), List.of());
    }

    public static IkvOverzicht overzicht(AdministratieveEenheid ae, Inkomstenverhouding ikv) {
        return IkvOverzicht.van(ae, ikv);
    }

    public static AeContext ctx(AeInhoud ae, List<AeInhoud> alle, Parameters p, List<IkvOverzicht> ikvs) {
        return new AeContext(Units.levering(), ae, alle, p, null, LocalDate.of(2026, 2, 15), ikvs);
    }

    public static AeContext ctx(AeInhoud ae, Parameters p, IkvOverzicht... ikvs) {
        return ctx(ae, List.of(ae), p, List.of(ikvs));
    }

    public static List<Signaal> signalen(AeRegel regel, AeContext ctx) {
        return Regelmotor.voerUit(List.of(regel), ctx, r -> r.toets(ctx), ctx.parameters(),
                ctx.ae().ae().opdrachtgever(), ctx.ae().ae().datumAanvangTijdvak(),
                new Regelmotor.Sleutels(ctx.levering(), ctx.ae().ae(), null));
    }
}
