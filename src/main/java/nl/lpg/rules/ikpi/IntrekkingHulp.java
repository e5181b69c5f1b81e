package nl.lpg.rules.ikpi;

final class IntrekkingHulp {
    private IntrekkingHulp() {
    }

    static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
