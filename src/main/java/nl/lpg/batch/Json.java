package nl.lpg.batch;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON for staged units and the stand's payload columns (java.time and records are native in Jackson 3). */
public final class Json {
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Json() {
    }

    public static String write(Object o) {
        return MAPPER.writeValueAsString(o);
    }

    public static <T> T read(String s, Class<T> type) {
        return MAPPER.readValue(s, type);
    }
}
