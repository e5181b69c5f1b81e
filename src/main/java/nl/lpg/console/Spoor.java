package nl.lpg.console;

import nl.lpg.batch.SignaalWriter;
import nl.lpg.parameters.ParameterRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trail of one PVP as a run computed it ({@code run_pvp_calculation}): the delivered values and the line in the
 * delivery, the formula type with every input, the workbook row whose parameters it used (sheet, row, the workbook's
 * SHA-256), the signals of its inkomstenverhouding in that run, and the stand history of that inkomstenverhouding:
 * every run that delivered it with its outcome, what the stand holds now, the intrekkingen and review decisions.
 */
@Component
public class Spoor {

    private final JdbcTemplate jdbc;
    private final Werkboeken werkboeken;

    public Spoor(JdbcTemplate jdbc, Werkboeken werkboeken) {
        this.jdbc = jdbc;
        this.werkboeken = werkboeken;
    }

    /** The PVPs of a personeelsnummer in a run (or in every run when {@code run} is blank), to pick one from. */
    public List<Map<String, Object>> zoek(String run, String personeelsnummer) {
        if (personeelsnummer == null || personeelsnummer.isBlank()) {
            return List.of();
        }
        boolean metRun = run != null && !run.isBlank();
        List<Object> args = new ArrayList<>(List.of(personeelsnummer.strip()));
        if (metRun) {
            args.add(run.strip());
        }
        // through the run's units (indexed by personeelsnummer): the PVP staging, a row per PVP and the most written
        // table of a run, carries no index beyond its primary key
        return jdbc.queryForList("SELECT c.run_id, c.volgnummer, c.seq, c.status, c.opdrachtgever, c.aansluitnummer,"
                + " c.datum_aanvang_tijdvak, c.nummer_ikv, c.datum_aanvang_ikp, c.productkeuze, c.productvariant,"
                + " c.datum_aanvang_pvp, c.premie_vastgesteld FROM run_unit u JOIN run_pvp_calculation c"
                + " ON c.run_id = u.run_id AND c.volgnummer = u.volgnummer WHERE u.personeelsnummer = ?"
                + (metRun ? " AND u.run_id = ?" : "") + " ORDER BY c.run_id DESC, c.volgnummer, c.seq LIMIT 500",
                args.toArray());
    }

    /** The PVP's row with every column, or null. */
    public Map<String, Object> pvp(String run, int volgnummer, int seq) {
        List<Map<String, Object>> r = jdbc.queryForList("SELECT * FROM run_pvp_calculation WHERE run_id = ?"
                + " AND volgnummer = ? AND seq = ?", run, volgnummer, seq);
        return r.isEmpty() ? null : r.get(0);
    }

    /** The run's inputs as its job recorded them: levering (path), leveringSha256, parametersSha256, ... */
    public Map<String, String> invoer(String run) {
        Map<String, String> m = new LinkedHashMap<>();
        jdbc.query("SELECT p.PARAMETER_NAME, p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p WHERE"
                + " p.JOB_EXECUTION_ID = (SELECT MAX(r.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION_PARAMS r"
                + " WHERE r.PARAMETER_NAME = 'runId' AND r.PARAMETER_VALUE = ?)", rs -> {
            m.put(rs.getString(1), rs.getString(2));
        }, run);
        jdbc.query("SELECT CONCAT(nummer_leverancier, '/', periode_levering, '/', volgnummer) FROM levering_ontvangen"
                + " WHERE run_id = ?", rs -> {
            m.put("leveringSleutel", rs.getString(1));
        }, run);
        return m;
    }

    /**
     * The PVP's element in the delivery as the file is now: from line {@code regel} the {@code pensioenVerzekeringPeriode}
     * element that starts on {@code datumAanvang} (a file may put several PVPs, or a whole IKV, on one line), to its
     * end tag, at most 40 lines; each line prefixed with its number. Empty when the file is gone. The caller masks it
     * for a role that may not see a BSN.
     */
    public List<String> regels(String bestand, Integer regel, Object datumAanvang) {
        if (bestand == null || regel == null || regel < 1) {
            return List.of();
        }
        Path p = Path.of(bestand);
        if (!Files.isRegularFile(p)) {
            return List.of();
        }
        String datum = "\"" + datumAanvang + "\"";
        List<String> uit = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String l;
            int n = 0;
            while ((l = r.readLine()) != null) {
                n++;
                if (n < regel) {
                    continue;
                }
                if (n == regel) {
                    int van = -1;
                    for (int i = l.indexOf("<pensioenVerzekeringPeriode"); i >= 0;
                         i = l.indexOf("<pensioenVerzekeringPeriode", i + 1)) {
                        int eind = l.indexOf('>', i);
                        if (eind > 0 && l.substring(i, eind).contains(datum)) {
                            van = i;
                            break;
                        }
                    }
                    l = van >= 0 ? l.substring(van) : l;
                }
                int sluit = l.indexOf("</pensioenVerzekeringPeriode>");
                boolean klaar = sluit >= 0 || uit.size() >= 39;
                if (sluit >= 0) {
                    l = l.substring(0, sluit + "</pensioenVerzekeringPeriode>".length());
                } else if (n == regel && l.startsWith("<pensioenVerzekeringPeriode") && l.indexOf("/>") > 0
                        && l.indexOf("/>") < l.indexOf('>') + 1) {
                    l = l.substring(0, l.indexOf("/>") + 2);
                    klaar = true;
                }
                uit.add(String.format("%7d  %s", n, l.length() > 1000 ? l.substring(0, 1000) + " ..." : l));
                if (klaar) {
                    break;
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return uit;
    }

    /** The workbook row the PVP's parameters came from (from the archived version the run used). */
    public Optional<ParameterRow> parameterRij(String parametersSha, String blad, Integer rij) {
        if (parametersSha == null || blad == null || rij == null) {
            return Optional.empty();
        }
        return werkboeken.rij(parametersSha, blad, rij);
    }

    /** The signals of the PVP's inkomstenverhouding in its run (and of its AE). */
    public List<Map<String, Object>> signalen(String run, Integer aeIndex, int volgnummer) {
        if (aeIndex == null) {
            return jdbc.queryForList("SELECT s.regel, s.aard, s.datum_aanvang_ikp, s.productkeuze, s.melding"
                    + " FROM run_signal s JOIN run_unit u ON u.run_id = s.run_id AND u.volgnummer = ?"
                    + " WHERE s.run_id = ? AND s.personeelsnummer = u.personeelsnummer ORDER BY s.volgorde, s.seq",
                    volgnummer, run);
        }
        return jdbc.queryForList("SELECT regel, aard, datum_aanvang_ikp, productkeuze, melding FROM run_signal"
                        + " WHERE run_id = ? AND volgorde IN (?, ?, ?) ORDER BY volgorde, seq", run,
                SignaalWriter.volgordeIkv(aeIndex, volgnummer), SignaalWriter.volgordeAe(aeIndex),
                SignaalWriter.volgordeAeAfsluiting(aeIndex));
    }

    /** Every run that delivered the inkomstenverhouding, oldest first, with the unit's outcome and decision. */
    public List<Map<String, Object>> leveringen(String og, String an, String pnr, String nummer) {
        return jdbc.queryForList("SELECT u.run_id, u.volgnummer, u.status, r.started, r.status run_status,"
                + " a.datum_aanvang_tijdvak, b.besluit, b.door, DATE_FORMAT(b.tijdstip, '%Y-%m-%d %H:%i') tijdstip,"
                + " b.reden FROM run_unit u JOIN lpg_run r ON r.run_id = u.run_id"
                + " JOIN run_ae a ON a.run_id = u.run_id AND a.ae_index = u.ae_index"
                + " LEFT JOIN review_besluit b ON b.unit = CONCAT(u.run_id, ':ikv:', u.volgnummer)"
                + " WHERE u.personeelsnummer = ? AND u.nummer_ikv = ? AND a.opdrachtgever = ? AND a.aansluitnummer = ?"
                + " ORDER BY r.started, u.volgnummer", pnr, nummer, og, an);
    }

    /** What the stand holds now for the inkomstenverhouding: per IKP the run and delivery that stored it. */
    public List<Map<String, Object>> standIkps(String og, String an, String pnr, String nummer) {
        return jdbc.queryForList("SELECT datum_aanvang, datum_einde, tijdvak_aanvang, tijdvak_einde, levering_sleutel,"
                + " run_id FROM stand_ikp WHERE opdrachtgever = ? AND aansluitnummer = ? AND personeelsnummer = ?"
                + " AND nummer_ikv = ? ORDER BY datum_aanvang", og, an, pnr, nummer);
    }

    public List<Map<String, Object>> standPvps(String og, String an, String pnr, String nummer) {
        return jdbc.queryForList("SELECT datum_aanvang_ikp, tijdvak_aanvang, productkeuze, productvariant,"
                + " datum_aanvang_pvp, productloon, grondslag_berekend, premie_vastgesteld, levering_sleutel"
                + " FROM stand_pvp WHERE opdrachtgever = ? AND aansluitnummer = ? AND personeelsnummer = ?"
                + " AND nummer_ikv = ? ORDER BY datum_aanvang_ikp, seq", og, an, pnr, nummer);
    }

    public List<Map<String, Object>> intrekkingen(String og, String an, String pnr, String nummer) {
        return jdbc.queryForList("SELECT datum_aanvang_ikp, run_id, levering_sleutel FROM stand_intrekking"
                + " WHERE opdrachtgever = ? AND aansluitnummer = ? AND personeelsnummer = ? AND nummer_ikv = ?"
                + " ORDER BY run_id", og, an, pnr, nummer);
    }

    /** The person's BSN as the stand holds it (the caller masks it), or null. */
    public String bsn(String og, String an, String pnr, String nummer) {
        List<String> b = jdbc.queryForList("SELECT bsn FROM stand_ikv WHERE opdrachtgever = ? AND aansluitnummer = ?"
                + " AND personeelsnummer = ? AND nummer_ikv = ?", String.class, og, an, pnr, nummer);
        return b.isEmpty() ? null : b.get(0);
    }
}
