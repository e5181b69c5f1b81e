package nl.lpg.rules;

import java.util.List;

/** A rule on the delivery as a whole (section 3, Levering APG). An Onverwerkbaar finding refuses the delivery. */
public interface LeveringRegel extends Regel {
    List<Bevinding> toets(LeveringContext ctx);
}
