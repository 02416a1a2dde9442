package dev.atelier.servers;

/**
 * What {@code ./atelier infra status} shows for one server.
 *
 * @param pid the server's process id when known, else {@code null}
 * @param note who started it, where its data and log are, or why it is down
 */
public record ServerStatus(String name, boolean up, String address, Long pid, String note) {

    public static ServerStatus down(String name, String address, String note) {
        return new ServerStatus(name, false, address, null, note);
    }
}
