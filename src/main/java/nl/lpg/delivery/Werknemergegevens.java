package nl.lpg.delivery;

import java.math.BigDecimal;

public record Werknemergegevens(BigDecimal svLoon, BigDecimal pensioenloon) {
}
