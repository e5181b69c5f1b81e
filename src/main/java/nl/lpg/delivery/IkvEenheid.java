package nl.lpg.delivery;

/**
 * What the delivery reader hands the job: one inkomstenverhouding with its AE context.
 * {@code volgnummer} is its position among all IKVs in the delivery (1-based) and keeps outputs in a stable order.
 */
public record IkvEenheid(int volgnummer, Levering levering, AdministratieveEenheid ae, Inkomstenverhouding ikv) {
}
