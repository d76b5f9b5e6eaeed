package dev.keel.channel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.channel.domain.MailClassifier.Kind;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MailClassifierTests {

    private static Kind kind(String name) {
        return MailClassifier.classify(Corpus.parse(name), Set.of("helpdesk@keel.example"));
    }

    @Test
    void outOfOfficeVariantsAreAutoReplies() {
        assertThat(kind("ooo-auto-submitted.eml")).isEqualTo(Kind.AUTO_REPLY);
        assertThat(kind("ooo-x-autoreply.eml")).isEqualTo(Kind.AUTO_REPLY);
        assertThat(kind("ooo-precedence-bulk.eml")).isEqualTo(Kind.AUTO_REPLY);
        assertThat(kind("ooo-outlook.eml")).isEqualTo(Kind.AUTO_REPLY);
    }

    @Test
    void deliveryReportsAreBounces() {
        assertThat(kind("dsn-bounce.eml")).isEqualTo(Kind.BOUNCE);
    }

    @Test
    void ownLoopHeaderAndOwnAddressAreLoops() {
        assertThat(kind("loop-own-header.eml")).isEqualTo(Kind.LOOP);
        assertThat(MailClassifier.classify(Corpus.parse("gb2312-plain.eml"), Set.of("zhang.san@ecm.example")))
                .isEqualTo(Kind.LOOP);
    }

    @Test
    void ordinaryMailIsNormal() {
        for (String name : new String[] {
            "gb2312-plain.eml",
            "gbk-attachment.eml",
            "html-only.eml",
            "reply-quoted.eml",
            "nested-multipart.eml",
            "smime-signed.eml",
            "winmail-tnef.eml",
            "forwarded-rfc822.eml",
            "utf7.eml"
        }) {
            assertThat(kind(name)).as(name).isEqualTo(Kind.NORMAL);
        }
    }
}
