package nl.lpg.rules;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.delivery.Plaats;

import java.time.LocalDate;
import java.util.List;

/**
 * A light summary of one IKV of the delivery, for AE rules that compare IKVs or intrekkingen with each other
 * (BR185, BR287, BR288, BR356, BR365). The natuurlijk persoon is kept for identity comparisons only; its
 * {@code toString()} hides BSN and IBAN.
 */
public record IkvOverzicht(int aeIndex, String aansluitnummer, String personeelsnummer, String nummer,
                           LocalDate datumAanvang, LocalDate datumEinde, NatuurlijkPersoon natuurlijkPersoon,
                           List<LocalDate> datumsAanvangIkp, Plaats plaats) {

    public IkvOverzicht {
        datumsAanvangIkp = List.copyOf(datumsAanvangIkp);
    }

    public static IkvOverzicht van(AdministratieveEenheid ae, Inkomstenverhouding ikv) {
        return new IkvOverzicht(ae.index(), ae.aansluitnummer(), ikv.personeelsnummer(), ikv.nummer(),
                ikv.datumAanvang(), ikv.datumEinde(), ikv.natuurlijkPersoon(),
                ikv.inkomstenperioden().stream().map(Inkomstenperiode::datumAanvang)
                        .filter(java.util.Objects::nonNull).toList(), ikv.plaats());
    }

    /**
     * The summary as the process run stages it: of the person only what the comparing rules read (BSN,
     * personeelsnummer, voorletters, achternaam, geboortedatum, geslacht), so it stays small.
     */
    public static IkvOverzicht kort(AdministratieveEenheid ae, Inkomstenverhouding ikv) {
        IkvOverzicht o = van(ae, ikv);
        var np = ikv.natuurlijkPersoon();
        var kort = np == null ? null : new NatuurlijkPersoon(np.bsn(), np.personeelsnummer(), np.voorletters(), null,
                np.achternaam(), np.geboortedatum(), np.geslacht(), null, null, null, null, null, null);
        return new IkvOverzicht(o.aeIndex(), o.aansluitnummer(), o.personeelsnummer(), o.nummer(), o.datumAanvang(),
                o.datumEinde(), kort, o.datumsAanvangIkp(), o.plaats());
    }

    /** Same IKV key (personeelsnummer and nummer inkomstenverhouding) at the same aansluiting. */
    public boolean zelfdeIkv(String aansluiting, String pnr, String nr) {
        return eq(aansluitnummer, aansluiting) && eq(personeelsnummer, pnr) && eq(nummer, nr);
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : b != null && a.trim().equals(b.trim());
    }
}
