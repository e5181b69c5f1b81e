package nl.lpg.rules;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.delivery.Levering;
import nl.lpg.parameters.Parameters;
import nl.lpg.parameters.RegelInstelling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs rules with the applicability and aard of the Regels sheet: a rule runs for an opdrachtgever on a date only if
 * the sheet has an active row for it (or for {@code *}); the aard of its signals is the sheet's, not the code's.
 */
public final class Regelmotor {

    private Regelmotor() {
    }

    /** The setting of a rule if it is active for that opdrachtgever on that date. */
    public static Optional<RegelInstelling> actief(Parameters p, String regel, String opdrachtgever, LocalDate date) {
        return p.regel(regel, opdrachtgever, date).filter(RegelInstelling::actief);
    }

    /** Keys of the unit a finding belongs to. */
    public record Sleutels(Levering levering, AdministratieveEenheid ae, Inkomstenverhouding ikv) {
    }

    public static <R extends Regel, C> List<Signaal> voerUit(List<R> regels, C ctx, Function<R, List<Bevinding>> run,
                                                            Parameters p, String opdrachtgever, LocalDate date,
                                                            Sleutels sleutels) {
        List<Signaal> out = new ArrayList<>();
        for (R regel : regels) {
            Optional<RegelInstelling> inst = actief(p, regel.regel(), opdrachtgever, date);
            if (inst.isEmpty()) {
                continue;
            }
            Aard aard = Aard.valueOf(inst.get().aard());
            for (Bevinding b : run.apply(regel)) {
                out.add(signaal(b, aard, opdrachtgever, sleutels));
            }
        }
        return out;
    }

    /** A rule with the aard the Regels sheet gives it for one opdrachtgever and date. */
    public record ActieveRegel<R extends Regel>(R regel, Aard aard) {
    }

    /** The rules that run for an opdrachtgever on a date, with their aard: computed once per AE, not per IKV. */
    public static <R extends Regel> List<ActieveRegel<R>> actieve(List<R> regels, Parameters p, String opdrachtgever,
                                                                   LocalDate date) {
        List<ActieveRegel<R>> out = new ArrayList<>();
        for (R r : regels) {
            actief(p, r.regel(), opdrachtgever, date).ifPresent(i -> out.add(new ActieveRegel<>(r, Aard.valueOf(i.aard()))));
        }
        return out;
    }

    public static <R extends Regel> List<Signaal> voerUit(List<ActieveRegel<R>> regels, Function<R, List<Bevinding>> run,
                                                         String opdrachtgever, Sleutels sleutels) {
        List<Signaal> out = new ArrayList<>();
        for (ActieveRegel<R> a : regels) {
            for (Bevinding b : run.apply(a.regel())) {
                out.add(signaal(b, a.aard(), opdrachtgever, sleutels));
            }
        }
        return out;
    }

    public static Signaal signaal(Bevinding b, Aard aard, String opdrachtgever, Sleutels s) {
        Levering l = s.levering();
        AdministratieveEenheid ae = s.ae();
        Inkomstenverhouding ikv = s.ikv();
        return new Signaal(b.regel(), aard, opdrachtgever, l.nummerLeverancier(), l.periodeLevering().toString(),
                l.volgnummer(), ae == null ? null : ae.aansluitnummer(), ikv == null ? null : ikv.personeelsnummer(),
                ikv == null ? null : ikv.nummer(),
                b.datumAanvangInkomstenperiode() == null ? null : b.datumAanvangInkomstenperiode().toString(),
                b.productkeuze(), b.productvariant(), b.jaar(), b.melding());
    }
}
