package nl.lpg.rules.premie;

import nl.lpg.premium.AowPeildata;
import nl.lpg.rules.IkvContext;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * BR316 "Bepaal onterecht ingehouden premie bij overschrijden peildatum AOW-leeftijd": for a product with
 * soortPeildatum AOW, a signal when datum aanvang PVP &gt;= the first day of the month of the AOW-leeftijd and
 * premiegrondslag and/or premie are filled.
 */
@Component
public class Br316PremieNaAowLeeftijd extends AowPeildatumControle {

    public Br316PremieNaAowLeeftijd() {
        super("AOW");
    }

    @Override
    public String regel() {
        return "316";
    }

    @Override
    Optional<LocalDate> peildatum(LocalDate geboortedatum, IkvContext ctx) {
        return AowPeildata.peildatumAowLeeftijd(geboortedatum, ctx.parameters());
    }

    @Override
    String omschrijving() {
        return "AOW-leeftijd";
    }
}
