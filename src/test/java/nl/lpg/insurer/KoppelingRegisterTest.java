package nl.lpg.insurer;

import nl.lpg.parameters.ParameterSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped coupling register as the coupling reads it (A7100, a.s.r. from 2026-01-01). */
class KoppelingRegisterTest {

    static final KoppelingRegister R = new KoppelingRegister(ParameterSet.load(Path.of("parameters-xlsx")).organisatie());

    @Test
    @DisplayName("coupled from its ingang on; an aansluiting without a row is never coupled")
    void gekoppeld() {
        assertThat(R.ooitGekoppeld("A7100")).isTrue();
        assertThat(R.ooitGekoppeld("A1000")).isFalse();
        assertThat(R.koppeling("A7100", LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(R.koppeling("A7100", LocalDate.of(2026, 1, 1))).isPresent();
        assertThat(R.maandCollectief("A7100", LocalDate.of(2026, 5, 1))).isEqualTo(1);
    }

    @Test
    @DisplayName("a personeelsnummer as delivered (15 digits) finds the row the analyst typed without leading zeros")
    void personeelsnummerZonderVoorloopnullen() {
        assertThat(R.deelnemer("A7100", "000000000000710")).get().extracting(r -> r.text("polisnummer"))
                .isEqualTo("ASR-0071001");
        assertThat(R.deelnemer("A7100", "000000000000799")).isEmpty();
    }

    @Test
    @DisplayName("the regelingen's productkeuzes, also for stand periods from before the coupling started")
    void productkeuzes() {
        assertThat(R.productkeuzes("A7100", "OP", LocalDate.of(2026, 2, 1))).isEqualTo(Set.of("OP"));
        assertThat(R.productkeuzes("A7100", "NP", LocalDate.of(2026, 2, 1))).isEqualTo(Set.of("NP", "ANW"));
        assertThat(R.productkeuzes("A7100", "NP", LocalDate.of(2025, 12, 1))).isEqualTo(Set.of("NP", "ANW"));
        assertThat(R.productkeuzes("A1000", "OP", LocalDate.of(2026, 2, 1))).isEmpty();
    }
}
