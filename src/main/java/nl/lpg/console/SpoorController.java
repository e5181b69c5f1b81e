package nl.lpg.console;

import nl.lpg.support.Privacy;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Map;

/** Trail: find a PVP by personeelsnummer (and run), then its whole trail. */
@Controller
public class SpoorController {

    private final Spoor spoor;
    private final Runs runs;

    public SpoorController(Spoor spoor, Runs runs) {
        this.spoor = spoor;
        this.runs = runs;
    }

    @GetMapping("/trail")
    public String zoek(@RequestParam(required = false) String run,
                       @RequestParam(required = false) String personeelsnummer, Model model) {
        model.addAttribute("run", run == null ? "" : run);
        model.addAttribute("personeelsnummer", personeelsnummer == null ? "" : personeelsnummer);
        model.addAttribute("runs", runs.processRuns());
        model.addAttribute("pvps", spoor.zoek(run, personeelsnummer));
        return "console/spoor-zoek";
    }

    @GetMapping("/trail/{run}/{volgnummer}/{seq}")
    public String spoor(@PathVariable String run, @PathVariable int volgnummer, @PathVariable int seq,
                        Authentication auth, Model model) {
        Map<String, Object> pvp = Runs.RUN_ID.matcher(run).matches() ? spoor.pvp(run, volgnummer, seq) : null;
        if (pvp == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such PVP");
        }
        boolean onthul = Maskering.onthult(auth);
        String og = (String) pvp.get("opdrachtgever");
        String an = (String) pvp.get("aansluitnummer");
        String pnr = (String) pvp.get("personeelsnummer");
        String nr = (String) pvp.get("nummer_ikv");
        Map<String, String> invoer = spoor.invoer(run);
        List<String> regels = spoor.regels(invoer.get("levering"), (Integer) pvp.get("regelnummer_levering"),
                pvp.get("datum_aanvang_pvp"));
        model.addAttribute("pvp", pvp);
        model.addAttribute("run", run);
        model.addAttribute("invoer", invoer);
        model.addAttribute("regels", onthul ? regels : regels.stream().map(Privacy::maskeer).toList());
        model.addAttribute("parameterRij", spoor.parameterRij(invoer.get("parametersSha256"),
                (String) pvp.get("parameter_blad"), (Integer) pvp.get("parameter_rij")).orElse(null));
        model.addAttribute("signalen", spoor.signalen(run, (Integer) pvp.get("ae_index"), volgnummer));
        model.addAttribute("leveringen", spoor.leveringen(og, an, pnr, nr));
        model.addAttribute("standIkps", spoor.standIkps(og, an, pnr, nr));
        model.addAttribute("standPvps", spoor.standPvps(og, an, pnr, nr));
        model.addAttribute("intrekkingen", spoor.intrekkingen(og, an, pnr, nr));
        model.addAttribute("bsn", Maskering.bsn(spoor.bsn(og, an, pnr, nr), onthul));
        return "console/spoor";
    }
}
