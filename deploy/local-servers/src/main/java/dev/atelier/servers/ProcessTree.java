package dev.atelier.servers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a process and its descendants: SIGTERM, then SIGKILL for what is left after a grace period. */
final class ProcessTree {

    private static final Duration AFTER_KILL = Duration.ofSeconds(10);

    private ProcessTree() {}

    static void stop(ProcessHandle root, Duration grace) {
        // kc.sh forwards SIGTERM to its java child; collect the tree first in case the parent goes away first
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(root);
        root.destroy();
        if (!awaitExit(tree, grace)) {
            tree.forEach(ProcessHandle::destroyForcibly);
            awaitExit(tree, AFTER_KILL);
        }
    }

    private static boolean awaitExit(List<ProcessHandle> handles, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        for (ProcessHandle handle : handles) {
            long left = Duration.between(Instant.now(), deadline).toMillis();
            try {
                if (left <= 0) {
                    return handles.stream().noneMatch(ProcessHandle::isAlive);
                }
                handle.onExit().get(left, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException e) {
                // cannot happen for onExit()
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
