package nl.lpg.rules.ikv;

import nl.lpg.delivery.NatuurlijkPersoon;
import nl.lpg.rules.AeContext;
import nl.lpg.rules.AeRegel;
import nl.lpg.rules.Bevinding;
import nl.lpg.rules.IkvOverzicht;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * BR365: voor de verschillende natuurlijke personen van een aansluiting mag niet hetzelfde personeels/salarisnummer
 * in de levering gebruikt worden (binnen dezelfde AE). Two persons differ when both BSNs are filled and differ, or
 * otherwise when achternaam, eerste voorletter, geboortedatum or geslacht differ. The spec limits this to new IKV's;
 * the AE context has no stand, so every IKV of the AE is compared: two persons under one personeelsnummer is a
 * contradiction either way. The melding names no BSN.
 */
@Component
public class Br365PersoneelsnummerUniekPerWerknemer implements AeRegel {

    @Override
    public String regel() {
        return "365";
    }

    @Override
    public boolean vergelijktIkvs() {
        return true;
    }

    @Override
    public List<Bevinding> toets(AeContext ctx) {
        Map<String, List<NatuurlijkPersoon>> perNummer = new LinkedHashMap<>();
        for (IkvOverzicht ikv : ctx.ikvs().metGedeeldPersoneelsnummer(ctx.ae().ae().index())) {
            if (ikv.personeelsnummer() != null && ikv.natuurlijkPersoon() != null) {
                perNummer.computeIfAbsent(ikv.personeelsnummer().trim(), k -> new ArrayList<>())
                        .add(ikv.natuurlijkPersoon());
            }
        }
        List<Bevinding> uit = new ArrayList<>();
        perNummer.forEach((pnr, personen) -> {
            NatuurlijkPersoon eerste = personen.get(0);
            long anderen = personen.stream().filter(p -> verschillend(eerste, p)).count();
            if (anderen > 0) {
                uit.add(Bevinding.van(regel(), "Personeelsnummer " + pnr + " wordt in de administratieve eenheid"
                        + " gebruikt voor verschillende natuurlijke personen; een personeelsnummer hoort bij een"
                        + " werknemer."));
            }
        });
        return uit;
    }

    /**
     * The person as this rule compares it, in one string: two persons {@link #verschillend} always have different
     * kenmerken, so the run only needs to look closer at personeelsnummers with more than one kenmerk.
     */
    public static String kenmerk(NatuurlijkPersoon p) {
        return p == null ? null : (leeg(p.bsn()) ? "" : p.bsn().trim()) + "|" + norm(p.achternaam()) + "|"
                + eersteLetter(p.voorletters()) + "|" + p.geboortedatum() + "|" + norm(p.geslacht());
    }

    static boolean verschillend(NatuurlijkPersoon a, NatuurlijkPersoon b) {
        if (!leeg(a.bsn()) && !leeg(b.bsn())) {
            return !a.bsn().trim().equals(b.bsn().trim());
        }
        return !Objects.equals(norm(a.achternaam()), norm(b.achternaam()))
                || !Objects.equals(eersteLetter(a.voorletters()), eersteLetter(b.voorletters()))
                || !Objects.equals(a.geboortedatum(), b.geboortedatum())
                || !Objects.equals(norm(a.geslacht()), norm(b.geslacht()));
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }

    private static String norm(String s) {
        return s == null ? "" : s.trim().toUpperCase();
    }

    private static String eersteLetter(String s) {
        String n = norm(s);
        return n.isEmpty() ? "" : n.substring(0, 1);
    }
}
