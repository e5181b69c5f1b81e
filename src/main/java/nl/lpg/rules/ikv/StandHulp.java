package nl.lpg.rules.ikv;

import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Periodiciteit;
import nl.lpg.parameters.ParameterRow;
import nl.lpg.parameters.ParameterSheets;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.ikp.Loontijdvak;
import nl.lpg.stand.StandView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the rules that compare an IKV with the stand share: the stored IKV, the delivery's intrekkingen, the stored IKPs
 * that remain after this delivery, and the hulptabel 'te controleren loontijdvakken' (sheet TeControlerenLoontijdvakken)
 * with the loontijdvakken of the IKV that have no inkomstenperiode (BR333, BR404-BR419, BR515, BR517).
 */
public final class StandHulp {
    private StandHulp() {
    }

    private static StandView stand(IkvContext ctx) {
        return ctx.stand() == null ? StandView.LEEG : ctx.stand();
    }

    /** The IKV as stored, empty for a new IKV. */
    public static Optional<StandView.StandIkv> standIkv(IkvContext ctx) {
        return stand(ctx).inkomstenverhouding(ctx.opdrachtgever(), ctx.ae().aansluitnummer(),
                ctx.ikv().personeelsnummer(), ctx.ikv().nummer());
    }

    /**
     * BR323/BR357: the delivered datum aanvang IKV when it lies after the one stored (the IKV starts later than the
     * stand says) and the AE's periodiciteit is known to place it in a loontijdvak; else empty.
     */
    public static Optional<LocalDate> verlaatAanvang(IkvContext ctx) {
        LocalDate nieuw = ctx.ikv().datumAanvang();
        Optional<StandView.StandIkv> s = standIkv(ctx);
        if (nieuw == null || s.isEmpty() || s.get().datumAanvang() == null || !nieuw.isAfter(s.get().datumAanvang())
                || ctx.ae().periodiciteit() == null) {
            return Optional.empty();
        }
        return Optional.of(nieuw);
    }

    /** The intrekkingen of this IKV in the delivery (datum aanvang inkomstenperiode). */
    public static List<LocalDate> intrekkingen(IkvContext ctx) {
        return stand(ctx).intrekkingenInLevering(ctx.opdrachtgever(), ctx.ae().aansluitnummer(),
                ctx.ikv().personeelsnummer(), ctx.ikv().nummer());
    }

    /** An intrekking names the aanvang of the loontijdvak or of the IKP (as StandWriter.trekIn applies it). */
    public static boolean ingetrokken(StandView.StandIkp s, List<LocalDate> intrekkingen) {
        return intrekkingen.contains(s.datumAanvang()) || intrekkingen.contains(s.tijdvakAanvang());
    }

    /**
     * The stored IKPs that remain once this delivery is applied: not withdrawn by it and not of the AE's loontijdvak
     * (delivered again, so replaced) nor with the datum aanvang of a delivered IKP.
     */
    public static List<StandView.StandIkp> blijvend(IkvContext ctx) {
        List<LocalDate> ingetrokken = intrekkingen(ctx);
        List<LocalDate> geleverd = ctx.ikv().inkomstenperioden().stream().map(Inkomstenperiode::datumAanvang).toList();
        List<StandView.StandIkp> uit = new ArrayList<>();
        for (StandView.StandIkp s : IkvHulp.standIkps(ctx)) {
            if (!ingetrokken(s, ingetrokken) && !s.tijdvakAanvang().equals(ctx.ae().datumAanvangTijdvak())
                    && !geleverd.contains(s.datumAanvang())) {
                uit.add(s);
            }
        }
        return uit;
    }

    /**
     * The first day the hulptabel checks for this AE: controleVanaf, the conversiedatum and 1 January of
     * aantalJarenTerug years before the AE's year, whichever is latest. Empty: the opdrachtgever has no row, nothing is
     * checked.
     */
    public static Optional<LocalDate> controleVanaf(IkvContext ctx) {
        LocalDate tijdvak = ctx.ae().datumAanvangTijdvak();
        Optional<ParameterRow> rij = ctx.parameters()
                .table(ParameterSheets.Stand.TE_CONTROLEREN_LOONTIJDVAKKEN.name()).find(tijdvak, ctx.opdrachtgever());
        if (rij.isEmpty()) {
            return Optional.empty();
        }
        LocalDate vanaf = rij.get().date("controleVanaf");
        LocalDate jaren = LocalDate.of(tijdvak.getYear() - rij.get().integer("aantalJarenTerug"), 1, 1);
        vanaf = jaren.isAfter(vanaf) ? jaren : vanaf;
        Optional<LocalDate> conversie = ctx.parameters().conversiedatum(ctx.opdrachtgever(), tijdvak);
        if (conversie.isPresent() && conversie.get().isAfter(vanaf)) {
            vanaf = conversie.get();
        }
        return Optional.of(vanaf);
    }

    /** The loontijdvakken of periodiciteit p that overlap [van, tot]. */
    public static List<Loontijdvak> loontijdvakken(Periodiciteit p, LocalDate van, LocalDate tot) {
        List<Loontijdvak> uit = new ArrayList<>();
        for (Loontijdvak lt = Loontijdvak.van(p, van); !lt.aanvang().isAfter(tot);
             lt = Loontijdvak.van(p, lt.einde().plusDays(1))) {
            uit.add(lt);
        }
        return uit;
    }

    /** Whether an inkomstenperiode of this loontijdvak is delivered now or stays in the stand. */
    public static boolean heeftIkp(IkvContext ctx, Loontijdvak lt, List<StandView.StandIkp> blijvend) {
        return ctx.ikv().inkomstenperioden().stream().anyMatch(i -> i.datumAanvang() != null && lt.bevat(i.datumAanvang()))
                || blijvend.stream().anyMatch(s -> lt.bevat(s.datumAanvang()) || lt.aanvang().equals(s.tijdvakAanvang()));
    }

    /**
     * The te controleren loontijdvakken in [van, tot] without an inkomstenperiode, limited to the hulptabel's window
     * and to the AE's tijdvak.
     */
    public static List<Loontijdvak> ontbrekend(IkvContext ctx, LocalDate van, LocalDate tot) {
        Optional<LocalDate> vanaf = controleVanaf(ctx);
        Periodiciteit p = ctx.ae().periodiciteit();
        if (vanaf.isEmpty() || p == null || van == null) {
            return List.of();
        }
        LocalDate begin = van.isBefore(vanaf.get()) ? vanaf.get() : van;
        LocalDate eind = tot == null || tot.isAfter(ctx.ae().datumEindeTijdvak()) ? ctx.ae().datumEindeTijdvak() : tot;
        if (begin.isAfter(eind)) {
            return List.of();
        }
        List<StandView.StandIkp> blijvend = blijvend(ctx);
        return loontijdvakken(p, begin, eind).stream().filter(lt -> !heeftIkp(ctx, lt, blijvend)).toList();
    }

    /** 31 December of the year before the AE's tijdvak: the jaargrens rules look at earlier years. */
    public static LocalDate eindeVorigJaar(IkvContext ctx) {
        return LocalDate.of(ctx.ae().datumAanvangTijdvak().getYear() - 1, 12, 31);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    /**
     * The loontijdvakken of earlier years missing at the start of the dienstverband: of a new IKV (BR409) or of an
     * IKV whose datum aanvang is vervroegd over the jaargrens (BR404).
     */
    public static List<Loontijdvak> ontbrekendBijBegin(IkvContext ctx) {
        var ikv = ctx.ikv();
        LocalDate d = ikv.datumAanvang();
        if (d == null) {
            return List.of();
        }
        Optional<StandView.StandIkv> s = standIkv(ctx);
        if (s.isEmpty() && IkvHulp.isNieuw(ctx)) {
            return ontbrekend(ctx, d, min(ikv.datumEinde(), eindeVorigJaar(ctx)));
        }
        LocalDate oud = s.map(StandView.StandIkv::datumAanvang).orElse(null);
        if (oud != null && d.isBefore(oud) && d.getYear() < oud.getYear()) {
            return ontbrekend(ctx, d, min(oud.minusDays(1), eindeVorigJaar(ctx)));
        }
        return List.of();
    }

    /** Loontijdvakken named as missing by BR404/BR409 in earlier runs that still have no inkomstenperiode. */
    public static List<Loontijdvak> eerderGesignaleerdOntbrekend(IkvContext ctx) {
        Periodiciteit p = ctx.ae().periodiciteit();
        if (p == null) {
            return List.of();
        }
        List<StandView.StandIkp> blijvend = blijvend(ctx);
        return stand(ctx).signalen(ctx.opdrachtgever(), ctx.ae().aansluitnummer(), ctx.ikv().personeelsnummer(),
                        ctx.ikv().nummer()).stream()
                .filter(x -> (x.regel().equals("404") || x.regel().equals("409")) && x.datumAanvangIkp() != null)
                .map(x -> Loontijdvak.van(p, x.datumAanvangIkp())).distinct()
                .filter(lt -> !heeftIkp(ctx, lt, blijvend)).toList();
    }

    /** Missing now or still missing since an earlier run (BR515, BR517). */
    public static List<Loontijdvak> ontbrekendNuOfEerder(IkvContext ctx) {
        java.util.TreeMap<LocalDate, Loontijdvak> m = new java.util.TreeMap<>();
        ontbrekendBijBegin(ctx).forEach(lt -> m.put(lt.aanvang(), lt));
        eerderGesignaleerdOntbrekend(ctx).forEach(lt -> m.put(lt.aanvang(), lt));
        return new ArrayList<>(m.values());
    }

    /** Whether the most recent IKP's soort inkomstenverhouding is a werkgeversbetaling (BR46, BR202). */
    public static boolean werkgeversbetaling(IkvContext ctx, String soort, LocalDate op) {
        if (soort == null || soort.isBlank() || op == null) {
            return false;
        }
        return ctx.parameters().table(ParameterSheets.IkvIkp.SOORT_INKOMSTENVERHOUDING.name())
                .find(op, soort.trim()).map(r -> r.jn("werkgeversbetaling")).orElse(false);
    }

    public static String lijst(List<Loontijdvak> l) {
        return String.join(", ", l.stream().map(lt -> lt.aanvang().toString()).toList());
    }
}
