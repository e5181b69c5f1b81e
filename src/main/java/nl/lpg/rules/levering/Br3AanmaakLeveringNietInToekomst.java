package nl.lpg.rules.levering;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.LeveringContext;
import nl.lpg.rules.LeveringRegel;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR3: Aanmaak levering mag niet in de toekomst liggen (datum en tijdstip aanmaak tegen de systeemdatum). */
@Component
public class Br3AanmaakLeveringNietInToekomst implements LeveringRegel {

    @Override
    public String regel() {
        return "3";
    }

    @Override
    public List<Bevinding> toets(LeveringContext ctx) {
        var aanmaak = ctx.levering().aanmaak();
        if (aanmaak.toLocalDate().isAfter(ctx.peildatum())) {
            return List.of(Bevinding.van(regel(), "De levering is aangemaakt op " + aanmaak
                    + ", na de systeemdatum " + ctx.peildatum() + "."));
        }
        return List.of();
    }
}
