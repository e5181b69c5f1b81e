package nl.lpg.batch;

import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.CollectieveAangifte;
import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.stand.StandWriter;
import nl.lpg.delivery.Levering;
import nl.lpg.parameters.ParameterSet;
import nl.lpg.rules.AeAfsluitingContext;
import nl.lpg.rules.AeAfsluitingRegel;
import nl.lpg.rules.Aard;
import nl.lpg.rules.LeveringAfsluitingContext;
import nl.lpg.rules.LeveringAfsluitingRegel;
import nl.lpg.rules.Regelmotor;
import nl.lpg.rules.Signaal;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 3 of {@code process}: the AE checks over what was staged: the AE rules that compare the delivered IKVs
 * (asked of {@link GestagedeIkvs}, never an overview in memory) and the collectieve aangifte against the sum of the
 * delivered PVPs. An AE refused or held here takes its IKVs with it.
 */
@Component
public class AeAfsluitingTasklet implements Tasklet {

    private final JdbcTemplate jdbc;
    private final ParameterSetCache parameterSets;
    private final List<AeAfsluitingRegel> regels;
    private final List<AeRegel> aeRegels;
    private final nl.lpg.bronnen.ExterneBronnenVanRun bronnen;
    private final List<LeveringAfsluitingRegel> leveringRegels;
    private final SignaalWriter signalen;

    /** AE closing rules whose Onverwerkbaar refuses the whole delivery ("de hele levering wordt technisch afgekeurd"). */
    static final Set<String> WEIGEREN_HELE_LEVERING = Set.of("133", "134", "135", "382");

    public AeAfsluitingTasklet(JdbcTemplate jdbc, ParameterSetCache parameterSets, List<AeAfsluitingRegel> regels,
                               List<LeveringAfsluitingRegel> leveringRegels, SignaalWriter signalen,
                               List<AeRegel> aeRegels, nl.lpg.bronnen.ExterneBronnenVanRun bronnen) {
        this.bronnen = bronnen;
        // every AE rule but BR26 (an AE it stopped is not checked further, so it never fires here)
        this.aeRegels = LeveringControleTasklet.sorted(aeRegels).stream()
                .filter(r -> !(r instanceof nl.lpg.rules.ae.Br26AansluitingBekend)).toList();
        this.jdbc = jdbc;
        this.parameterSets = parameterSets;
        this.regels = LeveringControleTasklet.sorted(regels);
        this.leveringRegels = LeveringControleTasklet.sorted(leveringRegels);
        this.signalen = signalen;
    }

    /** Sums of the delivered PVPs per product (every status): of one AE or, aeIndex null, all ({@link PvpSommen}). */
    private Map<String, AeAfsluitingContext.ProductSom> sommen(String runId, Integer aeIndex) {
        Map<String, AeAfsluitingContext.ProductSom> sommen = new LinkedHashMap<>();
        jdbc.query("SELECT productkeuze, productvariant, SUM(aantal), SUM(productloon), SUM(grondslag_aangeleverd),"
                        + " SUM(premie_aangeleverd) FROM run_pvp_som WHERE run_id = ?"
                        + (aeIndex == null ? "" : " AND ae_index = " + aeIndex)
                        + " GROUP BY productkeuze, productvariant ORDER BY productkeuze, productvariant",
                rs -> {
                    String pk = rs.getString(1);
                    String pv = rs.getString(2);
                    sommen.put(pk + "|" + (pv == null ? "" : pv), new AeAfsluitingContext.ProductSom(pk, pv,
                            rs.getInt(3), nz(rs.getBigDecimal(4)), nz(rs.getBigDecimal(5)), nz(rs.getBigDecimal(6)),
                            BigDecimal.ZERO));
                }, runId);
        return sommen;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunParameters run = RunParameters.van(chunkContext.getStepContext().getStepExecution().getJobParameters());
        ParameterSet ps = parameterSets.get(run.parameters());
        // What step 1 read from the file's headers, from the database: the file is not read again.
        var koppen = GestagedeKoppen.van(jdbc, run.runId());
        Levering levering = koppen.levering();
        List<CollectieveAangifte> collectieveAangiftenLevering = koppen.collectieveAangiftenLevering();
        boolean heleLeveringGeweigerd = false;
        List<Map<String, Object>> rijen = jdbc.queryForList(
                "SELECT ae_index, status, geen_verdere_controle FROM run_ae WHERE run_id = ? ORDER BY ae_index",
                run.runId());
        List<AeInhoud> alleAes = koppen.aes();
        GestagedeIkvs ikvs = new GestagedeIkvs(jdbc, run.runId(), alleAes);
        Map<Integer, UnitStatus> statussen = new LinkedHashMap<>();
        for (int k = 0; k < rijen.size(); k++) {
            Map<String, Object> row = rijen.get(k);
            AeInhoud ae = alleAes.get(k);
            var a = ae.ae();
            int index = a.index();
            UnitStatus status = UnitStatus.valueOf((String) row.get("status"));
            statussen.put(index, status);
            if (Boolean.TRUE.equals(row.get("geen_verdere_controle"))) {
                continue;
            }
            Regelmotor.Sleutels sl = new Regelmotor.Sleutels(levering, a, null);
            // Section 4 again, now with the rules that compare the delivered IKVs (BR185, BR287, BR288, BR356, BR365,
            // BR290, BR410) over what the IKV step staged: the AE's signals are replaced as a whole, in rule order.
            bronnen.laadVooruit(ae); // the pension administration of the intrekkingen' participants (BR426)
            AeContext actx = new AeContext(levering, ae, alleAes, ps.parameters(), ps.organisatie(), run.peildatum(),
                    ikvs, LeveringControleTasklet.aeStand(jdbc, ae));
            List<Signaal> aeSignalen = Regelmotor.voerUit(aeRegels, actx, r -> r.toets(actx), ps.parameters(),
                    a.opdrachtgever(), a.datumAanvangTijdvak(), sl);
            signalen.vervang(run.runId(), SignaalWriter.volgordeAe(index), aeSignalen);
            status = status.en(UnitStatus.van(aeSignalen));

            int[] bereik = ikvs.bereik(index);
            // an AE without IKVs (only intrekkingen) has no PVPs: nothing summed, not the whole delivery
            Map<String, AeAfsluitingContext.ProductSom> sommen = bereik == null ? new LinkedHashMap<>()
                    : sommen(run.runId(), index);
            AeAfsluitingContext ctx = new AeAfsluitingContext(levering, ae, sommen, ps.parameters(), run.peildatum());
            List<Signaal> s = Regelmotor.voerUit(regels, ctx, r -> r.toets(ctx), ps.parameters(), a.opdrachtgever(),
                    a.datumAanvangTijdvak(), sl);
            signalen.schrijf(run.runId(), SignaalWriter.volgordeAeAfsluiting(index), s);
            heleLeveringGeweigerd |= s.stream().anyMatch(x -> x.aard() == Aard.ONVERWERKBAAR
                    && WEIGEREN_HELE_LEVERING.contains(x.regel()));
            status = status.en(UnitStatus.van(s));
            statussen.put(index, status);
        }
        // Section 14: the delivery's own collectieve aangifte against its AEs and PVPs.
        LeveringAfsluitingContext lctx = new LeveringAfsluitingContext(levering, collectieveAangiftenLevering,
                alleAes, sommen(run.runId(), null), ps.parameters(), run.peildatum());
        List<Signaal> ls = Regelmotor.voerUit(leveringRegels, lctx, r -> r.toets(lctx), ps.parameters(), null,
                levering.periodeLevering().atDay(1), new Regelmotor.Sleutels(levering, null, null));
        signalen.schrijf(run.runId(), SignaalWriter.VOLGORDE_LEVERING_AFSLUITING, ls);
        if (heleLeveringGeweigerd || UnitStatus.van(ls) == UnitStatus.REFUSED) {
            statussen.replaceAll((k, v) -> UnitStatus.REFUSED);
            jdbc.update("UPDATE levering_ontvangen SET status = 'REFUSED' WHERE run_id = ?", run.runId());
            chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                    .put(LeveringControleTasklet.GEWEIGERD, true);
        }
        for (var e : statussen.entrySet()) {
            jdbc.update("UPDATE run_ae SET status = ? WHERE run_id = ? AND ae_index = ?", e.getValue().name(),
                    run.runId(), e.getKey());
            int[] bereik = ikvs.bereik(e.getKey());
            if (e.getValue() == UnitStatus.ACCEPTED || bereik == null) {
                continue; // the IKVs keep their own outcome
            }
            // An IKV under a refused or held AE shares its AE's outcome (only that AE's rows are touched).
            String nieuw = e.getValue().name();
            jdbc.update("UPDATE run_unit SET status = CASE WHEN ? = 'REFUSED' OR status = 'REFUSED' THEN 'REFUSED'"
                    + " ELSE 'HELD' END WHERE run_id = ? AND volgnummer BETWEEN ? AND ?", nieuw, run.runId(),
                    bereik[0], bereik[1]);
            jdbc.update("UPDATE run_pvp_calculation c JOIN run_unit u ON u.run_id = c.run_id AND u.volgnummer ="
                    + " c.volgnummer SET c.status = u.status WHERE c.run_id = ? AND c.volgnummer BETWEEN ? AND ?",
                    run.runId(), bereik[0], bereik[1]);
        }
        return RepeatStatus.FINISHED;
    }

    private static BigDecimal nz(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
