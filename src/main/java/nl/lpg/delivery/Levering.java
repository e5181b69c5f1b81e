package nl.lpg.delivery;

import java.time.LocalDateTime;
import java.time.YearMonth;

/** The header of one delivery (Levering APG). Identified by nummerLeverancier, periodeLevering and volgnummer (BR16). */
public record Levering(String nummerLeverancier, YearMonth periodeLevering, int volgnummer,
                       LocalDateTime aanmaak, String soort) {

    /** The identifying key of a delivery as printed in signals and run.json. */
    public String sleutel() {
        return nummerLeverancier + "/" + periodeLevering + "/" + volgnummer;
    }
}
