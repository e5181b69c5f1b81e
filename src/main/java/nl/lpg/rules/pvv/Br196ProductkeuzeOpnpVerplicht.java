package nl.lpg.rules.pvv;

import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.parameters.Parameters;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * BR196 Productkeuze OP/NP verplicht (ABP, PWRI), with BR308 (verplichtheid OPNP bij aard WN, verbijzondering WNE).
 * ABP: jonger dan de 1e dag van de maand van AOW-leeftijd + 5 jaar en arbeidsovereenkomst ingegaan voor 65 jaar.
 * PWRI: jonger dan 70 en arbeidsovereenkomst ingegaan voor 65 jaar.
 */
@Component
public class Br196ProductkeuzeOpnpVerplicht extends VerplichtProductRegel {

    @Override
    public String regel() {
        return "196";
    }

    @Override
    protected boolean isProduct(String productkeuze) {
        return productkeuze.startsWith("OPNP"); // OPNP and OPNP-I
    }

    @Override
    protected String productNaam() {
        return "OPNP";
    }

    @Override
    protected Optional<String> verplicht(String opdrachtgever, Parameters p, NatuurlijkPersoon np, LocalDate aanvangIkv,
                                         LocalDate aanvangIkp) {
        if ("PWRI".equalsIgnoreCase(opdrachtgever)) {
            boolean jongerDan70 = aanvangIkp.isBefore(np.geboortedatum().plusYears(70));
            return jongerDan70 && ingegaanVoor65(np, aanvangIkv)
                    ? Optional.of("jonger dan 70 en inkomstenverhouding ingegaan voor 65 jaar") : Optional.empty();
        }
        return abpJongerDanAowPlus5(p, np, aanvangIkv, aanvangIkp);
    }
}
