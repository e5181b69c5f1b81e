package nl.lpg.rules.premie;

import org.springframework.stereotype.Component;

/**
 * BR170 "De aangeleverde grondslag moet kleiner dan of gelijk zijn aan de berekende grondslag (te hoog)". Margin from sheet Marges (regel 170); BEXC is checked from 1-1-2019.
 */
@Component
public class Br170AangeleverdeGrondslagTeHoog extends MargeControle {

    public Br170AangeleverdeGrondslagTeHoog() {
        super(Bedrag.GRONDSLAG, Richting.TE_HOOG);
    }

    @Override
    public String regel() {
        return "170";
    }
}
