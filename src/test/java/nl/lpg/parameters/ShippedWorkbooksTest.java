package nl.lpg.parameters;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbooks shipped in parameters-xlsx/ load, hold the example values and document every sheet and column. */
class ShippedWorkbooksTest {

    static final Path SHIPPED = Path.of("parameters-xlsx");

    @Test
    @DisplayName("the shipped parameters.xlsx and organisatie.xlsx load without a fault")
    void loads() {
        ParameterSet set = ParameterSet.load(SHIPPED);
        Parameters p = set.parameters();
        assertThat(p.conversiedatum("ABP", LocalDate.of(2026, 3, 1))).contains(LocalDate.of(2015, 1, 1));
        assertThat(p.conversiedatum("BOUW", LocalDate.of(2025, 3, 1))).contains(LocalDate.of(2016, 1, 1));
        assertThat(p.conversiedatum("PFAB", LocalDate.of(2026, 3, 1))).contains(LocalDate.of(2019, 1, 1));
        assertThat(p.opdrachtgever("ABP", LocalDate.of(2026, 1, 1)).orElseThrow().decimal("maxDeeltijdfactor"))
                .isEqualByComparingTo("1.25");
        ParameterRow opnp2025 = p.productvariant("ABP", "OPNP", null, LocalDate.of(2025, 6, 1)).orElseThrow();
        ParameterRow opnp2026 = p.productvariant("ABP", "OPNP", null, LocalDate.of(2026, 6, 1)).orElseThrow();
        assertThat(opnp2025.decimal("minimumInkomensgrens")).isEqualByComparingTo("19172.00");
        assertThat(opnp2026.decimal("minimumInkomensgrens")).isEqualByComparingTo("19545.00");
        assertThat(opnp2026.decimal("premiepercentage")).isEqualByComparingTo("27.30");
        // the published fiscal maximum pensioengevend loon, frozen at 137,800 for 2025 and 2026
        assertThat(opnp2025.decimal("maximumProductloon")).isEqualByComparingTo("137800.00");
        assertThat(opnp2026.decimal("maximumProductloon")).isEqualByComparingTo("137800.00");
        assertThat(opnp2026.text("soortGrondslag")).isEqualTo("Q");
        assertThat(p.productvariant("PFAB", "SFA", "", LocalDate.of(2026, 1, 1)).orElseThrow().decimal("vastePremie"))
                .isEqualByComparingTo(new BigDecimal("26.00"));
        assertThat(p.marge("165", "PFAB", "PPA", LocalDate.of(2026, 1, 1))).isPresent();
        assertThat(set.organisatie().aansluiting("A1000", LocalDate.of(2026, 1, 1)).orElseThrow()
                .text("loonheffingennummer")).isEqualTo("123456789L01");
        assertThat(set.organisatie().isIntern("L999")).isTrue();
        assertThat(set.organisatie().isIntern("L001")).isFalse();
        assertThat(set.organisatie().relatie("L001", "A3000")).hasSize(1);
        assertThat(set.parameters().sha256()).hasSize(64);
    }

    @Test
    @DisplayName("every opdrachtgever has products in 2025 and in 2026, and together they use all fifteen formula types")
    void everyFundHasProductsAndEveryFormulaTypeIsUsed() {
        Parameters p = ParameterSet.load(SHIPPED).parameters();
        java.util.Set<String> soorten = new java.util.TreeSet<>();
        for (String og : nl.lpg.parameters.Codes.OPDRACHTGEVERS) {
            for (LocalDate d : java.util.List.of(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 6, 1))) {
                var rijen = p.table("Productvarianten").rows().stream()
                        .filter(r -> og.equals(r.text("opdrachtgever")) && !r.ingang().isAfter(d)
                                && (r.einde() == null || !r.einde().isBefore(d)))
                        .toList();
                assertThat(rijen).as(og + " op " + d).isNotEmpty();
                rijen.forEach(r -> soorten.add(r.text("soortGrondslag")));
            }
        }
        assertThat(soorten).containsExactly("E", "F", "G", "H", "J", "K", "M", "N", "O", "P", "Q", "R", "S", "T", "U");
    }

    @Test
    @DisplayName("every Productvarianten row has a note on its productkeuze saying which values are published and which are examples")
    void productvariantenSayWhatIsPublished() throws Exception {
        try (var in = Files.newInputStream(SHIPPED.resolve("parameters.xlsx"));
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sh = wb.getSheet("Productvarianten");
            int keuze = ParameterSheets.PRODUCTVARIANTEN.columns()
                    .indexOf(ParameterSheets.PRODUCTVARIANTEN.column("productkeuze").orElseThrow());
            assertThat(keuze).isEqualTo(1);
            for (int r = 1; r <= sh.getLastRowNum(); r++) {
                var note = sh.getRow(r).getCell(keuze).getCellComment();
                assertThat(note).as("note on Productvarianten row " + (r + 1)).isNotNull();
                assertThat(note.getString().getString()).startsWith("Herkomst: ").containsAnyOf("voorbeeld", "gepubliceerd");
            }
            var opnp = sh.getRow(1).getCell(keuze).getCellComment().getString().getString();
            assertThat(opnp).contains("137.800", "27,3%", "franchise voorbeeld");
        }
    }

    @Test
    @DisplayName("ABP VPL ends on 2022-12-31 (BR195, BR307) and OPNP/AAOP keep their premie up to AOW-leeftijd + 5 jaar (BR194, BR196)")
    void abpFollowsTheSpecOnVplAndTheAowPeildatum() {
        Parameters p = ParameterSet.load(SHIPPED).parameters();
        assertThat(p.productvariant("ABP", "VPL", null, LocalDate.of(2022, 12, 31))).isPresent();
        assertThat(p.productvariant("ABP", "VPL", null, LocalDate.of(2023, 1, 1))).isEmpty();
        for (String pk : java.util.List.of("OPNP", "AAOP")) {
            assertThat(p.table("PeildatumAow").find(LocalDate.of(2026, 1, 1), "ABP", pk, "").orElseThrow()
                    .text("soortPeildatum")).isEqualTo("AOW_PLUS_5");
        }
    }

    @Test
    @DisplayName("the shipped Regels sheet holds every seeded rule row")
    void regelsFromSeed() {
        Parameters p = ParameterSet.load(SHIPPED).parameters();
        assertThat(p.table("Regels").rows())
                .as("shipped Regels out of date with regels-seed: run nl.lpg.parameters.VoorbeeldWerkboeken")
                .hasSize(nl.lpg.rules.RegelsSeed.load().size());
    }

    @Test
    @DisplayName("README.md names every sheet and every column of the schemas")
    void readmeDocumentsEverything() throws Exception {
        String readme = Files.readString(SHIPPED.resolve("README.md"));
        for (SheetSchema s : ParameterSheetsAll.all()) {
            assertThat(readme).as("run VoorbeeldWerkboeken to regenerate README.md").contains("### " + s.name());
            for (Column c : s.columns()) {
                assertThat(readme).contains("`" + c.name() + "`");
            }
        }
    }
}
