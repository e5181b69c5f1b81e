package nl.lpg.rules.pvv;

import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.parameters.Parameters;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * BR194 Productkeuze AAOP tussen 65 en AOW-leeftijd + 5 jaar (ABP), with BR309 (verplichtheid AAOP bij WN/WNE):
 * jonger dan de 1e dag van de maand van AOW-leeftijd + 5 jaar en arbeidsovereenkomst ingegaan voor 65 jaar.
 */
@Component
public class Br194ProductkeuzeAaopVerplicht extends VerplichtProductRegel {

    @Override
    public String regel() {
        return "194";
    }

    @Override
    protected boolean isProduct(String productkeuze) {
        return productkeuze.equals("AAOP");
    }

    @Override
    protected String productNaam() {
        return "AAOP";
    }

    @Override
    protected Optional<String> verplicht(String opdrachtgever, Parameters p, NatuurlijkPersoon np, LocalDate aanvangIkv,
                                         LocalDate aanvangIkp) {
        return abpJongerDanAowPlus5(p, np, aanvangIkv, aanvangIkp);
    }
}
