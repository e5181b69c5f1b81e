package nl.lpg.testsupport;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.IkvEenheid;
import nl.lpg.delivery.Inkomstenperiode;
import nl.lpg.delivery.Inkomstenverhouding;
import nl.lpg.delivery.Levering;
import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.delivery.PensioenVerzekeringPeriode;
import nl.lpg.delivery.PensioenVerzekeringVerhouding;
import nl.lpg.delivery.Periodiciteit;
import nl.lpg.delivery.Plaats;
import nl.lpg.delivery.Werknemergegevens;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/** Small, valid delivery fragments for rule tests; change one field with the records' constructors or the withers. */
public final class Units {
    private Units() {
    }

    public static final Plaats P = new Plaats(1, 1);

    public static Levering levering() {
        return new Levering("L001", YearMonth.of(2026, 1), 1, LocalDateTime.of(2026, 2, 3, 10, 0), "R");
    }

    public static AdministratieveEenheid ae(String opdrachtgever) {
        return new AdministratieveEenheid(1, "A1000", opdrachtgever, Periodiciteit.MAAND, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31), "123456789L01", P);
    }

    public static NatuurlijkPersoon np() {
        return new NatuurlijkPersoon("111222333", "P1", "J", null, "Jansen", LocalDate.of(1980, 5, 17), "M", null,
                "NL91ABNA0417164300", null, null, null, null);
    }

    public static PensioenVerzekeringPeriode pvp(LocalDate aanvang, String productloon) {
        return new PensioenVerzekeringPeriode(aanvang, new BigDecimal(productloon), null, null, null,
                new BigDecimal("100.00"), null, null, P);
    }

    public static PensioenVerzekeringVerhouding pvv(String productkeuze, PensioenVerzekeringPeriode... pvps) {
        return new PensioenVerzekeringVerhouding(productkeuze, null, null, null, List.of(pvps), P);
    }

    public static Inkomstenperiode ikp(LocalDate aanvang, PensioenVerzekeringVerhouding... pvvs) {
        return new Inkomstenperiode(aanvang, null, "REG", "J", new BigDecimal("1.0000"), null, null, null, null, null,
                List.of(new Werknemergegevens(new BigDecimal("4000.00"), new BigDecimal("4000.00"))), List.of(pvvs), P);
    }

    public static Inkomstenverhouding ikv(Inkomstenperiode... ikps) {
        return new Inkomstenverhouding("P1", "1", "11", LocalDate.of(2020, 1, 1), null, null, np(), List.of(ikps), P);
    }

    public static IkvEenheid eenheid(String opdrachtgever, Inkomstenverhouding ikv) {
        return new IkvEenheid(1, levering(), ae(opdrachtgever), ikv);
    }
}
