package nl.lpg.rules;

import java.util.List;

/** A rule on one administratieve eenheid (section 4). An Onverwerkbaar finding refuses the AE with all its IKVs. */
public interface AeRegel extends Regel {
    List<Bevinding> toets(AeContext ctx);
}
