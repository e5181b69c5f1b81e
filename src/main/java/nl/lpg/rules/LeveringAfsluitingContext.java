package nl.lpg.rules;

import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.CollectieveAangifte;
import nl.lpg.delivery.Levering;
import nl.lpg.parameters.Parameters;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a delivery closing rule sees after every AE was read: the delivery's own collectieve aangiften
 * ({@code collectieveAangifteLevering}), every AE with its collectieve aangiften, and the sums over all PVPs of the
 * delivery per productkeuze/productvariant (key {@code productkeuze|productvariant}, as in
 * {@link AeAfsluitingContext}). Used by the CPVL rules (BR130-BR132, BR354, BR358) and BR181.
 */
public record LeveringAfsluitingContext(Levering levering, List<CollectieveAangifte> collectieveAangiften,
                                        List<AeInhoud> aes, Map<String, AeAfsluitingContext.ProductSom> sommen,
                                        Parameters parameters, LocalDate peildatum) {
    public LeveringAfsluitingContext {
        collectieveAangiften = List.copyOf(collectieveAangiften);
        aes = List.copyOf(aes);
        sommen = Map.copyOf(sommen);
    }
}
