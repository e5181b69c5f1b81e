package nl.lpg.console;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.nio.file.Path;

/** Runs: every process and premium run, one run with its steps and files, a file to download. */
@Controller
public class RunsController {

    static final int PAGINA = 50;
    private final Runs runs;

    public RunsController(Runs runs) {
        this.runs = runs;
    }

    @GetMapping("/runs")
    public String lijst(@RequestParam(defaultValue = "0") int pagina, Model model) {
        int p = Math.max(0, pagina);
        int aantal = runs.aantal();
        model.addAttribute("runs", runs.pagina(p, PAGINA));
        model.addAttribute("pagina", p);
        model.addAttribute("aantal", aantal);
        model.addAttribute("meer", (long) (p + 1) * PAGINA < aantal);
        model.addAttribute("aarden", Runs.AARDEN);
        return "console/runs";
    }

    @GetMapping("/runs/{runId}")
    public String run(@PathVariable String runId, Model model) {
        Runs.Run r = Runs.RUN_ID.matcher(runId).matches() ? runs.run(runId) : null;
        if (r == null) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND, "no run " + runId);
        }
        model.addAttribute("run", r);
        model.addAttribute("stappen", runs.stappen(runId));
        model.addAttribute("bestanden", runs.bestanden(runId));
        model.addAttribute("aarden", Runs.AARDEN);
        return "console/run";
    }

    @GetMapping("/runs/{runId}/files/{naam}")
    public ResponseEntity<FileSystemResource> bestand(@PathVariable String runId, @PathVariable String naam) {
        Path p = Runs.RUN_ID.matcher(runId).matches() ? runs.bestand(runId, naam) : null;
        if (p == null) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND, "no such file");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(naam).build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(new FileSystemResource(p));
    }
}
