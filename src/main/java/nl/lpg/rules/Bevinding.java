package nl.lpg.rules;

import java.time.LocalDate;

/**
 * What a rule found, before the engine gives it the aard from the Regels sheet and the keys of its unit.
 * The melding is for the employer: what is wrong and the values compared. It never holds a BSN or IBAN.
 */
public record Bevinding(String regel, String melding, LocalDate datumAanvangInkomstenperiode, String productkeuze,
                        String productvariant, Integer jaar) {

    public Bevinding {
        Waarneming.gevonden(regel);
    }

    public static Bevinding van(String regel, String melding) {
        return new Bevinding(regel, melding, null, null, null, null);
    }

    public Bevinding metIkp(LocalDate datumAanvangIkp) {
        return new Bevinding(regel, melding, datumAanvangIkp, productkeuze, productvariant, jaar);
    }

    public Bevinding metProduct(String keuze, String variant) {
        return new Bevinding(regel, melding, datumAanvangInkomstenperiode, keuze, variant, jaar);
    }

    public Bevinding metJaar(int j) {
        return new Bevinding(regel, melding, datumAanvangInkomstenperiode, productkeuze, productvariant, j);
    }
}
