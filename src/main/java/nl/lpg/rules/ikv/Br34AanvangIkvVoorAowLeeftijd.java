package nl.lpg.rules.ikv;

import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.parameters.ParameterRow;
import nl.lpg.parameters.ParameterSheets;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * BR34: een nieuwe inkomstenverhouding moet aanvangen voor de datum bereiken van de AOW-leeftijd (ABP).
 * "Nieuw" is an IKV of which the stand holds no inkomstenperioden.
 */
@Component
public class Br34AanvangIkvVoorAowLeeftijd implements IkvRegel {

    @Override
    public String regel() {
        return "34";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        NatuurlijkPersoon np = ikv.natuurlijkPersoon();
        if (ikv.datumAanvang() == null || np == null || np.geboortedatum() == null || !IkvHulp.isNieuw(ctx)) {
            return List.of();
        }
        Optional<LocalDate> aow = aowDatum(ctx, np.geboortedatum());
        if (aow.isPresent() && !ikv.datumAanvang().isBefore(aow.get())) {
            return List.of(Bevinding.van(regel(), "Nieuwe inkomstenverhouding vangt aan op " + ikv.datumAanvang()
                    + ", op of na de datum waarop de deelnemer de AOW-leeftijd bereikt (" + aow.get() + ")."));
        }
        return List.of();
    }

    /** Geboortedatum plus the AOW-leeftijd of the AowLeeftijd row whose range holds the geboortedatum. */
    static Optional<LocalDate> aowDatum(IkvContext ctx, LocalDate geboortedatum) {
        for (ParameterRow r : ctx.parameters().table(ParameterSheets.AOW_LEEFTIJD.name()).rows()) {
            LocalDate van = r.date("geboortedatumVan");
            LocalDate tot = r.date("geboortedatumTot");
            if (van != null && tot != null && !geboortedatum.isBefore(van) && !geboortedatum.isAfter(tot)) {
                return Optional.of(geboortedatum.plusYears(r.integer("jaren")).plusMonths(r.integer("maanden")));
            }
        }
        return Optional.empty();
    }
}
