package nl.lpg.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/** Signals: a run's signals, filtered and paged on the server (a plain GET form: works without JavaScript). */
@Controller
public class SignalenController {

    private final Signalen signalen;
    private final Runs runs;

    public SignalenController(Signalen signalen, Runs runs) {
        this.signalen = signalen;
        this.runs = runs;
    }

    @GetMapping("/signals")
    public String signalen(@RequestParam(required = false) String run, @RequestParam(required = false) String regel,
                           @RequestParam(required = false) String aard,
                           @RequestParam(required = false) String opdrachtgever,
                           @RequestParam(required = false) String aansluitnummer,
                           @RequestParam(required = false) String personeelsnummer,
                           @RequestParam(required = false) String na, @RequestParam(required = false) String voor,
                           Model model) {
        List<String> alle = runs.processRuns();
        String r = run == null || run.isBlank() ? (alle.isEmpty() ? "" : alle.get(0)) : run.strip();
        if (aard != null && !aard.isBlank() && !Runs.AARDEN.contains(aard)) {
            aard = null;
        }
        Signalen.Filter f = new Signalen.Filter(r, regel, aard, opdrachtgever, aansluitnummer, personeelsnummer);
        model.addAttribute("filter", f);
        model.addAttribute("runs", alle);
        model.addAttribute("aarden", Runs.AARDEN);
        model.addAttribute("pagina", signalen.pagina(f, voor != null ? voor : na, voor != null));
        return "console/signalen";
    }
}
