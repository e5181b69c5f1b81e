package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.IkvRegel;
import org.springframework.stereotype.Component;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.parameters.ParameterRow;
import nl.lpg.parameters.ParameterSheets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * BR174: het gemiddeld uurloon van de pensioen/verzekeringsperiode (productloon gedeeld door uren) moet voor
 * Schoonmaak groter dan of gelijk zijn aan het verhoogde minimum uurloon: minimum uurloon (MinimumUurloon, leeftijd
 * bij aanvang IKP) verhoogd met het percentage vakantietoeslag van de CAO (CaoParameters). Verbijzonderingen ZKG en
 * WIA zijn uitgezonderd. Het signaal wordt alleen gegeven bij de eerst voorkomende periode (within this IKV).
 */
@Component
public class Br174BerekendUurloonMinimumSchoonmaak implements IkvRegel {

    private static final BigDecimal HONDERD = new BigDecimal("100");

    @Override
    public String regel() {
        return "174";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        Inkomstenverhouding ikv = ctx.ikv();
        for (Inkomstenperiode ikp : IkpHulp.gesorteerd(ikv)) {
            if (IkpHulp.isVerbijzondering(ikp, "ZKG", "WIA")) {
                continue;
            }
            Integer leeftijd = IkpHulp.leeftijd(ikv.natuurlijkPersoon(), ikp.datumAanvang());
            if (leeftijd == null) {
                continue;
            }
            Optional<BigDecimal> minimum = ParameterHulp.uurloon(ctx.parameters(),
                    ParameterSheets.MINIMUM_UURLOON.name(), ctx.opdrachtgever(), ikp.codeCao(), leeftijd,
                    ikp.datumAanvang());
            if (minimum.isEmpty()) {
                continue;
            }
            BigDecimal vakantietoeslag = IkpHulp.leeg(ikp.codeCao()) ? null : ctx.parameters()
                    .cao(ctx.opdrachtgever(), ikp.codeCao().trim(), ikp.datumAanvang())
                    .map((ParameterRow r) -> r.decimal("percentageVakantietoeslag")).orElse(null);
            BigDecimal verhoogd = minimum.get().multiply(BigDecimal.ONE.add(
                    (vakantietoeslag == null ? BigDecimal.ZERO : vakantietoeslag).divide(HONDERD)));
            for (PensioenVerzekeringVerhouding pvv : ikp.pensioenVerzekeringVerhoudingen()) {
                for (PensioenVerzekeringPeriode pvp : pvv.perioden()) {
                    if (pvp.productloon() == null || pvp.uren() == null || pvp.uren().signum() <= 0) {
                        continue;
                    }
                    // productloon / uren < verhoogd, compared without dividing.
                    if (pvp.productloon().compareTo(verhoogd.multiply(pvp.uren())) < 0) {
                        BigDecimal uurloon = pvp.productloon().divide(pvp.uren(), 2, RoundingMode.HALF_UP);
                        return List.of(Bevinding.van(regel(), "Berekend gemiddeld uurloon " + uurloon.toPlainString()
                                + " (productloon " + pvp.productloon().toPlainString() + " / "
                                + pvp.uren().toPlainString() + " uren, product " + pvv.productkeuze()
                                + ") is lager dan het minimum uurloon inclusief vakantietoeslag "
                                + verhoogd.setScale(2, RoundingMode.HALF_UP).toPlainString() + " bij leeftijd "
                                + leeftijd + ".").metIkp(ikp.datumAanvang()).metProduct(pvv.productkeuze(),
                                pvv.productvariant()));
                    }
                }
            }
        }
        return List.of();
    }
}
