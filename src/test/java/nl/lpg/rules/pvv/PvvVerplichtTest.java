package nl.lpg.rules.pvv;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.lpg.testsupport.PvvFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class PvvVerplichtTest {

    // AOW-leeftijd 67 for everyone born from 1960: AOW + 5 = 72
    private final Parameters p = TestParameters.create().seededRegels()
            .row("AowLeeftijd", "geboortedatumVan", LocalDate.of(1960, 1, 1), "geboortedatumTot", LocalDate.of(2100, 12, 31),
                    "jaren", 67, "maanden", 0)
            .row("AowLeeftijd", "geboortedatumVan", LocalDate.of(1900, 1, 1), "geboortedatumTot", LocalDate.of(1959, 12, 31),
                    "jaren", 66, "maanden", 4)
            .build();

    @Test
    @DisplayName("BR196/BR308 (ABP) jonger dan 1e dag van de maand van AOW-leeftijd + 5 jaar en ingegaan voor 65: OP/NP verplicht bij WN/WNE")
    void br196Abp() {
        var regel = new Br196ProductkeuzeOpnpVerplicht();
        var zonderOpnp = ikv(ikp(pvv("AAOP", null, pvp(JAN, "1"))));
        var metOpnp = ikv(ikp(pvv("OPNP", null, pvp(JAN, "1")), pvv("AAOP", null, pvp(JAN, "1"))));
        var opnpZonderPvp = ikv(ikp(pvv("OPNP", null)));
        assertThat(voerUit(regel, ctx("ABP", zonderOpnp, p))).singleElement().satisfies(s -> {
            assertThat(s.aard()).isEqualTo(Aard.ONVERWERKBAAR);
            assertThat(s.melding()).contains("OPNP", "2052-05-01"); // born 1980-05-17: 67 + 5 = 2052-05-17
        });
        assertThat(regel.toets(ctx("ABP", metOpnp, p))).isEmpty();
        assertThat(regel.toets(ctx("ABP", opnpZonderPvp, p))).hasSize(1);
        // Not WNE: not verplicht via BR308
        assertThat(regel.toets(ctx("ABP", ikv(ikp(JAN, null, "ZKG", null, pvv("AAOP", null, pvp(JAN, "1")))), p))).isEmpty();
        // Arbeidsovereenkomst ingegaan na 65 jaar: not verplicht
        var oud = ikv("WN", LocalDate.of(2025, 1, 1), null, np("111222333", "P1", LocalDate.of(1959, 6, 1)),
                ikp(pvv("AAOP", null, pvp(JAN, "1"))));
        assertThat(regel.toets(ctx("ABP", oud, p))).isEmpty();
    }

    @Test
    @DisplayName("BR196 (PWRI) jonger dan 70 en ingegaan voor 65: OP/NP verplicht; aard Verwerkbaar for PWRI")
    void br196Pwri() {
        var regel = new Br196ProductkeuzeOpnpVerplicht();
        var negenenzestig = ikv("WN", LocalDate.of(1990, 1, 1), null, np("111222333", "P1", LocalDate.of(1956, 1, 2)),
                ikp(pvv("AAOP", null, pvp(JAN, "1"))));
        var zeventig = ikv("WN", LocalDate.of(1990, 1, 1), null, np("111222333", "P1", LocalDate.of(1956, 1, 1)),
                ikp(pvv("AAOP", null, pvp(JAN, "1"))));
        assertThat(voerUit(regel, ctx("PWRI", negenenzestig, p))).singleElement()
                .satisfies(s -> assertThat(s.aard()).isEqualTo(Aard.VERWERKBAAR));
        assertThat(regel.toets(ctx("PWRI", zeventig, p))).isEmpty();
        assertThat(voerUit(regel, ctx("BOUW", negenenzestig, p))).as("not for Bouw").isEmpty();
    }

    @Test
    @DisplayName("BR194/BR309 (ABP) AAOP verplicht tot de 1e dag van de maand van AOW-leeftijd + 5 jaar")
    void br194() {
        var regel = new Br194ProductkeuzeAaopVerplicht();
        // born 1954-01-20, AOW 66y4m -> 2020-05-20, +5 -> 2025-05-01: on 2025-04-01 verplicht, on 2025-05-01 not
        var persoon = np("111222333", "P1", LocalDate.of(1954, 1, 20));
        var april = ikv("WN", LocalDate.of(1990, 1, 1), null, persoon,
                ikp(LocalDate.of(2025, 4, 1), null, "WNE", null, pvv("OPNP", null, pvp(LocalDate.of(2025, 4, 1), "1"))));
        var mei = ikv("WN", LocalDate.of(1990, 1, 1), null, persoon,
                ikp(LocalDate.of(2025, 5, 1), null, "WNE", null, pvv("OPNP", null, pvp(LocalDate.of(2025, 5, 1), "1"))));
        assertThat(voerUit(regel, ctx("ABP", april, p))).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("AAOP", "2025-05-01"));
        assertThat(regel.toets(ctx("ABP", mei, p))).isEmpty();
        // PWRI, with the same person and AOW table, delivers no AAOP either: silent, AAOP is an ABP product
        assertThat(voerUit(regel, ctx("PWRI", april, p))).as("not for PWRI").isEmpty();
    }

    @Test
    @DisplayName("BR195/BR310 (ABP) VPL verplicht bij WN met WNE of WVP; vervalt voor inkomstenperioden vanaf 1-1-2023")
    void br195() {
        var regel = new Br195ProductkeuzeVplVerplicht();
        var dec2022 = ikv(ikp(LocalDate.of(2022, 12, 1), null, "WVP", null, pvv("OPNP", null, pvp(LocalDate.of(2022, 12, 1), "1"))));
        var jan2023 = ikv(ikp(LocalDate.of(2023, 1, 1), null, "WVP", null, pvv("OPNP", null, pvp(LocalDate.of(2023, 1, 1), "1"))));
        var metVpl = ikv(ikp(LocalDate.of(2022, 12, 1), null, "WNE", null, pvv("OPNP", null, pvp(LocalDate.of(2022, 12, 1), "1")),
                pvv("VPL", null, pvp(LocalDate.of(2022, 12, 1), "1"))));
        assertThat(voerUit(regel, ctx("ABP", dec2022, p))).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("VPL"));
        assertThat(regel.toets(ctx("ABP", jan2023, p))).isEmpty();
        assertThat(regel.toets(ctx("ABP", metVpl, p))).isEmpty();
        assertThat(voerUit(regel, ctx("PWRI", dec2022, p))).as("not for PWRI").isEmpty();
        // tot 1-1-2016: jonger dan 65
        var persoon = np("111222333", "P1", LocalDate.of(1950, 3, 1));
        var voor65 = ikv("WN", LocalDate.of(1990, 1, 1), null, persoon,
                ikp(LocalDate.of(2015, 2, 1), null, "WNE", null, pvv("OPNP", null, pvp(LocalDate.of(2015, 2, 1), "1"))));
        var na65 = ikv("WN", LocalDate.of(1990, 1, 1), null, persoon,
                ikp(LocalDate.of(2015, 3, 1), null, "WNE", null, pvv("OPNP", null, pvp(LocalDate.of(2015, 3, 1), "1"))));
        assertThat(regel.toets(ctx("ABP", voor65, p))).hasSize(1);
        assertThat(regel.toets(ctx("ABP", na65, p))).isEmpty();
    }

    @Test
    @DisplayName("BR342 PVP ontbreekt bij PVV: ABP Onverwerkbaar, overige Verwerkbaar")
    void br342() {
        var regel = new Br342PvpOntbreektBijPvv();
        var zonder = ikv(ikp(pvv("OPNP", null, pvp(JAN, "1")), pvv("AAOP", null)));
        assertThat(voerUit(regel, ctx("ABP", zonder, p))).singleElement().satisfies(s -> {
            assertThat(s.aard()).isEqualTo(Aard.ONVERWERKBAAR);
            assertThat(s.productkeuze()).isEqualTo("AAOP");
        });
        assertThat(voerUit(regel, ctx("BOUW", zonder, p))).singleElement()
                .satisfies(s -> assertThat(s.aard()).isEqualTo(Aard.VERWERKBAAR));
        assertThat(regel.toets(ctx("ABP", ikv(ikp(pvv("OPNP", null, pvp(JAN, "1")))), p))).isEmpty();
    }
}
