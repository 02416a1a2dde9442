package dev.atelier.bench;

import dev.atelier.load.Load;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The systems the performance aims compare Atelier with, measured with the same tool and settings when they
 * answer on their loopback ports: the first seed's Flask app (127.0.0.1:15000) and
 * spring-petclinic-microservices' customers service, direct (:18081) and through its gateway
 * (:18080). The scripts in {@code ../shared/bench/} start them; the benchmark only calls them.
 */
final class Peers {

    /** A peer's call, and the address that shows whether it is running. */
    record Peer(String name, String probe, Load.Call call) {
    }

    static final Peer SEED_READ = new Peer("seed 1 GET /orders/1", "http://127.0.0.1:15000/orders/1",
            Load.Call.get("http://127.0.0.1:15000/orders/1"));

    static final Peer SEED_CREATE = new Peer("seed 1 POST /orders", "http://127.0.0.1:15000/orders/1",
            new Load.Call("POST", "http://127.0.0.1:15000/orders", "application/json",
                    "{\"customer_name\":\"Alice\",\"item\":\"Phone\",\"quantity\":2}".getBytes(StandardCharsets.UTF_8)));

    static final Peer PETCLINIC_DIRECT = new Peer("petclinic GET /owners/1 direct", "http://127.0.0.1:18081/owners/1",
            Load.Call.get("http://127.0.0.1:18081/owners/1"));

    static final Peer PETCLINIC_GATEWAY = new Peer("petclinic GET /owners/1 via gateway",
            "http://127.0.0.1:18080/api/customer/owners/1", Load.Call.get("http://127.0.0.1:18080/api/customer/owners/1"));

    static final List<Peer> ALL = List.of(SEED_READ, PETCLINIC_DIRECT, PETCLINIC_GATEWAY, SEED_CREATE);

    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private Peers() {
    }

    /** Whether the peer answers its probe with a 200 within two seconds. */
    static boolean running(Peer peer) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(peer.probe())).timeout(Duration.ofSeconds(2)).GET().build();
            return PROBE.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
