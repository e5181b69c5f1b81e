package nl.lpg.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One inkomstenperiode (IKP) of an inkomstenverhouding. The contract allows one werknemergegevens; the list keeps
 * every one delivered so that structure check 317 ("Meerdere werknemer gegevens") can see a second one.
 */
public record Inkomstenperiode(LocalDate datumAanvang, LocalDate datumEinde, String verbijzondering,
                               String codeMeetelling, BigDecimal deeltijdfactor, BigDecimal uren,
                               BigDecimal brutoUurloon, String codeCao, String codeBeroep,
                               String soortInkomstenverhouding, List<Werknemergegevens> werknemergegevens,
                               List<PensioenVerzekeringVerhouding> pensioenVerzekeringVerhoudingen, Plaats plaats) {
    public Inkomstenperiode {
        werknemergegevens = List.copyOf(werknemergegevens);
        pensioenVerzekeringVerhoudingen = List.copyOf(pensioenVerzekeringVerhoudingen);
    }

    /** The single werknemergegevens, or null when none was delivered. */
    public Werknemergegevens werknemer() {
        return werknemergegevens.isEmpty() ? null : werknemergegevens.get(0);
    }
}
