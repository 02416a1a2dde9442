package dev.atelier.launcher.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resident memory of a process and its children, from {@code /proc/PID/status} (Linux). */
public final class ResidentMemory {

    private static final Pattern VM_RSS = Pattern.compile("(?m)^VmRSS:\\s+(\\d+)\\s+kB");

    private ResidentMemory() {}

    /** The {@code VmRSS} line of a {@code /proc/PID/status} file, in kB. */
    public static OptionalLong parseKilobytes(String procStatus) {
        Matcher matcher = VM_RSS.matcher(procStatus == null ? "" : procStatus);
        return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }

    /** kB of the process plus its descendants (kc.sh runs Keycloak's JVM as a child), or empty off Linux. */
    public static OptionalLong ofTree(long pid) {
        OptionalLong own = of(pid);
        if (own.isEmpty()) {
            return own;
        }
        long total = own.getAsLong();
        total += ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                .mapToLong(child -> of(child.pid()).orElse(0)).sum();
        return OptionalLong.of(total);
    }

    private static OptionalLong of(long pid) {
        try {
            return parseKilobytes(Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    public static String format(OptionalLong kilobytes) {
        return kilobytes.isPresent() ? String.format(Locale.ROOT, "%d MB", Math.round(kilobytes.getAsLong() / 1024.0)) : "";
    }
}
