package nl.lpg.rules.ikv;

/** BR44, BR260: a number field must be numeric and greater than zero. */
final class Nummers {
    private Nummers() {
    }

    static boolean numeriekGroterDanNul(String s) {
        if (s == null || s.isBlank() || !s.trim().chars().allMatch(Character::isDigit)) {
            return false;
        }
        return s.trim().chars().anyMatch(c -> c != '0');
    }
}
