package nl.lpg.rules.np;

import nl.lpg.rules.IkvContext;
import nl.lpg.stand.StandView;

import java.time.LocalDate;
import java.util.Optional;

/** BR191/BR192: the geboortedatum of the natuurlijk persoon as stored for this IKV, when the delivery differs from it. */
final class GeboortedatumStand {
    private GeboortedatumStand() {
    }

    /** The stored geboortedatum if the delivered one (same BSN) differs from it. */
    static Optional<LocalDate> gewijzigd(IkvContext ctx) {
        var np = ctx.ikv().natuurlijkPersoon();
        if (np == null || np.geboortedatum() == null || !Bsn.gevuld(np.bsn()) || Bsn.nul(np.bsn())
                || ctx.stand() == null) {
            return Optional.empty();
        }
        return ctx.stand().inkomstenverhouding(ctx.opdrachtgever(), ctx.ae().aansluitnummer(),
                        ctx.ikv().personeelsnummer(), ctx.ikv().nummer())
                .filter(s -> s.geboortedatum() != null && np.bsn().trim().equals(s.bsn()))
                .map(StandView.StandIkv::geboortedatum)
                .filter(d -> !d.equals(np.geboortedatum()));
    }
}
