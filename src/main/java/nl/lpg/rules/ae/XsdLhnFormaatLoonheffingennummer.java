package nl.lpg.rules.ae;

import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;

import java.util.List;

/** Formaat loonheffingennummer moet geldig zijn (rule without number, "XSD"): 9 cijfers, de hoofdletter L en 2 cijfers, conform Belastingdienst. Only checked when delivered. */
@Component
public class XsdLhnFormaatLoonheffingennummer implements AeRegel {

    @Override
    public String regel() {
        return "XSD-LHN";
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        var ae = ctx.ae().ae();
        String lhn = ae.loonheffingennummer();
        if (lhn != null && !lhn.matches("[0-9]{9}L[0-9]{2}")) {
            return List.of(Bevinding.van(regel(), "Loonheffingennummer " + lhn
                    + " heeft niet het formaat 9 cijfers, L, 2 cijfers."));
        }
        return List.of();
    }
}
