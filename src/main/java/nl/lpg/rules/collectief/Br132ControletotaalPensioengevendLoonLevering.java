package nl.lpg.rules.collectief;

import nl.lpg.delivery.CollectieveAangifte;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** BR132: het controletotaal pensioen-/verzekeringgevend loon op leveringsniveau moet correct zijn (som aangiften AE's = aangifte levering). */
@Component
public class Br132ControletotaalPensioengevendLoonLevering extends ControletotaalLevering {

    @Override
    public String regel() {
        return "132";
    }

    @Override
    protected String wat() {
        return "pensioen-/verzekeringgevend loon";
    }

    @Override
    protected BigDecimal bedrag(CollectieveAangifte a) {
        return a.pensioengevendLoon();
    }
}
