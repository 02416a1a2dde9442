package dev.atelier.launcher.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ResidentMemoryTest {

    @Test
    void reads_vm_rss_from_proc_status() {
        String status = "Name:\tjava\nVmPeak:\t 5000000 kB\nVmRSS:\t  262144 kB\nRssAnon:\t 200000 kB\n";
        assertThat(ResidentMemory.parseKilobytes(status)).hasValue(262144);
        assertThat(ResidentMemory.format(ResidentMemory.parseKilobytes(status))).isEqualTo("256 MB");
    }

    @Test
    void a_kernel_thread_without_vm_rss_has_none() {
        assertThat(ResidentMemory.parseKilobytes("Name:\tkthreadd\nState:\tS\n")).isEmpty();
        assertThat(ResidentMemory.format(OptionalLong.empty())).isEmpty();
    }

    @Test
    void this_jvm_has_a_resident_size_on_linux() {
        OptionalLong own = ResidentMemory.ofTree(ProcessHandle.current().pid());
        if (java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self"))) {
            assertThat(own).isPresent();
            assertThat(own.getAsLong()).isPositive();
        }
    }
}
