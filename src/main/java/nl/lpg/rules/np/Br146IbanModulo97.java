package nl.lpg.rules.np;

import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;

import org.springframework.stereotype.Component;

import java.util.List;

/** BR146 Modulo-97 proef IBAN rekeningnummer (Bouw). */
@Component
public class Br146IbanModulo97 implements IkvRegel {

    @Override
    public String regel() {
        return "146";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        NatuurlijkPersoon np = ctx.ikv().natuurlijkPersoon();
        if (np == null) {
            return List.of();
        }
        // BR146 (Bouw): het rekeningnummer (IBAN), indien gevuld, moet voldoen aan de modulo-97 proef; een Nederlands IBAN
        // moet bovendien bestaan uit NL, 2 cijfers, 4 letters bankcode en 10 cijfers. Het IBAN staat nooit in de melding.
        String iban = np.rekeningnummer();
        if (iban == null || iban.isBlank() || Iban.geldig(iban)) {
            return List.of();
        }
        String reden = !Iban.samenstellingGeldig(iban) ? "heeft niet de samenstelling van een IBAN" : "voldoet niet aan de modulo-97 proef";
        return List.of(Bevinding.van(regel(), "Het rekeningnummer van de natuurlijk persoon met personeelsnummer "
                + np.personeelsnummer() + " " + reden + "."));
    }
}
