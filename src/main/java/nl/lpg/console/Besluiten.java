package nl.lpg.console;

import nl.lpg.batch.ParameterSetCache;
import nl.lpg.database.DataDirInUseException;
import nl.lpg.database.ServerLock;
import nl.lpg.review.BesluitGeweigerd;
import nl.lpg.review.OnbekendeEenheid;
import nl.lpg.review.Review;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/**
 * A reviewer's decision on a held unit, exactly as {@code bin/lpg review approve|reject UNIT --by NAME --reason TEXT}
 * takes it: the same {@link Review} calls (approve applies the unit to the stand through the process job's
 * StandWriter and derives the insurer mutations with the organisation register of serve's {@code --parameters}),
 * with the logged-in user as the one who decided. Like every command that changes the stand it takes the database's
 * lock first: while a run is busy on the database the decision is refused (try again after it), never interleaved.
 */
@Component
public class Besluiten {

    private final Review review;
    private final ParameterSetCache werkboeken;
    private final String url;
    private final Path parameters;

    public Besluiten(Review review, ParameterSetCache werkboeken, DataSourceProperties ds,
                     @Value("${" + ConsoleConfiguratie.PARAMETERS + ":parameters-xlsx}") String parameters) {
        this.review = review;
        this.werkboeken = werkboeken;
        String u = ds.getUrl();
        this.url = u.contains("user=") || ds.getUsername() == null ? u
                : u + (u.contains("?") ? "&" : "?") + "user=" + ds.getUsername()
                + (ds.getPassword() == null ? "" : "&password=" + ds.getPassword());
        this.parameters = Path.of(parameters);
    }

    /** The outcome for the page: taken, or refused with the one line the command line would print. */
    public record Uitkomst(boolean genomen, String melding) {
    }

    public Uitkomst keurGoed(String unit, String door, String reden) {
        return neem(() -> review.keurGoed(unit, door, reden, werkboeken.get(parameters).organisatie()),
                "APPROVED " + unit);
    }

    public Uitkomst keurAf(String unit, String door, String reden) {
        return neem(() -> review.keurAf(unit, door, reden), "REJECTED " + unit);
    }

    private Uitkomst neem(Runnable besluit, String gedaan) {
        try (ServerLock lock = ServerLock.acquire(url, "console review")) {
            besluit.run();
            return new Uitkomst(true, gedaan);
        } catch (DataDirInUseException e) {
            return new Uitkomst(false, "A run is busy on the database; decide again when it has ended.");
        } catch (BesluitGeweigerd | OnbekendeEenheid e) {
            return new Uitkomst(false, nl.lpg.support.Privacy.maskeer(e.getMessage()));
        }
    }
}
