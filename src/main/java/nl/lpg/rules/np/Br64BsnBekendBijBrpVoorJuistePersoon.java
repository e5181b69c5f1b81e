package nl.lpg.rules.np;

import nl.lpg.delivery.AdresBinnenland;
import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvContext;
import nl.lpg.rules.extern.BrpBron;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * BR64 BSN in levering moet bekend zijn bij BRP voor de juiste persoon: "Hierbij wordt gecontroleerd op geboortedatum
 * en geslacht in combinatie met 1 van de volgende kenmerken: postcode en huisnummer of 1e genormaliseerde voorletter en
 * genormaliseerde achternaam of 1e genormaliseerde voorletter en genormaliseerde achternaam van de partner. Diacrieten
 * waar nodig worden omgezet. Als geen van deze combinaties valide is, is het BSN niet correct." A beperkte
 * geboortedatum in the BRP (unknown day, month or year) is valid when the parts it knows are the same.
 * <p>
 * A BSN the BRP does not know at all is BR61's finding (Interne beoordeling), not this rule's; a BSN 0 or empty is not
 * looked up (BR125, BR186, BR250). A geslacht the BRP holds as O (onbekend) or not at all is not held against the
 * delivery. The achternaam is compared with and without voorvoegsel, as deliveries write "de Vries" in one field.
 */
@Component
public class Br64BsnBekendBijBrpVoorJuistePersoon extends BrpRegel {

    public Br64BsnBekendBijBrpVoorJuistePersoon() {
    }

    public Br64BsnBekendBijBrpVoorJuistePersoon(BrpBron bron) {
        super(bron);
    }

    @Override
    public String regel() {
        return "64";
    }

    @Override
    public List<Bevinding> toets(IkvContext ctx) {
        NatuurlijkPersoon np = ctx.ikv().natuurlijkPersoon();
        if (brp() == null || np == null || !Bsn.gevuld(np.bsn()) || Bsn.nul(np.bsn())) {
            return List.of();
        }
        Optional<BrpBron.BrpPersoon> gevonden = brp().zoek(np.bsn());
        if (gevonden.isEmpty()) {
            return List.of();
        }
        BrpBron.BrpPersoon b = gevonden.get();
        // What the BRP does not hold (an extract with only dates) is unknown, not a difference. The rule judges
        // geboortedatum and geslacht in combination with a kenmerk: a record with neither geslacht nor any kenmerk
        // cannot establish the person, so BR64 does not judge it (BR61 and BR191 still use its dates).
        boolean brpKentAdresOfNaam = (b.postcode() != null && b.huisnummer() != null)
                || (b.naam() != null && b.naam().geslachtsnaam() != null)
                || b.partners().stream().anyMatch(p -> p.geslachtsnaam() != null);
        if (b.geslacht() == null && !brpKentAdresOfNaam) {
            return List.of();
        }
        List<String> afwijkend = new ArrayList<>();
        if (b.geboortedatum() != null && !b.geboortedatum().matcht(np.geboortedatum())) {
            afwijkend.add("geboortedatum");
        }
        if (!geslachtValide(np.geslacht(), b.geslacht())) {
            afwijkend.add("geslacht");
        }
        String voorletters = b.naam() == null ? null : b.naam().voorletters();
        if (brpKentAdresOfNaam && !adresValide(np.adresBinnenland(), b) && !naamValide(np, voorletters, b.naam())
                && b.partners().stream().noneMatch(p -> naamValide(np, voorletters, p))) {
            afwijkend.add("postcode en huisnummer, voorletter en achternaam, voorletter en achternaam van de partner");
        }
        if (afwijkend.isEmpty()) {
            return List.of();
        }
        return List.of(Bevinding.van(regel(), "Het BSN van de natuurlijk persoon met personeelsnummer "
                + np.personeelsnummer() + " is bij de Basisregistratie Personen (BRP) bekend voor een andere persoon:"
                + " geen overeenkomst in " + String.join("; ", afwijkend) + "."));
    }

    static boolean geslachtValide(String geleverd, String brp) {
        if (brp == null || brp.isBlank() || "O".equalsIgnoreCase(brp.trim())) {
            return true;
        }
        return geleverd != null && geleverd.trim().equalsIgnoreCase(brp.trim());
    }

    static boolean adresValide(AdresBinnenland a, BrpBron.BrpPersoon b) {
        if (a == null || b.postcode() == null || b.huisnummer() == null) {
            return false;
        }
        return postcode(a.postcode()).equals(postcode(b.postcode()))
                && huisnummer(a.huisnummer()).equals(huisnummer(b.huisnummer()));
    }

    /** The person's own 1e voorletter (from the BRP) with the achternaam of {@code naam} (own or partner's). */
    static boolean naamValide(NatuurlijkPersoon np, String brpVoorletters, BrpBron.Naam naam) {
        if (naam == null || naam.geslachtsnaam() == null) {
            return false;
        }
        String letter = eersteLetter(np.voorletters());
        if (letter.isEmpty() || !letter.equals(eersteLetter(brpVoorletters))) {
            return false;
        }
        String geleverd = normaliseer(np.achternaam());
        String geleverdVolledig = normaliseer(samen(np.voorvoegsel(), np.achternaam()));
        String brp = normaliseer(naam.geslachtsnaam());
        String brpVolledig = normaliseer(samen(naam.voorvoegsel(), naam.geslachtsnaam()));
        return !brp.isEmpty() && (geleverd.equals(brp) || geleverdVolledig.equals(brpVolledig));
    }

    private static String samen(String voorvoegsel, String naam) {
        return (voorvoegsel == null ? "" : voorvoegsel + " ") + (naam == null ? "" : naam);
    }

    /** Diacritics removed (é to e, ij stays ij), upper case, letters only. */
    static String normaliseer(String s) {
        if (s == null) {
            return "";
        }
        String zonder = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return zonder.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    }

    static String eersteLetter(String voorletters) {
        String n = normaliseer(voorletters);
        return n.isEmpty() ? "" : n.substring(0, 1);
    }

    private static String postcode(String p) {
        return p == null ? "" : p.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static String huisnummer(String h) {
        String t = h == null ? "" : h.trim().replaceFirst("^0+(?=\\d)", "");
        return t;
    }
}
