package nl.lpg.insurer;

import nl.lpg.parameters.OrganisatieRegister;
import nl.lpg.parameters.ParameterRow;
import nl.lpg.parameters.ParameterSheets;
import nl.lpg.parameters.ParameterTable;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The coupling register of {@code organisatie.xlsx} as the coupling reads it: whether an aansluiting is coupled on a
 * date, its OP and NP regeling, and the insurer data of a participant (personeelsnummer matched without leading
 * zeros, as analysts type it).
 */
public final class KoppelingRegister {

    private final ParameterTable koppelingen;
    private final ParameterTable regelingen;
    private final Map<String, ParameterRow> deelnemers = new HashMap<>();
    private final Set<String> ooitGekoppeld = new HashSet<>();

    public KoppelingRegister(OrganisatieRegister org) {
        this.koppelingen = org.table(ParameterSheets.Koppeling.KOPPELINGEN.name());
        this.regelingen = org.table(ParameterSheets.Koppeling.KOPPELING_REGELINGEN.name());
        for (ParameterRow r : org.table(ParameterSheets.Koppeling.KOPPELING_DEELNEMERS.name()).rows()) {
            deelnemers.put(sleutel(r.text("aansluitnummer"), r.text("personeelsnummer")), r);
        }
        for (ParameterRow r : koppelingen.rows()) {
            if (r.jn("koppeling")) {
                ooitGekoppeld.add(norm(r.text("aansluitnummer")));
            }
        }
    }

    /** Whether the aansluiting has a coupling switched on at any time (a cheap filter before reading the stand). */
    public boolean ooitGekoppeld(String aansluitnummer) {
        return ooitGekoppeld.contains(norm(aansluitnummer));
    }

    /** The Koppelingen row valid on the date, if the coupling is switched on then. */
    public Optional<ParameterRow> koppeling(String aansluitnummer, LocalDate datum) {
        return koppelingen.find(datum, aansluitnummer).filter(r -> r.jn("koppeling"));
    }

    /** The month of the yearly collective salary adjustment (default January). */
    public int maandCollectief(String aansluitnummer, LocalDate datum) {
        return koppeling(aansluitnummer, datum).map(r -> r.integer("maandCollectieveAanpassing")).orElse(1);
    }

    public Optional<ParameterRow> regeling(String aansluitnummer, String regeling, LocalDate datum) {
        return regelingen.find(datum, aansluitnummer, regeling);
    }

    /**
     * The productkeuzes of the regeling (OP or NP) on the date, upper case; empty when none are named. For a date
     * before the regeling's first row (the stand from before the coupling) the first row's, so the periods before and
     * after the start of the coupling are read alike.
     */
    public Set<String> productkeuzes(String aansluitnummer, String regeling, LocalDate datum) {
        return regeling(aansluitnummer, regeling, datum)
                .or(() -> regelingen.all(aansluitnummer, regeling).stream().findFirst()
                        .filter(r -> r.ingang() == null || datum.isBefore(r.ingang())))
                .map(r -> r.text("productkeuzes"))
                .map(t -> Set.copyOf(Arrays.stream(t.split("[,;\\s]+")).filter(s -> !s.isBlank())
                        .map(s -> s.trim().toUpperCase(Locale.ROOT)).toList()))
                .orElse(Set.of());
    }

    public Optional<ParameterRow> deelnemer(String aansluitnummer, String personeelsnummer) {
        return Optional.ofNullable(deelnemers.get(sleutel(aansluitnummer, personeelsnummer)));
    }

    private static String sleutel(String aansluitnummer, String personeelsnummer) {
        String p = personeelsnummer == null ? "" : personeelsnummer.trim().replaceFirst("^0+(?=.)", "");
        return norm(aansluitnummer) + "|" + p.toUpperCase(Locale.ROOT);
    }

    private static String norm(String s) {
        return s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
    }
}
