package nl.lpg.rules.extern;

import nl.lpg.rules.extern.PensioenadministratieBron.Feit;
import nl.lpg.rules.extern.PensioenadministratieBron.Soort;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What the pension administration of one opdrachtgever records of one participant; no rows when it knows none. */
public record Deelnemer(String opdrachtgever, List<Feit> feiten) {

    public Deelnemer {
        feiten = List.copyOf(feiten);
    }

    /** A dispensatie of this productkeuze valid on the date. */
    public Optional<Feit> dispensatie(String productkeuze, LocalDate d) {
        return eerste(Soort.DISPENSATIE, productkeuze, d);
    }

    /** Whether the date falls in an AVV-loze periode of this productkeuze. */
    public boolean avvLoos(String productkeuze, LocalDate d) {
        return eerste(Soort.AVV_LOOS, productkeuze, d).isPresent();
    }

    /** Whether a vrijwillige deelname individueel is valid on the date. */
    public boolean vrijwilligeDeelname(LocalDate d) {
        return feiten.stream().anyMatch(f -> f.soort() == Soort.VRIJWILLIGE_DEELNAME && f.geldigOp(d));
    }

    public Optional<LocalDate> pensioenrichtdatum() {
        return feiten.stream().filter(f -> f.soort() == Soort.PENSIOENRICHTDATUM).map(Feit::ingang)
                .min(Comparator.naturalOrder());
    }

    /** The first ingegaan pensioen, afkoop or waardeoverdracht that took place on or before the date. */
    public Optional<Feit> situatie(LocalDate uiterlijk) {
        return feiten.stream().filter(f -> f.soort().situatie() && !f.ingang().isAfter(uiterlijk))
                .min(Comparator.comparing(Feit::ingang));
    }

    private Optional<Feit> eerste(Soort soort, String productkeuze, LocalDate d) {
        return feiten.stream().filter(f -> f.soort() == soort && f.voorProduct(productkeuze) && f.geldigOp(d))
                .findFirst();
    }

    /** How a situatie reads in a melding: "pensioen ingegaan op 2024-05-01". */
    public static String omschrijving(Feit f) {
        return switch (f.soort()) {
            case PENSIOEN_INGEGAAN -> "pensioen ingegaan op " + f.ingang();
            case AFKOOP -> "afkoop op " + f.ingang();
            case WAARDEOVERDRACHT -> "waardeoverdracht op " + f.ingang();
            default -> f.soort() + " op " + f.ingang();
        };
    }
}
