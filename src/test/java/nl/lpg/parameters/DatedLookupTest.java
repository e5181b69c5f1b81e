package nl.lpg.parameters;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Dated lookups in the shipped workbooks at the boundaries: the day before ingang, ingang, einde, the day after. */
class DatedLookupTest {

    static Parameters p;
    static OrganisatieRegister org;

    @BeforeAll
    static void load() {
        ParameterSet set = ParameterSet.load(Path.of("parameters-xlsx"));
        p = set.parameters();
        org = set.organisatie();
    }

    private static Optional<String> franchise(String date) {
        return p.productvariant("ABP", "OPNP", null, LocalDate.parse(date))
                .map(r -> r.decimal("minimumInkomensgrens").toPlainString());
    }

    @Test
    @DisplayName("the 2025 row ends on its einde and the 2026 row starts on its ingang")
    void aroundTheYearBoundary() {
        assertThat(franchise("2024-12-31")).as("day before the first ingang").isEmpty();
        assertThat(franchise("2025-01-01")).as("on ingang").contains("19172");
        assertThat(franchise("2025-12-31")).as("on einde").contains("19172");
        assertThat(franchise("2026-01-01")).as("day after einde = ingang of next").contains("19545");
        assertThat(franchise("2099-12-31")).as("open einde").contains("19545");
    }

    @Test
    @DisplayName("a row with an einde and no successor is not valid the day after")
    void afterLastEinde() {
        // CaoParameters PFAB AGF: 2025 row ends 2025-12-31, next from 2026-01-01; AansluitingCao from ingang
        assertThat(p.cao("PFAB", "AGF", LocalDate.parse("2025-12-31")).orElseThrow()
                .decimal("percentageVakantietoeslag")).isEqualByComparingTo("8.00");
        assertThat(p.cao("PFAB", "AGF", LocalDate.parse("2026-01-01")).orElseThrow()
                .decimal("percentageVakantietoeslag")).isEqualByComparingTo("8.33");
        assertThat(p.cao("PFAB", "AGF", LocalDate.parse("2024-12-31"))).isEmpty();
        assertThat(org.aansluiting("A3000", LocalDate.parse("2018-12-31"))).isEmpty();
        assertThat(org.aansluiting("A3000", LocalDate.parse("2019-01-01"))).isPresent();
    }

    @Test
    @DisplayName("a table with an einde: on einde found, the day after not found")
    void eindeInclusive() {
        ParameterTable t = new ParameterTable(ParameterSheets.LEVERANCIERS, java.util.List.of(
                new ParameterRow("Leveranciers", 2, java.util.Map.of("nummerLeverancier", "L5", "naam", "X",
                        "intern", false, "ingang", LocalDate.parse("2025-03-01"),
                        "einde", LocalDate.parse("2025-03-31")))));
        assertThat(t.find(LocalDate.parse("2025-02-28"), "L5")).isEmpty();
        assertThat(t.find(LocalDate.parse("2025-03-01"), "L5")).isPresent();
        assertThat(t.find(LocalDate.parse("2025-03-31"), "l5")).as("key is case-insensitive").isPresent();
        assertThat(t.find(LocalDate.parse("2025-04-01"), "L5")).isEmpty();
    }

    @Test
    @DisplayName("Regels: a seeded * row serves every opdrachtgever from its ingang on, not the day before")
    void regelFromIngang() {
        LocalDate d = LocalDate.parse("2026-01-01");
        var row = p.table("Regels").rows().get(0);
        String nr = row.text("regel");
        assertThat(p.regel(nr, "ABP", d)).isPresent();
        assertThat(p.regel(nr, "ABP", row.ingang().minusDays(1))).as("day before ingang").isEmpty();
    }

    @Test
    @DisplayName("the CAO's of an aansluiting are found by aansluitnummer, case-insensitively")
    void caos() {
        assertThat(org.caos("A2000")).extracting(r -> r.text("codeCao")).containsExactly("BOUW-INFRA");
        assertThat(org.caos("a3000 ")).extracting(r -> r.text("codeCao")).containsExactly("AGF");
        assertThat(org.caos("A9999")).isEmpty();
    }

    @Test
    @DisplayName("an answer kept for a question asked before is the answer the table gives, also past the keep limit")
    void keptAnswers() {
        // issue 10: find keeps its answers per question; thousands of dates (a rule that asks per birth date) and
        // keys spelled otherwise still get what a fresh table gives
        ParameterSet vers = ParameterSet.load(Path.of("parameters-xlsx"));
        for (int ronde = 0; ronde < 2; ronde++) {
            for (LocalDate d = LocalDate.parse("2024-06-01"); d.isBefore(LocalDate.parse("2038-01-01"));
                 d = d.plusDays(1)) {
                assertThat(p.productvariant("ABP", "OPNP", null, d).map(ParameterRow::rowNumber))
                        .as("%s", d).isEqualTo(vers.parameters().productvariant("ABP", "OPNP", null, d)
                                .map(ParameterRow::rowNumber));
            }
        }
        assertThat(franchise("2026-03-01")).contains("19545");
        assertThat(p.productvariant(" abp", "opnp ", null, LocalDate.parse("2026-03-01"))
                .map(r -> r.decimal("minimumInkomensgrens").toPlainString())).contains("19545");
    }
}
