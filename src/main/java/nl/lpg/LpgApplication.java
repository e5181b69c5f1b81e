package nl.lpg;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring context of one engine command: database, Flyway, Spring Batch and the rules. */
@SpringBootApplication
public class LpgApplication {
}
