package nl.lpg.rules.adres;

import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;

import org.springframework.stereotype.Component;

import java.util.List;

/** BR68 Huisnummer toevoeging alleen toegestaan bij huisnummer groter dan nul. */
@Component
public class Br68HuisnummerToevoegingAlleenBijHuisnummer implements IkvRegel {

    @Override
    public String regel() {
        return "68";
    }


    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        NatuurlijkPersoon np = ctx.ikv().natuurlijkPersoon();
        if (np == null) {
            return List.of();
        }
        // BR68 (ABP, PWRI, Bouw): is het huisnummer 0 (niet van toepassing), dan mag de huisnummertoevoeging niet gevuld zijn.
        var adres = np.adresBinnenland();
        if (adres == null || adres.huisnummerToevoeging() == null || adres.huisnummerToevoeging().isBlank()
                || adres.huisnummer() == null || !adres.huisnummer().trim().matches("0+")) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "Huisnummertoevoeging \"" + adres.huisnummerToevoeging()
                + "\" is gevuld bij huisnummer 0."));
    }
}
