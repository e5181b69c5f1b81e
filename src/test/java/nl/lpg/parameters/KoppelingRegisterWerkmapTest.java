package nl.lpg.parameters;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The coupling register in organisatie.xlsx (issue 12): checked on load with every fault as sheet!cell. Werkwijze
 * a.s.r. step 1 (KvK-nummer) and step 2 ("Regelingnummer = laatste 2 cijfers van het contractnummer").
 */
class KoppelingRegisterWerkmapTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("KvK not 8 digits, regelingnummer not the contract's last two digits, no bedrijfsgroep, bad month, e-mail and unknown aansluitingen: every fault as sheet!cell")
    void foutenPerCel() {
        VoorbeeldWerkboeken.schrijf(dir);
        try (Werkmap o = Werkmap.open(dir.resolve("organisatie.xlsx"))) {
            o.set("Koppelingen", 2, "kvkNummer", "1234567");                    // 7 digits
            o.set("Koppelingen", 2, "niveau", "BEDRIJFSGROEP");                 // without bedrijfsgroep
            o.set("Koppelingen", 2, "maandCollectieveAanpassing", 13);
            o.set("Koppelingen", 3, "aansluitnummer", "A9999");                 // not in Aansluitingen
            o.set("Koppelingen", 3, "verzekeraar", "ASR");
            o.set("Koppelingen", 3, "koppeling", "N");
            o.set("Koppelingen", 3, "niveau", "BEDRIJF");
            o.set("Koppelingen", 3, "ingang", LocalDate.of(2026, 1, 1));
            o.set("KoppelingRegelingen", 2, "regelingnummer", "02");            // contract 1013301 ends in 01
            o.set("KoppelingRegelingen", 3, "contractnummer", "10133A1");       // not digits
            o.set("KoppelingDeelnemers", 2, "email", "r.smit-at-example.nl");
            o.set("KoppelingDeelnemers", 3, "aansluitnummer", "A1000");         // not coupled
        }
        WorkbookException e = catchThrowableOfType(WorkbookException.class, () -> ParameterSet.load(dir));
        assertThat(e).isNotNull();
        assertThat(e.errors()).containsExactly(
                "Koppelingen!C2: kvkNummer '1234567' is not 8 digits",
                "Koppelingen!F2: bedrijfsgroep is required at niveau BEDRIJFSGROEP",
                "Koppelingen!H2: maandCollectieveAanpassing 13 is not a month 1 to 12",
                "Koppelingen!A3: aansluitnummer A9999 has no row in Aansluitingen",
                "KoppelingRegelingen!D2: regelingnummer '02' is not the last two digits of contractnummer 1013301 (01)",
                "KoppelingRegelingen!C3: contractnummer '10133A1' is not a number of at least 2 digits",
                "KoppelingDeelnemers!D2: email 'r.smit-at-example.nl' is not an e-mail address",
                "KoppelingDeelnemers!A3: aansluitnummer A1000 has no row in Koppelingen");
    }

    @Test
    @DisplayName("a regelingnummer typed as the number 1 is 01; the shipped register loads")
    void regelingnummerAlsGetal() {
        VoorbeeldWerkboeken.schrijf(dir);
        try (Werkmap o = Werkmap.open(dir.resolve("organisatie.xlsx"))) {
            o.set("KoppelingRegelingen", 2, "regelingnummer", 1);
        }
        ParameterSet set = ParameterSet.load(dir);
        assertThat(set.organisatie().table("KoppelingRegelingen").rows()).hasSize(2);
        assertThat(KoppelingValidatie.regelingnummerKlopt("1013301", "1")).isTrue();
        assertThat(KoppelingValidatie.regelingnummerKlopt("1013376", "01")).isFalse();
        assertThat(KoppelingValidatie.regelingnummerKlopt("1013376", "76")).isTrue();
    }

    @Test
    @DisplayName("an organisation register without the coupling sheets loads: no aansluiting is coupled")
    void zonderKoppelingsbladen() {
        VoorbeeldWerkboeken.schrijf(dir);
        try (Werkmap o = Werkmap.open(dir.resolve("organisatie.xlsx"))) {
            o.removeSheet("Koppelingen").removeSheet("KoppelingRegelingen").removeSheet("KoppelingDeelnemers");
        }
        ParameterSet set = ParameterSet.load(dir);
        assertThat(set.organisatie().table("Koppelingen").rows()).isEmpty();
    }
}
