package nl.lpg.remote;

import nl.lpg.batch.Json;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.batch.integration.partition.StepExecutionRequest;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A partition request on the wire: {@code {"stepName":"ikvPartitie","stepExecutionId":42}} as persistent JSON, so a
 * worker never deserializes Java objects from the network. Anything else is refused (and not requeued).
 */
final class VerzoekConverter implements MessageConverter {

    @Override
    public Message toMessage(Object object, MessageProperties properties) {
        if (!(object instanceof StepExecutionRequest r)) {
            throw new MessageConversionException("not a partition request: " + object.getClass().getName());
        }
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding("UTF-8");
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        byte[] body = Json.write(Map.of("stepName", r.getStepName(), "stepExecutionId", r.getStepExecutionId()))
                .getBytes(StandardCharsets.UTF_8);
        return new Message(body, properties);
    }

    @Override
    public Object fromMessage(Message message) {
        try {
            Map<?, ?> m = Json.read(new String(message.getBody(), StandardCharsets.UTF_8), Map.class);
            if (!(m.get("stepName") instanceof String naam) || !(m.get("stepExecutionId") instanceof Number id)) {
                throw new MessageConversionException("a partition request needs stepName and stepExecutionId");
            }
            return new StepExecutionRequest(naam, id.longValue());
        } catch (RuntimeException e) {
            if (e instanceof MessageConversionException mce) {
                throw mce;
            }
            throw new MessageConversionException("not a partition request: " + e.getMessage(), e);
        }
    }
}
