package nl.lpg.rules.ikv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.ikp.Loontijdvak;
import nl.lpg.rules.np.Bsn;
import nl.lpg.stand.StandView;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * BR515: indien er bij een IKV ontbrekende inkomstenperiode(s) aan het begin van een dienstverband zijn geconstateerd
 * (met signaal 404 en/of 409, now or in an earlier run and still missing: the signal administration) en er is
 * minimaal 1 van de ontbrekende inkomstenperiodes aanwezig bij een gerelateerd dienstverband (another stored IKV of
 * the same natuurlijk persoon, by BSN, at the same opdrachtgever), dan wordt dit gesignaleerd.
 */
@Component
public class Br515OntbrekendeIkpBijGerelateerdDienstverband implements IkvRegel {

    @Override
    public String regel() {
        return "515";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        var np = ctx.ikv().natuurlijkPersoon();
        if (np == null || !Bsn.gevuld(np.bsn()) || Bsn.nul(np.bsn()) || ctx.stand() == null) {
            return List.of();
        }
        List<Loontijdvak> ontbrekend = StandHulp.ontbrekendNuOfEerder(ctx);
        if (ontbrekend.isEmpty()) {
            return List.of();
        }
        String an = ctx.ae().aansluitnummer();
        List<Loontijdvak> gevonden = new ArrayList<>();
        String bij = null;
        for (StandView.StandIkv andere : ctx.stand().inkomstenverhoudingenVanPersoon(ctx.opdrachtgever(), np.bsn().trim())) {
            if (andere.zelfde(an, ctx.ikv().personeelsnummer(), ctx.ikv().nummer())) {
                continue;
            }
            List<StandView.StandIkp> ikps = ctx.stand().inkomstenperioden(ctx.opdrachtgever(), andere.aansluitnummer(),
                    andere.personeelsnummer(), andere.nummer());
            for (Loontijdvak lt : ontbrekend) {
                if (!gevonden.contains(lt) && ikps.stream().anyMatch(i -> lt.bevat(i.datumAanvang())
                        || lt.aanvang().equals(i.tijdvakAanvang()))) {
                    gevonden.add(lt);
                    bij = bij == null ? andere.aansluitnummer() + "/" + andere.personeelsnummer() + "/" + andere.nummer() : bij;
                }
            }
        }
        if (gevonden.isEmpty()) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "De ontbrekende inkomstenperioden van de loontijdvakken vanaf "
                + StandHulp.lijst(gevonden) + " zijn aanwezig bij een gerelateerd dienstverband (" + bij + ").")
                .metIkp(gevonden.get(0).aanvang()));
    }
}
