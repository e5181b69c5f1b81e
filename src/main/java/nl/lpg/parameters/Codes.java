package nl.lpg.parameters;

import java.util.Set;

/** Code lists shared by the workbooks and the delivery. */
public final class Codes {
    private Codes() {
    }

    public static final Set<String> OPDRACHTGEVERS = Set.of("ABP", "PWRI", "BOUW", "SCHOONMAAK", "SPW", "PFAB", "PPFAPG");
    public static final Set<String> OPDRACHTGEVERS_OF_ALLE = union(OPDRACHTGEVERS, Set.of("*"));
    public static final Set<String> AARDEN = Set.of("ONVERWERKBAAR", "ONWAARSCHIJNLIJK", "VERWERKBAAR",
            "INTERNE_BEOORDELING", "NVT");
    public static final Set<String> SOORT_GRONDSLAG = Set.of("E", "F", "G", "H", "J", "K", "M", "N", "O", "P", "Q",
            "R", "S", "T", "U");
    public static final Set<String> SOORT_INKOMENSGRENS = Set.of("JAAR", "UUR", "DAG");
    public static final Set<String> BEREKENINGSBASIS = Set.of("GRONDSLAG", "PREMIE", "BEIDE", "GEEN");
    public static final Set<String> PERIODICITEITEN = Set.of("MAAND", "VIERWEKEN", "KWARTAAL", "HALFJAAR");
    public static final Set<String> CODE_MEETELLING = Set.of("JA", "NEE", "BEIDE");
    public static final Set<String> PIJLERS = Set.of("1", "2", "3", "EERSTE", "TWEEDE", "DERDE");

    static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> s = new java.util.HashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }
}
