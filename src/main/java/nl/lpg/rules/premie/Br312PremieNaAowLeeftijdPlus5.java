package nl.lpg.rules.premie;

import nl.lpg.premium.AowPeildata;
import nl.lpg.rules.IkvContext;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * BR312 "Bepaal onterecht ingehouden premie bij overschrijden peildatum AOW-leeftijd plus 5 jaar": for a product with
 * soortPeildatum AOW_PLUS_5, a signal when datum aanvang PVP &gt;= the first day of the month of AOW-leeftijd + 5 jaar
 * and premiegrondslag and/or premie are filled.
 */
@Component
public class Br312PremieNaAowLeeftijdPlus5 extends AowPeildatumControle {

    public Br312PremieNaAowLeeftijdPlus5() {
        super("AOW_PLUS_5");
    }

    @Override
    public String regel() {
        return "312";
    }

    @Override
    Optional<LocalDate> peildatum(LocalDate geboortedatum, IkvContext ctx) {
        return AowPeildata.peildatumAowLeeftijdPlus5(geboortedatum, ctx.parameters());
    }

    @Override
    String omschrijving() {
        return "AOW-leeftijd plus 5 jaar";
    }
}
