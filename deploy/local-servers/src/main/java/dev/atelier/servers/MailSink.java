package dev.atelier.servers;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local SMTP sink: GreenMail's standalone server as a separate JVM on 127.0.0.1 that accepts any
 * sender and any recipient without authentication and keeps every mail in memory (a restart empties
 * it). Nothing is relayed anywhere. What it received is read through GreenMail's REST API on a
 * second loopback port, which lists the mailboxes (one per recipient) and gives each mail as raw
 * MIME, parsed by {@link SinkMail}.
 */
public final class MailSink implements LocalServer {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final int smtpPort;
    private final int apiPort;
    private final ServerProcess process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /**
     * @param dir the server's own folder: {@code server.log}, {@code server.pid}
     * @param smtpPort where mail is delivered (SMTP, no TLS, no authentication)
     * @param apiPort GreenMail's REST API, read by {@link #mails()}
     */
    public MailSink(Path dir, int smtpPort, int apiPort, ServerProcess.Mode mode) {
        this.smtpPort = smtpPort;
        this.apiPort = apiPort;
        this.process = new ServerProcess("Mail", dir, mode);
    }

    @Override
    public String name() {
        return "Mail";
    }

    /** The SMTP port. */
    @Override
    public int port() {
        return smtpPort;
    }

    public String host() {
        return Ports.LOOPBACK;
    }

    public int apiPort() {
        return apiPort;
    }

    public String apiUrl() {
        return "http://" + Ports.LOOPBACK + ":" + apiPort;
    }

    @Override
    public Duration startTimeout() {
        return Duration.ofSeconds(60);
    }

    @Override
    public ServerStatus status() {
        return process.status(name(), Ports.LOOPBACK + ":" + smtpPort, smtpPort, answers());
    }

    @Override
    public StartOutcome start() {
        if (process.alreadyRunning(name(), smtpPort, this::answers, "ATELIER_SMTP_PORT")) {
            return StartOutcome.ALREADY_RUNNING;
        }
        if (Ports.isListening(apiPort)) {
            throw Ports.taken(name() + " (its REST API)", apiPort, "ATELIER_MAIL_API_PORT");
        }
        Jdk jdk = Jdk.forServers();
        Path jar = Artifacts.fromBuild().greenmailJar();
        process.launch(command(jdk.java().toString(), jar, smtpPort, apiPort, process.dir()), Map.of());
        return StartOutcome.STARTED;
    }

    /**
     * The command line: SMTP and the API on loopback only, any recipient accepted without a password.
     * The folder is named in it (a system property GreenMail ignores) so that {@link ServerProcess}
     * recognises its process.
     */
    static List<String> command(String java, Path jar, int smtpPort, int apiPort, Path dir) {
        return List.of(java, "-Xms16m", "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Datelier.mail.dir=" + dir.toAbsolutePath(),
                "-Dgreenmail.smtp.hostname=" + Ports.LOOPBACK, "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.api.hostname=" + Ports.LOOPBACK, "-Dgreenmail.api.port=" + apiPort,
                "-Dgreenmail.auth.disabled",
                "-jar", jar.toString());
    }

    @Override
    public void awaitReady(Duration timeout) {
        process.awaitReady(this::answers, timeout, "answering " + apiUrl() + "/api/service/readiness");
    }

    @Override
    public StopOutcome stop() {
        return process.stop(smtpPort);
    }

    /** True when GreenMail's API says its servers run. */
    boolean answers() {
        try {
            return get("/api/service/readiness").statusCode() == 200;
        } catch (InfraException e) {
            return false;
        }
    }

    /**
     * Every mail the sink holds, newest first (by its Date header, then by arrival); a mail sent to
     * several recipients is listed once.
     */
    public List<SinkMail> mails() {
        Map<String, SinkMail> byKey = new LinkedHashMap<>();
        int arrival = 0;
        for (JsonNode user : json("/api/user")) {
            String address = user.path("email").asString("");
            if (address.isEmpty()) {
                continue;
            }
            for (JsonNode message : json("/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8).replace("+", "%20")
                    + "/messages/INBOX")) {
                SinkMail mail = SinkMail.parse(message.path("mimeMessage").asString(""), arrival++);
                byKey.putIfAbsent(mail.messageId().isEmpty() ? address + "#" + message.path("uid").asString("") : mail.messageId(), mail);
            }
        }
        List<SinkMail> mails = new ArrayList<>(byKey.values());
        mails.sort(Comparator.comparing(SinkMail::sortTime).thenComparing(SinkMail::arrival).reversed());
        return mails;
    }

    /** Empties every mailbox. */
    public void purge() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl() + "/api/mail/purge"))
                .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.noBody()).build();
        int status = send(request).statusCode();
        if (status != 200) {
            throw new InfraException("the mail sink refused to purge (HTTP " + status + ")");
        }
    }

    private JsonNode json(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new InfraException("the mail sink answered " + path + " with HTTP " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new InfraException("the mail sink answered " + path + " with something other than JSON: " + e.getMessage(), e);
        }
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(apiUrl() + path)).timeout(Duration.ofSeconds(5)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InfraException("the mail sink does not answer at " + apiUrl() + " (./atelier infra up starts it): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted while reading the mail sink", e);
        }
    }
}
