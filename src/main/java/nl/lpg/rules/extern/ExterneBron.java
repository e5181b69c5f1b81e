package nl.lpg.rules.extern;

/** The sources outside the delivery that rules ask. */
public enum ExterneBron {
    /** Basisregistratie Personen: {@code bin/lpg import-brp FILE}, {@code --brp FILE} or {@code --brp-url URL}. */
    BRP("BRP: bin/lpg import-brp FILE, --brp FILE or --brp-url URL"),
    /** The fund's pension administration: {@code bin/lpg import-pensioenadministratie FILE}. */
    PENSIOENADMINISTRATIE("pensioenadministratie: bin/lpg import-pensioenadministratie FILE");

    private final String hoe;

    ExterneBron(String hoe) {
        this.hoe = hoe;
    }

    /** How an operator configures the source. */
    public String hoe() {
        return hoe;
    }
}
