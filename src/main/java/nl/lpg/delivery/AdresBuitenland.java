package nl.lpg.delivery;

public record AdresBuitenland(String landcode, String postcode, String plaats, String straat, String huisnummer) {
}
