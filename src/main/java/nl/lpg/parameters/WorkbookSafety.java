package nl.lpg.parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Refuses a workbook that tries to make the reader do more than read it: an XML part with a document type declaration
 * (the door to external entities, which could read local files or fetch addresses) or a part that expands far beyond
 * its compressed size (zip bomb). The XML check reads only the first bytes of each part, where a DOCTYPE must stand;
 * POI's own parsers refuse DOCTYPE anywhere, and its {@code ZipSecureFile} limits (set in {@link WorkbookReader})
 * stop a bomb while it inflates. Both are turned into one clear line here.
 */
final class WorkbookSafety {
    private WorkbookSafety() {
    }

    /** How much of each XML part is searched for a DOCTYPE (the prolog stands before the root element). */
    static final int PROLOG_BYTES = 4096;

    /** More parts than any real workbook has: refused before scanning them. */
    static final int MAX_PARTS = 10_000;

    private static final Pattern ENTRY = Pattern.compile("Entry: ?(\\S+)");

    static void check(Path file) {
        String name = file.getFileName().toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_PARTS) {
                throw new WorkbookException(List.of(name + ": refused: " + zip.size() + " parts in the file, more "
                        + "than the " + MAX_PARTS + " a workbook can reasonably have"));
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String n = e.getName().toLowerCase(Locale.ROOT);
                if (e.isDirectory() || !(n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml"))) {
                    continue;
                }
                String prolog;
                try (InputStream in = zip.getInputStream(e)) {
                    prolog = new String(in.readNBytes(PROLOG_BYTES), StandardCharsets.UTF_8);
                }
                String upper = prolog.toUpperCase(Locale.ROOT);
                if (upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY")) {
                    throw refused(name, e.getName());
                }
            }
        } catch (IOException e) {
            // Not a zip at all, or a damaged one: POI gives the reason when it opens the file.
        }
    }

    private static WorkbookException refused(String file, String part) {
        return new WorkbookException(List.of(file + ": refused: " + part + " contains a document type declaration "
                + "(DOCTYPE/ENTITY); such workbooks are not read, so no external entity is followed"));
    }

    /** One line for a workbook POI could not open, naming a zip bomb or an entity trick as such. */
    static String explain(String file, Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
            if (t.getCause() == t) {
                break;
            }
        }
        String text = all.toString();
        if (text.contains("Zip bomb")) {
            Matcher m = ENTRY.matcher(text);
            String part = m.find() ? m.group(1) : "a part";
            return file + ": refused: " + part + " expands to more than " + (long) (1 / WorkbookReader.MIN_INFLATE_RATIO)
                    + " times its compressed size or more than " + WorkbookReader.MAX_ENTRY_SIZE / (1024 * 1024)
                    + " MB (zip bomb); it was not unpacked";
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.contains("DOCTYPE") || upper.contains("ENTITY")) {
            return file + ": refused: the workbook contains a document type declaration (DOCTYPE/ENTITY); such "
                    + "workbooks are not read, so no external entity is followed";
        }
        String first = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                .orElse("");
        return file + ": not a readable xlsx workbook (" + first + ")";
    }
}
