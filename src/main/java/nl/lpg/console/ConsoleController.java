package nl.lpg.console;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The login page, the start page and the page of a request the role may not make. */
@Controller
public class ConsoleController {

    @GetMapping("/")
    public String start() {
        return "redirect:/runs";
    }

    @GetMapping("/login")
    public String login() {
        return "console/login";
    }

    @RequestMapping("/geweigerd")
    public String geweigerd(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "console/geweigerd";
    }
}
