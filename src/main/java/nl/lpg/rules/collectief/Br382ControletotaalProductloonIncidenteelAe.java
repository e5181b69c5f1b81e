package nl.lpg.rules.collectief;

import nl.lpg.delivery.CollectieveAangifte;
import nl.lpg.rules.AeAfsluitingContext;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** BR382: het controletotaal productloon incidenteel op aansluitingsniveau moet correct zijn (aangifte AE = som over de PVPs van de AE). */
@Component
public class Br382ControletotaalProductloonIncidenteelAe extends ControletotaalAe {

    @Override
    public String regel() {
        return "382";
    }

    @Override
    protected String wat() {
        return "productloon incidenteel";
    }

    @Override
    protected BigDecimal aangifte(CollectieveAangifte a) {
        return a.productloonIncidenteel();
    }

    @Override
    protected BigDecimal som(AeAfsluitingContext.ProductSom s) {
        return s.productloonIncidenteel();
    }
}
