package nl.lpg.rules.extern;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
    private final ChunkAntwoorden<List<PensioenadministratieBron.Feit>> chunk = new ChunkAntwoorden<>();

    public PensioenadministratieRaadpleging(PensioenadministratieBron bron) {
        this.bron = Objects.requireNonNull(bron);
    }

    public void laadVooruit(Collection<String> bsns) {
        Set<String> vraag = new LinkedHashSet<>();
        for (String b : bsns) {
            String n = BrpBron.normaliseer(b);
            if (n != null) {
                vraag.add(n);
            }
        }
        Map<String, List<PensioenadministratieBron.Feit>> gevonden = new HashMap<>();
        if (!vraag.isEmpty()) {
            for (PensioenadministratieBron.Feit f : bron.zoek(List.copyOf(vraag))) {
                gevonden.computeIfAbsent(f.bsn(), k -> new ArrayList<>()).add(f);
            }
        }
        chunk.vervang(vraag, gevonden);
    }

    /** The participant as the administration of this opdrachtgever knows it (no rows when it does not). */
    public Deelnemer deelnemer(String opdrachtgever, String bsn) {
        String n = BrpBron.normaliseer(bsn);
        if (n == null) {
            return new Deelnemer(opdrachtgever, List.of());
        }
        List<PensioenadministratieBron.Feit> feiten = chunk.antwoord(n).map(a -> a.orElse(List.of()))
                .orElseGet(() -> bron.zoek(List.of(n)));
        return new Deelnemer(opdrachtgever, feiten.stream()
                .filter(f -> f.opdrachtgever().equalsIgnoreCase(opdrachtgever)).toList());
    }
}
