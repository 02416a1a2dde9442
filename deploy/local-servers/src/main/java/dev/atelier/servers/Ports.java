package dev.atelier.servers;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Loopback ports: free ones for tests, and who holds a taken one. */
public final class Ports {

    public static final String LOOPBACK = "127.0.0.1";
    private static final Pattern SS_USER = Pattern.compile("\\(\"([^\"]+)\",pid=(\\d+)");

    private Ports() {}

    /** A port nobody listens on right now (the OS picks it, so parallel test JVMs do not collide). */
    public static int freePort() {
        return freePorts(1).getFirst();
    }

    /**
     * {@code count} different ports nobody listens on right now. Each is held until all are chosen:
     * asked one after another, the OS may hand out a port again as soon as its first socket closes,
     * and a server given two listeners on one port refuses to start.
     */
    public static List<Integer> freePorts(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                held.add(new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK)));
            }
            return held.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new InfraException("cannot find " + count + " free ports on " + LOOPBACK + ": " + e.getMessage(), e);
        } finally {
            closeAll(held);
        }
    }

    /**
     * {@code count} different free ports for a server that starts later on ports chosen now. They lie below
     * the kernel's ephemeral range, so no outgoing connection can take them in the meantime (a client
     * retrying a port in that range can even connect to itself and hold it). Each is held until all are
     * chosen, as in {@link #freePorts}.
     */
    public static List<Integer> freePortsForLater(int count) {
        int ephemeralLow = ephemeralLow();
        int low = Math.max(1024, ephemeralLow - 12_000);
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int attempt = 0; attempt < 200 && held.size() < count; attempt++) {
                int port = ThreadLocalRandom.current().nextInt(low, ephemeralLow);
                try {
                    held.add(new ServerSocket(port, 1, InetAddress.getByName(LOOPBACK)));
                } catch (IOException taken) {
                    // taken, or held already: try another
                }
            }
            if (held.size() < count) {
                throw new InfraException("no " + count + " free ports on " + LOOPBACK + " between " + low + " and "
                        + ephemeralLow);
            }
            return held.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            closeAll(held);
        }
    }

    private static void closeAll(List<ServerSocket> held) {
        for (ServerSocket socket : held) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a listening socket that never accepted does not fail in a way that matters here
            }
        }
    }

    /** The low end of {@code net.ipv4.ip_local_port_range}; Linux's default when it cannot be read. */
    static int ephemeralLow() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            return parseEphemeralLow(range);
        } catch (IOException | RuntimeException e) {
            return 32768;
        }
    }

    static int parseEphemeralLow(String range) {
        int low = Integer.parseInt(range.split("\\s+")[0]);
        return low > 2048 ? low : 32768;
    }

    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** "java (pid 1234)" for the program listening on the port, when {@code ss} can tell. */
    public static Optional<String> owner(int port) {
        return ownerPid(port).map(pid -> ownerName(port).orElse("a program") + " (pid " + pid + ")");
    }

    public static Optional<Long> ownerPid(int port) {
        return parseSsOwner(ss(port)).map(Owner::pid);
    }

    private static Optional<String> ownerName(int port) {
        return parseSsOwner(ss(port)).map(Owner::program);
    }

    /** The message for a port that some other program holds. */
    public static InfraException taken(String server, int port, String setting) {
        return new InfraException("port " + port + " on " + LOOPBACK + " is taken by "
                + owner(port).orElse("another program") + ", not by a " + server + " that ./atelier can use. Stop that"
                + " program" + (setting == null ? "" : " or choose another port with " + setting) + ".");
    }

    private static String ss(int port) {
        Path ss = Command.onPath("ss");
        if (ss == null) {
            return "";
        }
        Command.Result result = Command.run(Duration.ofSeconds(5), null,
                List.of(ss.toString(), "-ltnpH", "sport = :" + port));
        return result.succeeded() ? result.output() : "";
    }

    record Owner(String program, long pid) {}

    /** Parses {@code ss -ltnpH} output: {@code LISTEN 0 244 127.0.0.1:5432 0.0.0.0:* users:(("postgres",pid=6476,fd=5))}. */
    static Optional<Owner> parseSsOwner(String ssOutput) {
        Matcher matcher = SS_USER.matcher(ssOutput == null ? "" : ssOutput);
        return matcher.find() ? Optional.of(new Owner(matcher.group(1), Long.parseLong(matcher.group(2)))) : Optional.empty();
    }
}
