package nl.lpg.rules.ae;

import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * BR255: Periodiciteit conform opdrachtgever: een van de voor de opdrachtgever toegestane waarden (parameter
 * Opdrachtgevers.periodiciteiten) en de periodiciteit van de aansluiting, beide geldig op datum aanvang tijdvak.
 */
@Component
public class Br255PeriodiciteitConformOpdrachtgever implements AeRegel {

    @Override
    public String regel() {
        return "255";
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        var ae = ctx.ae().ae();
        String p = ae.periodiciteit().name();
        var og = ctx.parameters().opdrachtgever(ae.opdrachtgever(), ae.datumAanvangTijdvak());
        String toegestaan = og.map(r -> r.text("periodiciteiten")).orElse(null);
        if (toegestaan != null && Arrays.stream(toegestaan.split(",")).map(s -> s.trim().toUpperCase(Locale.ROOT))
                .noneMatch(p::equals)) {
            return List.of(Bevinding.van(regel(), "Periodiciteit " + p + " is niet toegestaan voor " + ae.opdrachtgever()
                    + " (toegestaan: " + toegestaan + ")."));
        }
        var aansluiting = ctx.organisatie().aansluiting(ae.aansluitnummer(), ae.datumAanvangTijdvak());
        if (aansluiting.isPresent() && !p.equalsIgnoreCase(aansluiting.get().text("periodiciteit"))) {
            return List.of(Bevinding.van(regel(), "Periodiciteit " + p + " wijkt af van de periodiciteit "
                    + aansluiting.get().text("periodiciteit") + " van aansluiting " + ae.aansluitnummer() + "."));
        }
        return List.of();
    }
}
