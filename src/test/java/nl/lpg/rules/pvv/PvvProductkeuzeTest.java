package nl.lpg.rules.pvv;

import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.lpg.testsupport.PvvFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class PvvProductkeuzeTest {

    private static TestParameters basis() {
        return TestParameters.create().seededRegels()
                .row("Productvarianten", "opdrachtgever", "ABP", "productkeuze", "OPNP", "soortGrondslag", "E",
                        "soortInkomensgrens", "JAAR", "berekeningsbasis", "BEIDE", "maximumLeeftijd", 70)
                .row("Productvarianten", "opdrachtgever", "SCHOONMAAK", "productkeuze", "BPFSGB", "soortGrondslag", "E",
                        "soortInkomensgrens", "JAAR", "berekeningsbasis", "BEIDE", "minimumLeeftijd", 21, "maximumLeeftijd", 68)
                .row("Productvarianten", "opdrachtgever", "BOUW", "productkeuze", "OP", "productvariant", "UTA",
                        "soortGrondslag", "E", "soortInkomensgrens", "JAAR", "berekeningsbasis", "BEIDE",
                        "minimumLeeftijd", 21, "maximumLeeftijd", 68, "einde", LocalDate.of(2025, 12, 31));
    }

    @Test
    @DisplayName("BR98 De in de PVV vermelde productkeuzes / productvarianten moeten bij deze opdrachtgever geldig zijn")
    void br98() {
        Parameters p = basis().build();
        var regel = new Br98ProductkeuzeBijOpdrachtgeverToegestaan();
        assertThat(regel.toets(ctx("ABP", ikv(ikp(pvv("OPNP", null, pvp(JAN, "1")))), p))).isEmpty();
        assertThat(voerUit(regel, ctx("ABP", ikv(ikp(pvv("OPNP", "X", pvp(JAN, "1")))), p))).singleElement()
                .satisfies(s -> {
                    assertThat(s.aard()).isEqualTo(Aard.ONVERWERKBAAR);
                    assertThat(s.melding()).contains("OPNP/X", "ABP");
                });
        // Bouw OP/UTA ended 2025-12-31: not valid on datum aanvang IKP 2026-01-01
        assertThat(regel.toets(ctx("BOUW", ikv(ikp(pvv("OP", "UTA", pvp(JAN, "1")))), p))).hasSize(1);
    }

    @Test
    @DisplayName("BR128 (Bouw) productkeuze/variant moet bij de indeling (code CAO van de IKP) zijn toegestaan, indien een relatie is vastgelegd")
    void br128() {
        Parameters p = basis()
                .row("ProductkeuzePerIndeling", "opdrachtgever", "BOUW", "indeling", "CAO1", "productkeuze", "OP", "productvariant", "*")
                .build();
        var regel = new Br128ProductkeuzeBijIndelingCao();
        var toegestaan = ikv(ikp(JAN, null, "WNE", "CAO1", pvv("OP", "B", pvp(JAN, "1"))));
        var nietToegestaan = ikv(ikp(JAN, null, "WNE", "CAO1", pvv("VPL", null, pvp(JAN, "1"))));
        var geenRelatie = ikv(ikp(JAN, null, "WNE", "CAO2", pvv("VPL", null, pvp(JAN, "1"))));
        assertThat(regel.toets(ctx("BOUW", toegestaan, p))).isEmpty();
        assertThat(voerUit(regel, ctx("BOUW", nietToegestaan, p))).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("VPL", "CAO1"));
        assertThat(regel.toets(ctx("BOUW", geenRelatie, p))).isEmpty();
        assertThat(voerUit(regel, ctx("ABP", nietToegestaan, p))).as("BR128 is only for Bouw").isEmpty();
    }

    @Test
    @DisplayName("BR295 (ABP) indeling sector/subsector per aansluiting; anders op sectorniveau")
    void br295() {
        Parameters p = basis()
                .row("ProductkeuzePerIndeling", "opdrachtgever", "ABP", "indeling", "DEFENSIE/MIL", "productkeuze", "OPNP", "productvariant", "*")
                .row("ProductkeuzePerIndeling", "opdrachtgever", "ABP", "indeling", "ONDERWIJS", "productkeuze", "OPNP", "productvariant", "*")
                .row("ProductkeuzePerIndeling", "opdrachtgever", "ABP", "indeling", "ONDERWIJS", "productkeuze", "AAOP", "productvariant", "*")
                .build();
        var regel = new Br295ProductkeuzeBijIndelingAansluiting();
        var org = TestParameters.create().row("Aansluitingen", "aansluitnummer", "A1000", "opdrachtgever", "ABP",
                "naam", "Kazerne", "periodiciteit", "MAAND", "indeling", "DEFENSIE/MIL").buildOrganisatie();
        var orgOnderwijs = TestParameters.create().row("Aansluitingen", "aansluitnummer", "A1000", "opdrachtgever", "ABP",
                "naam", "School", "periodiciteit", "MAAND", "indeling", "ONDERWIJS/PO").buildOrganisatie();
        var aaop = ikv(ikp(pvv("AAOP", null, pvp(JAN, "1"))));
        // Defensie Militairen: AAOP niet toegestaan (subsector level)
        assertThat(voerUit(regel, ctx("ABP", aaop, p, org))).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("AAOP", "DEFENSIE/MIL"));
        // ONDERWIJS/PO has no rows of its own: checked on sector ONDERWIJS, where AAOP is allowed
        assertThat(regel.toets(ctx("ABP", aaop, p, orgOnderwijs))).isEmpty();
        assertThat(regel.toets(ctx("ABP", ikv(ikp(pvv("VPL", null, pvp(JAN, "1")))), p, orgOnderwijs))).hasSize(1);
        // PWRI with the same indeling and the same productindeling: only BR295's scope (ABP) keeps it silent
        Parameters pwri = basis()
                .row("ProductkeuzePerIndeling", "opdrachtgever", "PWRI", "indeling", "DEFENSIE/MIL", "productkeuze", "OPNP", "productvariant", "*")
                .build();
        var orgPwri = TestParameters.create().row("Aansluitingen", "aansluitnummer", "A1000", "opdrachtgever", "PWRI",
                "naam", "Kazerne", "periodiciteit", "MAAND", "indeling", "DEFENSIE/MIL").buildOrganisatie();
        assertThat(regel.toets(ctx("PWRI", aaop, pwri, orgPwri))).hasSize(1);
        assertThat(voerUit(regel, ctx("PWRI", aaop, pwri, orgPwri))).as("not for PWRI").isEmpty();
    }

    @Test
    @DisplayName("BR296 productkeuze/variant moet bij aard/verbijzondering zijn toegestaan (PFAB: SFA niet bij DGA)")
    void br296() {
        Parameters p = basis()
                .row("ProductkeuzePerVerbijzondering", "opdrachtgever", "PFAB", "productkeuze", "SFA", "productvariant", "*", "aard", "WN", "verbijzondering", "WNE")
                .build();
        var regel = new Br296ProductkeuzeBijAardVerbijzondering();
        var wne = ikv(ikp(JAN, null, "WNE", null, pvv("SFA", null, pvp(JAN, "1"))));
        var dga = ikv(ikp(JAN, null, "DGA", null, pvv("SFA", null, pvp(JAN, "1"))));
        var andereKeuze = ikv(ikp(JAN, null, "DGA", null, pvv("OP", null, pvp(JAN, "1"))));
        assertThat(regel.toets(ctx("PFAB", wne, p))).isEmpty();
        assertThat(voerUit(regel, ctx("PFAB", dga, p))).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("SFA", "DGA", "WN"));
        assertThat(regel.toets(ctx("PFAB", andereKeuze, p))).as("no rows for the productkeuze: not restricted").isEmpty();
    }

    @Test
    @DisplayName("BR297/BR298 leeftijd bij aanvang IKP moet >= minimum en < maximum leeftijd van de productvariant zijn")
    void br297en298() {
        Parameters p = basis().build();
        var min = new Br297MinimumLeeftijdProductvariant();
        var max = new Br298MaximumLeeftijdProductvariant();
        // born 2005-01-02: 20 on 2026-01-01; born 2005-01-01: 21
        var twintig = ikv("WN", LocalDate.of(2020, 1, 1), null, np("111222333", "P1", LocalDate.of(2005, 1, 2)),
                ikp(pvv("BPFSGB", null, pvp(JAN, "1"))));
        var eenentwintig = ikv("WN", LocalDate.of(2020, 1, 1), null, np("111222333", "P1", LocalDate.of(2005, 1, 1)),
                ikp(pvv("BPFSGB", null, pvp(JAN, "1"))));
        assertThat(voerUit(min, ctx("SCHOONMAAK", twintig, p))).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("(20)", "(21)"));
        assertThat(min.toets(ctx("SCHOONMAAK", eenentwintig, p))).isEmpty();
        var achtenzestig = ikv("WN", LocalDate.of(2020, 1, 1), null, np("111222333", "P1", LocalDate.of(1958, 1, 1)),
                ikp(pvv("BPFSGB", null, pvp(JAN, "1"))));
        var zevenenzestig = ikv("WN", LocalDate.of(2020, 1, 1), null, np("111222333", "P1", LocalDate.of(1958, 1, 2)),
                ikp(pvv("BPFSGB", null, pvp(JAN, "1"))));
        assertThat(voerUit(max, ctx("SCHOONMAAK", achtenzestig, p))).hasSize(1);
        assertThat(max.toets(ctx("SCHOONMAAK", zevenenzestig, p))).isEmpty();
    }

    @Test
    @DisplayName("BR326 (Schoonmaak) aanvang product niet voor de 1e dag van de maand waarin de minimum leeftijd wordt bereikt")
    void br326() {
        Parameters p = basis().build();
        var regel = new Br326PeildatumAanvangProduct();
        // 21 on 2026-01-20 -> peildatum 2026-01-01: a PVP from 2026-01-01 is fine, from 2025-12-01 not
        var persoon = np("111222333", "P1", LocalDate.of(2005, 1, 20));
        var ok = ikv("WN", LocalDate.of(2020, 1, 1), null, persoon, ikp(pvv("BPFSGB", null, pvp(JAN, "1"))));
        var teVroeg = ikv("WN", LocalDate.of(2020, 1, 1), null, persoon,
                ikp(LocalDate.of(2025, 12, 1), null, "WNE", null, pvv("BPFSGB", null, pvp(LocalDate.of(2025, 12, 1), "1"))));
        assertThat(regel.toets(ctx("SCHOONMAAK", ok, p))).isEmpty();
        assertThat(voerUit(regel, ctx("SCHOONMAAK", teVroeg, p))).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("2026-01-01"));
        assertThat(voerUit(regel, ctx("BOUW", teVroeg, p))).as("BR326 is only for Schoonmaak").isEmpty();
    }

    @Test
    @DisplayName("BR337 (Bouw, Schoonmaak) datum aanvang PVP moet kleiner zijn dan peildatum einde PVV (1e van de maand van maximum leeftijd)")
    void br337() {
        Parameters p = basis().build();
        var regel = new Br337AanvangPvpVoorPeildatumEindePvv();
        // 68 on 1958-02-15 + 68 = 2026-02-15 -> peildatum 2026-02-01
        var persoon = np("111222333", "P1", LocalDate.of(1958, 2, 15));
        var jan = ikv("WN", LocalDate.of(2020, 1, 1), null, persoon, ikp(pvv("BPFSGB", null, pvp(JAN, "1"))));
        var feb = ikv("WN", LocalDate.of(2020, 1, 1), null, persoon,
                ikp(JAN, null, "WNE", null, pvv("BPFSGB", null, pvp(JAN, "1"), pvp(LocalDate.of(2026, 2, 1), "1"))));
        assertThat(regel.toets(ctx("SCHOONMAAK", jan, p))).isEmpty();
        assertThat(voerUit(regel, ctx("SCHOONMAAK", feb, p))).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("2026-02-01"));
        // SPW with the same product and maximum leeftijd: only BR337's scope (Bouw, Schoonmaak) keeps it silent
        Parameters spw = basis().row("Productvarianten", "opdrachtgever", "SPW", "productkeuze", "BPFSGB",
                "soortGrondslag", "E", "soortInkomensgrens", "JAAR", "berekeningsbasis", "BEIDE", "minimumLeeftijd", 21,
                "maximumLeeftijd", 68).build();
        assertThat(regel.toets(ctx("SPW", feb, spw))).hasSize(1);
        assertThat(voerUit(regel, ctx("SPW", feb, spw))).as("not for SPW").isEmpty();
    }

    @Test
    @DisplayName("BR307 (ABP) uitsluitend OPNP, OPNP-I, AAOP en VPL; PPP/PPP-I tot 1-1-2016; VPL tot 1-1-2023")
    void br307() {
        Parameters p = basis().build();
        var regel = new Br307ProductkeuzeAbp();
        assertThat(regel.toets(ctx("ABP", ikv(ikp(pvv("OPNP", null, pvp(JAN, "1")), pvv("AAOP", null, pvp(JAN, "1")))), p))).isEmpty();
        var vpl2022 = ikv(ikp(LocalDate.of(2022, 12, 1), null, "WNE", null, pvv("VPL", null, pvp(LocalDate.of(2022, 12, 1), "1"))));
        var vpl2023 = ikv(ikp(LocalDate.of(2023, 1, 1), null, "WNE", null, pvv("VPL", null, pvp(LocalDate.of(2023, 1, 1), "1"))));
        var ppp2016 = ikv(ikp(LocalDate.of(2016, 1, 1), null, "WNE", null, pvv("PPP", null, pvp(LocalDate.of(2016, 1, 1), "1"))));
        var ppp2015 = ikv(ikp(LocalDate.of(2015, 12, 1), null, "WNE", null, pvv("PPP", null, pvp(LocalDate.of(2015, 12, 1), "1"))));
        assertThat(regel.toets(ctx("ABP", vpl2022, p))).isEmpty();
        assertThat(voerUit(regel, ctx("ABP", vpl2023, p))).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("2023-01-01"));
        assertThat(regel.toets(ctx("ABP", ppp2016, p))).hasSize(1);
        assertThat(regel.toets(ctx("ABP", ppp2015, p))).isEmpty();
        assertThat(regel.toets(ctx("ABP", ikv(ikp(pvv("SFA", null, pvp(JAN, "1")))), p))).hasSize(1);
        assertThat(voerUit(regel, ctx("PFAB", ikv(ikp(pvv("SFA", null, pvp(JAN, "1")))), p))).as("only ABP").isEmpty();
    }

    @Test
    @DisplayName("BR214 (ABP) PPP-I: vanaf 1-1-2016 geen doorsparen; daarvoor alleen jonger dan 1e van de maand van AOW-leeftijd + 5")
    void br214() {
        Parameters p = basis().row("AowLeeftijd", "geboortedatumVan", LocalDate.of(1900, 1, 1),
                "geboortedatumTot", LocalDate.of(1950, 12, 31), "jaren", 65, "maanden", 0).build();
        var regel = new Br214ProductkeuzePppI();
        var persoon = np("111222333", "P1", LocalDate.of(1945, 6, 15)); // AOW 2010-06-15, +5 -> 2015-06-01
        var mei = ikv("WN", LocalDate.of(2000, 1, 1), null, persoon,
                ikp(LocalDate.of(2015, 5, 1), null, "WNE", null, pvv("PPP-I", null, pvp(LocalDate.of(2015, 5, 1), "1"))));
        var juni = ikv("WN", LocalDate.of(2000, 1, 1), null, persoon,
                ikp(LocalDate.of(2015, 6, 1), null, "WNE", null, pvv("PPP-I", null, pvp(LocalDate.of(2015, 6, 1), "1"))));
        assertThat(regel.toets(ctx("ABP", mei, p))).isEmpty();
        assertThat(voerUit(regel, ctx("ABP", juni, p))).singleElement()
                .satisfies(s -> assertThat(s.melding()).contains("2015-06-01"));
        var jong2016 = ikv(ikp(LocalDate.of(2016, 1, 1), null, "WNE", null, pvv("PPP-I", null, pvp(LocalDate.of(2016, 1, 1), "1"))));
        assertThat(regel.toets(ctx("ABP", jong2016, p))).singleElement()
                .satisfies(b -> assertThat(b.melding()).contains("2016-01-01"));
        // PWRI with the same person and AOW table: PPP-I is an ABP product, BR214 runs for ABP only
        assertThat(voerUit(regel, ctx("PWRI", juni, p))).as("not for PWRI").isEmpty();
    }
}
