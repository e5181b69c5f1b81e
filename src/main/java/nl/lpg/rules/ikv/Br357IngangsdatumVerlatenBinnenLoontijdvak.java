package nl.lpg.rules.ikv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.ikp.Loontijdvak;
import nl.lpg.stand.StandView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BR357: een datum aanvang inkomstenverhouding die later gelegd wordt in het betreffende loontijdvak kan alleen
 * doorgevoerd worden als de datum ingang van de inkomstenperiode(s) wordt gewijzigd: a stored IKP that starts before
 * the new datum aanvang in the loontijdvak containing it, and that stays (the loontijdvak is not delivered again nor
 * withdrawn), gives the signal.
 */
@Component
public class Br357IngangsdatumVerlatenBinnenLoontijdvak implements IkvRegel {

    @Override
    public String regel() {
        return "357";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Optional<LocalDate> verlaat = StandHulp.verlaatAanvang(ctx);
        if (verlaat.isEmpty()) {
            return List.of();
        }
        LocalDate nieuw = verlaat.get();
        Loontijdvak lt = Loontijdvak.van(ctx.ae().periodiciteit(), nieuw);
        List<Bevinding> uit = new ArrayList<>();
        for (StandView.StandIkp ikp : StandHulp.blijvend(ctx)) {
            if (lt.bevat(ikp.datumAanvang()) && ikp.datumAanvang().isBefore(nieuw)) {
                uit.add(Bevinding.van(regel(), "De ingangsdatum inkomstenverhouding is verlaat naar " + nieuw
                        + " binnen het loontijdvak " + lt + "; de datum aanvang " + ikp.datumAanvang()
                        + " van de inkomstenperiode moet ook gewijzigd worden.").metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
