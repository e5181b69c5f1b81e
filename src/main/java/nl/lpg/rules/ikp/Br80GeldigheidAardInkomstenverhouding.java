package nl.lpg.rules.ikp;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** BR80: voor ABP ligt de geldigheid van verbijzondering WVO, WVA, WVM, WVN, WVP, WNE, VLF, VUT, FLO tussen
 * 1996-01-01 en 2099-12-31; voor PWRI die van WNE tussen 1990-01-01 en 2099-12-31 (datum aanvang IKP). */
@Component
public class Br80GeldigheidAardInkomstenverhouding implements IkvRegel {

    @Override
    public String regel() {
        return "80";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> uit = new ArrayList<>(VerbijzonderingControle.geldigheid(ctx, regel(), "ABP",
                Set.of("WVO", "WVA", "WVM", "WVN", "WVP", "WNE", "VLF", "VUT", "FLO"), LocalDate.of(1996, 1, 1),
                LocalDate.of(2099, 12, 31)));
        uit.addAll(VerbijzonderingControle.geldigheid(ctx, regel(), "PWRI", Set.of("WNE"), LocalDate.of(1990, 1, 1),
                LocalDate.of(2099, 12, 31)));
        return uit;
    }
}
