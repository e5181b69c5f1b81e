package nl.lpg.rules.pvv;

import nl.lpg.rules.RegelCatalogus;
import nl.lpg.rules.RegelsSeed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The area pvv-pvp-np: every rule of its entities is seeded, or listed in regels-status with a reason. */
class SeedEnStatusTest {

    /** Premium checks and derivations of another area, not in this one. */
    private static final Set<String> PREMIE = Set.of("163", "164", "165", "168", "170", "171", "243", "244", "248",
            "312", "316", "139", "140", "167", "222", "223", "224", "232", "300", "345");

    @Test
    @DisplayName("Every PVV/PVP/NP/ABI/ABU/CPVA/CPVL/structure rule of the index is seeded or has a status line, and nothing twice")
    void dekking() throws IOException {
        Set<String> entiteiten = Set.of("PVV", "PVP", "NP", "ABI", "ABU", "CPVA", "CPVL");
        Set<String> structuur = Set.of("114", "115", "234", "283", "347", "348");
        Set<String> verwacht = RegelCatalogus.entries().stream()
                .filter(e -> entiteiten.contains(e.entity()) || structuur.contains(e.nr()))
                .map(RegelCatalogus.Entry::nr).filter(nr -> !PREMIE.contains(nr)).collect(Collectors.toSet());
        Set<String> seeded = RegelsSeed.load().stream().map(RegelsSeed.Row::regel).collect(Collectors.toSet());
        Set<String> status = status();
        // A rule built against an external-source port is seeded like any other; bin/lpg rules says per installation
        // whether its source is configured (issue 15).
        Set<String> gedekt = new HashSet<>(seeded);
        gedekt.addAll(status);
        assertThat(gedekt).containsAll(verwacht);
        assertThat(status).doesNotContainAnyElementsOf(seeded);
        assertThat(seeded).allMatch(RegelCatalogus::isBekend);
    }

    private static Set<String> status() throws IOException {
        try (var in = SeedEnStatusTest.class.getResourceAsStream("/regels-status/pvv-pvp-np.tsv")) {
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().skip(1)
                    .filter(l -> !l.isBlank()).toList();
            lines.forEach(l -> assertThat(l.split("\t")).hasSize(3)
                    .satisfies(f -> assertThat(f[1]).isIn("needs stand", "needs external source", "derivation")));
            return lines.stream().map(l -> l.split("\t")[0]).collect(Collectors.toSet());
        }
    }
}
