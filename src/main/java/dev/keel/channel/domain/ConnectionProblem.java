package dev.keel.channel.domain;

import jakarta.mail.AuthenticationFailedException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * Why a mail server connection failed, as an administrator can act on it. The page shows the label
 * ({@code channel.problem.<name>}) and keeps the server's own text as a technical detail below it.
 */
public enum ConnectionProblem {
    /** The host name does not resolve. */
    UNKNOWN_HOST,
    /** Nothing answers on that host and port, or the connection was refused. */
    UNREACHABLE,
    /** The server did not answer in time. */
    TIMEOUT,
    /** The TLS handshake failed: usually SSL switched on for a plain port or the reverse. */
    TLS,
    /** The server refused the user name or password. */
    AUTHENTICATION,
    /** Anything else: the technical detail says what. */
    OTHER;

    /** The problem behind {@code failure}, looking through its causes. */
    public static ConnectionProblem of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AuthenticationFailedException) {
                return AUTHENTICATION;
            }
            if (t instanceof UnknownHostException) {
                return UNKNOWN_HOST;
            }
            if (t instanceof SocketTimeoutException) {
                return TIMEOUT;
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return UNREACHABLE;
            }
            if (t instanceof SSLException) {
                return TLS;
            }
        }
        return OTHER;
    }
}
