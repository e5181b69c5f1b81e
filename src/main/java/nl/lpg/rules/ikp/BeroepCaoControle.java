package nl.lpg.rules.ikp;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.parameters.ParameterRow;
import nl.lpg.parameters.ParameterSheets;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;

import java.util.ArrayList;
import java.util.List;

/**
 * BR213 and BR215: de combinatie van code beroep en code CAO uit dezelfde IKP moet voorkomen in de tabel "beroepen
 * per CAO" (sheet BeroepPerCao, peildatum datum aanvang IKP). BR213 for the CAO's marked beroepControleOnverwerkbaar = J in
 * CaoKenmerken (Bitumineuze en Kunststof Dakbedekkersbedrijven), BR215 for the other CAO's. A CAO without any
 * BeroepPerCao row is not checked; empty codes are BR193/BR212's concern.
 */
final class BeroepCaoControle {
    private BeroepCaoControle() {
    }

    static List<Bevinding> toets(IkvContext ctx, String regel, boolean strikt) {
        List<Bevinding> uit = new ArrayList<>();
        for (Inkomstenperiode ikp : ctx.ikv().inkomstenperioden()) {
            if (ikp.datumAanvang() == null || IkpHulp.leeg(ikp.codeCao()) || IkpHulp.leeg(ikp.codeBeroep())) {
                continue;
            }
            String cao = ikp.codeCao().trim();
            boolean isStrikt = ctx.parameters().table(ParameterSheets.PvvPvpNp.CAO_KENMERKEN.name())
                    .find(ikp.datumAanvang(), ctx.opdrachtgever(), cao)
                    .map((ParameterRow r) -> r.jn("beroepControleOnverwerkbaar")).orElse(false);
            if (isStrikt != strikt) {
                continue;
            }
            List<ParameterRow> beroepen = ParameterHulp.rijen(ctx.parameters(),
                    ParameterSheets.IkvIkp.BEROEP_PER_CAO.name(), ikp.datumAanvang(),
                    "opdrachtgever", ctx.opdrachtgever(), "codeCao", cao);
            if (!beroepen.isEmpty() && beroepen.stream()
                    .noneMatch(r -> ikp.codeBeroep().trim().equalsIgnoreCase(r.text("codeBeroep")))) {
                uit.add(Bevinding.van(regel, "De combinatie van beroep " + ikp.codeBeroep().trim() + " en CAO " + cao
                        + " is op " + ikp.datumAanvang() + " niet bekend bij " + ctx.opdrachtgever() + ".")
                        .metIkp(ikp.datumAanvang()));
            }
        }
        return uit;
    }
}
