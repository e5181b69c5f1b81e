package nl.lpg.rules.extern;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a source answered for the BSNs of the coming chunk, per thread: the partitions of the IKV step each read ahead
 * their own chunk (nl.lpg.batch.IkvPartitioner). A BSN asked without an answer is known to be absent.
 */
final class ChunkAntwoorden<V> {

    private final ThreadLocal<Map<String, V>> antwoorden = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<Set<String>> gevraagd = ThreadLocal.withInitial(HashSet::new);

    /** Replaces this thread's chunk: {@code gevraagd} were asked, {@code antwoorden} is what came back. */
    void vervang(Collection<String> gevraagdeBsns, Map<String, V> gevonden) {
        antwoorden.get().clear();
        gevraagd.get().clear();
        antwoorden.get().putAll(gevonden);
        gevraagd.get().addAll(gevraagdeBsns);
    }

    /** Empty when the BSN was not asked with this chunk (the caller asks the source itself); else the answer. */
    Optional<Optional<V>> antwoord(String bsn) {
        return gevraagd.get().contains(bsn) ? Optional.of(Optional.ofNullable(antwoorden.get().get(bsn)))
                : Optional.empty();
    }
}
