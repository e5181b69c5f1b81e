package nl.lpg.rules.premie;

import nl.lpg.rules.IkvContext;
import org.springframework.stereotype.Component;

/**
 * BR165 "De aangeleverde grondslag moet gelijk zijn aan de berekende grondslag (te laag)". Margin from sheet Marges (regel 165); BEXC is checked from 1-1-2019.
 */
@Component
public class Br165AangeleverdeGrondslagTeLaag extends MargeControle {

    public Br165AangeleverdeGrondslagTeLaag() {
        super(Bedrag.GRONDSLAG, Richting.TE_LAAG);
    }

    @Override
    public String regel() {
        return "165";
    }

    /** SPW: VPL and FLOW with verbijzondering OVW or LLR are not checked for a too low amount. */
    @Override
    boolean uitgesloten(IkvContext ctx, PvpGeval g) {
        return spwVerlof(ctx, g);
    }
}
