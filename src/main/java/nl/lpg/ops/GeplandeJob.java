package nl.lpg.ops;

import org.springframework.scheduling.support.CronExpression;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One job of {@code jobs/*.yaml}: which command runs when, with which arguments, and for {@code process} the inbox it
 * takes deliveries from and where each file goes by the command's exit code.
 *
 * @param inbox     for {@code process}: the glob of deliveries ({@code /data/lpg/inbox/*.xml}), else null
 * @param cron       as declared (crontab's five fields, or six with seconds first)
 * @param springCron the same with six fields, as Spring's CronExpression and CronTrigger read it
 * @param naExit    per exit code: move the file to that folder, or leave it (null) so the next run resumes it
 */
public record GeplandeJob(String naam, String omschrijving, String bron, String cron, CronExpression schema,
                          String springCron,
                          String command, String inbox, List<String> argumenten, List<String> opties,
                          Map<Integer, Path> naExit) {

    /** The commands serve may run: what runs unattended and needs no person at the terminal. */
    public static final List<String> COMMANDS = List.of("process", "premium-run", "check-parameters", "insurer-send");

    /** Crontab's five fields get seconds 0 in front; six fields stay as they are. */
    static String alsSpringCron(String cron) {
        return cron.trim().split("\\s+").length == 5 ? "0 " + cron.trim() : cron;
    }
}
