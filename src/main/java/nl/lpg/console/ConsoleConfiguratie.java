package nl.lpg.console;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The web console's part of serve's context: its pages, queries and security ({@code nl.lpg.console}), on the engine's
 * own context (database, Flyway, review, premium ledger). The engine's other commands leave this package out
 * ({@code LpgApplication}).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan("nl.lpg.console")
public class ConsoleConfiguratie {
    /** Property: the users file (YAML). */
    public static final String GEBRUIKERS = "lpg.console.users";
    /** Property: serve's --out, where run folders are looked for when a run did not record its own. */
    public static final String UITVOER = "lpg.console.out";
    /** Property: serve's --parameters, the workbooks decisions and the Parameters page read. */
    public static final String PARAMETERS = "lpg.console.parameters";
}
