package dev.atelier.media.images.api;

import dev.atelier.media.images.StyleImages;
import dev.atelier.media.images.upload.StyleImageUploads;
import dev.atelier.media.storage.PresignedUrl;
import dev.atelier.media.storage.StoredObject;
import dev.atelier.platform.error.ValidationFailedException;
import dev.atelier.platform.openapi.CreatesResource;
import dev.atelier.platform.openapi.ProblemResponse;
import dev.atelier.platform.security.Roles;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import dev.atelier.platform.web.SortableBy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code /api/style-images}: pictures of a client's inspiration, swatches and fittings, each for an
 * order and its customer. Every designer, lead or junior, may upload, read, describe and delete.
 */
@RestController
@Tag(name = "Style images", description = "Pictures of inspiration, swatches and fittings, per order.")
@RequestMapping("/api/style-images")
@PreAuthorize(Roles.ANY_DESIGNER)
public class StyleImageController {

    /** Browsers may keep bytes for an hour: an image's content never changes, and they are the caller's only. */
    private static final CacheControl PRIVATE_CACHE = CacheControl.maxAge(Duration.ofHours(1)).cachePrivate();

    private final StyleImageUploads uploads;
    private final StyleImages images;

    public StyleImageController(StyleImageUploads uploads, StyleImages images) {
        this.uploads = uploads;
        this.images = images;
    }

    /** Multipart form: {@code file} (the image), {@code orderId}, optional {@code description}. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "uploadStyleImage", summary = "Upload a style image")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = StyleImageUploadForm.class)))
    @CreatesResource(location = "The new style image.")
    @ProblemResponse(status = 413, description = "The upload is past a limit: the file's size or pixels, the number of parts or a part's size (the limit is named).")
    @ProblemResponse(status = 422, description = "The order is unknown (orderId).")
    @ProblemResponse(status = 415, description = "The file is not a JPEG, PNG, WebP or HEIC image.")
    @ProblemResponse(status = 503, description = "The object store or order-service is unavailable.")
    public Mono<ResponseEntity<StyleImageView>> upload(@RequestBody Flux<PartEvent> parts) {
        return uploads.upload(parts)
                .map(image -> ResponseEntity.created(URI.create("/api/style-images/" + image.id()))
                        .body(StyleImageView.of(image)));
    }

    @GetMapping
    @Operation(operationId = "listStyleImages", summary = "List style images")
    public Mono<PageResponse<StyleImageView>> list(@RequestParam(required = false) @Nullable UUID orderId,
            @RequestParam(required = false) @Nullable UUID customerId,
            @SortableBy(value = {"uploadedAt", "size"}, defaultSort = "uploadedAt,desc") PageQuery page) {
        return images.list(orderId, customerId, page).map(result -> result.map(StyleImageView::of));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getStyleImage", summary = "Get a style image's details")
    public Mono<StyleImageView> get(@PathVariable UUID id) {
        return images.get(id).map(StyleImageView::of);
    }

    /** The bytes, or with {@code ?redirect=true} a 302 to a short-lived presigned URL of the object store. */
    @GetMapping("/{id}/content")
    @Operation(operationId = "getStyleImageContent", summary = "Get a style image's bytes")
    @ApiResponse(responseCode = "200", description = "The image.", content = { @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")), @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")), @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary")), @Content(mediaType = "image/heic", schema = @Schema(type = "string", format = "binary")) })
    @ApiResponse(responseCode = "302", description = "With redirect=true: to a short-lived presigned URL of the object store.", headers = @Header(name = "Location", description = "The presigned URL.", schema = @Schema(type = "string", format = "uri")))
    @ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is still current.")
    @ProblemResponse(status = 503, description = "The object store is unavailable.")
    public Mono<ResponseEntity<Flux<DataBuffer>>> content(@PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean redirect,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
        return images.get(id).flatMap(image -> {
            if (redirect) {
                PresignedUrl url = images.presignedContentUrl(image);
                return Mono.just(ResponseEntity.status(HttpStatus.FOUND).location(url.url())
                        .cacheControl(CacheControl.noStore()).<Flux<DataBuffer>>build());
            }
            if (matches(ifNoneMatch, image.contentETag())) {
                return Mono.just(notModified(image.contentETag()));
            }
            return images.content(image).map(stored -> bytes(stored, image.contentType(), image.contentETag(), image.fileName()));
        });
    }

    @GetMapping("/{id}/thumbnail")
    @Operation(operationId = "getStyleImageThumbnail", summary = "Get a style image's thumbnail")
    @ApiResponse(responseCode = "200", description = "The thumbnail.", content = { @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")), @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")), @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary")), @Content(mediaType = "image/heic", schema = @Schema(type = "string", format = "binary")) })
    @ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is still current.")
    @ProblemResponse(status = 503, description = "The object store is unavailable.")
    public Mono<ResponseEntity<Flux<DataBuffer>>> thumbnail(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
        return images.get(id).flatMap(image -> {
            if (image.thumbnailKey() != null && matches(ifNoneMatch, image.thumbnailETag())) {
                return Mono.just(notModified(image.thumbnailETag()));
            }
            return images.thumbnail(image).map(stored -> bytes(stored, null, image.thumbnailETag(), null));
        });
    }

    /** A short-lived presigned URL for apps that fetch the bytes straight from the object store. */
    @GetMapping("/{id}/url")
    @Operation(operationId = "getStyleImageUrl", summary = "Get a presigned URL of a style image")
    public Mono<ResponseEntity<ContentUrlView>> url(@PathVariable UUID id) {
        return images.get(id).map(image -> {
            PresignedUrl url = images.presignedContentUrl(image);
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new ContentUrlView(url.url(), url.expiresAt()));
        });
    }

    /** Edits the description; the version comes in the body or as {@code If-Match}. */
    @PatchMapping("/{id}")
    @Operation(operationId = "describeStyleImage", summary = "Change a style image's description")
    @ProblemResponse(status = 409, description = "The version is not the current one (currentVersion).")
    public Mono<StyleImageView> describe(@PathVariable UUID id, @Valid @RequestBody DescribeImageRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        long version = request.version() != null ? request.version() : versionFrom(ifMatch);
        String description = request.description() == null || request.description().isBlank() ? null : request.description().strip();
        return images.describe(id, description, version).map(StyleImageView::of);
    }

    /** Soft delete: the image leaves lists and is no longer served; the purge removes it later. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteStyleImage", summary = "Delete a style image")
    public Mono<Void> delete(@PathVariable UUID id) {
        return images.delete(id);
    }

    private static ResponseEntity<Flux<DataBuffer>> bytes(StoredObject stored, @Nullable String contentType, String etag,
            @Nullable String fileName) {
        String type = contentType != null ? contentType : stored.contentType();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(type != null ? MediaType.parseMediaType(type) : MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(stored.length())
                .eTag(etag)
                .cacheControl(PRIVATE_CACHE)
                .header("X-Content-Type-Options", "nosniff");
        if (fileName != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString());
        }
        return response.body(stored.content());
    }

    private static ResponseEntity<Flux<DataBuffer>> notModified(String etag) {
        return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(PRIVATE_CACHE).build();
    }

    /** RFC 9110 weak comparison, as If-None-Match asks: {@code *}, or any listed tag equal but for {@code W/}. */
    static boolean matches(@Nullable String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || stripWeak(tag).equals(stripWeak(etag))) {
                return true;
            }
        }
        return false;
    }

    private static String stripWeak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static long versionFrom(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ValidationFailedException("version", "is required, in the body or as If-Match");
        }
        String value = stripWeak(ifMatch.strip()).replace("\"", "");
        try {
            long version = Long.parseLong(value);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new ValidationFailedException(List.of(new dev.atelier.platform.error.FieldProblem("If-Match",
                "must be the version the client read, e.g. \"3\"")));
    }
}
