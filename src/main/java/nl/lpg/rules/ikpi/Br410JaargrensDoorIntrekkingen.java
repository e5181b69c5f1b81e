package nl.lpg.rules.ikpi;

import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import nl.lpg.stand.StandView;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * BR410: indien intrekkingen inkomstenperiode worden aangeboden zonder bijbehorende inkomstenverhouding en buiten de
 * intrekkingen zijn nog inkomstenperioden aanwezig in de standenadministratie waarbij de jaargrens wordt
 * overschreden: the remaining stored IKPs lie in another calendar year than the withdrawn ones. Dan ontbreken gegevens
 * om de ingangsdatum te verlaten, de einddatum te vervroegen of de gehele IKV te verwijderen.
 */
@Component
public class Br410JaargrensDoorIntrekkingen implements AeRegel {

    @Override
    public String regel() {
        return "410";
    }

    @Override
    public boolean vergelijktIkvs() {
        return true;
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        return IntrekkingZonderIkv.van(ctx).stream().filter(i -> {
                    var jaren = i.ingetrokken().stream().map(s -> s.datumAanvang().getYear()).toList();
                    return i.blijvend().stream().map(StandView.StandIkp::datumAanvang)
                            .anyMatch(d -> !jaren.contains(d.getYear()));
                })
                .map(i -> Bevinding.van(regel(), "Intrekkingen van inkomstenverhouding " + i.personeelsnummer() + "/"
                        + i.nummer() + " zonder de inkomstenverhouding laten inkomstenperioden over de jaargrens staan"
                        + " (vanaf " + i.blijvend().get(0).datumAanvang() + "); lever de inkomstenverhouding mee.")
                        .metIkp(i.ingetrokken().get(0).datumAanvang()))
                .toList();
    }
}
