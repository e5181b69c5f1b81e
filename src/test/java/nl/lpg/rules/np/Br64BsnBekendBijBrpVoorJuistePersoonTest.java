package nl.lpg.rules.np;

import nl.lpg.delivery.AdresBinnenland;
import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.extern.BrpBron;
import nl.lpg.rules.extern.BrpDatum;
import nl.lpg.rules.extern.CsvBrpBron;
import nl.lpg.testsupport.TestParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static nl.lpg.testsupport.PvvFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BR64 "BSN uit de levering moet bekend zijn bij BasisRegistratiePersonen (BRP) met de juiste persoonsgegevens. Hierbij
 * wordt gecontroleerd op geboortedatum en geslacht in combinatie met 1 van de volgende kenmerken: postcode en huisnummer
 * of 1e genormaliseerde voorletter en genormaliseerde achternaam of 1e genormaliseerde voorletter en genormaliseerde
 * achternaam van de partner. Diacrieten waar nodig worden omgezet." (Altijd, Onverwerkbaar)
 */
class Br64BsnBekendBijBrpVoorJuistePersoonTest {

    private final Parameters p = TestParameters.create().seededRegels().build();

    /** The delivered person: J. Jansen, M, 1980-05-17, 1234 AB 1. */
    private static nl.lpg.delivery.Inkomstenverhouding ikvVan(NatuurlijkPersoon n) {
        return ikv("WN", LocalDate.of(2020, 1, 1), null, n, ikp(pvv("OPNP", null, pvp(JAN, "1"))));
    }

    private static NatuurlijkPersoon persoon(String voorletters, String achternaam, String postcode, String huisnr) {
        return metAdres(metNaam(np(), voorletters, achternaam),
                new AdresBinnenland(postcode, huisnr, null, "Dorpsstraat", "Utrecht"), null);
    }

    private static BrpBron brp(String csv) throws IOException {
        return CsvBrpBron.lees(new StringReader("bsn;geboortedatum;overlijdensdatum;geslacht;voorletters;voorvoegsel;"
                + "geslachtsnaam;partnerVoorletters;partnerVoorvoegsel;partnerGeslachtsnaam;postcode;huisnummer\n"
                + csv + "\n"), "brp.csv");
    }

    private List<nl.lpg.rules.Signaal> signalen(BrpBron bron, NatuurlijkPersoon n) {
        return voerUit(new Br64BsnBekendBijBrpVoorJuistePersoon(bron), ctx("ABP", ikvVan(n), p));
    }

    @Test
    @DisplayName("BR64 geboortedatum en geslacht met postcode en huisnummer: geldig, geen signaal")
    void postcodeEnHuisnummer() throws IOException {
        BrpBron bron = brp("111222333;1980-05-17;;M;P;;Pietersen;;;;1234 ab;0001");
        assertThat(signalen(bron, persoon("J", "Jansen", "1234AB", "1"))).isEmpty();
    }

    @Test
    @DisplayName("BR64 1e genormaliseerde voorletter en achternaam, diacrieten omgezet en voorvoegsel apart: geldig")
    void voorletterEnAchternaam() throws IOException {
        BrpBron bron = brp("111222333;1980-05-17;;M;J.P.;de;Vriës;;;;9999ZZ;9");
        assertThat(signalen(bron, persoon("J", "de Vries", "1234AB", "1"))).isEmpty();
        assertThat(signalen(bron, persoon("j.", "Vries", "1234AB", "1"))).isEmpty();
    }

    @Test
    @DisplayName("BR64 1e genormaliseerde voorletter en achternaam van de partner: geldig")
    void achternaamVanDePartner() throws IOException {
        BrpBron bron = brp("111222333;1980-05-17;;M;J;;Pietersen;K;;Jansen;9999ZZ;9");
        assertThat(signalen(bron, persoon("J", "Jansen", "1234AB", "1"))).isEmpty();
    }

    @Test
    @DisplayName("BR64 an extract holding only dates (no address, no names): unknown is no difference, no signal")
    void extractZonderAdresOfNaam() throws IOException {
        BrpBron bron = brp("111222333;1980-05-17;;;;;;;;;;");
        assertThat(signalen(bron, persoon("J", "Jansen", "1234AB", "1"))).isEmpty();
        // no geslacht and no kenmerk: the person cannot be established, so not even a date is judged (BR191's)
        assertThat(signalen(brp("111222333;1980-05-27;;;;;;;;;;"), persoon("J", "Jansen", "1234AB", "1"))).isEmpty();
    }

    @Test
    @DisplayName("BR64 geen van de combinaties valide: het BSN is niet correct (Onverwerkbaar), zonder BSN in de melding")
    void geenCombinatie() throws IOException {
        BrpBron bron = brp("111222333;1980-05-17;;M;K;;Pietersen;;;;9999ZZ;9");
        assertThat(signalen(bron, persoon("J", "Jansen", "1234AB", "1"))).singleElement().satisfies(s -> {
            assertThat(s.aard()).isEqualTo(Aard.ONVERWERKBAAR);
            assertThat(s.melding()).contains("postcode en huisnummer").doesNotContain("111222333");
        });
    }

    @Test
    @DisplayName("BR64 geboortedatum of geslacht wijkt af: signaal, ook als het adres overeenkomt")
    void geboortedatumOfGeslacht() throws IOException {
        assertThat(signalen(brp("111222333;1980-05-18;;M;J;;Jansen;;;;1234AB;1"), persoon("J", "Jansen", "1234AB", "1")))
                .singleElement().satisfies(s -> assertThat(s.melding()).contains("geboortedatum"));
        assertThat(signalen(brp("111222333;1980-05-17;;V;J;;Jansen;;;;1234AB;1"), persoon("J", "Jansen", "1234AB", "1")))
                .singleElement().satisfies(s -> assertThat(s.melding()).contains("geslacht"));
    }

    @Test
    @DisplayName("BR64 beperkte geboortedatum uit BRP (00-00-jjjj, 00-mm-jjjj, 00-00-0000): valide als de bekende delen gelijk zijn")
    void beperkteGeboortedatum() throws IOException {
        for (String d : new String[]{"1980-00-00", "1980-05-00", "0000-00-00", "0000-05-17"}) {
            assertThat(signalen(brp("111222333;" + d + ";;M;J;;Jansen;;;;;"), persoon("J", "Jansen", "1234AB", "1")))
                    .as(d).isEmpty();
        }
        assertThat(signalen(brp("111222333;1981-00-00;;M;J;;Jansen;;;;;"), persoon("J", "Jansen", "1234AB", "1")))
                .hasSize(1);
        assertThat(BrpDatum.parse("1980-05-00").matcht(LocalDate.of(1980, 6, 1))).isFalse();
    }

    @Test
    @DisplayName("BR64 zwijgt bij een BSN dat BRP niet kent (dat is BR61) en zonder geconfigureerde BRP (niet geëvalueerd)")
    void zwijgt() throws IOException {
        assertThat(signalen(brp("999999990;1980-05-17;;M;K;;X;;;;;"), persoon("J", "Jansen", "1234AB", "1"))).isEmpty();
        var zonder = new Br64BsnBekendBijBrpVoorJuistePersoon();
        assertThat(zonder.bronGeconfigureerd()).isFalse();
        assertThat(zonder.toets(ctx("ABP", ikvVan(persoon("J", "Jansen", "1234AB", "1")), p))).isEmpty();
    }
}
