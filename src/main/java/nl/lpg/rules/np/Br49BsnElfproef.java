package nl.lpg.rules.np;

import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;

import org.springframework.stereotype.Component;

import java.util.List;

/** BR49 BSN moet voldoen aan de elf-proef. */
@Component
public class Br49BsnElfproef implements IkvRegel {

    @Override
    public String regel() {
        return "49";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        NatuurlijkPersoon np = ctx.ikv().natuurlijkPersoon();
        if (np == null) {
            return List.of();
        }
        // BR49: een BSN (gevuld, numeriek en ongelijk aan 0) moet voldoen aan de elfproef. Alleen voor opdrachtgevers
        // van de 2e pijler: staat in Opdrachtgevers een andere pijler, dan geen controle.
        String bsn = np.bsn();
        if (!Bsn.numeriek(bsn) || Bsn.nul(bsn) || !tweedePijler(ctx)) {
            return List.of();
        }
        if (Bsn.elfproef(bsn)) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "Het BSN van de natuurlijk persoon met personeelsnummer "
                + np.personeelsnummer() + " voldoet niet aan de elfproef."));
    }

    private static boolean tweedePijler(IkvContext ctx) {
        String pijler = ctx.parameters().opdrachtgever(ctx.opdrachtgever(), ctx.ae().datumAanvangTijdvak())
                .map(r -> r.text("pijler")).orElse(null);
        return pijler == null || pijler.isBlank() || "2".equals(pijler.trim()) || "TWEEDE".equalsIgnoreCase(pijler.trim());
    }
}
