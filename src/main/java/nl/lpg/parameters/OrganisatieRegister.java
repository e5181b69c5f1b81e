package nl.lpg.parameters;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The organisation register ({@code organisatie.xlsx}): leveranciers, aansluitingen and how they relate. */
public final class OrganisatieRegister {

    private final ParameterTable leveranciers;
    private final ParameterTable aansluitingen;
    private final ParameterTable leverancierAansluiting;
    private final ParameterTable aansluitingCao;
    private final String sha256;
    private final java.util.Map<String, ParameterTable> tables;
    private final java.util.Map<String, List<ParameterRow>> caosPerAansluiting;

    public OrganisatieRegister(java.util.Map<String, ParameterTable> tables, String sha256) {
        this.tables = java.util.Map.copyOf(tables);
        this.leveranciers = tables.get(ParameterSheets.LEVERANCIERS.name());
        this.aansluitingen = tables.get(ParameterSheets.AANSLUITINGEN.name());
        this.leverancierAansluiting = tables.get(ParameterSheets.LEVERANCIER_AANSLUITING.name());
        this.aansluitingCao = tables.get(ParameterSheets.AANSLUITING_CAO.name());
        this.sha256 = sha256;
        java.util.Map<String, List<ParameterRow>> m = new java.util.HashMap<>();
        if (aansluitingCao != null) {
            for (ParameterRow r : aansluitingCao.rows()) {
                String a = r.text("aansluitnummer");
                if (a != null) {
                    m.computeIfAbsent(a.trim().toUpperCase(java.util.Locale.ROOT), k -> new java.util.ArrayList<>())
                            .add(r);
                }
            }
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        this.caosPerAansluiting = java.util.Map.copyOf(m);
    }

    public String sha256() {
        return sha256;
    }

    /** Every sheet of the register by name (for review tools: diff, summary). */
    public java.util.Map<String, ParameterTable> tables() {
        return tables;
    }

    public ParameterTable table(String sheet) {
        ParameterTable t = tables.get(sheet);
        if (t == null) {
            throw new IllegalArgumentException("No organisation sheet " + sheet);
        }
        return t;
    }

    /** Every registration of the leverancier, whatever its validity (BR13: known at all). */
    public List<ParameterRow> leverancier(String nummer) {
        return leveranciers.all(nummer);
    }

    public Optional<ParameterRow> leverancier(String nummer, LocalDate date) {
        return leveranciers.find(date, nummer);
    }

    public List<ParameterRow> aansluiting(String aansluitnummer) {
        return aansluitingen.all(aansluitnummer);
    }

    public Optional<ParameterRow> aansluiting(String aansluitnummer, LocalDate date) {
        return aansluitingen.find(date, aansluitnummer);
    }

    public List<ParameterRow> relatie(String nummerLeverancier, String aansluitnummer) {
        return leverancierAansluiting.all(nummerLeverancier, aansluitnummer);
    }

    /** Every AansluitingCao row of the aansluiting, whatever its validity (indexed, no scan). */
    public List<ParameterRow> caos(String aansluitnummer) {
        return caosPerAansluiting.getOrDefault(aansluitnummer.trim().toUpperCase(java.util.Locale.ROOT), List.of());
    }

    /** Whether the leverancier is Incasso itself (BR349: only external leveranciers must deliver soort R). */
    public boolean isIntern(String nummerLeverancier) {
        return leverancier(nummerLeverancier).stream().anyMatch(r -> r.jn("intern"));
    }
}
