package nl.lpg.rules.np;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.extern.CsvBrpBron;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static nl.lpg.testsupport.PvvFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class Br61BsnBekendBijBrpTest {

    private final Parameters p = TestParameters.create().seededRegels().build();

    private static nl.lpg.delivery.Inkomstenverhouding met(String bsn) {
        return ikv("WN", LocalDate.of(2020, 1, 1), null, np(bsn, "P1", LocalDate.of(1980, 5, 17)),
                ikp(pvv("OPNP", null, pvp(JAN, "1"))));
    }

    @Test
    @DisplayName("BR61 Het BSN uit de levering moet bekend zijn bij BRP (Interne beoordeling); CSV-bron bsn;geboortedatum;overlijdensdatum")
    void metBron(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("brp.csv");
        Files.writeString(csv, "bsn;geboortedatum;overlijdensdatum\n111222333;1980-05-17;\n12345682;1970-01-01;2025-03-01\n");
        CsvBrpBron bron = CsvBrpBron.lees(csv);
        assertThat(bron.aantal()).isEqualTo(2);
        assertThat(bron.zoek("012345682")).hasValueSatisfying(b -> assertThat(b.overlijdensdatum().alsDatum()).isEqualTo(LocalDate.of(2025, 3, 1)));
        var regel = new Br61BsnBekendBijBrp(bron);
        assertThat(regel.bronGeconfigureerd()).isTrue();
        assertThat(regel.toets(ctx("ABP", met("111222333"), p))).isEmpty();
        assertThat(voerUit(regel, ctx("ABP", met("123456782"), p))).singleElement().satisfies(s -> {
            assertThat(s.aard()).isEqualTo(Aard.INTERNE_BEOORDELING);
            assertThat(s.melding()).doesNotContain("123456782").contains("BRP");
        });
        assertThat(regel.toets(ctx("ABP", met("0"), p))).as("BSN 0 is not looked up").isEmpty();
    }

    @Test
    @DisplayName("BR61 zonder geconfigureerde BRP-bron: geen bevinding en de regel meldt zich als niet geëvalueerd")
    void zonderBron() {
        var regel = new Br61BsnBekendBijBrp();
        assertThat(regel.bronGeconfigureerd()).isFalse();
        assertThat(regel.nietGeevalueerdReden()).contains("niet geëvalueerd");
        assertThat(regel.toets(ctx("ABP", met("123456782"), p))).isEmpty();
    }

    @Test
    @DisplayName("CsvBrpBron weigert een bestand zonder verplichte kolom of met een ongeldige datum")
    void ongeldigBestand(@TempDir Path dir) throws IOException {
        Path zonderKolom = dir.resolve("a.csv");
        Files.writeString(zonderKolom, "bsn;geboortedatum\n111222333;1980-05-17\n");
        Path slechteDatum = dir.resolve("b.csv");
        Files.writeString(slechteDatum, "bsn;geboortedatum;overlijdensdatum\n111222333;17-05-1980;\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CsvBrpBron.lees(zonderKolom))
                .hasMessageContaining("overlijdensdatum");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CsvBrpBron.lees(slechteDatum))
                .hasMessageContaining("geboortedatum").hasMessageNotContaining("111222333");
    }
}
