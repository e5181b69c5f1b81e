package nl.lpg.rules;

import java.util.List;

/**
 * A rule on one inkomstenverhouding with everything under it (IKV, IKP, WN, PVV, PVP, NP, adres). A pure function of
 * the delivery unit, the stand and the parameters; an Onverwerkbaar finding refuses the IKV.
 */
public interface IkvRegel extends Regel {
    List<Bevinding> toets(IkvContext ctx);
}
