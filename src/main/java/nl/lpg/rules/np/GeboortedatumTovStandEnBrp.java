package nl.lpg.rules.np;

import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.extern.BrpBron;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * BR191 and BR192 ask the same question (the geboortedatum delivered differs from the one in the stand) and split on
 * the BRP's answer: BR191 when the BRP confirms the new date, BR192 when it does not (or does not know the BSN).
 */
abstract class GeboortedatumTovStandEnBrp extends BrpRegel {

    GeboortedatumTovStandEnBrp() {
    }

    GeboortedatumTovStandEnBrp(BrpBron bron) {
        super(bron);
    }

    /** Whether this rule signals, given whether the BRP confirms the new geboortedatum. */
    abstract boolean signaleer(boolean brpBevestigt);

    /** The end of the melding, saying what the BRP said. */
    abstract String brpDeel();

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        if (brp() == null) {
            return List.of();
        }
        Optional<LocalDate> oud = GeboortedatumStand.gewijzigd(ctx);
        if (oud.isEmpty()) {
            return List.of();
        }
        LocalDate nieuw = ctx.ikv().natuurlijkPersoon().geboortedatum();
        Optional<BrpBron.BrpPersoon> brp = brp().zoek(ctx.ikv().natuurlijkPersoon().bsn());
        // a BRP geboortedatum with unknown parts confirms the date when the known parts agree (as in BR64)
        if (!signaleer(brp.isPresent() && brp.get().geboortedatum() != null
                && brp.get().geboortedatum().matcht(nieuw))) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "De geboortedatum " + nieuw + " van de natuurlijk persoon met"
                + " personeelsnummer " + ctx.ikv().personeelsnummer() + " wijkt af van " + oud.get()
                + " in de standenadministratie; " + brpDeel()));
    }
}
