package nl.lpg.rules;

import java.util.List;

/** A rule over what was staged for one AE after all its IKVs were checked (e.g. BR314, collectieve aangifte totals). */
public interface AeAfsluitingRegel extends Regel {
    List<Bevinding> toets(AeAfsluitingContext ctx);
}
