package nl.lpg.rules.pvv;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.pvv.Producten;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** BR238 Productloon van PVV moet constant zijn in kalenderjaar (levering-deel). */
@Component
public class Br238ProductloonConstantInKalenderjaar implements IkvRegel {

    @Override
    public String regel() {
        return "238";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        // BR238 (ABP, PWRI, PFAB): productloon van alle PVPs van de IKV in hetzelfde kalenderjaar (over alle producten heen)
        // moet gelijk zijn; het jaar staat in het signaal. Niet meegeteld: productloononafhankelijke producten en een productloon
        // 0 (toegestaan als een verplicht product niet aangeleverd hoeft te worden, BR189). Levering-deel; de stand is niet zichtbaar.
        var pvps = Producten.pvps(ctx.ikv()).stream()
                .filter(p -> Producten.positief(p.pvp().productloon()))
                .filter(p -> !Producten.productloonOnafhankelijk(ctx.parameters(), ctx.opdrachtgever(), p)).toList();
        out.addAll(ConstantInKalenderjaar.toets(regel(), "productloon", pvps, p -> p.pvp().productloon()));
        return out;
    }
}
