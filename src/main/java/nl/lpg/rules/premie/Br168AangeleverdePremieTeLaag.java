package nl.lpg.rules.premie;

import nl.lpg.rules.IkvContext;
import org.springframework.stereotype.Component;

/**
 * BR168 "De aangeleverde premie moet gelijk zijn aan de berekende premie (te laag)". Margin from sheet Marges (regel 168); BEXC is checked from 1-1-2019.
 */
@Component
public class Br168AangeleverdePremieTeLaag extends MargeControle {

    public Br168AangeleverdePremieTeLaag() {
        super(Bedrag.PREMIE, Richting.TE_LAAG);
    }

    @Override
    public String regel() {
        return "168";
    }

    /** SPW: VPL and FLOW with verbijzondering OVW or LLR are not checked for a too low amount. */
    @Override
    boolean uitgesloten(IkvContext ctx, PvpGeval g) {
        return spwVerlof(ctx, g);
    }
}
