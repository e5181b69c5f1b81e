package nl.lpg.rules.collectief;

import nl.lpg.delivery.CollectieveAangifte;
import nl.lpg.rules.AeAfsluitingContext;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** BR134: het controletotaal premiegrondslag op aansluitingsniveau moet correct zijn (aangifte AE = som over de PVPs van de AE). */
@Component
public class Br134ControletotaalPremiegrondslagAe extends ControletotaalAe {

    @Override
    public String regel() {
        return "134";
    }

    @Override
    protected String wat() {
        return "premiegrondslag";
    }

    @Override
    protected BigDecimal aangifte(CollectieveAangifte a) {
        return a.premiegrondslag();
    }

    @Override
    protected BigDecimal som(AeAfsluitingContext.ProductSom s) {
        return s.premiegrondslag();
    }
}
