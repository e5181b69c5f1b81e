package nl.lpg.stand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A read-only view of what the stand holds for the inkomstenverhoudingen of one chunk, for rules that compare with
 * history: the IKV as last accepted (aard, dates, natuurlijk persoon), its stored IKPs with code meetelling and their
 * PVPs with productloon, the other IKVs of the same person, the BSNs ever delivered under a personeelsnummer, the
 * intrekkingen applied, the signals of earlier runs, and the intrekkingen of the delivery being processed.
 * Everything is keyed by opdrachtgever, aansluitnummer, personeelsnummer and nummer IKV. Only
 * {@link #inkomstenperioden} is abstract so a test can give a stand as a lambda; a view that knows more overrides the
 * rest (see {@link VasteStand} and {@link JdbcStandView}).
 */
public interface StandView {

    /** The stored IKPs of this IKV, by datum aanvang. */
    List<StandIkp> inkomstenperioden(String opdrachtgever, String aansluitnummer, String personeelsnummer,
                                     String nummerIkv);

    /** The stored IKV (aard, dates, natuurlijk persoon as last accepted), empty for a new IKV. */
    default Optional<StandIkv> inkomstenverhouding(String opdrachtgever, String aansluitnummer, String personeelsnummer,
                                                   String nummerIkv) {
        return Optional.empty();
    }

    /** Every stored IKV of the person with this BSN at any aansluiting of the opdrachtgever (BR202, BR515). */
    default List<StandIkv> inkomstenverhoudingenVanPersoon(String opdrachtgever, String bsn) {
        return List.of();
    }

    /** Every BSN ever accepted under this personeelsnummer at this aansluiting (BR253). */
    default Set<String> bsnsVanPersoneelsnummer(String opdrachtgever, String aansluitnummer, String personeelsnummer) {
        return Set.of();
    }

    /** The intrekkingen applied to this IKV by earlier runs (datum aanvang of the withdrawn loontijdvak or IKP). */
    default List<LocalDate> toegepasteIntrekkingen(String opdrachtgever, String aansluitnummer,
                                                   String personeelsnummer, String nummerIkv) {
        return List.of();
    }

    /** Signals of earlier runs on this IKV that rules read back (BR515, BR517: 404 and 409). */
    default List<StandSignaal> signalen(String opdrachtgever, String aansluitnummer, String personeelsnummer,
                                        String nummerIkv) {
        return List.of();
    }

    /** The intrekkingen of this IKV in the delivery being processed (datum aanvang inkomstenperiode). */
    default List<LocalDate> intrekkingenInLevering(String opdrachtgever, String aansluitnummer,
                                                   String personeelsnummer, String nummerIkv) {
        return List.of();
    }

    /** A stored PVP: its product, datum aanvang and productloon. */
    record StandPvp(String productkeuze, String productvariant, LocalDate datumAanvang, BigDecimal productloon) {
    }

    /**
     * A stored IKP: its period, the loontijdvak it was delivered in, verbijzondering, code meetelling, code CAO, the
     * soort of the delivery that brought it (A: imposed by Incasso's periodieke controle, BR424) and its PVPs.
     */
    record StandIkp(LocalDate datumAanvang, LocalDate datumEinde, LocalDate tijdvakAanvang, LocalDate tijdvakEinde,
                    String verbijzondering, String codeMeetelling, String codeCao, String soortLevering,
                    List<StandPvp> pvps) {
        public StandIkp {
            pvps = pvps == null ? List.of() : List.copyOf(pvps);
        }

        public StandIkp(LocalDate datumAanvang, LocalDate datumEinde, LocalDate tijdvakAanvang,
                        LocalDate tijdvakEinde, String verbijzondering) {
            this(datumAanvang, datumEinde, tijdvakAanvang, tijdvakEinde, verbijzondering, null, null, null, List.of());
        }

        /** A nihil-opgave (BR183): code meetelling Nee. */
        public boolean nihil() {
            return "N".equalsIgnoreCase(codeMeetelling == null ? "" : codeMeetelling.trim());
        }
    }

    /**
     * A stored IKV with the natuurlijk persoon as last accepted. {@code soortInkomstenverhouding} is that of its most
     * recent IKP (werkgeversbetaling, BR202). {@code toString()} hides the BSN.
     */
    record StandIkv(String aansluitnummer, String personeelsnummer, String nummer, String aard, LocalDate datumAanvang,
                    LocalDate datumEinde, String bsn, LocalDate geboortedatum, String soortInkomstenverhouding) {
        @Override
        public String toString() {
            return "StandIkv[" + aansluitnummer + "/" + personeelsnummer + "/" + nummer + ", bsn=***]";
        }

        public boolean zelfde(String an, String pnr, String nr) {
            return aansluitnummer.equals(an) && personeelsnummer.equals(pnr) && nummer.equals(nr);
        }
    }

    /** A signal of an earlier run: rule, the IKP (or missing loontijdvak) it named, and the run. */
    record StandSignaal(String regel, LocalDate datumAanvangIkp, String runId) {
    }

    StandView LEEG = (og, aansl, pnr, nr) -> List.of();
}
