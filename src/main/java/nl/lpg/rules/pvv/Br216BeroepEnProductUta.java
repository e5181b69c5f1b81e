package nl.lpg.rules.pvv;

import org.springframework.stereotype.Component;

/** BR216 Het beroep en productkeuze met productvariant dienen beide al dan niet betrekking te hebben op UTA-personeel (Bouw, overige CAO's). */
@Component
public class Br216BeroepEnProductUta extends UtaRegel {

    @Override
    public String regel() {
        return "216";
    }

    @Override
    protected boolean voorOnverwerkbareCao() {
        return false;
    }
}
