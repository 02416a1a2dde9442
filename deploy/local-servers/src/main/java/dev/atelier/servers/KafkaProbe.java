package dev.atelier.servers;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Asks a broker for its API versions over the Kafka wire protocol, without a client library: a
 * broker answers only once it processes requests, which an open port alone does not prove.
 */
final class KafkaProbe {

    private static final short API_VERSIONS = 18;
    private static final short UNSUPPORTED_VERSION = 35;
    private static final int CORRELATION_ID = 0x41_74_6c_72;

    private KafkaProbe() {}

    static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            socket.setSoTimeout(2000);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write(apiVersionsRequest());
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int size = in.readInt();
            if (size < 6 || size > 1_000_000) {
                return false;
            }
            byte[] body = in.readNBytes(size);
            return isApiVersionsResponse(body);
        } catch (IOException e) {
            return false;
        }
    }

    /** ApiVersions v0 with request header v1: size, api key, api version, correlation id, client id. */
    static byte[] apiVersionsRequest() {
        byte[] clientId = "atelier-launcher".getBytes(StandardCharsets.UTF_8);
        ByteBuffer body = ByteBuffer.allocate(2 + 2 + 4 + 2 + clientId.length);
        body.putShort(API_VERSIONS).putShort((short) 0).putInt(CORRELATION_ID)
                .putShort((short) clientId.length).put(clientId);
        ByteBuffer frame = ByteBuffer.allocate(4 + body.capacity());
        frame.putInt(body.capacity()).put(body.array());
        return frame.array();
    }

    /** Our correlation id and no error (or "unsupported version", which a live broker also answers). */
    static boolean isApiVersionsResponse(byte[] body) {
        if (body.length < 6) {
            return false;
        }
        ByteBuffer buffer = ByteBuffer.wrap(body);
        int correlationId = buffer.getInt();
        short error = buffer.getShort();
        return correlationId == CORRELATION_ID && (error == 0 || error == UNSUPPORTED_VERSION);
    }
}
