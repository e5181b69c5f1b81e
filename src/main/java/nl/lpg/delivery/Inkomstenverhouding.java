package nl.lpg.delivery;

import java.time.LocalDate;
import java.util.List;

/** One inkomstenverhouding (IKV) with its natuurlijk persoon and inkomstenperioden: the unit the engine accepts or refuses. */
public record Inkomstenverhouding(String personeelsnummer, String nummer, String aard, LocalDate datumAanvang,
                                  LocalDate datumEinde, String redenEinde, NatuurlijkPersoon natuurlijkPersoon,
                                  List<Inkomstenperiode> inkomstenperioden, Plaats plaats) {
    public Inkomstenverhouding {
        inkomstenperioden = List.copyOf(inkomstenperioden);
    }
}
