package nl.lpg.parameters;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Workbooks crafted to attack the reader are refused with a clear line, and what they ask for is not done. */
class HostileWorkbookTest {

    @TempDir
    Path tmp;

    /** Rewrites one part of a workbook (a zip), copying the others. */
    static void rewrite(Path xlsx, String part, UnaryOperator<String> change) throws IOException {
        Path out = xlsx.resolveSibling(xlsx.getFileName() + ".new");
        try (ZipFile zip = new ZipFile(xlsx.toFile()); OutputStream os = Files.newOutputStream(out);
             ZipOutputStream zos = new ZipOutputStream(os)) {
            Enumeration<? extends ZipEntry> en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                zos.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream in = zip.getInputStream(e)) {
                    if (e.getName().equals(part)) {
                        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        zos.write(change.apply(xml).getBytes(StandardCharsets.UTF_8));
                    } else {
                        in.transferTo(zos);
                    }
                }
                zos.closeEntry();
            }
        }
        Files.move(out, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Puts text right after the XML declaration of a part. */
    static String afterDeclaration(String xml, String insert) {
        int i = xml.indexOf("?>") + 2;
        return xml.substring(0, i) + insert + xml.substring(i);
    }

    @Test
    @DisplayName("a zip bomb (a part that inflates 1000-fold) is refused by name, not unpacked")
    void zipBomb() throws IOException {
        VoorbeeldWerkboeken.schrijf(tmp);
        Path p = tmp.resolve("parameters.xlsx");
        String padding = " ".repeat(50 * 1024 * 1024);
        rewrite(p, "xl/worksheets/sheet2.xml", xml -> afterDeclaration(xml, padding));
        assertThat(Files.size(p)).isLessThan(2 * 1024 * 1024);
        long t0 = System.nanoTime();
        WorkbookException e = org.assertj.core.api.Assertions.catchThrowableOfType(WorkbookException.class,
                () -> ParameterSet.load(tmp));
        System.out.println("zip bomb refused in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        assertThat(e.errors()).containsExactly("parameters.xlsx: refused: xl/worksheets/sheet2.xml expands to more "
                + "than 100 times its compressed size or more than 512 MB (zip bomb); it was not unpacked");
    }

    @Test
    @DisplayName("an external entity in the XML is refused and the file it names is never read")
    void externalEntity() throws IOException {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "GEHEIM-12345");
        Path dir = Files.createDirectories(tmp.resolve("wb"));
        VoorbeeldWerkboeken.schrijf(dir);
        rewrite(dir.resolve("parameters.xlsx"), "xl/sharedStrings.xml", xml -> afterDeclaration(xml,
                "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                .replaceFirst("<t>[^<]*</t>", "<t>&xxe;</t>"));
        WorkbookException e = org.assertj.core.api.Assertions.catchThrowableOfType(WorkbookException.class,
                () -> ParameterSet.load(dir));
        assertThat(e.errors()).containsExactly("parameters.xlsx: refused: xl/sharedStrings.xml contains a document "
                + "type declaration (DOCTYPE/ENTITY); such workbooks are not read, so no external entity is followed");
        assertThat(String.join("\n", e.errors())).doesNotContain("GEHEIM");
    }

    @Test
    @DisplayName("an entity declaration hidden behind a long comment is refused by the XML parser itself")
    void entityBehindLongComment() throws IOException {
        Path secret = tmp.resolve("secret2.txt");
        Files.writeString(secret, "GEHEIM-67890");
        Path dir = Files.createDirectories(tmp.resolve("wb2"));
        VoorbeeldWerkboeken.schrijf(dir);
        String comment = "<!--" + "x".repeat(10_000) + "-->";
        rewrite(dir.resolve("organisatie.xlsx"), "xl/worksheets/sheet3.xml", xml -> afterDeclaration(xml,
                comment + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                .replaceFirst("<v>[^<]*</v>", "<v>&xxe;</v>"));
        WorkbookException e = org.assertj.core.api.Assertions.catchThrowableOfType(WorkbookException.class,
                () -> ParameterSet.load(dir));
        assertThat(e.errors()).containsExactly("organisatie.xlsx: refused: the workbook contains a document type "
                + "declaration (DOCTYPE/ENTITY); such workbooks are not read, so no external entity is followed");
        assertThat(String.join("\n", e.errors())).doesNotContain("GEHEIM");
    }

    @Test
    @DisplayName("a file that is not a workbook at all is refused with one line")
    void notAWorkbook() throws IOException {
        VoorbeeldWerkboeken.schrijf(tmp);
        Files.writeString(tmp.resolve("organisatie.xlsx"), "opdrachtgever;naam\nABP;x\n");
        WorkbookException e = org.assertj.core.api.Assertions.catchThrowableOfType(WorkbookException.class,
                () -> ParameterSet.load(tmp));
        assertThat(e.errors()).hasSize(1);
        assertThat(e.errors().get(0)).startsWith("organisatie.xlsx: not a readable xlsx workbook (");
    }
}
