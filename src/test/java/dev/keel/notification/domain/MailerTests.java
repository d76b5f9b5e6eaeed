package dev.keel.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

class MailerTests {

    @Test
    void anUnreachableServerIsTransient() {
        var refused = new MessagingException("Could not connect to SMTP host", new ConnectException("refused"));

        assertThat(Mailer.isTransient(new MailSendException("Mail server connection failed", refused)))
                .isTrue();
    }

    @Test
    void refusedAddressesAndCredentialsArePermanent() {
        var rejected = new MailSendException(Map.of(new Object(), new SendFailedException("550 no such user")));

        assertThat(Mailer.isTransient(rejected)).isFalse();
        assertThat(Mailer.isTransient(new MailAuthenticationException("535 bad credentials")))
                .isFalse();
    }

    @Test
    void theHtmlPartEscapesWhatUsersTyped() {
        assertThat(Mailer.html("Restart the <script>x</script>\n\nThanks"))
                .contains("&lt;script&gt;x&lt;/script&gt;", "</p><p>Thanks")
                .doesNotContain("<script>");
    }
}
