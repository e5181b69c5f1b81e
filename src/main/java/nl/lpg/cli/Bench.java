package nl.lpg.cli;

import nl.lpg.batch.ProcessRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/**
 * {@code bench --n N}: generates a delivery of N employees (2 IKPs and 2 products each) for the example aansluiting
 * A1000 (ABP), processes it, and prints IKV/s, PVP/s and peak heap. Figures, not assertions.
 */
@Command(name = "bench", description = "Generate a delivery of N employees, process it, print IKV/s, PVP/s and peak heap.")
public class Bench implements Callable<Integer> {

    @Mixin
    GlobalOptions g;
    @Option(names = "--n", description = "Number of employees (default: ${DEFAULT-VALUE}).")
    int n = 10_000;

    @Override
    public Integer call() throws Exception {
        LpgMain.laadWerkboeken(g);
        if (g.peildatum == null) {
            g.peildatum = LocalDate.of(2026, 3, 15);
        }
        g.data = g.data.resolve("bench");
        Path file = Files.createTempFile("lpg-bench-", ".xml");
        genereer(file, n);
        int pvps = n * 2 * 2;
        try (Engine e = Engine.start(g)) {
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                p.resetPeakUsage();
            }
            long t0 = System.nanoTime();
            ProcessRunner.Uitkomst u = e.bean(ProcessRunner.class).verwerk(file, g.parameters, g.out, g.peildatum());
            double s = (System.nanoTime() - t0) / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) {
                    peak += p.getPeakUsage().getUsed();
                }
            }
            System.out.printf("bench n=%d status=%s seconds=%.1f IKV/s=%.0f PVP/s=%.0f peakHeapMB=%d maxHeapMB=%d%n", n,
                    u.status(), s, n / s, pvps / s, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            Files.deleteIfExists(file);
        }
        return ExitCodes.DONE;
    }

    public static void genereer(Path file, int n) throws java.io.IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<levering xmlns=\"urn:lpg:levering:1\" nummerLeverancier=\"L001\""
                    + " periodeLevering=\"2026-02\" volgnummer=\"" + (System.currentTimeMillis() % 1_000_000 + 100)
                    + "\" aanmaak=\"2026-03-01T08:00:00\" soort=\"R\">\n");
            w.write("<administratieveEenheid aansluitnummer=\"A1000\" opdrachtgever=\"ABP\" periodiciteit=\"MAAND\""
                    + " datumAanvangTijdvak=\"2026-02-01\" datumEindeTijdvak=\"2026-02-28\" loonheffingennummer=\"123456789L01\">\n");
            for (int i = 1; i <= n; i++) {
                String pnr = "B" + i;
                w.write("<inkomstenverhouding personeelsnummer=\"" + pnr + "\" nummer=\"1\" aard=\"11\" datumAanvang=\"2020-01-01\">"
                        + "<natuurlijkPersoon bsn=\"" + bsn(i) + "\" personeelsnummer=\"" + pnr + "\" voorletters=\"A\""
                        + " achternaam=\"Bench\" geboortedatum=\"1980-01-01\" geslacht=\"V\"/>");
                for (String[] ikp : new String[][]{{"2026-02-01", "2026-02-14"}, {"2026-02-15", null}}) {
                    w.write("<inkomstenperiode datumAanvang=\"" + ikp[0] + "\"" + (ikp[1] == null ? "" : " datumEinde=\"" + ikp[1] + "\"")
                            + " verbijzondering=\"REG\" codeMeetelling=\"J\" deeltijdfactor=\"0.8000\">"
                            + "<werknemergegevens svLoon=\"3000.00\" pensioenloon=\"3000.00\"/>");
                    for (String pk : new String[]{"OPNP", "AAOP"}) {
                        w.write("<pensioenVerzekeringVerhouding productkeuze=\"" + pk + "\"><pensioenVerzekeringPeriode datumAanvang=\""
                                + ikp[0] + "\" productloon=\"" + (40000 + i % 50000) + ".00\" meetellingswaarde=\"100.00\"/>"
                                + "</pensioenVerzekeringVerhouding>");
                    }
                    w.write("</inkomstenperiode>");
                }
                w.write("</inkomstenverhouding>\n");
            }
            w.write("</administratieveEenheid>\n</levering>\n");
        }
    }

    /** A BSN that passes the elfproef: weights 9..2 and -1. */
    static String bsn(int i) {
        int base = 10_000_000 + i;
        for (int last = 0; last <= 9; last++) {
            String s = String.format("%08d%d", base % 100_000_000, last);
            int sum = 0;
            for (int k = 0; k < 8; k++) {
                sum += (s.charAt(k) - '0') * (9 - k);
            }
            sum -= (s.charAt(8) - '0');
            if (sum % 11 == 0 && s.charAt(0) != '0') {
                return s;
            }
        }
        return bsn(i + 7_000_000);
    }
}
