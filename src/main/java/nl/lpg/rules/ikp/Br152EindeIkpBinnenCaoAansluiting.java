package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;
import nl.lpg.parameters.ParameterRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * BR152: datum einde IKP moet kleiner of gelijk zijn aan de einddatum van de relatie tussen aansluiting en de CAO uit
 * de IKP (Bouw). Datum einde IKP as BR152 determines it ({@link IkpHulp#afgeleideEinde}). Als bij de CAO geen
 * einddatum is ingevuld wordt de regel niet uitgevoerd; an unknown CAO is BR75's concern.
 */
@Component
public class Br152EindeIkpBinnenCaoAansluiting implements IkvRegel {

    @Override
    public String regel() {
        return "152";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        if (ctx.organisatie() == null || ctx.ae().periodiciteit() == null) {
            return List.of();
        }
        List<ParameterRow> caos = ctx.organisatie().caos(ctx.ae().aansluitnummer());
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            if (IkpHulp.leeg(ikp.codeCao()) || ikp.datumAanvang() == null) {
                continue;
            }
            // The relation that holds on datum aanvang IKP, else the latest that started before it.
            Optional<ParameterRow> relatie = caos.stream()
                    .filter(r -> ikp.codeCao().trim().equalsIgnoreCase(r.text("codeCao")))
                    .filter(r -> r.ingang() == null || !r.ingang().isAfter(ikp.datumAanvang()))
                    .max(Comparator.comparing(r -> r.ingang() == null ? LocalDate.MIN : r.ingang()));
            if (relatie.isEmpty() || relatie.get().einde() == null) {
                continue;
            }
            LocalDate einde = IkpHulp.afgeleideEinde(ctx.ikv(), ikp, ctx.ae().periodiciteit());
            if (einde.isAfter(relatie.get().einde())) {
                uit.add(Bevinding.van(regel(), "Datum einde inkomstenperiode " + einde + " ligt na de einddatum "
                        + relatie.get().einde() + " van CAO " + ikp.codeCao().trim() + " bij aansluiting "
                        + ctx.ae().aansluitnummer() + ".").metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
