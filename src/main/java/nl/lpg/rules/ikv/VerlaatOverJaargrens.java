package nl.lpg.rules.ikv;

import nl.lpg.parameters.ParameterRow;
import nl.lpg.rules.IkvContext;
import nl.lpg.stand.StandView;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The situation of BR405, BR418 and BR419: the datum aanvang inkomstenverhouding is verlaat into a later calendar year
 * than the stored one, and stored IKPs of an earlier year (before the jaargrens) stay because they are not withdrawn.
 * Preconditie (BR405): the new date is not fictief, i.e. not 1 January, not the conversiedatum and not the date from
 * which the leverancier may deliver for the aansluiting. Which of the three rules applies:
 * an intrekking after the jaargrens in the delivery (BR418), else the new date is the datum aanvang of a delivered IKP
 * (BR419, the situation of its toelichting), else BR405.
 */
record VerlaatOverJaargrens(LocalDate oud, LocalDate nieuw, List<StandView.StandIkp> voorJaargrens,
                            boolean intrekkingNaJaargrens, boolean nieuwIsAanvangIkp) {

    static Optional<VerlaatOverJaargrens> bepaal(IkvContext ctx) {
        LocalDate nieuw = ctx.ikv().datumAanvang();
        var s = StandHulp.standIkv(ctx);
        var vanaf = StandHulp.controleVanaf(ctx);
        if (nieuw == null || s.isEmpty() || s.get().datumAanvang() == null || vanaf.isEmpty()
                || nieuw.getYear() <= s.get().datumAanvang().getYear() || fictief(ctx, nieuw)) {
            return Optional.empty();
        }
        List<StandView.StandIkp> voor = StandHulp.blijvend(ctx).stream()
                .filter(i -> i.datumAanvang().getYear() < nieuw.getYear() && !i.datumAanvang().isBefore(vanaf.get()))
                .toList();
        if (voor.isEmpty()) {
            return Optional.empty();
        }
        boolean naJaargrens = StandHulp.intrekkingen(ctx).stream()
                .anyMatch(d -> d.getYear() == nieuw.getYear() && d.isBefore(nieuw));
        boolean aanvangIkp = ctx.ikv().inkomstenperioden().stream().anyMatch(i -> nieuw.equals(i.datumAanvang()));
        return Optional.of(new VerlaatOverJaargrens(s.get().datumAanvang(), nieuw, voor, naJaargrens, aanvangIkp));
    }

    private static boolean fictief(IkvContext ctx, LocalDate d) {
        if (d.getDayOfYear() == 1 || ctx.parameters().conversiedatum(ctx.opdrachtgever(), ctx.ae().datumAanvangTijdvak())
                .map(d::equals).orElse(false)) {
            return true;
        }
        if (ctx.organisatie() == null) {
            return false;
        }
        return ctx.organisatie().relatie(ctx.levering().nummerLeverancier(), ctx.ae().aansluitnummer()).stream()
                .map(ParameterRow::ingang).anyMatch(d::equals);
    }

    String ikps() {
        return String.join(", ", voorJaargrens.stream().map(i -> i.datumAanvang().toString()).toList());
    }
}
