package nl.lpg.testsupport;

import nl.lpg.rules.extern.PensioenadministratieBestand;
import nl.lpg.rules.extern.PensioenadministratieBron;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A pension administration for rule tests, written in the import format (opdrachtgever;bsn;soort;productkeuze;ingang;einde). */
public final class Pensioenadministraties {
    private Pensioenadministraties() {
    }

    public static PensioenadministratieBron van(String... regels) {
        List<PensioenadministratieBron.Feit> feiten = new ArrayList<>();
        try {
            PensioenadministratieBestand.lees(new StringReader("opdrachtgever;bsn;soort;productkeuze;ingang;einde\n"
                    + String.join("\n", regels) + "\n"), "pensioenadministratie.csv", feiten::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bsns -> feiten.stream().filter(f -> bsns.contains(f.bsn())).toList();
    }
}
