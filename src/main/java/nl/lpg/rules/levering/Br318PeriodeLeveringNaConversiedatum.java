package nl.lpg.rules.levering;

import nl.lpg.delivery.AeInhoud;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.LeveringContext;
import nl.lpg.rules.LeveringRegel;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * BR318: De periode levering moet op of na conversiedatum liggen. The conversiedatum is per opdrachtgever; the
 * delivery itself names none, so each opdrachtgever of its AEs is checked (on the first day of the periode). A periode
 * before the opdrachtgever's first row in the workbook has no conversiedatum of its own: then the one valid at the
 * start of the AE's tijdvak counts, so a delivery claiming a periode long before its AEs is not let through.
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
        Map<String, LocalDate> ogs = new LinkedHashMap<>();
        for (AeInhoud ae : ctx.aes()) {
            ogs.putIfAbsent(ae.ae().opdrachtgever(), ae.ae().datumAanvangTijdvak());
        }
        List<Bevinding> out = new ArrayList<>();
        for (var e : ogs.entrySet()) {
            String og = e.getKey();
            ctx.parameters().conversiedatum(og, eerste)
                    .or(() -> e.getValue() == null ? Optional.empty() : ctx.parameters().conversiedatum(og, e.getValue()))
                    .filter(cd -> periode.isBefore(YearMonth.from(cd)))
                    .ifPresent(cd -> out.add(Bevinding.van(regel(), "Periode levering " + periode
                            + " ligt voor de conversiedatum " + cd + " van " + og + ".")));
        }
        return out;
    }
}
