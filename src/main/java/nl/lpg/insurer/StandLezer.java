package nl.lpg.insurer;

import nl.lpg.batch.Json;
import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.stand.StandWaarnemer;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the insurer's view of some employees from the stand (stand_ikv, stand_ikp, stand_pvp): per stored IKP a
 * period with its deeltijdfactor, and a further period where a PVP of the OP regeling starts later within it; the
 * salary is the productloon of the OP regeling's products (of the first PVP when the register names none).
 */
final class StandLezer {

    private final JdbcTemplate jdbc;
    private final KoppelingRegister register;

    StandLezer(JdbcTemplate jdbc, KoppelingRegister register) {
        this.jdbc = jdbc;
        this.register = register;
    }

    Map<StandWaarnemer.Werknemer, WerknemerStand> lees(List<StandWaarnemer.Werknemer> werknemers) {
        Map<StandWaarnemer.Werknemer, WerknemerStand> uit = new HashMap<>();
        for (StandWaarnemer.Werknemer w : werknemers) {
            Object[] k = {w.opdrachtgever(), w.aansluitnummer(), w.personeelsnummer(), w.nummerIkv()};
            String where = " WHERE opdrachtgever = ? AND aansluitnummer = ? AND personeelsnummer = ? AND nummer_ikv = ?";
            List<Object[]> ikv = jdbc.query("SELECT datum_aanvang, datum_einde, natuurlijk_persoon FROM stand_ikv"
                    + where, (rs, i) -> new Object[]{datum(rs.getDate(1)), datum(rs.getDate(2)), rs.getString(3)}, k);
            if (ikv.isEmpty()) {
                continue;
            }
            TreeMap<LocalDate, BigDecimal> deeltijd = new TreeMap<>();
            jdbc.query("SELECT datum_aanvang, JSON_VALUE(inkomstenperiode, '$.deeltijdfactor') FROM stand_ikp" + where,
                    rs -> {
                        String d = rs.getString(2);
                        deeltijd.put(rs.getDate(1).toLocalDate(), d == null || d.isBlank() ? null : new BigDecimal(d));
                    }, k);
            record Pvp(LocalDate ikp, LocalDate aanvang, String productkeuze, BigDecimal productloon) {
            }
            List<Pvp> pvps = jdbc.query("SELECT datum_aanvang_ikp, datum_aanvang_pvp, productkeuze, productloon"
                    + " FROM stand_pvp" + where + " ORDER BY datum_aanvang_ikp, seq", (rs, i) -> new Pvp(
                    rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getBigDecimal(4)), k);
            List<WerknemerStand.Periode> perioden = new ArrayList<>();
            for (var ikp : deeltijd.entrySet()) {
                LocalDate start = ikp.getKey();
                Set<String> op = register.productkeuzes(w.aansluitnummer(), "OP", start);
                Set<String> np = register.productkeuzes(w.aansluitnummer(), "NP", start);
                List<Pvp> eigen = pvps.stream().filter(p -> p.ikp().equals(start)).toList();
                Set<String> npHier = new HashSet<>();
                TreeMap<LocalDate, BigDecimal> salaris = new TreeMap<>();
                for (Pvp p : eigen) {
                    String pk = p.productkeuze() == null ? "" : p.productkeuze().trim().toUpperCase();
                    if (np.contains(pk)) {
                        npHier.add(pk);
                    }
                    if ((op.isEmpty() ? p == eigen.get(0) : op.contains(pk)) && p.productloon() != null) {
                        LocalDate vanaf = p.aanvang().isBefore(start) ? start : p.aanvang();
                        salaris.putIfAbsent(vanaf, p.productloon());
                    }
                }
                perioden.add(new WerknemerStand.Periode(start, ikp.getValue(),
                        salaris.isEmpty() ? null : salaris.firstEntry().getValue(), npHier));
                for (var s : salaris.tailMap(start, false).entrySet()) {
                    perioden.add(new WerknemerStand.Periode(s.getKey(), ikp.getValue(), s.getValue(), npHier));
                }
            }
            Object[] r = ikv.get(0);
            uit.put(w, new WerknemerStand(w.aansluitnummer(), w.personeelsnummer(), w.nummerIkv(), (LocalDate) r[0],
                    (LocalDate) r[1], perioden, Json.read((String) r[2], NatuurlijkPersoon.class)));
        }
        return uit;
    }

    /** The natuurlijk persoon of an employee as last accepted, or null. */
    NatuurlijkPersoon persoon(String opdrachtgever, String aansluitnummer, String personeelsnummer, String nummerIkv) {
        List<String> l = jdbc.queryForList("SELECT natuurlijk_persoon FROM stand_ikv WHERE opdrachtgever = ?"
                + " AND aansluitnummer = ? AND personeelsnummer = ? AND nummer_ikv = ?", String.class, opdrachtgever,
                aansluitnummer, personeelsnummer, nummerIkv);
        return l.isEmpty() || l.get(0) == null ? null : Json.read(l.get(0), NatuurlijkPersoon.class);
    }

    private static LocalDate datum(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
