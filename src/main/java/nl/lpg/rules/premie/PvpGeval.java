package nl.lpg.rules.premie;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.premium.PvpUitkomst;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One PVP of the IKV with the IKP and PVV it belongs to: what the premium checks walk over. */
record PvpGeval(Inkomstenperiode ikp, PensioenVerzekeringVerhouding pvv, PensioenVerzekeringPeriode pvp) {

    /** Every PVP with a datum aanvang in the IKV, in delivery order. */
    static List<PvpGeval> alle(IkvContext ctx) {
        List<PvpGeval> out = new ArrayList<>();
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            for (PensioenVerzekeringVerhouding pvv : ikp.pensioenVerzekeringVerhoudingen()) {
                for (PensioenVerzekeringPeriode pvp : pvv.perioden()) {
                    if (pvp.datumAanvang() != null && ikp.datumAanvang() != null) {
                        out.add(new PvpGeval(ikp, pvv, pvp));
                    }
                }
            }
        }
        return out;
    }

    /** The premium determination of this PVP; empty when the product has no Productvarianten row. */
    Optional<PvpUitkomst> uitkomst(IkvContext ctx) {
        return ctx.premie(ikp, pvv, pvp);
    }

    String productkeuze() {
        return pvv.productkeuze();
    }

    /** "OPNP" or "PPA variant B", for a melding. */
    String product() {
        return pvv.productvariant() == null || pvv.productvariant().isBlank() ? pvv.productkeuze()
                : pvv.productkeuze() + " variant " + pvv.productvariant();
    }

    Bevinding bevinding(String regel, String melding) {
        return Bevinding.van(regel, melding).metIkp(ikp.datumAanvang())
                .metProduct(pvv.productkeuze(), pvv.productvariant());
    }
}
