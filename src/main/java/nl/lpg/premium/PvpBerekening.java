package nl.lpg.premium;

import java.math.BigDecimal;

/**
 * The premium determination of one PVP with every input an auditor needs to recompute it by hand (one row of
 * pvp-calculations.csv). Factors are unrounded; percentages stay percentages (meetellingswaarde 37.50, premiepercentage
 * 7.50); grondslagBerekend and premieBerekend are rounded half-up to cents. Amounts not delivered or not applicable are
 * null.
 *
 * @param svLoon               werknemergegevens svLoon of the IKP (the input of soort H), null when not delivered
 * @param pensioenloon         werknemergegevens pensioenloon of the IKP (the input of soort K), null when not delivered
 * @param vastePremie          Productvarianten vastePremie: a fixed premie per loontijdvak instead of a percentage
 * @param correctiefactorPremie 0.75 where BR300 applies (ABP AAOP at WWU), otherwise 1
 * @param parameterBlad        the sheet of parameters.xlsx whose row gave the product's parameters (Productvarianten)
 * @param parameterRij         that row's number in the sheet as a spreadsheet shows it (row 1 is the header)
 */
public record PvpBerekening(String soortGrondslag, BigDecimal productloon, BigDecimal maximumProductloon,
                            BigDecimal franchise, BigDecimal deeltijdfactor, BigDecimal meetellingswaarde,
                            BigDecimal periodefactor, int periodiciteitsfactor, BigDecimal premiepercentage,
                            BigDecimal grondslagBerekend, BigDecimal grondslagAangeleverd, BigDecimal premieBerekend,
                            BigDecimal premieAangeleverd, BigDecimal premieVastgesteld, String berekeningsbasis,
                            BigDecimal svLoon, BigDecimal pensioenloon, BigDecimal vastePremie,
                            BigDecimal correctiefactorPremie, String parameterBlad, int parameterRij) {

    /** Where the parameters came from, as {@code sheet!row} (e.g. {@code Productvarianten!7}). */
    public String parameterPlaats() {
        return parameterBlad + "!" + parameterRij;
    }
}
