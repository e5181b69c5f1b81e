package nl.lpg.batch;

import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.LeveringReader;
import nl.lpg.parameters.ParameterSet;
import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.IkvOverzichten;
import nl.lpg.rules.LeveringContext;
import nl.lpg.rules.LeveringRegel;
import nl.lpg.rules.Regelmotor;
import nl.lpg.rules.Signaal;
import nl.lpg.rules.ae.Br26AansluitingBekend;
import nl.lpg.stand.AeStand;
import nl.lpg.stand.JdbcStandView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Step 1 of {@code process}: the delivery-level rules (section 3) and the AE rules (section 4) over the headers of
 * the delivery. Registers the delivery (BR16/BR218) and stores each AE with its outcome. After BR26 nothing more is
 * checked in that AE (the spec: the aansluiting is conditional for all other content checks).
 */
@Component
public class LeveringControleTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(LeveringControleTasklet.class);
    public static final String GEWEIGERD = "leveringGeweigerd";

    private final JdbcTemplate jdbc;
    private final ParameterSetCache parameterSets;
    private final List<LeveringRegel> leveringRegels;
    private final List<AeRegel> aeRegelsZonderIkvs;
    private final SignaalWriter signalen;
    private final nl.lpg.bronnen.ExterneBronnenVanRun bronnen;

    public LeveringControleTasklet(JdbcTemplate jdbc, ParameterSetCache parameterSets, List<LeveringRegel> leveringRegels,
                                   List<AeRegel> aeRegels, SignaalWriter signalen,
                                   nl.lpg.bronnen.ExterneBronnenVanRun bronnen) {
        this.bronnen = bronnen;
        this.jdbc = jdbc;
        this.parameterSets = parameterSets;
        this.leveringRegels = sorted(leveringRegels);
        // BR26 first and alone (after it nothing is checked); the rules that compare IKVs wait for the IKV step.
        this.aeRegelsZonderIkvs = sorted(aeRegels).stream()
                .filter(r -> !(r instanceof Br26AansluitingBekend) && !r.vergelijktIkvs()).toList();
        this.signalen = signalen;
    }

    static <R extends nl.lpg.rules.Regel> List<R> sorted(List<R> regels) {
        List<R> l = new ArrayList<>(regels);
        l.sort(Comparator.comparing((R r) -> !r.isStructuurcontrole()).thenComparing(r -> r.getClass().getSimpleName()));
        return l;
    }

    /** Job context key: the number of IKVs in the delivery. */
    public static final String AANTAL_IKV = "aantalIkv";

    /**
     * The stand as the AE rules see it: the number of actuele IKVs of the aansluiting and the stored IKVs named by the
     * intrekkingen of this AE (one read per AE, bounded by its intrekkingen).
     */
    static AeStand aeStand(JdbcTemplate jdbc, AeInhoud ae) {
        var a = ae.ae();
        JdbcStandView view = new JdbcStandView(jdbc);
        view.laad(ae.intrekkingen().stream().map(i -> new JdbcStandView.Sleutel(a.opdrachtgever(), a.aansluitnummer(),
                i.personeelsnummer(), i.nummerInkomstenverhouding(), null)).distinct().toList(),
                java.time.LocalDate.of(1900, 1, 1));
        return new AeStand(view.aantalActueleIkvs(a.opdrachtgever(), a.aansluitnummer(), a.datumAanvangTijdvak()),
                view);
    }

    /** The intrekkingen of the AE per IKV, for the IKV rules of step 2 that read them per chunk. */
    private void stageIntrekkingen(String runId, AeInhoud ae) {
        var a = ae.ae();
        jdbc.batchUpdate("INSERT IGNORE INTO run_intrekking (run_id, ae_index, opdrachtgever, aansluitnummer,"
                        + " personeelsnummer, nummer_ikv, datum_aanvang_ikp) VALUES (?,?,?,?,?,?,?)",
                ae.intrekkingen().stream().filter(i -> i.personeelsnummer() != null
                                && i.nummerInkomstenverhouding() != null && i.datumAanvangInkomstenperiode() != null)
                        .map(i -> new Object[]{runId, a.index(), a.opdrachtgever(), a.aansluitnummer(),
                                i.personeelsnummer(), i.nummerInkomstenverhouding(), i.datumAanvangInkomstenperiode()})
                        .toList());
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunParameters run = RunParameters.van(chunkContext.getStepContext().getStepExecution().getJobParameters());
        ParameterSet ps = parameterSets.get(run.parameters());
        // The headers only (IKVs are skipped): the rules that compare IKVs run after the IKV step (AeAfsluiting).
        LeveringReader.Koppen koppen = LeveringReader.koppen(run.levering());
        var levering = koppen.levering();

        jdbc.update("DELETE FROM run_ae WHERE run_id = ?", run.runId());
        jdbc.update("DELETE FROM levering_ontvangen WHERE run_id = ?", run.runId());
        jdbc.update("DELETE FROM run_intrekking WHERE run_id = ?", run.runId());
        jdbc.update("DELETE FROM run_levering WHERE run_id = ?", run.runId());
        // where the IKVs stand in the file, so the readers of the next steps start at their own (issue 10)
        LeveringIndexOpslag.bewaar(jdbc, run.runId(), koppen.index());
        jdbc.update("INSERT INTO run_levering (run_id, collectieve_aangiften) VALUES (?,?)", run.runId(),
                Json.write(koppen.collectieveAangiftenLevering()));
        List<LeveringContext.EerdereLevering> eerder = jdbc.query(
                "SELECT nummer_leverancier, periode_levering, volgnummer, aanmaak FROM levering_ontvangen"
                        + " WHERE nummer_leverancier = ?",
                (rs, i) -> new LeveringContext.EerdereLevering(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getTimestamp(4).toLocalDateTime()), levering.nummerLeverancier());

        var datum = levering.periodeLevering().atDay(1);
        LeveringContext lctx = new LeveringContext(levering, koppen.aes(), eerder, ps.parameters(), ps.organisatie(),
                run.peildatum());
        Regelmotor.Sleutels lsl = new Regelmotor.Sleutels(levering, null, null);
        List<Signaal> leveringSignalen = Regelmotor.voerUit(leveringRegels, lctx, r -> r.toets(lctx), ps.parameters(),
                null, datum, lsl);
        signalen.schrijf(run.runId(), 0, leveringSignalen);
        boolean geweigerd = UnitStatus.van(leveringSignalen) == UnitStatus.REFUSED;

        for (AeInhoud ae : koppen.aes()) {
            var a = ae.ae();
            AeContext actx = new AeContext(levering, ae, koppen.aes(), ps.parameters(), ps.organisatie(), run.peildatum(),
                    IkvOverzichten.GEEN, aeStand(jdbc, ae));
            stageIntrekkingen(run.runId(), ae);
            bronnen.laadVooruit(ae); // the pension administration of the intrekkingen' participants (BR426)
            Regelmotor.Sleutels sl = new Regelmotor.Sleutels(levering, a, null);
            List<Signaal> s = Regelmotor.voerUit(List.of(new Br26AansluitingBekend()), actx, r -> r.toets(actx),
                    ps.parameters(), a.opdrachtgever(), a.datumAanvangTijdvak(), sl);
            boolean stop = !s.isEmpty();
            if (!stop) {
                s = new ArrayList<>(s);
                s.addAll(Regelmotor.voerUit(aeRegelsZonderIkvs, actx, r -> r.toets(actx), ps.parameters(),
                        a.opdrachtgever(), a.datumAanvangTijdvak(), sl));
            }
            signalen.schrijf(run.runId(), SignaalWriter.volgordeAe(a.index()), s);
            UnitStatus status = geweigerd ? UnitStatus.REFUSED : UnitStatus.van(s);
            jdbc.update("INSERT INTO run_ae (run_id, ae_index, aansluitnummer, opdrachtgever, datum_aanvang_tijdvak,"
                            + " datum_einde_tijdvak, status, geen_verdere_controle, payload) VALUES (?,?,?,?,?,?,?,?,?)",
                    run.runId(), a.index(), a.aansluitnummer(), a.opdrachtgever(), a.datumAanvangTijdvak(),
                    a.datumEindeTijdvak(), status.name(), stop, Json.write(ae));
        }
        jdbc.update("INSERT INTO levering_ontvangen (nummer_leverancier, periode_levering, volgnummer, aanmaak, soort,"
                        + " run_id, status) VALUES (?,?,?,?,?,?,?)", levering.nummerLeverancier(),
                levering.periodeLevering().toString(), levering.volgnummer(), Timestamp.valueOf(levering.aanmaak()),
                levering.soort(), run.runId(), geweigerd ? "REFUSED" : "RECEIVED");
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .put(GEWEIGERD, geweigerd);
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putLong(AANTAL_IKV, koppen.aes().stream().mapToLong(AeInhoud::aantalIkv).sum()); // IKV step progress
        log.info("Levering {}: {} AE(s), {} signal(s) at delivery level, {}", levering.sleutel(), koppen.aes().size(),
                leveringSignalen.size(), geweigerd ? "refused as a whole" : "checked");
        return RepeatStatus.FINISHED;
    }
}
