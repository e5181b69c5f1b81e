package nl.lpg.console;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page shows in its header: who is logged in, with which roles, and so which menu items. */
@ControllerAdvice(basePackages = "nl.lpg.console")
public class ConsoleModel {

    @ModelAttribute
    public void gebruiker(Model model) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        boolean in = a != null && a.isAuthenticated() && !"anonymousUser".equals(a.getName());
        model.addAttribute("gebruiker", in ? a.getName() : null);
        model.addAttribute("isReviewer", in && heeft(a, Rol.REVIEWER));
        model.addAttribute("isAuditor", in && heeft(a, Rol.AUDITOR));
        model.addAttribute("isOperator", in && heeft(a, Rol.OPERATOR));
        model.addAttribute("rollen", in ? a.getAuthorities().stream().map(g -> g.getAuthority())
                .filter(g -> g.startsWith("ROLE_")).map(g -> g.substring(5)
                .toLowerCase(java.util.Locale.ROOT)).sorted().toList() : java.util.List.of());
    }

    static boolean heeft(Authentication a, Rol r) {
        return a.getAuthorities().stream().anyMatch(g -> g.getAuthority().equals(r.authority()));
    }
}
