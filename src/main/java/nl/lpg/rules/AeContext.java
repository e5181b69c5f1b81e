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
 * {@code ikvs} answers for the IKVs of the delivery (all AEs), for the rules that compare an intrekking or an IKV with
 * the other IKVs (BR185, BR287, BR288, BR356, BR365, BR290, BR410: {@link AeRegel#vergelijktIkvs()}); the process
 * run asks it over what the IKV step staged.
 */
public record AeContext(Levering levering, AeInhoud ae, List<AeInhoud> alleAes, Parameters parameters,
                        OrganisatieRegister organisatie, LocalDate peildatum, IkvOverzichten ikvs,
                        AeStand stand) {

    public AeContext {
        ikvs = ikvs == null ? IkvOverzichten.GEEN : ikvs;
        stand = stand == null ? AeStand.LEEG : stand;
    }

    /** With the IKVs of the delivery as a list (tests, small deliveries). */
    public AeContext(Levering levering, AeInhoud ae, List<AeInhoud> alleAes, Parameters parameters,
                     OrganisatieRegister organisatie, LocalDate peildatum, List<IkvOverzicht> ikvs, AeStand stand) {
        this(levering, ae, alleAes, parameters, organisatie, peildatum,
                IkvOverzichten.inGeheugen(ikvs == null ? List.of() : ikvs), stand);
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

}
