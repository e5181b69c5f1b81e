package nl.lpg.cli;

import nl.lpg.rules.RegelCatalogus;
import nl.lpg.rules.RegelStatus;
import picocli.CommandLine.Command;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code rules}: every entry of the spec's rule index with its status in this engine. */
@Command(name = "rules", description = "List every rule of the specification's index with its status.")
class Rules implements Callable<Integer> {

    @Override
    public Integer call() {
        Map<String, Integer> counts = new TreeMap<>();
        for (RegelCatalogus.Entry e : RegelCatalogus.entries()) {
            RegelStatus.Status s = RegelStatus.van(e.nr());
            counts.merge(s.status(), 1, Integer::sum);
            System.out.printf("%-18s %-6s %-22s %s%s%n", e.nr(), e.entity(), s.status(), e.title(),
                    s.toelichting().isEmpty() ? "" : " [" + s.toelichting() + "]");
        }
        System.out.println();
        counts.forEach((k, v) -> System.out.println(k + ": " + v));
        System.out.println("total: " + RegelCatalogus.entries().size());
        return ExitCodes.DONE;
    }
}
