package nl.lpg.rules;

import java.util.List;

/**
 * A rule over the whole delivery after all AEs were read (collectieve aangifte levering, section 14). An
 * Onverwerkbaar finding refuses the delivery as a whole ("de hele levering wordt technisch afgekeurd").
 */
public interface LeveringAfsluitingRegel extends Regel {
    List<Bevinding> toets(LeveringAfsluitingContext ctx);
}
