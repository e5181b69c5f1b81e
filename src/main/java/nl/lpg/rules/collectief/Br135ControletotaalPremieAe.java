package nl.lpg.rules.collectief;

import nl.lpg.delivery.CollectieveAangifte;
import nl.lpg.rules.AeAfsluitingContext;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** BR135: het controletotaal premie op aansluitingsniveau moet correct zijn (aangifte AE = som over de PVPs van de AE). */
@Component
public class Br135ControletotaalPremieAe extends ControletotaalAe {

    @Override
    public String regel() {
        return "135";
    }

    @Override
    protected String wat() {
        return "premie";
    }

    @Override
    protected BigDecimal aangifte(CollectieveAangifte a) {
        return a.premie();
    }

    @Override
    protected BigDecimal som(AeAfsluitingContext.ProductSom s) {
        return s.premie();
    }
}
