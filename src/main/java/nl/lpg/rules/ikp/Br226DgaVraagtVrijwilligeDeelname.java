package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.extern.Deelnemer;
import nl.lpg.rules.extern.PensioenadministratieBron;
import nl.lpg.rules.extern.PensioenadministratieRegel;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * BR226 Voor verbijzondering DGA moet geldige vrijwillige deelname aanwezig zijn (PFAB): "Code verbijzondering DGA mag
 * alleen aangeleverd worden als er voor de IKP minimaal 1 geldige vrijwillige deelname individueel aanwezig is." Valid
 * means: a VRIJWILLIGE_DEELNAME of the participant in the pension administration whose period holds the datum aanvang
 * of the IKP. Aard via levering: Interne beoordeling (via webportaal SWP: Onverwerkbaar, not a delivery).
 */
@Component
public class Br226DgaVraagtVrijwilligeDeelname extends PensioenadministratieRegel implements IkvRegel {

    public Br226DgaVraagtVrijwilligeDeelname() {
    }

    public Br226DgaVraagtVrijwilligeDeelname(PensioenadministratieBron bron) {
        super(bron);
    }

    @Override
    public String regel() {
        return "226";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        var np = ctx.ikv().natuurlijkPersoon();
        if (pa() == null || np == null || np.bsn() == null) {
            return List.of();
        }
        List<Bevinding> uit = new ArrayList<>();
        Deelnemer d = null;
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            if (!IkpHulp.isVerbijzondering(ikp, "DGA") || ikp.datumAanvang() == null) {
                continue;
            }
            if (d == null) {
                d = pa().deelnemer(ctx.opdrachtgever(), np.bsn());
            }
            if (!d.vrijwilligeDeelname(ikp.datumAanvang())) {
                uit.add(Bevinding.van(regel(), "Verbijzondering DGA in de inkomstenperiode van " + ikp.datumAanvang()
                        + " van personeelsnummer " + ctx.ikv().personeelsnummer() + ": de pensioenadministratie kent"
                        + " geen geldige vrijwillige deelname individueel op die datum.").metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
