package nl.lpg.batch;

import nl.lpg.delivery.AdministratieveEenheid;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandPartitionerTest {

    private static final AdministratieveEenheid AE = new AdministratieveEenheid(0, "A1000", "ABP", null, null, null,
            null, null);

    @Test
    void boundsCutASampleIntoEvenParts() {
        List<String> nummers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            nummers.add(String.format("%09d", i));
        }
        Collections.shuffle(nummers, new Random(7));
        assertEquals(List.of("000000250", "000000500", "000000750"), StandPartitioner.grenzen(nummers, 4));
        assertEquals(List.of(), StandPartitioner.grenzen(nummers, 1));
    }

    @Test
    void everyPersoneelsnummerBelongsToExactlyOnePartition() {
        List<String> grenzen = StandPartitioner.grenzen(List.of("B", "D", "F", "H"), 3);
        for (String p : List.of("A", "B", "c", "D ", "e", "ZZZ", "", "F")) {
            int keer = 0;
            for (int deel = 0; deel < 3; deel++) {
                String vanaf = deel == 0 ? null : grenzen.get(deel - 1);
                String tot = deel == 2 ? null : grenzen.get(deel);
                keer += StandPartitioner.hoortBij(AE, p, deel, 3, vanaf, tot, true) ? 1 : 0;
            }
            assertEquals(1, keer, p);
        }
    }

    @Test
    void twoSpellingsOfOneKeyAsTheDatabaseComparesThemStayTogether() {
        // utf8mb4_general_ci: case and trailing spaces do not count, so "p7" and "P7  " are one employee in the stand
        assertTrue(StandPartitioner.hoortBij(AE, "p7", 1, 2, "P5", null, true));
        assertTrue(StandPartitioner.hoortBij(AE, "P7  ", 1, 2, "P5", null, true));
        assertEquals(StandPartitioner.deel(AE, "p7", 2), StandPartitioner.deel(AE, "P7  ", 2));
    }

    @Test
    void aPartitionPlannedByHashBeforeARestartKeepsItsHash() {
        // a run started by a version that hashed employees is resumed with the same split
        int deel = StandPartitioner.deel(AE, "000123", 2);
        assertTrue(StandPartitioner.hoortBij(AE, "000123", deel, 2, null, null, false));
        assertTrue(!StandPartitioner.hoortBij(AE, "000123", 1 - deel, 2, null, null, false));
    }
}
