package nl.lpg.batch;

import nl.lpg.delivery.AeInhoud;
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
 * Step 3 of {@code process}: the AE checks over what was staged (e.g. collectieve aangifte against the sum of the
 * delivered PVPs). An AE refused or held here takes its IKVs with it.
 */
@Component
public class AeAfsluitingTasklet implements Tasklet {

    private final JdbcTemplate jdbc;
    private final ParameterSetCache parameterSets;
    private final List<AeAfsluitingRegel> regels;
    private final List<LeveringAfsluitingRegel> leveringRegels;
    private final SignaalWriter signalen;

    /** AE closing rules whose Onverwerkbaar refuses the whole delivery ("de hele levering wordt technisch afgekeurd"). */
    static final Set<String> WEIGEREN_HELE_LEVERING = Set.of("133", "134", "135", "382");

    public AeAfsluitingTasklet(JdbcTemplate jdbc, ParameterSetCache parameterSets, List<AeAfsluitingRegel> regels,
                               List<LeveringAfsluitingRegel> leveringRegels, SignaalWriter signalen) {
        this.jdbc = jdbc;
        this.parameterSets = parameterSets;
        this.regels = LeveringControleTasklet.sorted(regels);
        this.leveringRegels = LeveringControleTasklet.sorted(leveringRegels);
        this.signalen = signalen;
    }

    private Map<String, AeAfsluitingContext.ProductSom> sommen(String runId, Integer aeIndex) {
        Map<String, AeAfsluitingContext.ProductSom> sommen = new LinkedHashMap<>();
        jdbc.query("SELECT c.productkeuze, c.productvariant, COUNT(*), SUM(c.productloon), SUM(c.grondslag_aangeleverd),"
                        + " SUM(c.premie_aangeleverd) FROM run_pvp_calculation c JOIN run_unit u ON u.run_id = c.run_id"
                        + " AND u.volgnummer = c.volgnummer WHERE c.run_id = ?"
                        + (aeIndex == null ? "" : " AND u.ae_index = " + aeIndex.intValue())
                        + " GROUP BY c.productkeuze, c.productvariant ORDER BY c.productkeuze, c.productvariant",
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
        var koppen = nl.lpg.delivery.LeveringReader.koppen(run.levering());
        Levering levering = koppen.levering();
        boolean heleLeveringGeweigerd = false;
        List<Map<String, Object>> aes = jdbc.queryForList(
                "SELECT ae_index, status, geen_verdere_controle, payload FROM run_ae WHERE run_id = ? ORDER BY ae_index",
                run.runId());
        for (Map<String, Object> row : aes) {
            int index = ((Number) row.get("ae_index")).intValue();
            AeInhoud ae = Json.read((String) row.get("payload"), AeInhoud.class);
            if (Boolean.TRUE.equals(row.get("geen_verdere_controle"))) {
                continue;
            }
            Map<String, AeAfsluitingContext.ProductSom> sommen = sommen(run.runId(), index);
            AeAfsluitingContext ctx = new AeAfsluitingContext(levering, ae, sommen, ps.parameters(), run.peildatum());
            var a = ae.ae();
            List<Signaal> s = Regelmotor.voerUit(regels, ctx, r -> r.toets(ctx), ps.parameters(), a.opdrachtgever(),
                    a.datumAanvangTijdvak(), new Regelmotor.Sleutels(levering, a, null));
            signalen.schrijf(run.runId(), SignaalWriter.volgordeAeAfsluiting(index), s);
            heleLeveringGeweigerd |= s.stream().anyMatch(x -> x.aard() == Aard.ONVERWERKBAAR
                    && WEIGEREN_HELE_LEVERING.contains(x.regel()));
            UnitStatus status = UnitStatus.valueOf((String) row.get("status")).en(UnitStatus.van(s));
            jdbc.update("UPDATE run_ae SET status = ? WHERE run_id = ? AND ae_index = ?", status.name(), run.runId(), index);
        }
        // Section 14: the delivery's own collectieve aangifte against its AEs and PVPs.
        LeveringAfsluitingContext lctx = new LeveringAfsluitingContext(levering, koppen.collectieveAangiftenLevering(),
                koppen.aes(), sommen(run.runId(), null), ps.parameters(), run.peildatum());
        List<Signaal> ls = Regelmotor.voerUit(leveringRegels, lctx, r -> r.toets(lctx), ps.parameters(), null,
                levering.periodeLevering().atDay(1), new Regelmotor.Sleutels(levering, null, null));
        signalen.schrijf(run.runId(), SignaalWriter.VOLGORDE_LEVERING_AFSLUITING, ls);
        if (heleLeveringGeweigerd || UnitStatus.van(ls) == UnitStatus.REFUSED) {
            jdbc.update("UPDATE run_ae SET status = 'REFUSED' WHERE run_id = ?", run.runId());
            jdbc.update("UPDATE levering_ontvangen SET status = 'REFUSED' WHERE run_id = ?", run.runId());
            chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                    .put(LeveringControleTasklet.GEWEIGERD, true);
        }
        // An IKV under a refused or held AE shares its AE's outcome.
        jdbc.update("UPDATE run_unit u JOIN run_ae a ON a.run_id = u.run_id AND a.ae_index = u.ae_index"
                + " SET u.status = CASE WHEN a.status = 'REFUSED' OR u.status = 'REFUSED' THEN 'REFUSED'"
                + " WHEN a.status = 'HELD' OR u.status = 'HELD' THEN 'HELD' ELSE u.status END WHERE u.run_id = ?", run.runId());
        jdbc.update("UPDATE run_pvp_calculation c JOIN run_unit u ON u.run_id = c.run_id AND u.volgnummer = c.volgnummer"
                + " SET c.status = u.status WHERE c.run_id = ?", run.runId());
        return RepeatStatus.FINISHED;
    }

    private static BigDecimal nz(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
