package nl.lpg.rules;

import java.util.function.Consumer;

/**
 * Lets the catalogue test see which rules produced a finding while the rule tests ran. Nothing observes in a run:
 * the observer is only set by {@code CatalogusWandelingTest}.
 */
public final class Waarneming {

    private static volatile Consumer<String> waarnemer;

    private Waarneming() {
    }

    public static void zet(Consumer<String> w) {
        waarnemer = w;
    }

    static void gevonden(String regel) {
        Consumer<String> w = waarnemer;
        if (w != null) {
            w.accept(regel);
        }
    }
}
