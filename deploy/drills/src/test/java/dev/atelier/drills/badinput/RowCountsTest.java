package dev.atelier.drills.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RowCountsTest {

    @Test
    void only_tables_whose_count_moved_are_listed_with_the_difference() {
        Map<String, Long> before = Map.of("order_service.public.customer_order", 10L, "order_service.public.order_item", 20L,
                "media_service.public.style_image", 3L);
        Map<String, Long> after = Map.of("order_service.public.customer_order", 11L, "order_service.public.order_item", 20L,
                "media_service.public.style_image", 2L, "media_service.public.new_table", 4L);

        assertThat(RowCounts.changed(before, after)).containsExactly(Map.entry("media_service.public.new_table", 4L),
                Map.entry("media_service.public.style_image", -1L), Map.entry("order_service.public.customer_order", 1L));
        assertThat(RowCounts.changed(after, after)).isEmpty();
    }
}
