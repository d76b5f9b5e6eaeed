package dev.keel.channel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** UTF-7, charset fallbacks, encoded words, quote folding and subject normalisation. */
class TextHandlingTests {

    @Test
    void utf7DecodesRfc2152Examples() {
        assertThat(Utf7.decode("Hi Mom -+Jjo--!".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("Hi Mom -☺-!");
        assertThat(Utf7.decode("+ZeVnLIqe-".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("日本語");
        assertThat(Utf7.decode("A+ImIDkQ.".getBytes(StandardCharsets.US_ASCII))).isEqualTo("A≢Α.");
        assertThat(Utf7.decode("1 +- 1".getBytes(StandardCharsets.US_ASCII))).isEqualTo("1 + 1");
        assertThat(Utf7.decode("broken +!!".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("broken +!!");
    }

    @Test
    void charsetsFallBackInsteadOfFailing() {
        byte[] gbk = "服务器".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThat(MailCharsets.decode(gbk, "x-unknown-charset")).isEqualTo("服务器");
        assertThat(MailCharsets.decode(gbk, null)).isEqualTo("服务器");
        assertThat(MailCharsets.decode("plain".getBytes(StandardCharsets.US_ASCII), "nonsense"))
                .isEqualTo("plain");
        assertThat(MailCharsets.decode("café".getBytes(StandardCharsets.ISO_8859_1), "iso-8859-1"))
                .isEqualTo("café");
    }

    @Test
    void encodedWordsInAllForms() {
        assertThat(EncodedWords.decode("=?utf-8?q?caf=C3=A9_au_lait?=")).isEqualTo("café au lait");
        assertThat(EncodedWords.decode("Re: =?GB2312?B?suLK1A==?= ok")).isEqualTo("Re: 测试 ok");
        assertThat(EncodedWords.decode("no encoding")).isEqualTo("no encoding");
        // raw 8-bit UTF-8 header bytes as Jakarta Mail hands them over (one char per byte)
        String raw = new String("打印机".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(EncodedWords.decode(raw)).isEqualTo("打印机");
    }

    @Test
    void quotedHistoryAndSignatureAreFolded() {
        QuoteFolder.Folded folded =
                QuoteFolder.fold(Corpus.parse("reply-quoted.eml").text());
        assertThat(folded.fresh()).isEqualTo("It works again, thanks!");
        assertThat(folded.folded())
                .contains("wrote:")
                .contains("> Please try again.")
                .contains("Zhang San");
    }

    @Test
    void outlookStyleChineseHeaderBlockIsFolded() {
        QuoteFolder.Folded folded =
                QuoteFolder.fold(Corpus.parse("reply-outlook-zh.eml").text());
        assertThat(folded.fresh()).isEqualTo("已经好了，谢谢。");
        assertThat(folded.folded()).startsWith("发件人").contains("请重启打印机");
    }

    @Test
    void nothingIsFoldedAwayWhenNothingNewWouldRemain() {
        assertThat(QuoteFolder.fold("> only a quote\n> more").fresh()).isEqualTo("> only a quote\n> more");
        assertThat(QuoteFolder.fold("plain text").folded()).isEmpty();
    }

    @Test
    void subjectsAreNormalisedForTheFallback() {
        assertThat(Threader.normalise("RE: Fwd: 回复： [INC-20261124-000042] Printer  broken"))
                .isEqualTo("printer broken");
        assertThat(Threader.NUMBER.matcher("Re: [INC-20261124-000042] x").find())
                .isTrue();
    }

    @Test
    void secretsAreSealedAndOpened(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        SecretBox box = new SecretBox("", dir.toString());
        String sealed = box.encrypt("s3cret-密码");
        assertThat(sealed).startsWith("v1:").doesNotContain("s3cret");
        assertThat(box.decrypt(sealed)).isEqualTo("s3cret-密码");
        assertThat(new SecretBox("", dir.toString()).decrypt(sealed)).isEqualTo("s3cret-密码");
        assertThat(java.nio.file.Files.getPosixFilePermissions(dir.resolve("secret.key")))
                .containsExactlyInAnyOrder(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        SecretBox other = new SecretBox("another passphrase", dir.toString());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> other.decrypt(sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("s3cret");
    }
}
