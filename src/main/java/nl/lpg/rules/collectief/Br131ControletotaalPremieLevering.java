package nl.lpg.rules.collectief;

import nl.lpg.delivery.CollectieveAangifte;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** BR131: het controletotaal premie op leveringsniveau moet correct zijn (som aangiften AE's = aangifte levering). */
@Component
public class Br131ControletotaalPremieLevering extends ControletotaalLevering {

    @Override
    public String regel() {
        return "131";
    }

    @Override
    protected String wat() {
        return "premie";
    }

    @Override
    protected BigDecimal bedrag(CollectieveAangifte a) {
        return a.premie();
    }
}
