package nl.lpg.delivery;

import java.time.LocalDate;
import java.util.List;

public record PensioenVerzekeringVerhouding(String productkeuze, String productvariant, LocalDate datumAanvang,
                                            LocalDate datumEinde, List<PensioenVerzekeringPeriode> perioden,
                                            Plaats plaats) {
    public PensioenVerzekeringVerhouding {
        perioden = List.copyOf(perioden);
    }
}
