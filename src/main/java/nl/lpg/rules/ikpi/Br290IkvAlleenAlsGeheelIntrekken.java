package nl.lpg.rules.ikpi;

import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * BR290 (ABP, PWRI, SPW, PFAB, PPF APG): een IKV kan alleen in zijn geheel ingetrokken worden indien alle bijbehorende
 * inkomstenperioden ingetrokken zijn. Intrekkingen of an IKV that the levering does not deliver (so its dates cannot
 * follow) must withdraw every stored inkomstenperiode of it; one signal per IKV with IKPs left in the stand.
 */
@Component
public class Br290IkvAlleenAlsGeheelIntrekken implements AeRegel {

    @Override
    public String regel() {
        return "290";
    }

    @Override
    public boolean vergelijktIkvs() {
        return true;
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        return IntrekkingZonderIkv.van(ctx).stream().filter(i -> !i.blijvend().isEmpty())
                .map(i -> Bevinding.van(regel(), "Inkomstenverhouding " + i.personeelsnummer() + "/" + i.nummer()
                        + " wordt zonder de inkomstenverhouding ingetrokken, maar " + i.blijvend().size()
                        + " inkomstenperiode(n) vanaf " + i.blijvend().get(0).datumAanvang() + " blijven staan; een IKV"
                        + " kan alleen als geheel ingetrokken worden.").metIkp(i.ingetrokken().get(0).datumAanvang()))
                .toList();
    }
}
