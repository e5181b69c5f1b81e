package nl.lpg.rules.extern;

/**
 * The external sources of the run in progress, as the rules ask them (per chunk). Each is null when it is not
 * configured; the engine's implementation decides that at the start of every run (nl.lpg.bronnen).
 */
public interface ExterneBronnen {

    BrpRaadpleging brp();

    PensioenadministratieRaadpleging pensioenadministratie();
}
