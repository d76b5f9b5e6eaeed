package dev.keel.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.KeelIntegrationTest;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Runs in the shared context (mail off there) with its own mailer that points at a closed port. */
@KeelIntegrationTest
class MailerFailureIntegrationTests {

    @Autowired
    NotificationLog log;

    @Test
    void anUnreachableServerIsLoggedAsFailedAndRethrownForARetry() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(closedPort);
        var provider = new StaticListableBeanFactory(Map.of("smtp", smtp)).getBeanProvider(JavaMailSender.class);
        Mailer mailer = new Mailer(provider, log, "127.0.0.1", "servicedesk@keel.example");
        long ticketId = -System.nanoTime();
        Mail mail = new Mail(
                ticketId, "opened:" + ticketId, NotificationKind.OPENED, "nobody@test.example", "[X] s", "text");

        assertThatThrownBy(() -> mailer.send(mail)).isInstanceOf(MailException.class);

        assertThat(log.forTicket(ticketId)).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NotificationRecord.Status.FAILED);
            assertThat(n.error()).isNotBlank();
        });
    }

    @Test
    void withoutAnSmtpHostNothingIsSentOrLogged() {
        var provider = new StaticListableBeanFactory(Map.of("smtp", new JavaMailSenderImpl()))
                .getBeanProvider(JavaMailSender.class);
        Mailer mailer = new Mailer(provider, log, "", "servicedesk@keel.example");
        long ticketId = -System.nanoTime();

        mailer.send(new Mail(ticketId, "opened:" + ticketId, NotificationKind.OPENED, "a@test.example", "s", "t"));

        assertThat(mailer.enabled()).isFalse();
        assertThat(log.forTicket(ticketId)).isEmpty();
    }
}
