package nl.lpg.console;

import nl.lpg.premium.PremieGrootboek;
import nl.lpg.premium.PremieNota;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The premium ledger as the Nota page shows it: the notas recorded per month ({@code premie_nota}), the rows of one
 * (the month's own amounts and each correction of an earlier tijdvak), the next nota as a premium run would record
 * it now (so a review decision shows at once), and per product the premie each month's nota charged.
 */
@Component
public class Notas {

    private final JdbcTemplate jdbc;
    private final PremieGrootboek grootboek;

    public Notas(JdbcTemplate jdbc, PremieGrootboek grootboek) {
        this.jdbc = jdbc;
        this.grootboek = grootboek;
    }

    public record Nota(String periode, String runId, LocalDate peildatum, String vastgelegd) {
    }

    public record Regel(String opdrachtgever, String aansluitnummer, LocalDate tijdvak, String productkeuze,
                        String productvariant, String soort, BigDecimal grondslagEerder, BigDecimal grondslagNu,
                        BigDecimal grondslagVerschil, BigDecimal premieEerder, BigDecimal premieNu,
                        BigDecimal premieVerschil) {
        public boolean correctie() {
            return "CORRECTIE".equals(soort);
        }
    }

    /** Sums of a nota: the month's own rows, the corrections, and all. */
    public record Totalen(BigDecimal premiePeriode, BigDecimal premieCorrecties, BigDecimal premieTotaal,
                          BigDecimal grondslagTotaal, int correcties) {
    }

    public List<Nota> notas() {
        return jdbc.query("SELECT periode, run_id, peildatum, DATE_FORMAT(vastgelegd, '%Y-%m-%d %H:%i') FROM premie_nota"
                + " ORDER BY periode", (rs, i) -> new Nota(rs.getString(1), rs.getString(2),
                rs.getDate(3).toLocalDate(), rs.getString(4)));
    }

    public List<Regel> regels(String periode) {
        return jdbc.query("SELECT opdrachtgever, aansluitnummer, tijdvak_aanvang, productkeuze, productvariant, soort,"
                + " grondslag_eerder, grondslag_nu, grondslag_verschil, premie_eerder, premie_nu, premie_verschil"
                + " FROM premie_nota_regel WHERE periode = ? ORDER BY soort DESC, opdrachtgever, aansluitnummer,"
                + " tijdvak_aanvang, productkeuze, productvariant", (rs, i) -> new Regel(rs.getString(1),
                rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                rs.getBigDecimal(11), rs.getBigDecimal(12)), periode);
    }

    /** The month after the last recorded nota (or this month when none is recorded). */
    public YearMonth volgende() {
        List<Nota> n = notas();
        return n.isEmpty() ? YearMonth.now() : YearMonth.parse(n.get(n.size() - 1).periode()).plusMonths(1);
    }

    /** The nota a premium run of {@code periode} would record now: nothing is recorded. */
    public List<Regel> concept(YearMonth periode) {
        List<Regel> regels = new ArrayList<>();
        for (PremieNota.Regel r : grootboek.concept(periode)) {
            var k = r.sleutel();
            regels.add(new Regel(k.opdrachtgever(), k.aansluitnummer(), k.tijdvak(), k.productkeuze(),
                    k.productvariant(), r.soort().name(), r.eerder().grondslag(), r.nu().grondslag(),
                    r.grondslagVerschil(), r.eerder().premie(), r.nu().premie(), r.premieVerschil()));
        }
        regels.sort(java.util.Comparator.comparing((Regel r) -> r.correctie() ? 0 : 1));
        return regels;
    }

    public static Totalen totalen(List<Regel> regels) {
        BigDecimal periode = BigDecimal.ZERO;
        BigDecimal correcties = BigDecimal.ZERO;
        BigDecimal grondslag = BigDecimal.ZERO;
        int n = 0;
        for (Regel r : regels) {
            if (r.correctie()) {
                correcties = correcties.add(r.premieVerschil());
                n++;
            } else {
                periode = periode.add(r.premieVerschil());
            }
            grondslag = grondslag.add(r.grondslagVerschil());
        }
        return new Totalen(periode, correcties, periode.add(correcties), grondslag, n);
    }

    /**
     * Per product (opdrachtgever, productkeuze and productvariant) the premie each recorded nota charged (the sum of
     * its differences: the month's own premie plus its corrections), month by month.
     */
    public Map<String, Map<String, BigDecimal>> premiePerProduct() {
        Map<String, Map<String, BigDecimal>> m = new TreeMap<>();
        List<String> maanden = notas().stream().map(Nota::periode).toList();
        jdbc.query("SELECT CONCAT_WS(' ', opdrachtgever, productkeuze, NULLIF(productvariant, '')), periode,"
                + " SUM(premie_verschil) FROM premie_nota_regel GROUP BY 1, periode ORDER BY 1, periode", rs -> {
            m.computeIfAbsent(rs.getString(1), k -> {
                Map<String, BigDecimal> per = new LinkedHashMap<>();
                maanden.forEach(x -> per.put(x, BigDecimal.ZERO));
                return per;
            }).put(rs.getString(2), rs.getBigDecimal(3));
        });
        return m;
    }
}
