package dev.atelier.bench;

import dev.atelier.apiclient.Answer;
import dev.atelier.apiclient.GatewayApi;
import dev.atelier.apiclient.Multipart;
import dev.atelier.load.Load;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The benchmark's calls, all as lead ({@link GatewayApi} logs in again before Keycloak's 300 s token
 * expires, a run is longer), and the calls the closed loops repeat.
 */
public final class BenchClient {

    private static final String LEAD = "lead";

    private final GatewayApi api;

    public BenchClient(String gateway) {
        this.api = new GatewayApi(gateway);
    }

    /** Logs in as lead; false when the gateway refuses. */
    public boolean login() throws InterruptedException {
        try {
            api.token(LEAD);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The bearer header's value with lead's current token. */
    public String bearer() throws IOException, InterruptedException {
        return "Bearer " + api.token(LEAD);
    }

    /** GET of a full URL (the gateway's or a service's own port). */
    public Answer get(String url) throws IOException, InterruptedException {
        return api.get(url, api.token(LEAD));
    }

    public Answer postJson(String path, String json) throws IOException, InterruptedException {
        return api.postJson(path, api.token(LEAD), json);
    }

    /** The upload as a call: the multipart body with its boundary in the content type. */
    public Load.Call uploadCall(String orderId, byte[] png) {
        Multipart form = Multipart.create().field("orderId", orderId).field("description", "bench upload")
                .file("file", "bench.png", "image/png", png);
        return new Load.Call("POST", gateway() + "/api/style-images", form.contentType(), form.body());
    }

    /** A JSON POST to a gateway path as a call. */
    public Load.Call postJsonCall(String path, String json) {
        return new Load.Call("POST", gateway() + path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** One call as lead. */
    public Answer send(Load.Call call) throws IOException, InterruptedException {
        return api.send(call.method(), call.url(), api.token(LEAD), call.contentType(), call.body());
    }

    public String gateway() {
        return api.gateway();
    }
}
