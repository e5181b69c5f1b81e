package nl.lpg.rules.ikpi;

import nl.lpg.delivery.Intrekking;
import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.extern.Deelnemer;
import nl.lpg.rules.extern.PensioenadministratieBron;
import nl.lpg.rules.extern.PensioenadministratieRegel;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * BR426 Controle TWK - InkomstenPeriodeIntrekking niet toegestaan vanwege ingegaan (nabestaande)pensioen (Schoonmaak):
 * "Voor personen van wie het pensioen is ingegaan of een afkoop of waardeoverdracht heeft plaatsgevonden, moet
 * beoordeeld worden of de InkomstenPeriodeIntrekking verwerkt mag worden. Intrekkingen die de werkgever t.a.v. perioden
 * voor het huidige kalenderjaar - 1 aanlevert worden niet meer automatisch verwerkt. Het huidige kalenderjaar wordt
 * bepaald o.b.v. de systeemdatum." One finding per such intrekking; the participant is the intrekking's BSN, else the
 * BSN of the stored inkomstenverhouding it names. The situatie comes from the pension administration.
 */
@Component
public class Br426TwkIntrekkingBijIngegaanPensioen extends PensioenadministratieRegel implements AeRegel {

    public Br426TwkIntrekkingBijIngegaanPensioen() {
    }

    public Br426TwkIntrekkingBijIngegaanPensioen(PensioenadministratieBron bron) {
        super(bron);
    }

    @Override
    public String regel() {
        return "426";
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        if (pa() == null || ctx.peildatum() == null) {
            return List.of();
        }
        int grensjaar = ctx.peildatum().getYear() - 1;
        String og = ctx.ae().ae().opdrachtgever();
        List<Bevinding> uit = new ArrayList<>();
        for (Intrekking i : ctx.ae().intrekkingen()) {
            if (i.datumAanvangInkomstenperiode() == null || i.datumAanvangInkomstenperiode().getYear() >= grensjaar) {
                continue;
            }
            String bsn = bsn(ctx, i);
            if (bsn == null) {
                continue;
            }
            Deelnemer d = pa().deelnemer(og, bsn);
            d.situatie(ctx.peildatum()).ifPresent(f -> uit.add(Bevinding.van(regel(), "Intrekking van de"
                    + " inkomstenperiode van " + i.datumAanvangInkomstenperiode() + " (voor het kalenderjaar "
                    + grensjaar + ") van inkomstenverhouding " + i.personeelsnummer() + "/"
                    + i.nummerInkomstenverhouding() + " terwijl de pensioenadministratie " + Deelnemer.omschrijving(f)
                    + " kent: beoordelen of de intrekking verwerkt mag worden.")
                    .metIkp(i.datumAanvangInkomstenperiode()).metJaar(i.datumAanvangInkomstenperiode().getYear())));
        }
        return uit;
    }

    private static String bsn(AeContext ctx, Intrekking i) {
        if (i.bsn() != null && !i.bsn().isBlank()) {
            return i.bsn();
        }
        var a = ctx.ae().ae();
        return ctx.stand().ikvs().inkomstenverhouding(a.opdrachtgever(), a.aansluitnummer(), i.personeelsnummer(),
                i.nummerInkomstenverhouding()).map(s -> s.bsn()).orElse(null);
    }
}
