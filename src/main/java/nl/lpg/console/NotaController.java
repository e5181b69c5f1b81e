package nl.lpg.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Nota: per month the recorded nota with its corrections, the next nota as it stands, a chart per product. */
@Controller
public class NotaController {

    private final Notas notas;

    public NotaController(Notas notas) {
        this.notas = notas;
    }

    @GetMapping("/nota")
    public String nota(@RequestParam(required = false) String periode, Model model) {
        List<Notas.Nota> alle = notas.notas();
        YearMonth volgende = notas.volgende();
        String gekozen = periode != null && alle.stream().anyMatch(n -> n.periode().equals(periode)) ? periode : null;
        model.addAttribute("notas", alle);
        model.addAttribute("gekozen", gekozen);
        model.addAttribute("volgende", volgende.toString());
        if (gekozen != null) {
            List<Notas.Regel> regels = notas.regels(gekozen);
            model.addAttribute("nota", alle.stream().filter(n -> n.periode().equals(gekozen)).findFirst().orElseThrow());
            model.addAttribute("regels", regels);
            model.addAttribute("totalen", Notas.totalen(regels));
        } else {
            List<Notas.Regel> concept = notas.concept(volgende);
            model.addAttribute("regels", concept);
            model.addAttribute("totalen", Notas.totalen(concept));
        }
        List<String> grafieken = new ArrayList<>();
        for (Map.Entry<String, Map<String, BigDecimal>> e : notas.premiePerProduct().entrySet()) {
            grafieken.add(NotaGrafiek.svg(e.getKey(), e.getValue()));
        }
        model.addAttribute("grafieken", grafieken);
        return "console/nota";
    }
}
