package nl.lpg.rules.ae;

import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import org.springframework.stereotype.Component;

import java.util.List;

/** BR25: Leverancier en aansluiting moeten voor het tijdvak geldig zijn: het tijdvak past binnen de geldigheid van de aansluiting en van de relatie met de leverancier. Only when the relation exists at all (else BR21). */
@Component
public class Br25GeldigVoorTijdvak implements AeRegel {

    @Override
    public String regel() {
        return "25";
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        var ae = ctx.ae().ae();
        String lev = ctx.levering().nummerLeverancier();
        var relaties = ctx.organisatie().relatie(lev, ae.aansluitnummer());
        if (relaties.isEmpty()) {
            return List.of();
        }
        var van = ae.datumAanvangTijdvak();
        var tot = ae.datumEindeTijdvak();
        boolean aansluitingGeldig = ctx.organisatie().aansluiting(ae.aansluitnummer()).stream()
                .anyMatch(r -> r.geldigOp(van) && r.geldigOp(tot));
        boolean relatieGeldig = relaties.stream().anyMatch(r -> r.geldigOp(van) && r.geldigOp(tot));
        if (!aansluitingGeldig || !relatieGeldig) {
            return List.of(Bevinding.van(regel(), "Het tijdvak " + van + " t/m " + tot + " valt niet binnen de geldigheid van "
                    + (aansluitingGeldig ? "de relatie tussen leverancier " + lev + " en aansluiting " : "aansluiting ")
                    + ae.aansluitnummer() + "."));
        }
        return List.of();
    }
}
