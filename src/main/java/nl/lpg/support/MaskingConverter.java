package nl.lpg.support;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

/** Logback {@code %mask(...)}: every log line and stack trace goes through {@link Privacy#maskeer}. */
public class MaskingConverter extends CompositeConverter<ILoggingEvent> {
    @Override
    protected String transform(ILoggingEvent event, String in) {
        return Privacy.maskeer(in);
    }
}
