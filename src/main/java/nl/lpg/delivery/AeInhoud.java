package nl.lpg.delivery;

import java.util.List;

/**
 * An AE header with its small children (intrekkingen, collectieve aangiften) and the number of IKVs under it;
 * the IKVs themselves are streamed one at a time by {@link LeveringReader}.
 */
public record AeInhoud(AdministratieveEenheid ae, int aantalIkv, List<Intrekking> intrekkingen,
                       List<CollectieveAangifte> collectieveAangiften) {
    public AeInhoud {
        intrekkingen = List.copyOf(intrekkingen);
        collectieveAangiften = List.copyOf(collectieveAangiften);
    }
}
