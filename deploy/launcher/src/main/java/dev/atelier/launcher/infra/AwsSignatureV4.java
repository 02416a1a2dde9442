package dev.atelier.launcher.infra;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for S3 requests (header form), enough for the launcher to talk to an
 * S3-compatible server without an SDK: create a bucket at start, check credentials, and probe.
 */
public final class AwsSignatureV4 {

    public static final String UNSIGNED_EMPTY_SHA256 = sha256Hex(new byte[0]);
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String ALGORITHM = "AWS4-HMAC-SHA256";

    private final String accessKey;
    private final String secretKey;
    private final String region;

    public AwsSignatureV4(String accessKey, String secretKey, String region) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.region = region;
    }

    /**
     * The headers to add to a request: {@code x-amz-date}, {@code x-amz-content-sha256} and
     * {@code Authorization}. {@code headers} are further headers to sign (e.g. {@code range});
     * {@code host} is the Host header value ({@code host:port} unless the port is the default).
     */
    public Map<String, String> sign(String method, String host, String path, Map<String, String> query,
            Map<String, String> headers, String payloadSha256, Instant now) {
        String amzDate = AMZ_DATE.format(now);
        String date = amzDate.substring(0, 8);
        TreeMap<String, String> signed = new TreeMap<>();
        headers.forEach((name, value) -> signed.put(name.toLowerCase(Locale.ROOT), value.trim()));
        signed.put("host", host);
        signed.put("x-amz-content-sha256", payloadSha256);
        signed.put("x-amz-date", amzDate);

        String signedHeaders = String.join(";", signed.keySet());
        String canonicalRequest = String.join("\n",
                method,
                canonicalPath(path),
                canonicalQuery(query),
                signed.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue() + "\n").collect(Collectors.joining()),
                signedHeaders,
                payloadSha256);
        String scope = date + "/" + region + "/s3/aws4_request";
        String stringToSign = String.join("\n", ALGORITHM, amzDate, scope,
                sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(hmac(hmac(hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date), region), "s3"),
                "aws4_request");
        String signature = HexFormat.of().formatHex(hmac(key, stringToSign));

        Map<String, String> result = new TreeMap<>();
        result.put("x-amz-date", amzDate);
        result.put("x-amz-content-sha256", payloadSha256);
        result.put("Authorization", ALGORITHM + " Credential=" + accessKey + "/" + scope + ", SignedHeaders="
                + signedHeaders + ", Signature=" + signature);
        return result;
    }

    static String canonicalPath(String path) {
        String relative = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
        StringBuilder out = new StringBuilder();
        for (String segment : relative.split("/", -1)) {
            out.append('/').append(encode(segment));
        }
        return out.toString();
    }

    static String canonicalQuery(Map<String, String> query) {
        return new TreeMap<>(query).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** RFC 3986 percent-encoding as AWS wants it: everything but unreserved characters. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
