package nl.lpg.insurer;

import nl.lpg.delivery.AdresBinnenland;
import nl.lpg.delivery.AdresBuitenland;
import nl.lpg.delivery.NatuurlijkPersoon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Werkwijze a.s.r. steps 1-8, checked per mutation; a mutation failing any is BLOCKED with every reason. 1) "Het KvK
 * nummer moet ... gevuld worden"; 2) "Regelingnummer = laatste 2 cijfers van het contractnummer"; 3) "Individuele
 * polisnummers"; 4) "Communicatie email adres"; 5) "Nationaliteit"; 6) "Bij een buitenlands adres moet land correct
 * gevuld worden. Het buitenlands postcode kan je onder postcode kwijt"; 7) "aan bij WN"; 8) "Is een werknemer gehuwd,
 * samenwonend of heeft hij een geregistreerd partnerschap zal de startdatum van deze relatie gevuld moeten worden".
 */
class VoorwaardenTest {

    static final AdresBinnenland UTRECHT = new AdresBinnenland("1234AB", "1", null, "Dorpsstraat", "Utrecht");

    static NatuurlijkPersoon persoon(AdresBuitenland bu, String staat, LocalDate sinds) {
        return new NatuurlijkPersoon("111222333", "710", "R", null, "Smit", LocalDate.of(1980, 1, 1), "M", null, null,
                staat, sinds, bu == null ? UTRECHT : null, bu);
    }

    static final NatuurlijkPersoon GOED = persoon(null, "ONGEHUWD", null);

    static Voorwaarden.Gegevens g(String kvk, boolean aanBijWn, String contract, String regeling, String polis,
                                  String email, String nat, NatuurlijkPersoon p) {
        return new Voorwaarden.Gegevens(kvk, aanBijWn, contract, regeling, polis, email, nat, p);
    }

    static Stream<Arguments> gevallen() {
        return Stream.of(
                Arguments.of("everything present: no reason", SoortMutatie.SALARIS,
                        g("12345678", true, "1013301", "01", "ASR-1", "a@b.nl", "Nederlandse", GOED), List.of()),
                Arguments.of("1) no KvK-nummer", SoortMutatie.SALARIS,
                        g(null, true, "1013301", "01", "ASR-1", "a@b.nl", "Nederlandse", GOED),
                        List.of("KvK-nummer ontbreekt (Koppelingen)")),
                Arguments.of("2) no OP regeling on the date", SoortMutatie.DEELTIJD,
                        g("12345678", true, null, null, "ASR-1", "a@b.nl", "Nederlandse", GOED),
                        List.of("geen OP-regeling met contractnummer op de ingangsdatum (KoppelingRegelingen)")),
                Arguments.of("2) regelingnummer empty", SoortMutatie.DEELTIJD,
                        g("12345678", true, "1013301", null, "ASR-1", "a@b.nl", "Nederlandse", GOED),
                        List.of("regelingnummer ontbreekt bij contractnummer 1013301 (KoppelingRegelingen)")),
                Arguments.of("3) no polisnummer for a salary change", SoortMutatie.SALARIS,
                        g("12345678", true, "1013301", "01", null, "a@b.nl", "Nederlandse", GOED),
                        List.of("polisnummer ontbreekt (KoppelingDeelnemers)")),
                Arguments.of("3) no polisnummer for an indienst: the insurer assigns it", SoortMutatie.INDIENST,
                        g("12345678", true, "1013301", "01", null, "a@b.nl", "Nederlandse", GOED), List.of()),
                Arguments.of("4) and 5) no e-mail, no nationaliteit: both reasons", SoortMutatie.UITDIENST,
                        g("12345678", true, "1013301", "01", "ASR-1", " ", null, GOED),
                        List.of("e-mailadres ontbreekt (KoppelingDeelnemers)",
                                "nationaliteit ontbreekt (KoppelingDeelnemers)")),
                Arguments.of("6) foreign address without country and postcode", SoortMutatie.SALARIS,
                        g("12345678", true, "1013301", "01", "ASR-1", "a@b.nl", "Duitse",
                                persoon(new AdresBuitenland(null, null, "Antwerpen", null, null), null, null)),
                        List.of("land van het buitenlandse adres ontbreekt (levering: adresBuitenland landcode)",
                                "buitenlandse postcode ontbreekt (levering: adresBuitenland postcode)")),
                Arguments.of("6) foreign address with country and its postcode in the postcode field", SoortMutatie.SALARIS,
                        g("12345678", true, "1013301", "01", "ASR-1", "a@b.nl", "Duitse",
                                persoon(new AdresBuitenland("BE", "D 2000", "Antwerpen", null, null), null, null)),
                        List.of()),
                Arguments.of("7) indienst without 'aan bij WN'", SoortMutatie.INDIENST,
                        g("12345678", false, "1013301", "01", null, "a@b.nl", "Nederlandse", GOED),
                        List.of("'aan bij WN' staat niet aan (Koppelingen aanBijWn)")),
                Arguments.of("7) 'aan bij WN' is only needed for an indienst", SoortMutatie.SALARIS,
                        g("12345678", false, "1013301", "01", "ASR-1", "a@b.nl", "Nederlandse", GOED), List.of()),
                Arguments.of("8) samenwonend without the relation's start date", SoortMutatie.DEELTIJD,
                        g("12345678", true, "1013301", "01", "ASR-1", "a@b.nl", "Nederlandse",
                                persoon(null, "SAMENWONEND", null)),
                        List.of("ingangsdatum van de relatie ontbreekt bij burgerlijke staat SAMENWONEND"
                                + " (levering: datumBurgerlijkeStaat)")),
                Arguments.of("8) geregistreerd partnerschap with its start date", SoortMutatie.DEELTIJD,
                        g("12345678", true, "1013301", "01", "ASR-1", "a@b.nl", "Nederlandse",
                                persoon(null, "GEREGISTREERD_PARTNERSCHAP", LocalDate.of(2019, 6, 1))), List.of()),
                Arguments.of("every reason at once", SoortMutatie.INDIENST,
                        g(" ", false, "1013376", "01", null, null, null,
                                persoon(new AdresBuitenland(" ", null, null, null, null), "gehuwd", null)),
                        List.of("KvK-nummer ontbreekt (Koppelingen)",
                                "regelingnummer 01 is niet gelijk aan de laatste twee cijfers van contractnummer 1013376",
                                "e-mailadres ontbreekt (KoppelingDeelnemers)",
                                "nationaliteit ontbreekt (KoppelingDeelnemers)",
                                "land van het buitenlandse adres ontbreekt (levering: adresBuitenland landcode)",
                                "buitenlandse postcode ontbreekt (levering: adresBuitenland postcode)",
                                "'aan bij WN' staat niet aan (Koppelingen aanBijWn)",
                                "ingangsdatum van de relatie ontbreekt bij burgerlijke staat gehuwd"
                                        + " (levering: datumBurgerlijkeStaat)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gevallen")
    void redenen(String geval, SoortMutatie soort, Voorwaarden.Gegevens g, List<String> verwacht) {
        assertThat(Voorwaarden.redenen(soort, g)).as(geval).containsExactlyElementsOf(verwacht);
    }
}
