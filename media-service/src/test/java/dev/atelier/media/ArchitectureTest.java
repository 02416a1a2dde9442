package dev.atelier.media;

import dev.atelier.platform.test.ArchitectureContract;
import java.util.Set;

class ArchitectureTest implements ArchitectureContract {

    @Override
    public String basePackage() {
        return "dev.atelier.media";
    }

    /** Makes sure the bucket exists once, at start-up, on the main thread, before any request is served. */
    @Override
    public Set<String> allowedToBlock() {
        return Set.of("dev.atelier.media.storage.BucketAtStartup");
    }
}
