package nl.lpg.batch;

import nl.lpg.rules.extern.BrpBron;
import nl.lpg.rules.extern.CsvBrpBron;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/**
 * Sources outside the delivery. The BRP extract is a file ({@code --brp FILE}, property {@code lpg.brp-bestand});
 * without it the rules that need the BRP report themselves as not evaluated in run.json, never as a silent pass.
 */
@Configuration
public class ExterneBronnenConfig {

    @Bean
    @ConditionalOnProperty("lpg.brp-bestand")
    public BrpBron brpBron(@Value("${lpg.brp-bestand}") String bestand) {
        return CsvBrpBron.lees(Path.of(bestand));
    }
}
