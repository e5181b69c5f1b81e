package nl.lpg.batch;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON for staged units and the stand's payload columns (java.time and records are native in Jackson 3). */
public final class Json {
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * Leaves out null members: for the columns only this engine reads back (the stand's delivered IKP and natuurlijk
     * persoon, the IKV as the comparing AE rules see it), where a member left out reads as null. A third smaller rows to
     * write (issue 10).
     */
    private static final tools.jackson.databind.ObjectWriter ZONDER_NULL = zonderNull(MAPPER.rebuild());

    /** A writer as {@link #writeZonderNull}, with mix-ins a column needs ({@code builder}: from {@link #MAPPER}). */
    public static tools.jackson.databind.ObjectWriter zonderNull(JsonMapper.Builder builder) {
        return builder.changeDefaultPropertyInclusion(i -> i.withValueInclusion(
                com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)).build().writer();
    }

    private Json() {
    }

    /** As {@link #write}, without the members that are null. */
    public static String writeZonderNull(Object o) {
        return ZONDER_NULL.writeValueAsString(o);
    }

    public static String write(Object o) {
        return MAPPER.writeValueAsString(o);
    }

    public static <T> T read(String s, Class<T> type) {
        return MAPPER.readValue(s, type);
    }
}
