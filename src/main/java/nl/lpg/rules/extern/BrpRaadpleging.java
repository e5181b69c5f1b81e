package nl.lpg.rules.extern;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the rules ask the BRP: per chunk. {@link #laadVooruit} is called with the BSNs of the IKVs a chunk is about to
 * check and asks the adapter for all of them in one go (the HTTP adapter in batches of the API's maximum); the rules'
 * questions are then answered from memory. The previous chunk's answers are dropped first, so nothing grows with the
 * delivery. A BSN that was not read ahead (a caller outside the job, a unit test) is asked on its own.
 */
public final class BrpRaadpleging {

    private final BrpBron bron;
    private final ChunkAntwoorden<BrpBron.BrpPersoon> chunk = new ChunkAntwoorden<>();

    public BrpRaadpleging(BrpBron bron) {
        this.bron = java.util.Objects.requireNonNull(bron);
    }

    /** Asks the BRP for every BSN of the coming chunk (BSN 0 and blanks are not asked). */
    public void laadVooruit(Collection<String> bsns) {
        Set<String> vraag = new LinkedHashSet<>();
        for (String b : bsns) {
            String n = BrpBron.normaliseer(b);
            if (n != null && !n.chars().allMatch(c -> c == '0')) {
                vraag.add(n);
            }
        }
        chunk.vervang(vraag, vraag.isEmpty() ? Map.of() : bron.zoek(List.copyOf(vraag)));
    }

    /** What the BRP knows of this BSN; empty when it does not know it. */
    public Optional<BrpBron.BrpPersoon> zoek(String bsn) {
        String n = BrpBron.normaliseer(bsn);
        if (n == null) {
            return Optional.empty();
        }
        return chunk.antwoord(n).orElseGet(() -> Optional.ofNullable(bron.zoek(List.of(n)).get(n)));
    }
}
