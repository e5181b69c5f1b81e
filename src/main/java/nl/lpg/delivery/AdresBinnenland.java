package nl.lpg.delivery;

public record AdresBinnenland(String postcode, String huisnummer, String huisnummerToevoeging, String straat,
                              String woonplaats) {
}
