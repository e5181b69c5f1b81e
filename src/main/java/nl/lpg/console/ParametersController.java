package nl.lpg.console;

import nl.lpg.parameters.ParameterSet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parameters: the workbook versions, validity per sheet of one, its difference with the version before. */
@Controller
public class ParametersController {

    private final Werkboeken werkboeken;

    public ParametersController(Werkboeken werkboeken) {
        this.werkboeken = werkboeken;
    }

    @GetMapping("/parameters")
    public String parameters(@RequestParam(required = false) Integer versie, Model model) {
        List<Werkboeken.Versie> versies = werkboeken.versies();
        model.addAttribute("versies", versies);
        if (versies.isEmpty()) {
            return "console/parameters";
        }
        int n = versie == null || versie < 1 || versie > versies.size() ? versies.size() : versie;
        Werkboeken.Versie v = versies.get(n - 1);
        model.addAttribute("versie", v);
        Optional<ParameterSet> set = werkboeken.laad(v);
        model.addAttribute("geldigheid", set.map(Werkboeken::geldigheid).orElse(null));
        if (n > 1) {
            Werkboeken.Versie vorige = versies.get(n - 2);
            model.addAttribute("vorige", vorige);
            Optional<ParameterSet> oud = werkboeken.laad(vorige);
            if (set.isPresent() && oud.isPresent()) {
                model.addAttribute("verschil", Werkboeken.verschil(oud.get(), set.get()));
            }
        }
        return "console/parameters";
    }

    @GetMapping("/parameters/download/{sha}")
    public ResponseEntity<byte[]> download(@PathVariable String sha) {
        Map.Entry<String, byte[]> w = sha.matches("[0-9a-f]{64}") ? werkboeken.werkboek(sha) : null;
        if (w == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such workbook");
        }
        String naam = w.getKey().replace(".xlsx", "") + "-" + sha.substring(0, 12) + ".xlsx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(naam).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(w.getValue());
    }
}
