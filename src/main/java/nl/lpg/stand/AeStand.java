package nl.lpg.stand;

/**
 * What the AE rules see of the stand (read once per AE, never per IKV of the delivery): the number of actuele IKVs of
 * the aansluiting (BR94, BR96) and the stored IKVs named by the AE's intrekkingen (BR290, BR410).
 */
public record AeStand(int aantalActueleIkvs, StandView ikvs) {

    public static final AeStand LEEG = new AeStand(0, StandView.LEEG);

    public AeStand {
        ikvs = ikvs == null ? StandView.LEEG : ikvs;
    }
}
