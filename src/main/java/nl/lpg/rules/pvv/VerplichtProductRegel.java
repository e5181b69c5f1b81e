package nl.lpg.rules.pvv;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * BR194-BR196 with the derivations BR308-BR310 ("Bepalen verplichtheid ... bij Aard WN en verbijzondering WNE"):
 * for an IKP of aard WN with a verbijzondering for which the product is verplicht and code meetelling J, when the
 * person meets the age conditions the IKP must hold a PVV of that product with at least one PVP (BR342).
 */
public abstract class VerplichtProductRegel implements IkvRegel {

    static final String AARD_WN = "WN";

    /** Whether the PVV's productkeuze is the verplichte product. */
    protected abstract boolean isProduct(String productkeuze);

    protected abstract String productNaam();

    /** Verbijzonderingen (at aard WN) for which the product is verplicht. */
    protected Set<String> verbijzonderingen() {
        return Set.of("WNE");
    }

    /** Whether the product is verplicht for this person in this IKP; empty reason = not verplicht. */
    protected abstract Optional<String> verplicht(String opdrachtgever, Parameters p, NatuurlijkPersoon np,
                                                  LocalDate aanvangIkv, LocalDate aanvangIkp);

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        List<Bevinding> out = new ArrayList<>();
        NatuurlijkPersoon np = ctx.ikv().natuurlijkPersoon();
        if (np == null || np.geboortedatum() == null || !AARD_WN.equalsIgnoreCase(ctx.ikv().aard())) {
            return out;
        }
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            if (!"J".equalsIgnoreCase(ikp.codeMeetelling()) || ikp.verbijzondering() == null
                    || !verbijzonderingen().contains(ikp.verbijzondering().trim().toUpperCase())) {
                continue;
            }
            boolean aanwezig = ikp.pensioenVerzekeringVerhoudingen().stream()
                    .anyMatch(v -> v.productkeuze() != null && isProduct(v.productkeuze().trim().toUpperCase())
                            && !v.perioden().isEmpty());
            if (aanwezig) {
                continue;
            }
            verplicht(ctx.opdrachtgever(), ctx.parameters(), np, ctx.ikv().datumAanvang(), ikp.datumAanvang())
                    .ifPresent(reden -> out.add(Bevinding.van(regel(), "Product " + productNaam()
                            + " is verplicht (" + reden + ") maar ontbreekt in de inkomstenperiode van "
                            + ikp.datumAanvang() + ".").metIkp(ikp.datumAanvang()).metProduct(productNaam(), null)));
        }
        return out;
    }

    /** "De arbeidsovereenkomst is ingegaan voor 65 jaar". */
    protected static boolean ingegaanVoor65(NatuurlijkPersoon np, LocalDate aanvangIkv) {
        return aanvangIkv == null || aanvangIkv.isBefore(np.geboortedatum().plusYears(65));
    }

    /** ABP: jonger dan de 1e dag van de maand van AOW-leeftijd + 5 jaar en ingegaan voor 65 jaar. */
    protected static Optional<String> abpJongerDanAowPlus5(Parameters p, NatuurlijkPersoon np, LocalDate aanvangIkv,
                                                          LocalDate aanvangIkp) {
        Optional<LocalDate> grens = Leeftijden.eersteVanMaandAowPlus5(p, np.geboortedatum());
        if (grens.isPresent() && aanvangIkp.isBefore(grens.get()) && ingegaanVoor65(np, aanvangIkv)) {
            return Optional.of("jonger dan " + grens.get() + ", de 1e dag van de maand van AOW-leeftijd + 5 jaar,"
                    + " en inkomstenverhouding ingegaan voor 65 jaar");
        }
        return Optional.empty();
    }
}
