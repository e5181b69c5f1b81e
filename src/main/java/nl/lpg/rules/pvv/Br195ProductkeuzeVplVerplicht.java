package nl.lpg.rules.pvv;

import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.parameters.Parameters;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * BR195 Productkeuze VPL verplicht (ABP), with BR310, for aard WN with verbijzondering WNE or WVP.
 * Tot 1-1-2016: jonger dan 65 en arbeidsovereenkomst ingegaan voor 65 jaar. Vanaf 1-1-2016: jonger dan de 1e dag van
 * de maand van AOW-leeftijd + 5 jaar. Voor inkomstenperioden vanaf 1-1-2023 vervalt VPL.
 */
@Component
public class Br195ProductkeuzeVplVerplicht extends VerplichtProductRegel {

    static final LocalDate NIEUWE_REGELING = LocalDate.of(2016, 1, 1);
    static final LocalDate VERVALT = LocalDate.of(2023, 1, 1);

    @Override
    public String regel() {
        return "195";
    }

    @Override
    protected boolean isProduct(String productkeuze) {
        return productkeuze.equals("VPL");
    }

    @Override
    protected String productNaam() {
        return "VPL";
    }

    @Override
    protected Set<String> verbijzonderingen() {
        return Set.of("WNE", "WVP");
    }

    @Override
    protected Optional<String> verplicht(String opdrachtgever, Parameters p, NatuurlijkPersoon np, LocalDate aanvangIkv,
                                         LocalDate aanvangIkp) {
        if (!aanvangIkp.isBefore(VERVALT)) {
            return Optional.empty();
        }
        if (aanvangIkp.isBefore(NIEUWE_REGELING)) {
            boolean jongerDan65 = aanvangIkp.isBefore(np.geboortedatum().plusYears(65));
            return jongerDan65 && ingegaanVoor65(np, aanvangIkv)
                    ? Optional.of("jonger dan 65 en inkomstenverhouding ingegaan voor 65 jaar") : Optional.empty();
        }
        return Leeftijden.eersteVanMaandAowPlus5(p, np.geboortedatum()).filter(aanvangIkp::isBefore)
                .map(g -> "jonger dan " + g + ", de 1e dag van de maand van AOW-leeftijd + 5 jaar");
    }
}
