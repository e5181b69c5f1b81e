package nl.lpg.rules.collectief;

import nl.lpg.delivery.CollectieveAangifte;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** BR358: het controletotaal productloon incidenteel op leveringsniveau moet correct zijn (som aangiften AE's = aangifte levering). */
@Component
public class Br358ControletotaalProductloonIncidenteelLevering extends ControletotaalLevering {

    @Override
    public String regel() {
        return "358";
    }

    @Override
    protected String wat() {
        return "productloon incidenteel";
    }

    @Override
    protected BigDecimal bedrag(CollectieveAangifte a) {
        return a.productloonIncidenteel();
    }
}
