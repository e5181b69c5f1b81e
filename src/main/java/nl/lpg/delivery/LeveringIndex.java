package nl.lpg.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the IKVs of a delivery stand in its file, recorded by the one pass that reads the headers (the control step)
 * so that later readers start at an IKV instead of tokenising everything before it (issue 10: a partition of the IKV
 * step skipped the first half of the file, and each partition of the stand step read the whole file).
 * <p>
 * A {@link Punt} every {@link #STAP} IKVs: the byte offset and {@code line:col} of the IKV's start tag, the byte
 * range and place of its AE's start tag, and the lowest and highest personeelsnummer (as {@link #sleutel} orders
 * them) of the IKVs from this point to the next, so the stand step can leave out the stretches of the file that hold
 * none of its employees. {@link LeveringReader#vanaf} reads from a point; the places it reports are those of the file.
 *
 * @param kopTot the byte offset just after the levering start tag (the prefix a reader starting mid-file re-reads)
 */
public record LeveringIndex(long kopTot, List<Punt> punten) {

    /** IKVs between two points: a reader starting at an IKV passes at most this many minus one. */
    public static final int STAP = 250;

    /** No index: readers start at the top of the file, as before. */
    public static final LeveringIndex GEEN = new LeveringIndex(-1, List.of());

    /**
     * @param volgnummer the IKV's volgnummer (1 = the first of the file)
     * @param ikvVan     byte offset of its start tag's {@code <}
     * @param regel      line of that {@code <}
     * @param kolom      column of that {@code <}
     * @param aeIndex    the index of its AE (1 = the first)
     * @param aeVan      byte offset of the AE start tag's {@code <}
     * @param aeTot      byte offset just after the AE start tag's {@code >}
     * @param aePlaats   the AE's place as a reader from the top reports it
     * @param minSleutel lowest personeelsnummer ({@link #sleutel}) of the IKVs from here to the next point
     * @param maxSleutel highest personeelsnummer ({@link #sleutel}) of those IKVs
     */
    public record Punt(int volgnummer, long ikvVan, int regel, int kolom, int aeIndex, long aeVan, long aeTot,
                       Plaats aePlaats, String minSleutel, String maxSleutel) {
    }

    public LeveringIndex {
        punten = List.copyOf(punten);
    }

    public boolean leeg() {
        return punten.isEmpty() || kopTot <= 0;
    }

    /** The last point at or before IKV {@code volgnummer}, or null when there is none (start at the top). */
    public Punt voor(int volgnummer) {
        int lo = 0;
        int hi = punten.size() - 1;
        Punt beste = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Punt p = punten.get(mid);
            if (p.volgnummer() <= volgnummer) {
                beste = p;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return beste;
    }

    /**
     * The IKVs (volgnummers {@code [0]..[1]}, inclusive) that can hold a personeelsnummer in {@code [vanaf, tot)}
     * (either bound open as null; compared as {@link #sleutel}): from the first stretch whose lowest and highest
     * number overlap the range to the end of the last such stretch. {@code {1, 0}} when no stretch does; the whole
     * file ({@code {1, MAX}}) without an index. A delivery sorted by employee gives each range its own part of the
     * file; an unsorted one gives every range the whole file, as without an index.
     */
    public int[] bereik(String vanaf, String tot) {
        if (leeg()) {
            return new int[]{1, Integer.MAX_VALUE};
        }
        int eerste = -1;
        int laatste = -1;
        for (int i = 0; i < punten.size(); i++) {
            Punt p = punten.get(i);
            boolean raakt = (tot == null || p.minSleutel().compareTo(tot) < 0)
                    && (vanaf == null || p.maxSleutel().compareTo(vanaf) >= 0);
            if (raakt) {
                if (eerste < 0) {
                    eerste = i;
                }
                laatste = i;
            }
        }
        if (eerste < 0) {
            return new int[]{1, 0};
        }
        int totVolgnummer = laatste + 1 < punten.size() ? punten.get(laatste + 1).volgnummer() - 1 : Integer.MAX_VALUE;
        return new int[]{punten.get(eerste).volgnummer(), totVolgnummer};
    }

    /**
     * A personeelsnummer as the stand step orders employees: the database compares keys without case and trailing
     * spaces, so two spellings of one key are one employee (nl.lpg.batch.StandPartitioner).
     */
    public static String sleutel(String personeelsnummer) {
        return personeelsnummer == null ? "" : personeelsnummer.stripTrailing().toUpperCase(Locale.ROOT);
    }

    /** Collects the points while the headers are read (LeveringReader). */
    static final class Bouwer {
        private final List<Punt> punten = new ArrayList<>();
        private long kopTot = -1;
        private long aeVan;
        private long aeTot;
        private Punt open;
        private String min;
        private String max;
        private boolean bruikbaar = true;

        void kop(long tot) {
            kopTot = tot;
        }

        void ae(long van, long tot) {
            aeVan = van;
            aeTot = tot;
        }

        /** Every IKV, in file order, with its place; only every STAP-th becomes a point. */
        void ikv(int volgnummer, long van, int regel, int kolom, AdministratieveEenheid ae, String personeelsnummer) {
            String s = sleutel(personeelsnummer);
            if ((volgnummer - 1) % STAP == 0) {
                sluit();
                if (van < 0 || aeVan < 0 || aeTot <= aeVan || regel < 1 || kolom < 1 || ae == null) {
                    bruikbaar = false; // a reader that gives no offsets: no index, readers start at the top
                }
                open = new Punt(volgnummer, van, regel, kolom, ae == null ? 0 : ae.index(), aeVan, aeTot,
                        ae == null ? null : ae.plaats(), s, s);
                min = s;
                max = s;
            } else {
                if (s.compareTo(min) < 0) {
                    min = s;
                }
                if (s.compareTo(max) > 0) {
                    max = s;
                }
            }
        }

        private void sluit() {
            if (open != null) {
                punten.add(new Punt(open.volgnummer(), open.ikvVan(), open.regel(), open.kolom(), open.aeIndex(),
                        open.aeVan(), open.aeTot(), open.aePlaats(), min, max));
                open = null;
            }
        }

        LeveringIndex bouw() {
            sluit();
            return bruikbaar && kopTot > 0 ? new LeveringIndex(kopTot, punten) : GEEN;
        }
    }
}
