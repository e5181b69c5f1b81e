package nl.lpg.rules.ikv;

import nl.lpg.rules.IkvContext;
import nl.lpg.stand.StandView;

import java.util.List;

/** Helpers for the IKV rules. */
public final class IkvHulp {
    private IkvHulp() {
    }

    /** The inkomstenperioden the stand holds for this IKV. */
    public static List<StandView.StandIkp> standIkps(IkvContext ctx) {
        StandView stand = ctx.stand() == null ? StandView.LEEG : ctx.stand();
        return stand.inkomstenperioden(ctx.opdrachtgever(), ctx.ae().aansluitnummer(), ctx.ikv().personeelsnummer(),
                ctx.ikv().nummer());
    }

    /** A new IKV: the stand holds no inkomstenperioden for it (the spec: no interne SBC sleutel yet). */
    public static boolean isNieuw(IkvContext ctx) {
        return standIkps(ctx).isEmpty();
    }
}
