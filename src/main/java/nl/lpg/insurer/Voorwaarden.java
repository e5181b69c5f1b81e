package nl.lpg.insurer;

import nl.lpg.delivery.AdresBuitenland;
import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.parameters.KoppelingValidatie;

import java.util.ArrayList;
import java.util.List;

/**
 * The prerequisites of the werkwijze a.s.r. that must hold before a mutation may be sent, checked per mutation. Every
 * reason that fails is returned (empty: the mutation may go). Step 1: KvK-nummer; step 2: regelingnummer = the last
 * two digits of the contractnummer; step 3: polisnummer (not for an indienst: the insurer assigns it); step 4:
 * e-mail; step 5: nationaliteit; step 6: a foreign address has its country and its foreign postcode; step 7: "aan bij
 * WN" for an indienst; step 8: a married, cohabiting or registered-partnership employee has the relation's start date.
 */
public final class Voorwaarden {

    private Voorwaarden() {
    }

    /** What the checks read: the coupling register's rows for the mutation and the person as last accepted. */
    public record Gegevens(String kvkNummer, boolean aanBijWn, String contractnummer, String regelingnummer,
                           String polisnummer, String email, String nationaliteit, NatuurlijkPersoon persoon) {
        @Override
        public String toString() {
            return "Gegevens[kvk=" + kvkNummer + ", contract=" + contractnummer + "/" + regelingnummer + "]";
        }
    }

    public static List<String> redenen(SoortMutatie soort, Gegevens g) {
        List<String> r = new ArrayList<>();
        if (leeg(g.kvkNummer())) {
            r.add("KvK-nummer ontbreekt (Koppelingen)");
        }
        if (leeg(g.contractnummer())) {
            r.add("geen OP-regeling met contractnummer op de ingangsdatum (KoppelingRegelingen)");
        } else if (leeg(g.regelingnummer())) {
            r.add("regelingnummer ontbreekt bij contractnummer " + g.contractnummer() + " (KoppelingRegelingen)");
        } else if (!KoppelingValidatie.regelingnummerKlopt(g.contractnummer(), g.regelingnummer())) {
            r.add("regelingnummer " + g.regelingnummer() + " is niet gelijk aan de laatste twee cijfers van"
                    + " contractnummer " + g.contractnummer());
        }
        if (soort != SoortMutatie.INDIENST && leeg(g.polisnummer())) {
            r.add("polisnummer ontbreekt (KoppelingDeelnemers)");
        }
        if (leeg(g.email())) {
            r.add("e-mailadres ontbreekt (KoppelingDeelnemers)");
        }
        if (leeg(g.nationaliteit())) {
            r.add("nationaliteit ontbreekt (KoppelingDeelnemers)");
        }
        NatuurlijkPersoon p = g.persoon();
        AdresBuitenland bu = p == null ? null : p.adresBuitenland();
        if (bu != null) {
            if (leeg(bu.landcode())) {
                r.add("land van het buitenlandse adres ontbreekt (levering: adresBuitenland landcode)");
            }
            if (leeg(bu.postcode())) {
                r.add("buitenlandse postcode ontbreekt (levering: adresBuitenland postcode)");
            }
        }
        if (soort == SoortMutatie.INDIENST && !g.aanBijWn()) {
            r.add("'aan bij WN' staat niet aan (Koppelingen aanBijWn)");
        }
        if (p != null && MutatieAfleiding.relatie(p.burgerlijkeStaat()) && p.datumBurgerlijkeStaat() == null) {
            r.add("ingangsdatum van de relatie ontbreekt bij burgerlijke staat " + p.burgerlijkeStaat().trim()
                    + " (levering: datumBurgerlijkeStaat)");
        }
        return r;
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }
}
