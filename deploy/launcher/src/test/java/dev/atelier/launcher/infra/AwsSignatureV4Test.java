package dev.atelier.launcher.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsSignatureV4Test {

    @Test
    void signs_the_get_object_example_of_the_s3_documentation() {
        // "Example: GET Object" in Amazon S3's "Signature Calculations for the Authorization Header"
        var signer = new AwsSignatureV4("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1");

        Map<String, String> headers = signer.sign("GET", "examplebucket.s3.amazonaws.com", "/test.txt", Map.of(),
                Map.of("Range", "bytes=0-9"), AwsSignatureV4.UNSIGNED_EMPTY_SHA256, Instant.parse("2013-05-24T00:00:00Z"));

        assertThat(headers).containsEntry("x-amz-date", "20130524T000000Z");
        assertThat(headers.get("Authorization")).isEqualTo("AWS4-HMAC-SHA256 "
                + "Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    }

    @Test
    void the_empty_payload_hash_is_the_sha256_of_nothing() {
        assertThat(AwsSignatureV4.UNSIGNED_EMPTY_SHA256)
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void paths_and_queries_are_encoded_as_aws_wants() {
        assertThat(AwsSignatureV4.canonicalPath("/")).isEqualTo("/");
        assertThat(AwsSignatureV4.canonicalPath("/bucket/a b/ü~.txt")).isEqualTo("/bucket/a%20b/%C3%BC~.txt");
        assertThat(AwsSignatureV4.canonicalQuery(Map.of("prefix", "a/b", "list-type", "2")))
                .isEqualTo("list-type=2&prefix=a%2Fb");
    }
}
