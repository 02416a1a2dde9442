package dev.atelier.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The heap arithmetic the manifests' memory checks rest on. */
class JvmMemoryTest {

    @Test
    void the_heap_comes_from_the_percentage_of_the_limit_or_from_xmx() {
        assertThat(JvmMemory.maxHeapMiB("-XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError", 768)).isEqualTo(384);
        assertThat(JvmMemory.maxHeapMiB("-XX:MaxRAMPercentage=75 -Xmx256m", 768)).isEqualTo(256);
        assertThat(JvmMemory.maxHeapMiB("-XX:+UseSerialGC", 1024)).isEqualTo(256);
        assertThat(JvmMemory.mebibytes("768Mi")).isEqualTo(768);
        assertThat(JvmMemory.mebibytes("1Gi")).isEqualTo(1024);
        assertThat(JvmMemory.mebibytes("640m")).isEqualTo(640);
    }

    @Test
    void three_quarters_of_a_768_mib_limit_as_heap_leaves_too_little_for_the_rest_of_the_jvm() {
        // the images' earlier setting: a heap grown to its cap took order-service past the limit and the kernel killed it
        long limit = 768;
        assertThat(limit - JvmMemory.maxHeapMiB("-XX:MaxRAMPercentage=75", limit)).isLessThan(JvmMemory.OUTSIDE_HEAP_MIB);
        assertThat(limit - JvmMemory.maxHeapMiB(JvmMemory.imageOptions(), limit)).isGreaterThanOrEqualTo(JvmMemory.OUTSIDE_HEAP_MIB);
    }
}
