package dev.atelier.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The examples of RFC 7396, section 3 and appendix A. */
class JsonMergePatchTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void rfc_7396_example() {
        assertMerge("""
                {"title": "Goodbye!", "author": {"givenName": "John", "familyName": "Doe"},
                 "tags": ["example", "sample"], "content": "This will be unchanged"}""",
                """
                {"title": "Hello!", "phoneNumber": "+01-123-456-7890", "author": {"familyName": null},
                 "tags": ["example"]}""",
                """
                {"title": "Hello!", "author": {"givenName": "John"}, "tags": ["example"],
                 "content": "This will be unchanged", "phoneNumber": "+01-123-456-7890"}""");
    }

    @Test
    void rfc_7396_appendix_cases() {
        assertMerge("{\"a\":\"b\"}", "{\"a\":\"c\"}", "{\"a\":\"c\"}");
        assertMerge("{\"a\":\"b\"}", "{\"b\":\"c\"}", "{\"a\":\"b\",\"b\":\"c\"}");
        assertMerge("{\"a\":\"b\"}", "{\"a\":null}", "{}");
        assertMerge("{\"a\":[{\"b\":\"c\"}]}", "{\"a\":[1]}", "{\"a\":[1]}");
        assertMerge("{\"e\":null}", "{\"a\":1}", "{\"e\":null,\"a\":1}");
        assertMerge("{\"a\":\"foo\"}", "{\"a\":{\"bb\":{\"ccc\":null}}}", "{\"a\":{\"bb\":{}}}");
        assertMerge("{}", "{\"a\":{\"bb\":{\"ccc\":null}}}", "{\"a\":{\"bb\":{}}}");
    }

    private void assertMerge(String target, String patch, String expected) {
        JsonNode merged = JsonMergePatch.merge(json.readTree(target), json.readTree(patch));
        assertThat(merged).isEqualTo(json.readTree(expected));
    }

}
