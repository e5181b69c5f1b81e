package nl.lpg.rules.premie;

import org.springframework.stereotype.Component;

/**
 * BR171 "De aangeleverde premie moet gelijk zijn aan de berekende premie (te hoog)". Margin from sheet Marges (regel 171); BEXC is checked from 1-1-2019.
 */
@Component
public class Br171AangeleverdePremieTeHoog extends MargeControle {

    public Br171AangeleverdePremieTeHoog() {
        super(Bedrag.PREMIE, Richting.TE_HOOG);
    }

    @Override
    public String regel() {
        return "171";
    }
}
