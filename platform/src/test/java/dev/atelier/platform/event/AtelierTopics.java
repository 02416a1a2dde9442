package dev.atelier.platform.event;


import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Atelier's topics for the platform's tests on a real broker. */
public final class AtelierTopics {

    private static final int PARTITIONS = 3;

    private AtelierTopics() {}

    /** Creates Atelier's topics (and dead-letter topics) with several partitions, unless they exist. */
    public static void createAll(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (String topic : List.of(Topics.ORDER_EVENTS, Topics.STOCK_EVENTS, Topics.CUSTOMER_EVENTS,
                    Topics.deadLetterTopicOf(Topics.ORDER_EVENTS), Topics.deadLetterTopicOf(Topics.STOCK_EVENTS),
                    Topics.deadLetterTopicOf(Topics.CUSTOMER_EVENTS))) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create " + topic, e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
