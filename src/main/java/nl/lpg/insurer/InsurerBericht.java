package nl.lpg.insurer;

import nl.lpg.delivery.AdresBinnenland;
import nl.lpg.delivery.AdresBuitenland;
import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.parameters.ParameterRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON messages posted to the insurer, as described in {@code docs/insurer-openapi.yaml}: one mutation
 * ({@code Mutatie}) or the yearly collective salary adjustment as one batch ({@code MutatieBatch}). Amounts and
 * factors are exact decimals (salary 2 decimals, deeltijdfactor 4). The message holds the BSN the insurer identifies
 * the employee by; it is stored in the outbox and posted, never logged. Address and burgerlijke staat are part of an
 * INDIENST only (enrolment); their changes are portal work.
 */
public final class InsurerBericht {

    private InsurerBericht() {
    }

    /** The message of one mutation, with the register's data and the person as they were when it became OUTBOX. */
    static Map<String, Object> mutatie(String sleutel, Mutatie m, ParameterRow koppeling, ParameterRow regelingOp,
                                       ParameterRow regelingNp, ParameterRow deelnemer, NatuurlijkPersoon p) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("mutatieId", sleutel);
        b.put("soortMutatie", m.soort().name());
        b.put("ingangsdatum", m.ingangsdatum().toString());
        if (m.batch() != null) {
            b.put("batch", m.batch());
        }
        Map<String, Object> wg = new LinkedHashMap<>();
        wg.put("kvkNummer", koppeling.text("kvkNummer").trim());
        wg.put("aansluitnummer", m.aansluitnummer());
        wg.put("niveau", koppeling.text("niveau"));
        if (koppeling.text("bedrijfsgroep") != null) {
            wg.put("bedrijfsgroep", koppeling.text("bedrijfsgroep"));
        }
        b.put("werkgever", wg);
        b.put("regeling", regeling(regelingOp));
        if (regelingNp != null) {
            b.put("regelingNp", regeling(regelingNp));
        }
        Map<String, Object> wn = new LinkedHashMap<>();
        if (deelnemer != null && deelnemer.text("polisnummer") != null) {
            wn.put("polisnummer", deelnemer.text("polisnummer").trim());
        }
        wn.put("personeelsnummer", m.personeelsnummer());
        wn.put("nummerInkomstenverhouding", m.nummerIkv());
        if (p != null) {
            wn.put("bsn", p.bsn());
            wn.put("voorletters", p.voorletters());
            if (p.voorvoegsel() != null) {
                wn.put("voorvoegsel", p.voorvoegsel());
            }
            wn.put("achternaam", p.achternaam());
            wn.put("geboortedatum", p.geboortedatum() == null ? null : p.geboortedatum().toString());
            wn.put("geslacht", p.geslacht());
        }
        // Address and burgerlijke staat go with an indienst only: changes of them are portal work (a.s.r. takes
        // addresses and partners from the BRP), never a message over the coupling.
        if (p != null && m.soort() == SoortMutatie.INDIENST) {
            if (p.burgerlijkeStaat() != null) {
                wn.put("burgerlijkeStaat", p.burgerlijkeStaat());
            }
            if (p.datumBurgerlijkeStaat() != null) {
                wn.put("datumBurgerlijkeStaat", p.datumBurgerlijkeStaat().toString());
            }
            wn.put("adres", adres(p));
        }
        wn.put("nationaliteit", deelnemer == null ? null : deelnemer.text("nationaliteit"));
        wn.put("email", deelnemer == null ? null : deelnemer.text("email"));
        b.put("werknemer", wn);
        b.put("oud", waarden(m.oudSalaris(), m.oudeDeeltijdfactor()));
        b.put("nieuw", waarden(m.nieuwSalaris(), m.nieuweDeeltijdfactor()));
        return b;
    }

    /**
     * The batch message: the collective adjustment of one aansluiting on one date, every member's own message as it
     * was stored (embedded verbatim, so its decimals stay as they are).
     */
    static Map<String, Object> batch(String batchSleutel, String batch, List<String> mutaties) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("batchId", batchSleutel);
        b.put("batch", batch);
        b.put("soort", "COLLECTIEVE_SALARISAANPASSING");
        b.put("aantal", mutaties.size());
        b.put("mutaties", mutaties.stream().map(tools.jackson.databind.util.RawValue::new).toList());
        return b;
    }

    private static Map<String, Object> regeling(ParameterRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("contractnummer", r.text("contractnummer").trim());
        m.put("regelingnummer", twee(r.text("regelingnummer")));
        return m;
    }

    static String twee(String regelingnummer) {
        String r = regelingnummer == null ? null : regelingnummer.trim();
        return r != null && r.length() == 1 ? "0" + r : r;
    }

    private static Map<String, Object> adres(NatuurlijkPersoon p) {
        Map<String, Object> a = new LinkedHashMap<>();
        AdresBinnenland bi = p.adresBinnenland();
        AdresBuitenland bu = p.adresBuitenland();
        if (bi != null) {
            a.put("land", "NL");
            a.put("postcode", bi.postcode());
            a.put("huisnummer", bi.huisnummer());
            if (bi.huisnummerToevoeging() != null) {
                a.put("huisnummerToevoeging", bi.huisnummerToevoeging());
            }
            a.put("straat", bi.straat());
            a.put("plaats", bi.woonplaats());
        } else if (bu != null) {
            a.put("land", bu.landcode());
            a.put("postcode", bu.postcode());
            a.put("huisnummer", bu.huisnummer());
            a.put("straat", bu.straat());
            a.put("plaats", bu.plaats());
        }
        return a;
    }

    private static Map<String, Object> waarden(BigDecimal salaris, BigDecimal deeltijdfactor) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("salaris", salaris == null ? null : salaris.setScale(2, RoundingMode.HALF_UP));
        w.put("deeltijdfactor", deeltijdfactor == null ? null : deeltijdfactor.setScale(4, RoundingMode.HALF_UP));
        return w;
    }

    static String datum(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
