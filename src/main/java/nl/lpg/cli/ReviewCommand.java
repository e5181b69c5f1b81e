package nl.lpg.cli;

import nl.lpg.review.Review;
import nl.lpg.review.ReviewCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/**
 * {@code review list | approve UNIT | reject UNIT}: the units held for Interne beoordeling and the decisions on them
 * (BR28, BR30). A decision that cannot be taken ends with one line and exit 1; an unknown UNIT with exit 2.
 */
@Command(name = "review", description = "The held units (Interne beoordeling) and the decisions on them (BR28, BR30).",
        subcommands = {ReviewCommand.Lijst.class, ReviewCommand.Goedkeuren.class, ReviewCommand.Afkeuren.class})
class ReviewCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new OngeldigeOptie("review needs list, approve UNIT or reject UNIT");
    }

    @Command(name = "list", description = "Every held unit as CSV: run, unit, rules and meldingen (and the decision with --all).")
    static class Lijst implements Callable<Integer> {
        @Mixin
        GlobalOptions g;
        @Option(names = "--all", description = "Also the units already decided, with who, when and why.")
        boolean alle;

        @Override
        public Integer call() {
            StringBuilder sb = new StringBuilder();
            try (Engine e = Engine.start(g, "review list")) {
                ReviewCsv.schrijf(e.bean(Review.class).lijst(alle), sb);
            }
            // after the engine's own log lines (which go to stdout too), so the CSV is one block at the end
            System.out.print(sb);
            return ExitCodes.DONE;
        }
    }

    /** What approve and reject share: the unit, who decides and why (BR28, BR30: every decision is kept). */
    abstract static class Besluit implements Callable<Integer> {
        @Mixin
        GlobalOptions g;
        @Parameters(index = "0", paramLabel = "UNIT", description = "The unit as 'review list' prints it.")
        String unit;
        @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who decides.")
        String door;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
        String reden;

        abstract String naam();

        abstract void neem(Review review);

        @Override
        public Integer call() {
            try (Engine e = Engine.start(g, "review " + naam() + " " + unit)) {
                neem(e.bean(Review.class));
            }
            LpgMain.print((naam().equals("approve") ? "APPROVED " : "REJECTED ") + unit);
            return ExitCodes.DONE;
        }
    }

    @Command(name = "approve", description = "Apply a held unit to the stand as an accepted unit would have been.")
    static class Goedkeuren extends Besluit {
        @Override
        String naam() {
            return "approve";
        }

        @Override
        void neem(Review review) {
            // the insurer coupling derives the mutations the approved unit brings (organisation register of --parameters)
            review.keurGoed(unit, door, reden, organisatie.organisatie());
        }

        nl.lpg.parameters.ParameterSet organisatie;

        @Override
        public Integer call() {
            organisatie = LpgMain.laadWerkboeken(g);
            return super.call();
        }
    }

    @Command(name = "reject", description = "Reject a held unit: BR28 (inkomstenverhouding) or BR30 (intrekkingen).")
    static class Afkeuren extends Besluit {
        @Override
        String naam() {
            return "reject";
        }

        @Override
        void neem(Review review) {
            review.keurAf(unit, door, reden);
        }
    }
}
