package nl.lpg.support;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;

/**
 * Logback {@code %eenRegelEx}: an exception in a log line as one line (its class and message, then each cause's),
 * masked, instead of a stack trace that buries what happened (a database that went away gives dozens). A developer
 * gets the whole trace with {@code -Dlpg.stacktraces=true}.
 */
public class EenRegelUitzondering extends ThrowableHandlingConverter {

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy t = event.getThrowableProxy();
        if (t == null) {
            return "";
        }
        if (Boolean.getBoolean("lpg.stacktraces")) {
            return Privacy.maskeer(ThrowableProxyUtil.asString(t)) + System.lineSeparator();
        }
        StringBuilder b = new StringBuilder(" [");
        for (IThrowableProxy c = t; c != null; c = c.getCause()) {
            if (c != t) {
                b.append(" <- ");
            }
            String naam = c.getClassName();
            b.append(naam.substring(naam.lastIndexOf('.') + 1));
            if (c.getMessage() != null) {
                b.append(": ").append(c.getMessage().replaceAll("\\s*\\R\\s*", " ").strip());
            }
        }
        return Privacy.maskeer(b.append(']').toString());
    }
}
