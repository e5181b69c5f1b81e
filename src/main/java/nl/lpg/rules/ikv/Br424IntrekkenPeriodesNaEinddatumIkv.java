package nl.lpg.rules.ikv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.stand.StandView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * BR424: als er na verwerken van een levering voor een IKV periode(s) aanwezig zijn na einddatum inkomstenverhouding,
 * die allen opgelegd zijn door periodieke controle, dan wordt per betreffende periode signaal gesteld (tenzij de
 * werkgever ze al intrekt). Imposed periods are those Incasso delivered itself (soort levering A, BR349); the stored
 * IKPs after the datum einde that stay after this delivery must all be imposed ones.
 */
@Component
public class Br424IntrekkenPeriodesNaEinddatumIkv implements IkvRegel {

    @Override
    public String regel() {
        return "424";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        LocalDate einde = ctx.ikv().datumEinde();
        if (einde == null) {
            return List.of();
        }
        List<StandView.StandIkp> na = StandHulp.blijvend(ctx).stream()
                .filter(i -> i.datumAanvang().isAfter(einde)).toList();
        if (na.isEmpty() || !na.stream().allMatch(i -> "A".equals(i.soortLevering()))) {
            return List.of();
        }
        return na.stream().map(i -> Bevinding.van(regel(), "De door de periodieke controle opgelegde periode van "
                + i.datumAanvang() + " ligt na de einddatum inkomstenverhouding " + einde
                + " en wordt ingetrokken.").metIkp(i.datumAanvang())).toList();
    }
}
