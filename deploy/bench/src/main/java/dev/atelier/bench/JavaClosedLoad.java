package dev.atelier.bench;

import java.time.Duration;

/**
 * The closed loop in this JVM: the JDK's HTTP client on virtual threads ({@link LoadLoop}). Needs
 * nothing installed, but the JDK client costs CPU the suite then lacks on a small machine.
 */
public final class JavaClosedLoad implements ClosedLoad {

    private final BenchClient api;

    public JavaClosedLoad(BenchClient api) {
        this.api = api;
    }

    @Override
    public String tool() {
        return "the Java load loop (JDK HttpClient, virtual threads)";
    }

    @Override
    public Figures run(Call call, int connections, Duration warmup, Duration duration) throws InterruptedException {
        return Figures.of(LoadLoop.closed(connections, warmup, duration, () -> api.send(call).status()));
    }
}
