package dev.atelier.media.images.upload;

import dev.atelier.media.MediaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

    /** The decode pool: a few threads, a bounded queue; full means 503, not an ever-growing backlog. */
    @Bean(destroyMethod = "dispose")
    Scheduler imageDecodeScheduler(MediaProperties properties) {
        return Schedulers.newBoundedElastic(properties.decodeThreads(), properties.decodeQueue(), "image-decode");
    }

    @Bean
    ImageInspector imageInspector(Scheduler imageDecodeScheduler, MediaProperties properties) {
        return new ImageInspector(imageDecodeScheduler, properties.thumbnailSize(), properties.maxPixels());
    }
}
