package nl.lpg.rules.collectief;

import nl.lpg.delivery.CollectieveAangifte;
import nl.lpg.rules.AeAfsluitingContext;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** BR133: het controletotaal pensioen-/verzekeringgevend loon op aansluitingsniveau moet correct zijn (aangifte AE = som over de PVPs van de AE). */
@Component
public class Br133ControletotaalPensioengevendLoonAe extends ControletotaalAe {

    @Override
    public String regel() {
        return "133";
    }

    @Override
    protected String wat() {
        return "pensioen-/verzekeringgevend loon";
    }

    @Override
    protected BigDecimal aangifte(CollectieveAangifte a) {
        return a.pensioengevendLoon();
    }

    @Override
    protected BigDecimal som(AeAfsluitingContext.ProductSom s) {
        return s.productloon();
    }
}
