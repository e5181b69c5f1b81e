package nl.lpg.delivery;

import java.time.LocalDate;

/** An inkomstenperiode intrekking (IKPI): removes the stored IKP of that loontijdvak with everything under it. */
public record Intrekking(String personeelsnummer, String nummerInkomstenverhouding,
                         LocalDate datumAanvangInkomstenperiode, String bsn, Plaats plaats) {
    @Override
    public String toString() {
        return "Intrekking[personeelsnummer=" + personeelsnummer + ", nummerInkomstenverhouding="
                + nummerInkomstenverhouding + ", datumAanvangInkomstenperiode=" + datumAanvangInkomstenperiode
                + ", bsn=***]";
    }
}
