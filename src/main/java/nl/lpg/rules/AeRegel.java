package nl.lpg.rules;

import java.util.List;

/** A rule on one administratieve eenheid (section 4). An Onverwerkbaar finding refuses the AE with all its IKVs. */
public interface AeRegel extends Regel {
    List<Bevinding> toets(AeContext ctx);

    /**
     * True for the rules that compare the AE's IKVs or intrekkingen with the delivered IKVs: they run after the IKV
     * step, over what it staged, instead of over an overview of the delivery in memory.
     */
    default boolean vergelijktIkvs() {
        return false;
    }
}
