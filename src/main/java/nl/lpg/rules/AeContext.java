package nl.lpg.rules;

import nl.lpg.delivery.AeInhoud;
import nl.lpg.delivery.Levering;
import nl.lpg.parameters.OrganisatieRegister;
import nl.lpg.parameters.Parameters;
import nl.lpg.stand.AeStand;

import java.time.LocalDate;
import java.util.List;

/**
 * What an AE rule sees: the AE with its intrekkingen and collectieve aangiften, and every AE of the delivery.
 * {@code ikvs} is a light summary of every IKV in the delivery (all AEs), gathered in a first pass over the file,
 * for the rules that compare an intrekking or an IKV with the other IKVs (BR185, BR287, BR288, BR356, BR365).
 */
public record AeContext(Levering levering, AeInhoud ae, List<AeInhoud> alleAes, Parameters parameters,
                        OrganisatieRegister organisatie, LocalDate peildatum, List<IkvOverzicht> ikvs,
                        AeStand stand) {

    public AeContext {
        ikvs = ikvs == null ? List.of() : List.copyOf(ikvs);
        stand = stand == null ? AeStand.LEEG : stand;
    }

    /** Without the stand: the rules that compare with it (BR94, BR96, BR290, BR410) then see an empty stand. */
    public AeContext(Levering levering, AeInhoud ae, List<AeInhoud> alleAes, Parameters parameters,
                     OrganisatieRegister organisatie, LocalDate peildatum, List<IkvOverzicht> ikvs) {
        this(levering, ae, alleAes, parameters, organisatie, peildatum, ikvs, AeStand.LEEG);
    }

    /** Without the IKV summary: the rules that need it (BR185, BR287, BR288, BR356, BR365) then see no IKVs. */
    public AeContext(Levering levering, AeInhoud ae, List<AeInhoud> alleAes, Parameters parameters,
                     OrganisatieRegister organisatie, LocalDate peildatum) {
        this(levering, ae, alleAes, parameters, organisatie, peildatum, List.of());
    }

    /** The IKVs delivered under this AE. */
    public List<IkvOverzicht> ikvsVanDezeAe() {
        return ikvs.stream().filter(i -> i.aeIndex() == ae.ae().index()).toList();
    }
}
