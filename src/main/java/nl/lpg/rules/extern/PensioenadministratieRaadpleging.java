package nl.lpg.rules.extern;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the rules ask the pension administration: per chunk, as {@link BrpRaadpleging} asks the BRP. {@link #laadVooruit}
 * reads the rows of every participant of the coming chunk in one go and drops the previous chunk's; a participant not
 * read ahead is read on its own.
 */
public final class PensioenadministratieRaadpleging {

    private final PensioenadministratieBron bron;
    // Per thread: the partitions of the IKV step each read ahead their own chunk (nl.lpg.batch.IkvPartitioner).
    private final ThreadLocal<Map<String, List<PensioenadministratieBron.Feit>>> chunkPerDraad = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<Set<String>> gevraagdPerDraad = ThreadLocal.withInitial(java.util.HashSet::new);

    public PensioenadministratieRaadpleging(PensioenadministratieBron bron) {
        this.bron = Objects.requireNonNull(bron);
    }

    public void laadVooruit(Collection<String> bsns) {
        var chunk = chunkPerDraad.get();
        var gevraagd = gevraagdPerDraad.get();
        chunk.clear();
        gevraagd.clear();
        Set<String> vraag = new LinkedHashSet<>();
        for (String b : bsns) {
            String n = BrpBron.normaliseer(b);
            if (n != null) {
                vraag.add(n);
            }
        }
        if (!vraag.isEmpty()) {
            for (PensioenadministratieBron.Feit f : bron.zoek(List.copyOf(vraag))) {
                chunk.computeIfAbsent(f.bsn(), k -> new ArrayList<>()).add(f);
            }
        }
        gevraagd.addAll(vraag);
    }

    /** The participant as the administration of this opdrachtgever knows it (no rows when it does not). */
    public Deelnemer deelnemer(String opdrachtgever, String bsn) {
        String n = BrpBron.normaliseer(bsn);
        if (n == null) {
            return new Deelnemer(opdrachtgever, List.of());
        }
        List<PensioenadministratieBron.Feit> feiten = gevraagdPerDraad.get().contains(n)
                ? chunkPerDraad.get().getOrDefault(n, List.of())
                : bron.zoek(List.of(n));
        return new Deelnemer(opdrachtgever, feiten.stream()
                .filter(f -> f.opdrachtgever().equalsIgnoreCase(opdrachtgever)).toList());
    }
}
