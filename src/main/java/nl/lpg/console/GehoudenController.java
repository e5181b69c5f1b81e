package nl.lpg.console;

import nl.lpg.review.EenheidSleutel;
import nl.lpg.review.GehoudenEenheid;
import nl.lpg.review.OnbekendeEenheid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Held units: the list ({@code review list}), one unit with its IKV, signals and the stand of its inkomstenverhouding,
 * and the reviewer's decision with a required reason ({@code review approve|reject}).
 */
@Controller
public class GehoudenController {

    private final GehoudenEenheden eenheden;
    private final Besluiten besluiten;
    private final Spoor spoor;

    public GehoudenController(GehoudenEenheden eenheden, Besluiten besluiten, Spoor spoor) {
        this.eenheden = eenheden;
        this.besluiten = besluiten;
        this.spoor = spoor;
    }

    @GetMapping("/held")
    public String lijst(@RequestParam(defaultValue = "false") boolean alle, @RequestParam(required = false) String na,
                        Model model) {
        GehoudenEenheden.Pagina p = eenheden.pagina(alle, na);
        List<GehoudenEenheid> lijst = new java.util.ArrayList<>(na == null ? eenheden.intrekkingen(alle) : List.of());
        lijst.addAll(p.eenheden());
        model.addAttribute("eenheden", lijst);
        model.addAttribute("volgende", p.volgende());
        model.addAttribute("eerste", na == null);
        model.addAttribute("alle", alle);
        return "console/gehouden";
    }

    @GetMapping("/held/{unit}")
    public String eenheid(@PathVariable String unit, Authentication auth, Model model) {
        EenheidSleutel s = sleutel(unit);
        GehoudenEenheid e = eenheden.eenheid(s.toString());
        if (e == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no held unit " + unit);
        }
        boolean onthul = Maskering.onthult(auth);
        model.addAttribute("e", e);
        var ikv = eenheden.ikv(s);
        var ae = eenheden.ae(s);
        model.addAttribute("ikv", ikv);
        model.addAttribute("ae", ae);
        if (ikv != null && ikv.natuurlijkPersoon() != null) {
            model.addAttribute("bsn", Maskering.bsn(ikv.natuurlijkPersoon().bsn(), onthul));
            model.addAttribute("iban", Maskering.iban(ikv.natuurlijkPersoon().rekeningnummer(), onthul));
        }
        if (ikv == null && ae != null) {
            model.addAttribute("intrekkingen", ae.intrekkingen().stream().map(i -> new Intrekking(i.personeelsnummer(),
                    i.nummerInkomstenverhouding(), String.valueOf(i.datumAanvangInkomstenperiode()),
                    Maskering.bsn(i.bsn(), onthul))).toList());
        }
        model.addAttribute("signalen", eenheden.signalen(s));
        model.addAttribute("onthul", onthul);
        if (e.personeelsnummer() != null && !e.personeelsnummer().isBlank()) {
            model.addAttribute("standIkps", spoor.standIkps(e.opdrachtgever(), e.aansluitnummer(), e.personeelsnummer(),
                    e.nummerInkomstenverhouding()));
            model.addAttribute("standPvps", spoor.standPvps(e.opdrachtgever(), e.aansluitnummer(), e.personeelsnummer(),
                    e.nummerInkomstenverhouding()));
        }
        if (!model.containsAttribute("reden")) {
            model.addAttribute("reden", "");
        }
        return "console/eenheid";
    }

    @PostMapping("/held/{unit}/decision")
    public String besluit(@PathVariable String unit, @RequestParam(required = false) String besluit,
                          @RequestParam(required = false) String reden, Authentication auth,
                          RedirectAttributes ra) {
        EenheidSleutel s = sleutel(unit);
        String terug = "redirect:/held/" + UriUtils.encodePathSegment(s.toString(), StandardCharsets.UTF_8);
        if (reden == null || reden.isBlank()) {
            ra.addFlashAttribute("fout", "A decision needs a reason.");
            return terug;
        }
        if (reden.length() > 2000) {
            ra.addFlashAttribute("fout", "The reason is longer than 2000 characters.");
            ra.addFlashAttribute("reden", reden);
            return terug;
        }
        Besluiten.Uitkomst u;
        if ("approve".equals(besluit)) {
            u = besluiten.keurGoed(s.toString(), auth.getName(), reden);
        } else if ("reject".equals(besluit)) {
            u = besluiten.keurAf(s.toString(), auth.getName(), reden);
        } else {
            ra.addFlashAttribute("fout", "Choose approve or reject.");
            ra.addFlashAttribute("reden", reden);
            return terug;
        }
        ra.addFlashAttribute(u.genomen() ? "gedaan" : "fout", u.melding());
        if (!u.genomen()) {
            ra.addFlashAttribute("reden", reden);
        }
        return terug;
    }

    /** An intrekking of a held AE as the page shows it (the BSN masked unless the auditor looks). */
    public record Intrekking(String personeelsnummer, String nummer, String datum, String bsn) {
    }

    private static EenheidSleutel sleutel(String unit) {
        try {
            return EenheidSleutel.parse(unit);
        } catch (OnbekendeEenheid e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "not a unit key");
        }
    }
}
