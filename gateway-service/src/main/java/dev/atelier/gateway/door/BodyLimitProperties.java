package dev.atelier.gateway.door;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be at the door. Upload paths get the media service's own upload
 * limit plus room for the multipart framing around the file; everything else the JSON limit.
 *
 * @param maxBody the limit for every path but uploads
 * @param maxUpload the largest file media-service takes ({@code MEDIA_MAX_UPLOAD})
 * @param multipartOverhead room for multipart boundaries, part headers and small form fields
 * @param uploadPaths path patterns that take uploads
 */
@ConfigurationProperties("atelier.gateway.limits")
public record BodyLimitProperties(@DefaultValue("1MB") DataSize maxBody, @DefaultValue("10MB") DataSize maxUpload,
        @DefaultValue("64KB") DataSize multipartOverhead, @DefaultValue("/api/style-images/**") List<String> uploadPaths) {

    public long uploadLimit() {
        return maxUpload.toBytes() + multipartOverhead.toBytes();
    }

}
