package nl.lpg.review;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key of a held unit as {@code review list} prints it and {@code approve}/{@code reject} take it:
 * {@code RUN:ikv:VOLGNUMMER} for one inkomstenverhouding (BR28 rejects it), {@code RUN:intrekkingen:AE} for the
 * intrekkingen of a held administratieve eenheid (BR30 rejects them). The run id makes it unique over all runs.
 */
public record EenheidSleutel(String runId, Soort soort, int nummer) {

    public enum Soort {
        IKV("ikv", "28"), INTREKKINGEN("intrekkingen", "30");

        final String tekst;
        /** The rule a rejection records: BR28 inkomstenverhouding, BR30 inkomstenperiode intrekking afgekeurd. */
        final String afkeurRegel;

        Soort(String tekst, String afkeurRegel) {
            this.tekst = tekst;
            this.afkeurRegel = afkeurRegel;
        }

        public String afkeurRegel() {
            return afkeurRegel;
        }
    }

    private static final Pattern VORM = Pattern.compile("([0-9A-Za-z_.-]{1,40}):(ikv|intrekkingen):([0-9]{1,9})");

    public static EenheidSleutel parse(String s) {
        Matcher m = VORM.matcher(s == null ? "" : s.trim());
        if (!m.matches()) {
            throw new OnbekendeEenheid("unit '" + s + "' is not a unit key (RUN:ikv:N or RUN:intrekkingen:N, as"
                    + " 'lpg review list' prints it)");
        }
        return new EenheidSleutel(m.group(1), m.group(2).equals("ikv") ? Soort.IKV : Soort.INTREKKINGEN,
                Integer.parseInt(m.group(3)));
    }

    @Override
    public String toString() {
        return runId + ":" + soort.tekst + ":" + nummer;
    }
}
