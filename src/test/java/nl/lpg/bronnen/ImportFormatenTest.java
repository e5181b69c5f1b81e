package nl.lpg.bronnen;

import nl.lpg.rules.extern.BrpExtract;
import nl.lpg.rules.extern.PensioenadministratieBestand;
import nl.lpg.rules.extern.PensioenadministratieBron;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The two import formats (README, "External sources"): what they accept and how a fault is named (line, never BSN). */
class ImportFormatenTest {

    @Test
    @DisplayName("the shipped examples read: 14 persons in the BRP extract, 5 facts in the pension administration")
    void voorbeelden() throws Exception {
        List<String> bsns = new ArrayList<>();
        try (var r = Files.newBufferedReader(Path.of("examples", "brp-extract.csv"))) {
            assertThat(BrpExtract.lees(r, "brp-extract.csv", (b, p) -> bsns.add(b))).isEqualTo(14);
        }
        assertThat(bsns).allMatch(b -> b.matches("\\d{9}"));
        List<PensioenadministratieBron.Feit> feiten = new ArrayList<>();
        try (var r = Files.newBufferedReader(Path.of("examples", "pensioenadministratie.csv"))) {
            assertThat(PensioenadministratieBestand.lees(r, "pa.csv", feiten::add)).isEqualTo(5);
        }
        assertThat(feiten).extracting(PensioenadministratieBron.Feit::soort).contains(
                PensioenadministratieBron.Soort.DISPENSATIE, PensioenadministratieBron.Soort.AFKOOP);
    }

    @Test
    @DisplayName("a BRP extract fault names file, line and column, never the BSN; a short BSN gets its leading zeros")
    void brpFouten() throws Exception {
        List<String> bsns = new ArrayList<>();
        BrpExtract.lees(new StringReader("bsn;geboortedatum;overlijdensdatum\n12345682;1980-05-00;\n"), "x.csv",
                (b, p) -> bsns.add(b + " " + p.geboortedatum()));
        assertThat(bsns).containsExactly("012345682 1980-05-00");
        assertThatThrownBy(() -> BrpExtract.lees(new StringReader(
                "bsn;geboortedatum;overlijdensdatum\n111222333;1980-05-17;\n123456782;1980-13-01;\n"), "x.csv",
                (b, p) -> { }))
                .hasMessage("x.csv regel 3: geboortedatum is geen datum (JJJJ-MM-DD, 00 voor een onbekend deel)");
        assertThatThrownBy(() -> BrpExtract.lees(new StringReader("bsn;geboortedatum;overlijdensdatum;kleur\n"),
                "x.csv", (b, p) -> { })).hasMessageContaining("onbekende kolom kleur");
        assertThatThrownBy(() -> BrpExtract.lees(new StringReader(
                "bsn;geboortedatum;overlijdensdatum;geslacht\n111222333;;;X\n"), "x.csv", (b, p) -> { }))
                .hasMessageContaining("regel 2: geslacht").hasMessageNotContaining("111222333");
    }

    @Test
    @DisplayName("a pension-administration fault names file and line: unknown soort, einde before ingang, einde at a date-only soort")
    void paFouten() {
        String kop = "opdrachtgever;bsn;soort;productkeuze;ingang;einde\n";
        assertThatThrownBy(() -> PensioenadministratieBestand.lees(new StringReader(kop
                + "BOUW;111222333;VERLOF;;2025-01-01;\n"), "pa.csv", f -> { })).hasMessageStartingWith(
                "pa.csv regel 2: soort is een van");
        assertThatThrownBy(() -> PensioenadministratieBestand.lees(new StringReader(kop
                + "BOUW;111222333;DISPENSATIE;PP;2025-01-01;2024-01-01\n"), "pa.csv", f -> { }))
                .hasMessage("pa.csv regel 2: einde ligt voor ingang");
        assertThatThrownBy(() -> PensioenadministratieBestand.lees(new StringReader(kop
                + "PFAB;111222333;PENSIOENRICHTDATUM;;2040-01-01;2041-01-01\n"), "pa.csv", f -> { }))
                .hasMessageContaining("einde hoort niet bij soort PENSIOENRICHTDATUM");
        assertThatThrownBy(() -> PensioenadministratieBestand.lees(new StringReader(
                "opdrachtgever;bsn;soort\n"), "pa.csv", f -> { })).hasMessageContaining("kolom productkeuze ontbreekt");
    }
}
