package nl.lpg.it;

import nl.lpg.batch.ProcessRunner;
import nl.lpg.cli.Engine;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A Spring context of the engine on a fresh test database, with helpers to run deliveries and read outputs. */
final class EngineFixture implements AutoCloseable {

    static final Path PARAMETERS = Path.of("parameters-xlsx");
    static final Path EXAMPLES = Path.of("examples");
    static final LocalDate PEILDATUM = LocalDate.of(2026, 3, 15);

    final String url;
    final ConfigurableApplicationContext context;
    final JdbcTemplate jdbc;

    EngineFixture(String naam) {
        this.url = TestDatabase.nieuweDatabase(naam);
        this.context = Engine.context(url);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    ProcessRunner.Uitkomst verwerk(Path levering, Path out) throws Exception {
        return context.getBean(ProcessRunner.class).verwerk(levering, PARAMETERS, out, PEILDATUM);
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Override
    public void close() {
        context.close();
    }
}
