package nl.lpg.cli;

import nl.lpg.bronnen.ExterneBronnenVanRun;
import nl.lpg.rules.RegelCatalogus;
import nl.lpg.rules.RegelStatus;
import nl.lpg.rules.extern.ExterneBron;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Files;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code rules}: every entry of the spec's rule index with its status in this engine. An implemented rule that needs
 * a source outside the delivery is listed as "needs external source" while that source is not configured for this
 * installation: the BRP when neither {@code --brp-url}/{@code --brp} is given nor an extract was imported, the pension
 * administration when none was imported. The import state is read from the database of {@code --data} (or
 * {@code --db-url}); a {@code --data} without a database has none.
 */
@Command(name = "rules", description = "List every rule of the specification's index with its status; a rule whose external source (BRP, pension administration) is not configured in this installation's database (or by --brp-url/--brp) shows as \"needs external source\".")
class Rules implements Callable<Integer> {

    @Mixin
    GlobalOptions g = new GlobalOptions();

    @Override
    public Integer call() {
        Set<ExterneBron> geconfigureerd = geconfigureerd();
        Map<String, Integer> counts = new TreeMap<>();
        for (RegelCatalogus.Entry e : RegelCatalogus.entries()) {
            RegelStatus.Status s = RegelStatus.van(e.nr());
            ExterneBron bron = RegelStatus.externeBron(e.nr());
            if (bron != null && "implemented".equals(s.status()) && !geconfigureerd.contains(bron)) {
                s = new RegelStatus.Status("needs external source", "implemented; not evaluated until " + bron.hoe());
            }
            counts.merge(s.status(), 1, Integer::sum);
            System.out.printf("%-18s %-6s %-22s %s%s%n", e.nr(), e.entity(), s.status(), e.title(),
                    s.toelichting().isEmpty() ? "" : " [" + s.toelichting() + "]");
        }
        System.out.println();
        counts.forEach((k, v) -> System.out.println(k + ": " + v));
        System.out.println("total: " + RegelCatalogus.entries().size());
        return ExitCodes.DONE;
    }

    /** The sources this installation has: from the options, else from the import state in its database. */
    private Set<ExterneBron> geconfigureerd() {
        Set<ExterneBron> s = EnumSet.noneOf(ExterneBron.class);
        if (g.brpUrl != null || g.brp != null) {
            s.add(ExterneBron.BRP);
        }
        if (g.dbUrl == null && !Files.exists(g.data.resolve("credentials.cnf"))) {
            return s; // no database under --data: nothing was imported
        }
        g.brp = null; // listing the rules imports nothing
        try (Engine e = Engine.start(g, "rules")) {
            ExterneBronnenVanRun bronnen = e.bean(ExterneBronnenVanRun.class);
            for (ExterneBron b : ExterneBron.values()) {
                if (bronnen.geconfigureerd(b)) {
                    s.add(b);
                }
            }
        } catch (RuntimeException x) {
            System.err.println("lpg: import state of the external sources not read (" + Foutmelding.eenRegel(x)
                    + "); they are listed as not configured");
        }
        return s;
    }
}
