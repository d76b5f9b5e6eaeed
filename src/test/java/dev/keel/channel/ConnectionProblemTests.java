package dev.keel.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.channel.domain.ConnectionProblem;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class ConnectionProblemTests {

    @Test
    void looksThroughTheCausesForWhatAnAdministratorCanFix() {
        assertThat(ConnectionProblem.of(new MessagingException("Couldn't connect", new UnknownHostException("imap.x"))))
                .isEqualTo(ConnectionProblem.UNKNOWN_HOST);
        assertThat(ConnectionProblem.of(new MessagingException("x", new SocketTimeoutException("Read timed out"))))
                .isEqualTo(ConnectionProblem.TIMEOUT);
        assertThat(ConnectionProblem.of(new MessagingException("x", new SSLHandshakeException("bad"))))
                .isEqualTo(ConnectionProblem.TLS);
        assertThat(ConnectionProblem.of(new AuthenticationFailedException("LOGIN failed")))
                .isEqualTo(ConnectionProblem.AUTHENTICATION);
        assertThat(ConnectionProblem.of(new MessagingException("BAD command"))).isEqualTo(ConnectionProblem.OTHER);
    }

    @Test
    void aClosedPortIsUnreachable() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ConnectException refused = null;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
        } catch (ConnectException e) {
            refused = e;
        }
        assertThat(refused).isNotNull();
        assertThat(ConnectionProblem.of(new MessagingException("Couldn't connect to host", refused)))
                .isEqualTo(ConnectionProblem.UNREACHABLE);
    }
}
