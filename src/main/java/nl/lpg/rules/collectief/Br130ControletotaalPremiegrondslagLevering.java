package nl.lpg.rules.collectief;

import nl.lpg.delivery.CollectieveAangifte;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** BR130: het controletotaal premiegrondslag op leveringsniveau moet correct zijn (som aangiften AE's = aangifte levering). */
@Component
public class Br130ControletotaalPremiegrondslagLevering extends ControletotaalLevering {

    @Override
    public String regel() {
        return "130";
    }

    @Override
    protected String wat() {
        return "premiegrondslag";
    }

    @Override
    protected BigDecimal bedrag(CollectieveAangifte a) {
        return a.premiegrondslag();
    }
}
