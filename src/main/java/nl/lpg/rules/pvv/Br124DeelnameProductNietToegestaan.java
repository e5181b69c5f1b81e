package nl.lpg.rules.pvv;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.extern.Deelnemer;
import nl.lpg.rules.extern.PensioenadministratieBron;
import nl.lpg.rules.extern.PensioenadministratieRegel;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * BR124 Deelname aan dit product is niet toegestaan (Bouw): "Een verplicht product mag niet worden gekozen als deze
 * productkeuze niet geldt voor deze deelnemer. [...] Iemand kiest het verplichte product, terwijl hij dispensatie heeft.
 * Deze rule hoeft niet af te gaan als de verplichte productkeuze vervalt tijdens AVV-loze periode, want dan mag worden
 * aangeleverd." The dispensaties and AVV-loze perioden come from the pension administration; the other ways of
 * choosing a verplicht product wrongly (te jong, te oud, verbijzondering) are BR296-BR298. Every product Bpf Bouw
 * administers is verplichtgesteld, so every PVV is judged: on its datum aanvang (else its first PVP's, else the IKP's).
 */
@Component
public class Br124DeelnameProductNietToegestaan extends PensioenadministratieRegel implements IkvRegel {

    public Br124DeelnameProductNietToegestaan() {
    }

    public Br124DeelnameProductNietToegestaan(PensioenadministratieBron bron) {
        super(bron);
    }

    @Override
    public String regel() {
        return "124";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        var np = ctx.ikv().natuurlijkPersoon();
        if (pa() == null || np == null || np.bsn() == null) {
            return List.of();
        }
        Deelnemer d = pa().deelnemer(ctx.opdrachtgever(), np.bsn());
        if (d.feiten().isEmpty()) {
            return List.of();
        }
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            for (PensioenVerzekeringVerhouding pvv : ikp.pensioenVerzekeringVerhoudingen()) {
                String keuze = pvv.productkeuze() == null ? null : pvv.productkeuze().trim();
                LocalDate op = aanvang(ikp, pvv);
                if (keuze == null || op == null || d.avvLoos(keuze, op)) {
                    continue;
                }
                d.dispensatie(keuze, op).ifPresent(f -> uit.add(Bevinding.van(regel(), "De deelnemer met"
                        + " personeelsnummer " + ctx.ikv().personeelsnummer() + " heeft dispensatie voor het verplichte"
                        + " product " + keuze + " (vanaf " + f.ingang() + (f.einde() == null ? "" : " tot en met "
                        + f.einde()) + "); deelname aan dit product op " + op + " is niet toegestaan.")
                        .metIkp(ikp.datumAanvang()).metProduct(keuze, pvv.productvariant())));
            }
        }
        return uit;
    }

    private static LocalDate aanvang(Inkomstenperiode ikp, PensioenVerzekeringVerhouding pvv) {
        if (pvv.datumAanvang() != null) {
            return pvv.datumAanvang();
        }
        return pvv.perioden().stream().map(PensioenVerzekeringPeriode::datumAanvang).filter(x -> x != null)
                .min(LocalDate::compareTo).orElse(ikp.datumAanvang());
    }
}
