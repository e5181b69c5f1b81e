package nl.lpg.remote;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The RabbitMQ broker of {@code --broker amqp://USER:PASS@HOST:PORT[/vhost]} ({@code amqps://} for TLS). Checked
 * before anything starts; shown to a person without the password.
 */
public record Broker(URI uri) {

    /** Parses and checks the option's value; an unusable one gives an {@link IllegalArgumentException} saying why. */
    public static Broker van(String waarde) {
        if (waarde == null || waarde.isBlank()) {
            throw new IllegalArgumentException("empty; give amqp://USER:PASS@HOST:PORT[/vhost]");
        }
        URI u;
        try {
            u = new URI(waarde.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URI (" + e.getReason()
                    + "); give amqp://USER:PASS@HOST:PORT[/vhost]");
        }
        if (!"amqp".equalsIgnoreCase(u.getScheme()) && !"amqps".equalsIgnoreCase(u.getScheme())) {
            throw new IllegalArgumentException("scheme must be amqp or amqps, not " + u.getScheme());
        }
        if (u.getHost() == null) {
            throw new IllegalArgumentException("no host; give amqp://USER:PASS@HOST:PORT[/vhost]");
        }
        return new Broker(u);
    }

    /** scheme://user@host:port/vhost, never the password. */
    public String zonderGeheimen() {
        String user = uri.getUserInfo() == null ? "" : uri.getUserInfo().replaceAll(":.*", "") + "@";
        int port = uri.getPort() > 0 ? uri.getPort() : ("amqps".equalsIgnoreCase(uri.getScheme()) ? 5671 : 5672);
        String vhost = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getScheme() + "://" + user + uri.getHost() + ":" + port + vhost;
    }

    /** A connection factory for this broker; {@code naam} names the connection in the broker's management view. */
    public CachingConnectionFactory connectionFactory(String naam) {
        CachingConnectionFactory cf = new CachingConnectionFactory(uri);
        cf.setConnectionNameStrategy(f -> naam);
        cf.setConnectionTimeout(10_000);
        cf.setRequestedHeartBeat(30);
        return cf;
    }

    @Override
    public String toString() {
        return zonderGeheimen();
    }
}
