package nl.lpg.parameters;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading is fast for large workbooks and refuses workbooks built to attack the reader. */
class BoundedLoadTest {

    @TempDir
    Path tmp;

    @Test
    @DisplayName("a workbook of 100,000 rows loads in seconds and lookups do not scan")
    void largeWorkbook() throws IOException {
        Map<String, List<Map<String, Object>>> data = new LinkedHashMap<>(VoorbeeldWerkboeken.parameterRijen());
        List<Map<String, Object>> pv = new ArrayList<>(data.get("Productvarianten"));
        for (int i = 0; i < 50_000; i++) {
            for (int y = 0; y < 2; y++) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("opdrachtgever", "ABP");
                r.put("productkeuze", "P" + i);
                r.put("soortGrondslag", "F");
                r.put("soortInkomensgrens", "JAAR");
                r.put("minimumInkomensgrens", new BigDecimal(19000 + y * 500 + i % 100));
                r.put("maximumProductloon", new BigDecimal("140000.00"));
                r.put("premiepercentage", new BigDecimal("27.30"));
                r.put("berekeningsbasis", "BEIDE");
                r.put("ingang", LocalDate.of(2025 + y, 1, 1));
                r.put("einde", y == 0 ? LocalDate.of(2025, 12, 31) : null);
                pv.add(r);
            }
        }
        data.put("Productvarianten", pv);
        Path dir = Files.createDirectories(System.getProperty("keepLarge") != null
                ? Path.of(System.getProperty("keepLarge")) : tmp.resolve("large"));
        long tw = System.nanoTime();
        OtherToolsTest.write(dir.resolve("parameters.xlsx"), ParameterSheets.PARAMETERS, data,
                new OtherToolsTest.Manier(false, false, false, false, false, false, false, true));
        VoorbeeldWerkboeken.schrijfWerkmap(dir.resolve("organisatie.xlsx"), ParameterSheets.ORGANISATIE,
                VoorbeeldWerkboeken.organisatieRijen());

        System.out.println("Written in " + (System.nanoTime() - tw) / 1_000_000 + " ms");
        long t0 = System.nanoTime();
        ParameterSet set = ParameterSet.load(dir);
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("Loaded " + Files.size(dir.resolve("parameters.xlsx")) / 1024 + " KB workbook with "
                + set.parameters().table("Productvarianten").rows().size() + " Productvarianten rows in " + loadMs
                + " ms");
        assertThat(set.parameters().table("Productvarianten").rows()).hasSize(100_000 + VoorbeeldWerkboeken.productvarianten().size());

        long t1 = System.nanoTime();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 100_000; i++) {
            sum = sum.add(set.parameters().productvariant("ABP", "P" + (i % 50_000), null,
                    LocalDate.of(2025 + i % 2, 6, 1)).orElseThrow().decimal("minimumInkomensgrens"));
        }
        long lookupMs = (System.nanoTime() - t1) / 1_000_000;
        System.out.println("100,000 dated lookups in " + lookupMs + " ms");
        assertThat(set.parameters().productvariant("ABP", "P49999", null, LocalDate.of(2026, 1, 1)).orElseThrow()
                .decimal("minimumInkomensgrens")).isEqualByComparingTo("19599");
        assertThat(set.parameters().productvariant("ABP", "P49999", null, LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(sum.signum()).isPositive();
    }
}
