package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * BR73: de deeltijdfactor in de inkomstenperiode moet groter dan nul zijn (PWRI). De controle geldt tot 1-1-2018:
 * for inkomstenperioden that start before 2018 (from then code meetelling Nee is allowed, BR127).
 */
@Component
public class Br73DeeltijdfactorGroterDanNul implements IkvRegel {

    static final LocalDate TOT = LocalDate.of(2018, 1, 1);

    @Override
    public String regel() {
        return "73";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            if (ikp.datumAanvang() != null && ikp.datumAanvang().isBefore(TOT)
                    && (ikp.deeltijdfactor() == null || ikp.deeltijdfactor().signum() <= 0)) {
                uit.add(Bevinding.van(regel(), "De deeltijdfactor is "
                        + (ikp.deeltijdfactor() == null ? "niet gevuld" : ikp.deeltijdfactor().toPlainString())
                        + "; voor een inkomstenperiode voor 1-1-2018 moet deze groter dan nul zijn.")
                        .metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
