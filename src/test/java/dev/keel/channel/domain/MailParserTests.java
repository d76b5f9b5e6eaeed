package dev.keel.channel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Parses every kind of tricky message of the corpus. */
class MailParserTests {

    @Test
    void gb2312LabelWithGbkOnlyCharactersIsReadAsGb18030() {
        ParsedMail mail = Corpus.parse("gb2312-plain.eml");
        assertThat(mail.subject()).isEqualTo("张喆的电脑无法开机");
        assertThat(mail.text()).contains("张喆的电脑无法开机，屏幕没有任何显示。");
        assertThat(mail.from().address()).isEqualTo("zhang.san@ecm.example");
        assertThat(mail.from().name()).isEqualTo("Zhang San");
        assertThat(mail.messageId()).isEqualTo("gb2312@corpus.example");
    }

    @Test
    void gbkQuotedPrintableBodyAndEncodedFileNames() {
        ParsedMail mail = Corpus.parse("gbk-attachment.eml");
        assertThat(mail.subject()).isEqualTo("报销系统报错");
        assertThat(mail.text()).contains("报销系统提交时报错");
        assertThat(mail.parts()).extracting(ParsedMail.Part::fileName).containsExactly("报告.pdf", "截图.png");
        assertThat(mail.parts().get(0).contentType()).isEqualTo("application/pdf");
        assertThat(new String(mail.parts().get(0).content(), StandardCharsets.US_ASCII))
                .startsWith("%PDF-1.4");
    }

    @Test
    void gb18030FourByteCharacters() {
        ParsedMail mail = Corpus.parse("gb18030.eml");
        assertThat(mail.subject()).isEqualTo("生僻字𠮷测试");
        assertThat(mail.text()).isEqualTo("用户名含生僻字𠮷野家，登录失败。");
    }

    @Test
    void big5TraditionalChinese() {
        ParsedMail mail = Corpus.parse("big5.eml");
        assertThat(mail.subject()).isEqualTo("印表機無法列印");
        assertThat(mail.text()).isEqualTo("三樓的印表機無法列印，請協助處理。");
    }

    @Test
    void utf8MislabelledAsGb2312() {
        assertThat(Corpus.parse("mislabelled-utf8-as-gb2312.eml").text())
                .isEqualTo("标签写着 GB2312，实际是 UTF-8：服务器无法连接数据库。");
    }

    @Test
    void missingCharsetIsDetected() {
        assertThat(Corpus.parse("missing-charset-gbk.eml").text()).isEqualTo("没有声明字符集的中文邮件：邮件服务器经常拒收附件，请检查网关配置。");
    }

    @Test
    void latin1LabelOnGbkBytesIsDetected() {
        assertThat(Corpus.parse("mislabelled-latin1-gbk.eml").text()).isEqualTo("标记为西欧字符集的中文：会议室投影仪坏了，麻烦来看一下。");
    }

    @Test
    void iso2022jpShiftJisAndEucKr() {
        ParsedMail jis = Corpus.parse("iso-2022-jp.eml");
        assertThat(jis.subject()).isEqualTo("プリンターが動きません");
        assertThat(jis.text()).isEqualTo("会議室のプリンターが動きません。");
        ParsedMail sjis = Corpus.parse("shift-jis.eml");
        assertThat(sjis.subject()).isEqualTo("メールが届きません");
        assertThat(sjis.text()).isEqualTo("昨日からメールが届きません。確認をお願いします。");
        ParsedMail kr = Corpus.parse("euc-kr.eml");
        assertThat(kr.subject()).isEqualTo("프린터 고장");
        assertThat(kr.text()).isEqualTo("프린터가 작동하지 않습니다.");
    }

    @Test
    void utf7Body() {
        assertThat(Corpus.parse("utf7.eml").text()).isEqualTo("VPN 连接失败 1+1=2");
    }

    @Test
    void nestedMultipartKeepsTextHtmlInlineImageAndAttachment() {
        ParsedMail mail = Corpus.parse("nested-multipart.eml");
        assertThat(mail.text()).isEqualTo("多层嵌套的正文。");
        assertThat(mail.html()).contains("<b>正文</b>").contains("cid:chart@corpus");
        assertThat(mail.parts()).hasSize(2);
        ParsedMail.Part image = mail.parts().get(0);
        assertThat(image.contentId()).isEqualTo("chart@corpus");
        assertThat(image.inline()).isTrue();
        assertThat(mail.parts().get(1).fileName()).isEqualTo("data.csv");
        assertThat(new String(mail.parts().get(1).content(), StandardCharsets.UTF_8))
                .contains("db01,down");
    }

    @Test
    void htmlOnlyMailIsSanitisedAndHasPlainText() {
        ParsedMail mail = Corpus.parse("html-only.eml");
        assertThat(mail.html())
                .doesNotContain("<script", "alert(1)", "onclick", "tracker.example", "<iframe", "javascript:", "<style")
                .contains("https://intranet.example/help")
                .contains("网站打不开了");
        assertThat(mail.text()).contains("网站打不开了").contains("第二行").doesNotContain("alert");
    }

    @Test
    void inlineCidImageIsKept() {
        ParsedMail mail = Corpus.parse("cid-inline.eml");
        assertThat(mail.html()).contains("src=\"cid:shot@corpus.example\"");
        assertThat(mail.parts()).singleElement().satisfies(p -> {
            assertThat(p.contentId()).isEqualTo("shot@corpus.example");
            assertThat(p.fileName()).isEqualTo("shot.png");
            assertThat(p.content()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        });
        assertThat(MailViews.inlineImages(mail.html(), 7))
                .contains("src=\"/channel/messages/7/inline/shot%40corpus.example\"");
    }

    @Test
    void forwardedMessageIsAnAttachment() {
        ParsedMail mail = Corpus.parse("forwarded-rfc822.eml");
        assertThat(mail.text()).isEqualTo("Please look at the forwarded alarm.");
        assertThat(mail.parts()).singleElement().satisfies(p -> {
            assertThat(p.fileName()).isEqualTo("Disk alarm on db01.eml");
            assertThat(p.contentType()).isEqualTo("message/rfc822");
            assertThat(new String(p.content(), StandardCharsets.US_ASCII)).contains("97% full");
        });
    }

    @Test
    void signedMailKeepsItsBodyWithoutSignatureClutter() {
        ParsedMail smime = Corpus.parse("smime-signed.eml");
        assertThat(smime.signed()).isTrue();
        assertThat(smime.text()).isEqualTo("签名邮件的正文仍然可读。");
        assertThat(smime.parts()).isEmpty();
        ParsedMail pgp = Corpus.parse("pgp-signed.eml");
        assertThat(pgp.signed()).isTrue();
        assertThat(pgp.text()).isEqualTo("The PGP signed body stays readable.");
        assertThat(pgp.parts()).isEmpty();
    }

    @Test
    void tnefIsKeptAsAnAttachment() {
        ParsedMail mail = Corpus.parse("winmail-tnef.eml");
        assertThat(mail.parts()).singleElement().satisfies(p -> {
            assertThat(p.fileName()).isEqualTo("winmail.dat");
            assertThat(p.contentType()).isEqualTo("application/ms-tnef");
        });
    }

    @Test
    void deliveryReportNamesTheFailedRecipientAndTheOriginal() {
        ParsedMail mail = Corpus.parse("dsn-bounce.eml");
        assertThat(mail.report()).isNotNull();
        assertThat(mail.report().failedRecipients()).containsExactly("nobody@unknown.example");
        assertThat(mail.report().originalMessageId()).isEqualTo("keel.original-1@keel.example");
        assertThat(mail.report().originalSubject()).contains("INC-20261124-999999");
        assertThat(mail.report().diagnostic()).contains("550 5.1.1");
    }

    @Test
    void splitMultiByteCharactersAcrossEncodedWordsAreJoined() {
        assertThat(Corpus.parse("split-encoded-word.eml").subject()).isEqualTo("服务器无法连接数据库");
    }

    @Test
    void rfc2231ContinuedFileName() {
        assertThat(Corpus.parse("rfc2231-continuation.eml").parts())
                .extracting(ParsedMail.Part::fileName)
                .containsExactly("服务器日志.txt");
    }

    @Test
    void brokenBoundaryStillYieldsTheText() {
        ParsedMail mail = Corpus.parse("broken-boundary.eml");
        assertThat(mail.text()).contains("the VPN is down");
        assertThat(mail.from()).isNotNull();
    }

    @Test
    void messageWithoutSenderParsesWithoutSender() {
        ParsedMail mail = Corpus.parse("broken-no-sender.eml");
        assertThat(mail.from()).isNull();
        assertThat(mail.messageId()).isEqualTo("broken@corpus.example");
    }

    @Test
    void replyHeadersAreRead() {
        ParsedMail mail = Corpus.parse("reply-quoted.eml");
        assertThat(mail.inReplyTo()).isEqualTo("keel.sent-1@keel.example");
        assertThat(mail.references()).containsExactly("orig-1@ecm.example", "keel.sent-1@keel.example");
        assertThat(Threader.related(mail)).containsExactly("keel.sent-1@keel.example", "orig-1@ecm.example");
    }

    @Test
    void everyCorpusMessageParsesWithoutThrowing() {
        assertThat(Corpus.names()).hasSizeGreaterThanOrEqualTo(30);
        for (String name : Corpus.names()) {
            ParsedMail mail = Corpus.parse(name);
            assertThat(mail.subject()).as(name).isNotNull();
        }
    }

    @Test
    void bytesThatAreNotAMessageAtAllStillParseIntoSomething() {
        ParsedMail mail = MailParser.parse(new byte[] {0, 1, 2, 3});
        assertThat(mail.from()).isNull();
    }

    @Test
    void nullAndEmptyInputIsRefusedOnlyWhenTheStreamFails() {
        assertThatThrownBy(() -> MailParser.parse(null)).isInstanceOf(RuntimeException.class);
    }
}
