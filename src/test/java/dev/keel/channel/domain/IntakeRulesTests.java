package dev.keel.channel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.channel.domain.MailClassifier.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The intake rules on messages of the corpus written for each fault class: duplicates by Message-ID and
 * content, Latin labels kept, sender attribution, the reply test of the subject fallback and the decoding
 * faults.
 */
class IntakeRulesTests {

    // 1. duplicates

    @Test
    void theSameMailWithOtherTransportHeadersHasTheSameContentKey() {
        assertThat(ContentKey.of(Corpus.parse("dup-resent.eml")))
                .isEqualTo(ContentKey.of(Corpus.parse("dup-first.eml")));
    }

    @Test
    void aReusedMessageIdWithOtherContentIsAnotherMail() {
        ParsedMail first = Corpus.parse("dup-first.eml");
        ParsedMail reused = Corpus.parse("dup-reused-id.eml");
        assertThat(reused.messageId()).isEqualTo(first.messageId());
        assertThat(ContentKey.messageKey(reused.messageId(), ContentKey.of(reused)))
                .isNotEqualTo(ContentKey.messageKey(first.messageId(), ContentKey.of(first)));
    }

    @Test
    void lineEndingsDoNotChangeTheContentKey() {
        byte[] crlf = Corpus.read("dup-first.eml");
        byte[] lf = new String(crlf, StandardCharsets.US_ASCII)
                .replace("\r\n", "\n")
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(ContentKey.of(MailParser.parse(lf))).isEqualTo(ContentKey.of(MailParser.parse(crlf)));
        assertThat(ContentKey.ofRaw(lf)).isEqualTo(ContentKey.ofRaw(crlf));
    }

    @Test
    void longMessageIdsStillGiveAKeyThatFitsTheColumn() {
        String key = ContentKey.messageKey("x".repeat(400) + "@example", "ab".repeat(32));
        assertThat(key).startsWith("idsha:").hasSizeLessThanOrEqualTo(200);
    }

    // 2. charsets

    @Test
    void germanTextUnderALatin1LabelStaysGerman() {
        ParsedMail mail = Corpus.parse("latin1-german.eml");
        assertThat(mail.subject()).isEqualTo("Größe der Datei überschritten");
        assertThat(mail.text()).isEqualTo("Die Größe der Datei überschreitet das Limit.\nGrüße aus München");
        assertThat(mail.from().name()).isEqualTo("Jürgen Müller");
    }

    @Test
    void swedishTextUnderAWrongUsAsciiLabelIsDetectedAsLatin() {
        ParsedMail mail = Corpus.parse("latin1-swedish-ascii-label.eml");
        assertThat(mail.subject()).isEqualTo("Skrivaren är trasig");
        assertThat(mail.text()).isEqualTo("Skrivaren på våning två är trasig.\nHälsningar från Göteborg");
    }

    @Test
    void frenchAccentsUnderALatin1LabelStayFrench() {
        ParsedMail mail = Corpus.parse("latin1-french.eml");
        assertThat(mail.subject()).isEqualTo("Problème d'accès à l'intranet");
        assertThat(mail.text()).startsWith("Je n'ai plus accès à l'intranet depuis la mise à jour.");
    }

    @Test
    void shortLatinWordsAreNeverReadAsCjk() {
        for (String word : new String[] {"Größe", "süße Grüße", "Hälsningar", "Åsa Öberg", "élève à côté"}) {
            byte[] latin1 = word.getBytes(StandardCharsets.ISO_8859_1);
            assertThat(MailCharsets.decode(latin1, "iso-8859-1")).as(word).isEqualTo(word);
            assertThat(MailCharsets.decode(latin1, "us-ascii")).as(word).isEqualTo(word);
            assertThat(MailCharsets.decode(latin1, null)).as(word).isEqualTo(word);
        }
    }

    @Test
    void cjkBytesUnderALatinLabelAreStillDetected() {
        byte[] gbk = "会议室投影仪坏了".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThat(MailCharsets.decode(gbk, "iso-8859-1")).isEqualTo("会议室投影仪坏了");
    }

    // 3. senders

    @Test
    void senderComesFromSenderReplyToOrReturnPathWhenFromIsMissing() {
        assertThat(Corpus.parse("sender-sender-only.eml").from().address()).isEqualTo("assistant@ecm.example");
        assertThat(Corpus.parse("sender-reply-to-only.eml").from().address()).isEqualTo("li.si@ecm.example");
        assertThat(Corpus.parse("sender-return-path-only.eml").from().address()).isEqualTo("backup@ecm.example");
        assertThat(Corpus.parse("sender-return-path-only.eml").problems()).contains("sender taken from Return-Path");
    }

    @Test
    void dotlessIntranetDomainsAreUsable() {
        assertThat(Corpus.parse("sender-dotless.eml").from().address()).isEqualTo("root@mailhost");
        assertThat(SenderAttribution.usable("user@localhost")).isTrue();
        assertThat(SenderAttribution.usable("user@")).isFalse();
        assertThat(SenderAttribution.usable("@localhost")).isFalse();
        assertThat(SenderAttribution.usable("no address")).isFalse();
    }

    @Test
    void aMalformedFromIsReadLeniently() {
        ParsedMail mail = Corpus.parse("sender-malformed.eml");
        assertThat(mail.from().address()).isEqualTo("john.doe@ecm.example");
        assertThat(mail.from().name()).isEqualTo("Doe, John");
        assertThat(SenderAttribution.read("Jane Roe jane.roe@ecm.example")
                        .orElseThrow()
                        .address())
                .isEqualTo("jane.roe@ecm.example");
        assertThat(SenderAttribution.read("<mailto:ops@ecm.example>")
                        .orElseThrow()
                        .address())
                .isEqualTo("ops@ecm.example");
    }

    @Test
    void aMailThatNothingAttributesNamesTheHeadersTried() {
        ParsedMail mail = Corpus.parse("sender-none.eml");
        assertThat(mail.from()).isNull();
        assertThat(String.join("; ", mail.problems()))
                .contains("From, Sender, Reply-To, Return-Path")
                .contains("envelope");
    }

    // 4. subject fallback only for replies

    @Test
    void onlyReplyLikeMailsMayUseTheSubjectFallback() {
        assertThat(Threader.looksLikeReply(Corpus.parse("reply-quoted.eml"))).isTrue();
        assertThat(Threader.looksLikeReply(Corpus.parse("reply-outlook-zh.eml")))
                .isTrue();
        assertThat(Threader.looksLikeReply(Corpus.parse("dup-first.eml"))).isFalse();
        assertThat(Threader.looksLikeReply(Corpus.parse("latin1-german.eml"))).isFalse();
        for (String prefix : new String[] {"Re: ", "RE: ", "AW: ", "回复: ", "答复：", "SV: "}) {
            ParsedMail mail = MailParser.parse(("From: a@ecm.example\r\nSubject: " + MailParserTestsSupport.utf8(prefix)
                            + "Printer\r\n\r\nThanks\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            assertThat(Threader.looksLikeReply(mail)).as(prefix).isTrue();
        }
        ParsedMail forwarded = MailParser.parse("From: a@ecm.example\r\nSubject: Fwd: Printer\r\n\r\nSee below\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(Threader.looksLikeReply(forwarded)).isFalse();
        ParsedMail quoted =
                MailParser.parse("From: a@ecm.example\r\nSubject: Printer\r\n\r\nStill broken\r\n\r\n> It is broken\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
        assertThat(Threader.looksLikeReply(quoted)).isTrue();
        ParsedMail answering = MailParser.parse(
                "From: a@ecm.example\r\nSubject: Printer\r\nIn-Reply-To: <x@elsewhere.example>\r\n\r\nYes\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
        assertThat(Threader.looksLikeReply(answering)).isTrue();
    }

    // 5. decoding faults

    @Test
    void encodedWordsWithSpacesAreDecoded() {
        assertThat(Corpus.parse("encoded-word-spaces.eml").subject())
                .isEqualTo("Drucker im 3. Stock defekt - bitte prüfen");
    }

    @Test
    void iso2022JpWithNecExtensionCharactersIsDecoded() {
        ParsedMail mail = Corpus.parse("iso-2022-jp-nec.eml");
        assertThat(mail.subject()).isEqualTo("①会議室㈱");
        assertThat(mail.text()).isEqualTo("手順①と②を実施しました。㈱テスト");
    }

    @Test
    void base64WithoutPaddingIsDecoded() {
        assertThat(Corpus.parse("base64-no-padding.eml").text()).isEqualTo("The VPN drops every hour.");
        assertThat(new String(MailParser.base64("SGk".getBytes(StandardCharsets.US_ASCII)), StandardCharsets.US_ASCII))
                .isEqualTo("Hi");
    }

    @Test
    void anEmptyTextPartGivesWayToANonEmptyHtmlAlternative() {
        assertThat(Corpus.parse("empty-plain-html-alternative.eml").text())
                .isEqualTo("The scanner on floor 2 is jammed.");
    }

    @Test
    void readReceiptsAreNoise() {
        assertThat(MailClassifier.classify(Corpus.parse("read-receipt.eml"), Set.of("helpdesk@keel.example")))
                .isEqualTo(Kind.READ_RECEIPT);
        assertThat(MailClassifier.classify(Corpus.parse("dup-first.eml"), Set.of("helpdesk@keel.example")))
                .isEqualTo(Kind.NORMAL);
    }
}
