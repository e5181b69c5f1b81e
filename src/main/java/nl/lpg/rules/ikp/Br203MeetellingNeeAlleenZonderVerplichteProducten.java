package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.extern.PensioenadministratieBron;
import nl.lpg.rules.extern.PensioenadministratieRegel;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BR203 Code meetelling "Nee" is alleen toegestaan zonder verplichte producten (PFAB): "Als Code meetelling Nee wordt
 * aangeleverd, dan mogen er geen verplichte producten beschikbaar zijn op datum aanvang IKP: Voor PFAB mag code
 * meetelling Nee aangeleverd worden vanaf pensioenrichtdatum. Vanaf die datum is alleen voor periodes met datum aanvang
 * 1-1-eejj een product (SFA) verplicht." The pensioenrichtdatum comes from the pension administration; a participant
 * it records none of has verplichte producten, so Nee is not allowed.
 */
@Component
public class Br203MeetellingNeeAlleenZonderVerplichteProducten extends PensioenadministratieRegel implements IkvRegel {

    public Br203MeetellingNeeAlleenZonderVerplichteProducten() {
    }

    public Br203MeetellingNeeAlleenZonderVerplichteProducten(PensioenadministratieBron bron) {
        super(bron);
    }

    @Override
    public String regel() {
        return "203";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        var np = ctx.ikv().natuurlijkPersoon();
        if (pa() == null || np == null || np.bsn() == null) {
            return List.of();
        }
        List<Bevinding> uit = new ArrayList<>();
        Optional<LocalDate> richtdatum = null;
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            LocalDate aanvang = ikp.datumAanvang();
            if (!IkpHulp.meeteltNee(ikp) || aanvang == null) {
                continue;
            }
            if (richtdatum == null) {
                richtdatum = pa().deelnemer(ctx.opdrachtgever(), np.bsn()).pensioenrichtdatum();
            }
            String reden;
            if (richtdatum.isEmpty()) {
                reden = "de pensioenadministratie kent geen pensioenrichtdatum van de deelnemer, dus er zijn verplichte"
                        + " producten";
            } else if (aanvang.isBefore(richtdatum.get())) {
                reden = "de inkomstenperiode begint voor de pensioenrichtdatum " + richtdatum.get()
                        + ", dus er zijn verplichte producten";
            } else if (aanvang.getDayOfMonth() == 1 && aanvang.getMonthValue() == 1) {
                reden = "voor een periode met datum aanvang 1 januari is SFA ook na de pensioenrichtdatum verplicht";
            } else {
                continue;
            }
            uit.add(Bevinding.van(regel(), "Code meetelling Nee in de inkomstenperiode van " + aanvang
                    + " van personeelsnummer " + ctx.ikv().personeelsnummer() + " is niet toegestaan: " + reden + ".")
                    .metIkp(aanvang));
        }
        return uit;
    }
}
