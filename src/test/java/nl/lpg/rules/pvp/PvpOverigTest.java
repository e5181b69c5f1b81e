package nl.lpg.rules.pvp;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.lpg.testsupport.PvvFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class PvpOverigTest {

    private final Parameters p = TestParameters.create().seededRegels()
            .row("ProductvariantKenmerken", "opdrachtgever", "BOUW", "productkeuze", "OP", "dagenVerplicht", Boolean.TRUE, "urenVerplicht", Boolean.TRUE)
            .row("CaoParameters", "opdrachtgever", "BOUW", "codeCao", "CAO1", "normDagenPerJaar", "261")
            .row("MeetellingswaardeRange", "opdrachtgever", "ABP", "productkeuze", "OPNP", "verbijzondering", "*",
                    "minimumMeetellingswaarde", "0", "maximumMeetellingswaarde", "100")
            .row("MeetellingswaardeRange", "opdrachtgever", "ABP", "productkeuze", "OPNP", "verbijzondering", "WWU",
                    "minimumMeetellingswaarde", "37.5", "maximumMeetellingswaarde", "50")
            .row("IndelingKenmerken", "opdrachtgever", "ABP", "indeling", "DEFENSIE/MIL", "militairen", Boolean.TRUE)
            .build();

    private static nl.lpg.delivery.PensioenVerzekeringPeriode dagen(LocalDate d, String dagen, String uren) {
        return pvp(d, "100.00", null, null, null, "100", dagen, uren);
    }

    @Test
    @DisplayName("BR97/BR99 (Bouw) dagen en uren moeten >= 0 aangeleverd worden als de productvariant dat verplicht stelt")
    void br97en99() {
        var br97 = new Br97DagenInPvpAanleveren();
        var br99 = new Br99UrenInPvpAanleveren();
        var leeg = ikv(ikp(pvv("OP", null, dagen(JAN, null, null))));
        var gevuld = ikv(ikp(pvv("OP", null, dagen(JAN, "0", "0"))));
        var nietVerplicht = ikv(ikp(pvv("NP", null, dagen(JAN, null, null))));
        assertThat(voerUit(br97, ctx("BOUW", leeg, p))).hasSize(1);
        assertThat(voerUit(br99, ctx("BOUW", leeg, p))).hasSize(1);
        assertThat(br97.toets(ctx("BOUW", gevuld, p))).isEmpty();
        assertThat(br99.toets(ctx("BOUW", gevuld, p))).isEmpty();
        assertThat(br97.toets(ctx("BOUW", nietVerplicht, p))).isEmpty();
    }

    @Test
    @DisplayName("BR106 (Bouw) het aantal dagen in alle PVP's van het jaar moet <= norm aantal dagen CAO zijn")
    void br106() {
        var regel = new Br106NormAantalDagenCao();
        var teVeel = ikv(ikp(JAN, null, "WNE", "CAO1", pvv("OP", null, dagen(JAN, "200", "0"), dagen(LocalDate.of(2026, 6, 1), "62", "0"))));
        var precies = ikv(ikp(JAN, null, "WNE", "CAO1", pvv("OP", null, dagen(JAN, "200", "0"), dagen(LocalDate.of(2026, 6, 1), "61", "0"))));
        assertThat(voerUit(regel, ctx("BOUW", teVeel, p))).singleElement().satisfies(s -> {
            assertThat(s.aard()).isEqualTo(Aard.ONWAARSCHIJNLIJK);
            assertThat(s.melding()).contains("262", "261");
            assertThat(s.jaar()).isEqualTo(2026);
        });
        assertThat(regel.toets(ctx("BOUW", precies, p))).isEmpty();
    }

    @Test
    @DisplayName("BR119 (ABP) de meetellingswaarde moet gevuld zijn")
    void br119() {
        var regel = new Br119MeetellingswaardeGevuld();
        var leeg = ikv(ikp(pvv("OPNP", null, pvp(JAN, "100.00", null, null, null, null, null, null))));
        assertThat(voerUit(regel, ctx("ABP", leeg, p))).hasSize(1);
        assertThat(regel.toets(ctx("ABP", ikv(ikp(pvv("OPNP", null, pvp(JAN, "100.00")))), p))).isEmpty();
        assertThat(voerUit(regel, ctx("PFAB", leeg, p))).as("only ABP").isEmpty();
    }

    @Test
    @DisplayName("BR210/BR211 (ABP) meetellingswaarde OPNP bij WWU: vanaf 1-1-2018 niet 37,5%, voor 1-1-2018 niet 50%")
    void br210en211() {
        var br210 = new Br210MeetellingswaardeOpnpWwuVanaf2018();
        var br211 = new Br211MeetellingswaardeOpnpWwuVoor2018();
        LocalDate jan2018 = LocalDate.of(2018, 1, 1);
        LocalDate dec2017 = LocalDate.of(2017, 12, 1);
        var m375in2018 = ikv(ikp(jan2018, null, "WWU", null, pvv("OPNP", null, pvp(jan2018, "1", null, null, null, "37.50", null, null))));
        var m375in2017 = ikv(ikp(dec2017, null, "WWU", null, pvv("OPNP", null, pvp(dec2017, "1", null, null, null, "37.50", null, null))));
        var m50in2017 = ikv(ikp(dec2017, null, "WWU", null, pvv("OPNP", null, pvp(dec2017, "1", null, null, null, "50.00", null, null))));
        var m50in2018 = ikv(ikp(jan2018, null, "WWU", null, pvv("OPNP", null, pvp(jan2018, "1", null, null, null, "50.00", null, null))));
        assertThat(voerUit(br210, ctx("ABP", m375in2018, p))).singleElement()
                .satisfies(s -> assertThat(s.aard()).isEqualTo(Aard.VERWERKBAAR));
        assertThat(br210.toets(ctx("ABP", m375in2017, p))).isEmpty();
        assertThat(br210.toets(ctx("ABP", m50in2018, p))).isEmpty();
        assertThat(voerUit(br211, ctx("ABP", m50in2017, p))).hasSize(1);
        assertThat(br211.toets(ctx("ABP", m50in2018, p))).isEmpty();
        assertThat(br211.toets(ctx("ABP", m375in2017, p))).isEmpty();
    }

    @Test
    @DisplayName("BR235 (ABP) productloon incidenteel alleen toegestaan voor de aansluiting van ABP Militairen")
    void br235() {
        var regel = new Br235ProductloonIncidenteelAlleenMilitairen();
        var inc = ikv(ikp(pvv("OPNP", null, pvp(JAN, "40000.00", "500.00", null, null, "100", null, null))));
        var militairen = TestParameters.create().row("Aansluitingen", "aansluitnummer", "A1000", "opdrachtgever", "ABP",
                "naam", "Defensie", "periodiciteit", "MAAND", "indeling", "DEFENSIE/MIL").buildOrganisatie();
        var school = TestParameters.create().row("Aansluitingen", "aansluitnummer", "A1000", "opdrachtgever", "ABP",
                "naam", "School", "periodiciteit", "MAAND", "indeling", "ONDERWIJS/PO").buildOrganisatie();
        assertThat(regel.toets(ctx("ABP", inc, p, militairen))).isEmpty();
        assertThat(voerUit(regel, ctx("ABP", inc, p, school))).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("500.00", "ONDERWIJS/PO"));
        assertThat(regel.toets(ctx("ABP", ikv(ikp(pvv("OPNP", null, pvp(JAN, "40000.00")))), p, school))).isEmpty();
    }

    @Test
    @DisplayName("BR305 (ABP) meetellingswaarde moet binnen de range bij productkeuze en verbijzondering vallen")
    void br305() {
        var regel = new Br305MeetellingswaardeBinnenRange();
        var wwu30 = ikv(ikp(JAN, null, "WWU", null, pvv("OPNP", null, pvp(JAN, "1", null, null, null, "30.00", null, null))));
        var wwu375 = ikv(ikp(JAN, null, "WWU", null, pvv("OPNP", null, pvp(JAN, "1", null, null, null, "37.50", null, null))));
        var wne30 = ikv(ikp(JAN, null, "WNE", null, pvv("OPNP", null, pvp(JAN, "1", null, null, null, "30.00", null, null))));
        assertThat(voerUit(regel, ctx("ABP", wwu30, p))).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("30.00", "37.5-50"));
        assertThat(regel.toets(ctx("ABP", wwu375, p))).isEmpty();
        assertThat(regel.toets(ctx("ABP", wne30, p))).as("wildcard row 0-100").isEmpty();
    }

    @Test
    @DisplayName("BR353 In een PVV mag een PVP (datum aanvang) maar één keer voorkomen")
    void br353() {
        var regel = new Br353PvpUniekBinnenPvv();
        assertThat(voerUit(regel, ctx("BOUW", ikv(ikp(pvv("OP", null, pvp(JAN, "1"), pvp(JAN, "2")))), p))).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("2026-01-01"));
        assertThat(regel.toets(ctx("BOUW", ikv(ikp(pvv("OP", null, pvp(JAN, "1"), pvp(JAN.plusDays(14), "1")))), p))).isEmpty();
    }
}
