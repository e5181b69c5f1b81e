package nl.lpg.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A message that quotes delivered values keeps its place and reason but loses any BSN or IBAN. */
class PrivacyTest {

    @Test
    void aBsnQuotedByTheXsdIsMasked() {
        assertThat(Privacy.maskeer("bsn.xml:4:251: cvc-pattern-valid: Value '111222333 ' is not facet-valid"))
                .isEqualTo("bsn.xml:4:251: cvc-pattern-valid: Value '[BSN weggelaten] ' is not facet-valid");
        assertThat(Privacy.maskeer("Value '111 222 333'")).isEqualTo("Value '[BSN weggelaten]'");
    }

    @Test
    void anIbanIsMaskedWhateverFollowsIt() {
        assertThat(Privacy.maskeer("Value 'NL91ABNA0417164300XXXX' with length = '22'"))
                .doesNotContain("NL91ABNA0417164300").contains("[IBAN weggelaten]").contains("'22'");
        assertThat(Privacy.maskeer("nl91 abna 0417 1643 00")).isEqualTo("[IBAN weggelaten]");
    }

    @Test
    void placesDatesPersoneelsnummersAndLongAmountsStay() {
        String m = "x.xml:6:526: '2026-02-30' is not a valid value; personeelsnummer 000000000000100; "
                + "Value '1234567890123456789012345678901234567890.00' has 40 total digits; L001 A1000 JAXP00010001";
        assertThat(Privacy.maskeer(m)).isEqualTo(m);
    }

    @Test
    void runIdsTimesAndCountsInLogLinesStay() {
        String m = "Run 20261123T145217922-72714bf8 failed at 15:05:34.998; ikvVerwerking: 123,456,789 of 200,000,000 IKVs";
        assertThat(Privacy.maskeer(m)).isEqualTo(m);
    }
}
