package nl.lpg.catalogus;

import nl.lpg.rules.RegelCatalogus;
import nl.lpg.rules.RegelStatus;
import nl.lpg.rules.Waarneming;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * Walks the whole catalogue: runs every rule test (packages {@code nl.lpg.rules}) and checks that every rule marked
 * {@code implemented} fired in at least one of their test deliveries, and that no entry of the index is missing
 * from the {@code rules} listing.
 */
class CatalogusWandelingTest {

    @Test
    void everyImplementedRuleFiresInAtLeastOneTestDelivery() {
        Set<String> gevuurd = new ConcurrentSkipListSet<>();
        Waarneming.zet(gevuurd::add);
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        try {
            LauncherDiscoveryRequest req = request().selectors(selectPackage("nl.lpg.rules")).build();
            Launcher launcher = LauncherFactory.create();
            launcher.execute(req, summary);
        } finally {
            Waarneming.zet(null);
        }
        assertThat(summary.getSummary().getTestsSucceededCount()).isPositive();
        Set<String> nooitGevuurd = new TreeSet<>(RegelStatus.geimplementeerd());
        nooitGevuurd.removeAll(gevuurd);
        System.out.println("Catalogue walk: " + RegelStatus.geimplementeerd().size() + " implemented, "
                + (RegelStatus.geimplementeerd().size() - nooitGevuurd.size()) + " fired in a test delivery");
        assertThat(nooitGevuurd).as("implemented rules that never fire in any test delivery").isEmpty();
    }

    @Test
    void everyIndexEntryHasAStatus() {
        for (RegelCatalogus.Entry e : RegelCatalogus.entries()) {
            assertThat(RegelStatus.van(e.nr()).status()).as(e.nr())
                    .isIn("implemented", "needs stand", "needs external source", "derivation");
        }
    }
}
