package nl.lpg.delivery;

import java.time.LocalDate;

/** The participant. BSN and rekeningnummer (IBAN) are personal data: {@link #toString()} never prints them. */
public record NatuurlijkPersoon(String bsn, String personeelsnummer, String voorletters, String voorvoegsel,
                                String achternaam, LocalDate geboortedatum, String geslacht, LocalDate overlijdensdatum,
                                String rekeningnummer, String burgerlijkeStaat, LocalDate datumBurgerlijkeStaat,
                                AdresBinnenland adresBinnenland, AdresBuitenland adresBuitenland) {

    @Override
    public String toString() {
        return "NatuurlijkPersoon[personeelsnummer=" + personeelsnummer + ", bsn=***, rekeningnummer=***]";
    }
}
