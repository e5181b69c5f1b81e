package nl.lpg.rules.ikv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * BR328: een datum aanvang inkomstenverhouding die verlaat wordt voorbij de datum einde van de bestaande IKV is niet
 * toegestaan (de externe sleutel personeelsnummer/nummer kan hergebruikt worden voor een nieuwe IKV).
 */
@Component
public class Br328AanvangNietVoorbijEindeBestaandeIkv implements IkvRegel {

    @Override
    public String regel() {
        return "328";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        LocalDate aanvang = ctx.ikv().datumAanvang();
        if (aanvang == null) {
            return List.of();
        }
        return StandHulp.standIkv(ctx).filter(s -> s.datumEinde() != null && aanvang.isAfter(s.datumEinde()))
                .map(s -> List.of(Bevinding.van(regel(), "De datum aanvang inkomstenverhouding " + aanvang
                        + " ligt na de datum einde " + s.datumEinde() + " van de bestaande inkomstenverhouding met"
                        + " hetzelfde personeelsnummer en nummer; hergebruik van de sleutel is niet toegestaan.")))
                .orElse(List.of());
    }
}
