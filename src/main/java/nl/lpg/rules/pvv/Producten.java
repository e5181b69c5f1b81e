package nl.lpg.rules.pvv;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.parameters.ParameterRow;
import nl.lpg.parameters.ParameterSheets;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Bevinding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Helpers shared by the PVV and PVP rules: walking the PVPs of an IKV and naming a product in a melding. */
public final class Producten {
    private Producten() {
    }

    /** One PVV of an IKP. */
    public record PvvInIkp(Inkomstenperiode ikp, PensioenVerzekeringVerhouding pvv) {
        public Bevinding bevinding(String regel, String melding) {
            return Bevinding.van(regel, melding).metIkp(ikp.datumAanvang()).metProduct(pvv.productkeuze(),
                    pvv.productvariant());
        }
    }

    /** One PVP with the PVV and IKP it belongs to. */
    public record PvpInIkp(Inkomstenperiode ikp, PensioenVerzekeringVerhouding pvv, PensioenVerzekeringPeriode pvp) {
        public Bevinding bevinding(String regel, String melding) {
            return Bevinding.van(regel, melding).metIkp(ikp.datumAanvang()).metProduct(pvv.productkeuze(),
                    pvv.productvariant());
        }

        public String product() {
            return naam(pvv);
        }
    }

    public static List<PvvInIkp> pvvs(Inkomstenverhouding ikv) {
        List<PvvInIkp> out = new ArrayList<>();
        for (Inkomstenperiode ikp : ikv.inkomstenperioden()) {
            for (PensioenVerzekeringVerhouding pvv : ikp.pensioenVerzekeringVerhoudingen()) {
                out.add(new PvvInIkp(ikp, pvv));
            }
        }
        return out;
    }

    public static List<PvpInIkp> pvps(Inkomstenverhouding ikv) {
        List<PvpInIkp> out = new ArrayList<>();
        for (PvvInIkp p : pvvs(ikv)) {
            for (PensioenVerzekeringPeriode pvp : p.pvv().perioden()) {
                out.add(new PvpInIkp(p.ikp(), p.pvv(), pvp));
            }
        }
        return out;
    }

    /** Productvariant with "not delivered" as the empty text, as the parameter sheets key it. */
    public static String variant(String productvariant) {
        return productvariant == null ? "" : productvariant.trim();
    }

    /** Whether two PVVs name the same product (productkeuze and productvariant; an empty variant is a value too). */
    public static boolean zelfdeProduct(String keuze1, String variant1, String keuze2, String variant2) {
        return Objects.equals(keuze1 == null ? null : keuze1.trim().toUpperCase(),
                keuze2 == null ? null : keuze2.trim().toUpperCase())
                && variant(variant1).equalsIgnoreCase(variant(variant2));
    }

    /** The product as an employer reads it: "OPNP" or "OPNP/variant". */
    public static String naam(PensioenVerzekeringVerhouding pvv) {
        return naam(pvv.productkeuze(), pvv.productvariant());
    }

    public static String naam(String keuze, String variant) {
        return variant(variant).isEmpty() ? keuze : keuze + "/" + variant;
    }

    /** The ProductvariantKenmerken row of the product on the date, if the workbook has one. */
    public static Optional<ParameterRow> kenmerken(Parameters p, String opdrachtgever, String keuze, String variant,
                                                   LocalDate date) {
        return p.table(ParameterSheets.PvvPvpNp.PRODUCTVARIANT_KENMERKEN.name())
                .find(date, opdrachtgever, keuze, variant(variant));
    }

    /** Products without a productloon (Productvariantkenmerken.productloonOnafhankelijk = J). */
    public static boolean productloonOnafhankelijk(Parameters p, String opdrachtgever, PvpInIkp x) {
        return kenmerken(p, opdrachtgever, x.pvv().productkeuze(), x.pvv().productvariant(), x.pvp().datumAanvang())
                .map(r -> r.jn("productloonOnafhankelijk")).orElse(false);
    }

    public static boolean positief(BigDecimal b) {
        return b != null && b.signum() > 0;
    }

    /** Amount as in a melding: plain, two decimals as delivered. */
    public static String bedrag(BigDecimal b) {
        return b == null ? "(leeg)" : b.toPlainString();
    }
}
