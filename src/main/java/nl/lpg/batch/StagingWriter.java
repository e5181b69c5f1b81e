package nl.lpg.batch;

import nl.lpg.premium.PvpBerekening;
import nl.lpg.report.PvpCsvDelen;
import nl.lpg.rules.IkvOverzicht;
import nl.lpg.rules.ikv.Br365PersoneelsnummerUniekPerWerknemer;
import nl.lpg.support.LaadData;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Stages the checked IKVs of a chunk: the unit with its status (and what the comparing AE rules read of it, not the
 * whole IKV: the stand step reads the file again), its signals and its PVP calculations. Runs in the
 * chunk's transaction, so a chunk is staged wholly or not at all and a restart resumes exactly after it.
 */
public class StagingWriter implements ItemWriter<IkvResultaat> {

    private final JdbcTemplate jdbc;
    private final SignaalWriter signalen;
    private final String runId;
    /** Where the chunk's rows of pvp-calculations.csv go ({@link PvpCsvDelen}); null: the output step reads them. */
    private java.nio.file.Path pvpDelen;

    public StagingWriter(JdbcTemplate jdbc, SignaalWriter signalen, String runId) {
        this(jdbc, signalen, runId, null);
    }

    public StagingWriter(JdbcTemplate jdbc, SignaalWriter signalen, String runId, java.nio.file.Path pvpDelen) {
        this.jdbc = jdbc;
        this.signalen = signalen;
        this.runId = runId;
        this.pvpDelen = pvpDelen;
    }

    @Override
    public void write(Chunk<? extends IkvResultaat> chunk) {
        List<Object[]> units = new ArrayList<>();
        List<Object[]> calcs = new ArrayList<>();
        java.util.SortedMap<Long, List<nl.lpg.rules.Signaal>> signalenPerUnit = new java.util.TreeMap<>();
        for (IkvResultaat r : chunk) {
            var e = r.eenheid();
            units.add(new Object[]{runId, e.volgnummer(), e.ae().index(), e.ikv().personeelsnummer(), e.ikv().nummer(),
                    r.status().name(), null, Json.writeZonderNull(IkvOverzicht.kort(e.ae(), e.ikv())),
                    Br365PersoneelsnummerUniekPerWerknemer.kenmerk(e.ikv().natuurlijkPersoon()),
                    r.status() == UnitStatus.ACCEPTED ? berekend(r) : null});
            int seq = 0;
            for (IkvResultaat.Berekening b : r.berekeningen()) {
                PvpBerekening u = b.uitkomst();
                calcs.add(new Object[]{runId, e.volgnummer(), seq++, r.status().name(), e.ae().opdrachtgever(),
                        e.ae().aansluitnummer(), e.ae().datumAanvangTijdvak(), e.ikv().personeelsnummer(),
                        e.ikv().nummer(), b.datumAanvangIkp(), b.productkeuze(), b.productvariant(), b.datumAanvangPvp(),
                        u.soortGrondslag(), u.productloon(), u.maximumProductloon(), u.franchise(), u.deeltijdfactor(),
                        u.meetellingswaarde(), plain(u.periodefactor()), u.periodiciteitsfactor(), u.premiepercentage(),
                        u.grondslagBerekend(), u.grondslagAangeleverd(), u.premieBerekend(), u.premieAangeleverd(),
                        u.premieVastgesteld(), b.regelnummerLevering(), u.berekeningsbasis(), u.svLoon(),
                        u.pensioenloon(), u.vastePremie(), u.correctiefactorPremie(), u.parameterBlad(),
                        u.parameterRij(), b.productloonIncidenteel(), e.ae().index()});
            }
            if (!r.signalen().isEmpty()) {
                signalenPerUnit.put(SignaalWriter.volgordeIkv(e.ae().index(), e.volgnummer()), r.signalen());
            }
        }
        signalen.schrijfAlle(runId, signalenPerUnit);
        // bulk loads, replacing what an interrupted attempt of this chunk left (restart)
        LaadData.laad(jdbc, "run_unit", "run_id, volgnummer, ae_index, personeelsnummer, nummer_ikv, status,"
                + " payload, overzicht, persoon, berekend", units, LaadData.Modus.VERVANG);
        if (!calcs.isEmpty()) {
            LaadData.laad(jdbc, "run_pvp_calculation", "run_id, volgnummer, seq, status, opdrachtgever,"
                    + " aansluitnummer, datum_aanvang_tijdvak, personeelsnummer, nummer_ikv, datum_aanvang_ikp,"
                    + " productkeuze, productvariant, datum_aanvang_pvp, soort_grondslag, productloon,"
                    + " maximum_productloon, franchise, deeltijdfactor, meetellingswaarde, periodefactor,"
                    + " periodiciteitsfactor, premiepercentage, grondslag_berekend, grondslag_aangeleverd,"
                    + " premie_berekend, premie_aangeleverd, premie_vastgesteld, regelnummer_levering,"
                    + " berekeningsbasis, sv_loon, pensioenloon, vaste_premie, correctiefactor_premie,"
                    + " parameter_blad, parameter_rij, productloon_incidenteel, ae_index", calcs, LaadData.Modus.VERVANG);
            // the chunk's volgnummers are contiguous (a partition reads a range in file order)
            int van = chunk.getItems().get(0).eenheid().volgnummer();
            int tot = chunk.getItems().get(chunk.size() - 1).eenheid().volgnummer();
            PvpSommen.stage(jdbc, runId, van, calcs);
            if (pvpDelen != null) {
                deel(van, tot, chunk, calcs);
            }
        }
    }

    /** The chunk's part of pvp-calculations.csv, recorded in the chunk's transaction once its file is complete. */
    private void deel(int van, int tot, Chunk<? extends IkvResultaat> chunk, List<Object[]> calcs) {
        long bytes;
        try {
            bytes = PvpCsvDelen.schrijfDeel(pvpDelen, van, PvpCsvDelen.tekst(calcs));
        } catch (java.io.UncheckedIOException e) {
            // an optimisation, not an output: without room for the parts the output step reads every row, and meets
            // a full disk there as it did before parts existed
            org.slf4j.LoggerFactory.getLogger(StagingWriter.class).warn("{}: {}; the rest of this step writes no parts",
                    e.getMessage(), e.getCause());
            pvpDelen = null;
            return;
        }
        if (bytes < 0) {
            return; // a value its column would not store as given: the output step reads this chunk's rows
        }
        int aeVan = Integer.MAX_VALUE;
        int aeTot = Integer.MIN_VALUE;
        for (IkvResultaat r : chunk) {
            aeVan = Math.min(aeVan, r.eenheid().ae().index());
            aeTot = Math.max(aeTot, r.eenheid().ae().index());
        }
        jdbc.update("REPLACE INTO run_pvp_deel (run_id, van, tot, ae_van, ae_tot, rijen, bytes) VALUES (?,?,?,?,?,?,?)",
                runId, van, tot, aeVan, aeTot, calcs.size(), bytes);
    }

    /**
     * What the stand step stores with an accepted unit's PVPs ({@link nl.lpg.stand.StandWriter#berekend}), rounded as
     * the DECIMAL(18,2) columns of run_pvp_calculation round them.
     */
    private static String berekend(IkvResultaat r) {
        List<nl.lpg.stand.StandWriter.Berekend> lijst = new ArrayList<>(r.berekeningen().size());
        for (IkvResultaat.Berekening b : r.berekeningen()) {
            PvpBerekening u = b.uitkomst();
            lijst.add(new nl.lpg.stand.StandWriter.Berekend(b.datumAanvangIkp(), b.productkeuze(), b.productvariant(),
                    b.datumAanvangPvp(), new nl.lpg.stand.StandWriter.PvpWaarden(u.grondslagBerekend(),
                    u.premieBerekend(), u.premieVastgesteld())));
        }
        return nl.lpg.stand.StandWriter.berekendAlsJson(lijst);
    }

    private static String plain(BigDecimal b) {
        return b == null ? null : b.stripTrailingZeros().toPlainString();
    }
}
