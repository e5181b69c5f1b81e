package nl.lpg.stand;

import java.time.LocalDate;
import java.util.List;

/** A read-only view of what the stand holds for one inkomstenverhouding, for rules that compare with history. */
public interface StandView {

    /** The stored IKPs of this IKV (key: opdrachtgever, aansluitnummer, personeelsnummer, nummer IKV). */
    List<StandIkp> inkomstenperioden(String opdrachtgever, String aansluitnummer, String personeelsnummer,
                                     String nummerIkv);

    /** A stored IKP: its period and the loontijdvak it was delivered in. */
    record StandIkp(LocalDate datumAanvang, LocalDate datumEinde, LocalDate tijdvakAanvang, LocalDate tijdvakEinde,
                    String verbijzondering) {
    }

    StandView LEEG = (og, aansl, pnr, nr) -> List.of();
}
