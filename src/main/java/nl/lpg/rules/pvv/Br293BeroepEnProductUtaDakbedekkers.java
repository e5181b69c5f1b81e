package nl.lpg.rules.pvv;

import org.springframework.stereotype.Component;

/** BR293 Het beroep en productkeuze met productvariant dienen beide al dan niet betrekking te hebben op UTA-personeel (Bouw, CAO Bitumineuze en Kunststof Dakbedekkersbedrijven). */
@Component
public class Br293BeroepEnProductUtaDakbedekkers extends UtaRegel {

    @Override
    public String regel() {
        return "293";
    }

    @Override
    protected boolean voorOnverwerkbareCao() {
        return true;
    }
}
