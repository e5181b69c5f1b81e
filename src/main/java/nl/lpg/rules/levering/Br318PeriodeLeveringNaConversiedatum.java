package nl.lpg.rules.levering;

import nl.lpg.delivery.AeInhoud;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.LeveringContext;
import nl.lpg.rules.LeveringRegel;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * BR318: De periode levering moet op of na conversiedatum liggen. The conversiedatum is per opdrachtgever; the
 * delivery itself names none, so each opdrachtgever of its AEs is checked (on the first day of the periode).
 */
@Component
public class Br318PeriodeLeveringNaConversiedatum implements LeveringRegel {

    @Override
    public String regel() {
        return "318";
    }

    @Override
    public List<Bevinding> toets(LeveringContext ctx) {
        YearMonth periode = ctx.levering().periodeLevering();
        LocalDate eerste = periode.atDay(1);
        Set<String> ogs = new LinkedHashSet<>();
        for (AeInhoud ae : ctx.aes()) {
            ogs.add(ae.ae().opdrachtgever());
        }
        List<Bevinding> out = new ArrayList<>();
        for (String og : ogs) {
            ctx.parameters().conversiedatum(og, eerste).filter(cd -> periode.isBefore(YearMonth.from(cd)))
                    .ifPresent(cd -> out.add(Bevinding.van(regel(), "Periode levering " + periode
                            + " ligt voor de conversiedatum " + cd + " van " + og + ".")));
        }
        return out;
    }
}
