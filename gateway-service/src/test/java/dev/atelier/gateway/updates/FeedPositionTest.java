package dev.atelier.gateway.updates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedPositionTest {

    @Test
    void writesTopicPartitionOffsetInAStableOrderAndReadsItBack() {
        FeedPosition position = new FeedPosition(Map.of(new TopicPartition("atelier.stock-events", 0), 7L,
                new TopicPartition("atelier.order-events", 2), -1L, new TopicPartition("atelier.order-events", 10), 42L));

        assertThat(position.text())
            .isEqualTo("atelier.order-events:2:-1,atelier.order-events:10:42,atelier.stock-events:0:7");
        assertThat(FeedPosition.parse(position.text())).contains(position);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "atelier.order-events:0", "atelier.order-events:a:1", ":0:1",
        "atelier.order-events:-1:4", "atelier.order-events:0:-2", "atelier.order-events:0:1,"})
    void anythingElseIsNotAPosition(String text) {
        assertThat(FeedPosition.parse(text)).isEmpty();
    }

    @Test
    void aHugeHeaderIsNotParsed() {
        assertThat(FeedPosition.parse("t:0:1,".repeat(1_000) + "t:0:1")).isEmpty();
    }
}
