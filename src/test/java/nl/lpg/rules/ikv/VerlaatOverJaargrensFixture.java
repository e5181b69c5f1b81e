package nl.lpg.rules.ikv;

import nl.lpg.delivery.AdministratieveEenheid;
import nl.lpg.delivery.Periodiciteit;
import nl.lpg.parameters.Parameters;
import nl.lpg.rules.Aard;
import nl.lpg.rules.IkvContext;
import nl.lpg.stand.VasteStand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static nl.lpg.rules.ikp.IkvTestHulp.ae;
import static nl.lpg.rules.ikp.IkvTestHulp.ikp;
import static nl.lpg.rules.ikp.IkvTestHulp.ikv;
import static nl.lpg.rules.ikp.IkvTestHulp.signalen;
import static org.assertj.core.api.Assertions.assertThat;

/** Shared situation of BR405, BR418 and BR419: IKV from 2025-06-01, stored Nov 2025 to Jan 2026, AE February 2026. */
final class VerlaatOverJaargrensFixture {
    private VerlaatOverJaargrensFixture() {
    }

    static final Parameters P = StandTestHulp.parameters().build();
    static final AdministratieveEenheid FEB = ae("ABP", Periodiciteit.MAAND, "2026-02-01", "2026-02-28");

    static VasteStand stand() {
        return StandTestHulp.stand("ABP", StandTestHulp.ikv("WN", "2025-06-01", null), "2025-11-01", "2025-12-01",
                "2026-01-01");
    }

    static IkvContext ctx(String aanvangIkv, String aanvangIkp, VasteStand s) {
        return StandTestHulp.ctx(FEB, ikv(ikp(aanvangIkp)).aanvang(aanvangIkv).build(), P, s);
    }
}
