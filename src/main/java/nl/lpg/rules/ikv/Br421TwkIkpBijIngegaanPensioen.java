package nl.lpg.rules.ikv;

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
 * BR421 Controle TWK - InkomstenPeriode mogelijk niet toegestaan vanwege ingegaan (nabestaande)pensioen (Schoonmaak):
 * "Inkomstenperioden die de werkgever t.a.v. perioden voor het huidige kalenderjaar - 1 aanlevert worden niet meer
 * automatisch verwerkt. Voor personen van wie het pensioen is ingegaan of een afkoop of waardeoverdracht heeft
 * plaatsgevonden, moet beoordeeld worden of de Inkomstenperiode verwerkt mag worden." The situatie deelnemer (pension,
 * afkoop, waardeoverdracht with its datum aanvang on or before the systeemdatum) comes from the pension
 * administration; the period is that of the IKP or of its earliest PVP (as BR420). The margins the spec lists among
 * the data are not applied: every such IKP is held for review.
 */
@Component
public class Br421TwkIkpBijIngegaanPensioen extends PensioenadministratieRegel implements IkvRegel {

    public Br421TwkIkpBijIngegaanPensioen() {
    }

    public Br421TwkIkpBijIngegaanPensioen(PensioenadministratieBron bron) {
        super(bron);
    }

    @Override
    public String regel() {
        return "421";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        var np = ctx.ikv().natuurlijkPersoon();
        if (pa() == null || ctx.peildatum() == null || np == null || np.bsn() == null) {
            return List.of();
        }
        int grensjaar = ctx.peildatum().getYear() - 1;
        List<Bevinding> uit = new ArrayList<>();
        Deelnemer d = null;
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            LocalDate vroegste = vroegsteAanvang(ikp);
            if (vroegste == null || vroegste.getYear() >= grensjaar) {
                continue;
            }
            if (d == null) {
                d = pa().deelnemer(ctx.opdrachtgever(), np.bsn());
            }
            d.situatie(ctx.peildatum()).ifPresent(f -> uit.add(Bevinding.van(regel(), "Inkomstenperiode over "
                    + vroegste.getYear() + ", voor het kalenderjaar " + grensjaar + ", van personeelsnummer "
                    + ctx.ikv().personeelsnummer() + " terwijl de pensioenadministratie " + Deelnemer.omschrijving(f)
                    + " kent: beoordelen of de inkomstenperiode verwerkt mag worden.").metIkp(ikp.datumAanvang())
                    .metJaar(vroegste.getYear())));
        }
        return uit;
    }

    /** The IKP's datum aanvang or an earlier one of its PVPs. */
    static LocalDate vroegsteAanvang(Inkomstenperiode ikp) {
        LocalDate vroegste = ikp.datumAanvang();
        for (PensioenVerzekeringVerhouding pvv : ikp.pensioenVerzekeringVerhoudingen()) {
            for (PensioenVerzekeringPeriode pvp : pvv.perioden()) {
                if (pvp.datumAanvang() != null && (vroegste == null || pvp.datumAanvang().isBefore(vroegste))) {
                    vroegste = pvp.datumAanvang();
                }
            }
        }
        return vroegste;
    }
}
