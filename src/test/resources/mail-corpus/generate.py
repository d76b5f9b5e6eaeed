#!/usr/bin/env python3
"""Writes the tricky-mail corpus used by the channel tests. Every file stays ASCII: bodies in other
charsets are base64 or quoted-printable encoded (ISO-2022-JP is 7-bit by nature). Run from this folder."""
import base64, quopri

def b64(data: bytes) -> str:
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))

def ew(text: str, charset: str, enc="B", codec=None) -> str:
    raw = text.encode(codec or charset)
    if enc == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode())
    q = "".join(c if (c.isalnum() and ord(c) < 128) else "=%02X" % ord(c) for c in raw.decode("latin-1"))
    return "=?%s?Q?%s?=" % (charset, q)

def head(msgid, subject, frm="Zhang San <zhang.san@ecm.example>", to="Service Desk <helpdesk@keel.example>", extra=""):
    return ("From: %s\nTo: %s\nSubject: %s\nDate: Tue, 24 Nov 2026 09:00:00 +0800\nMessage-ID: <%s>\nMIME-Version: 1.0\n%s"
            % (frm, to, subject, msgid, extra))

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
files = {}

files["gb2312-plain.eml"] = head("gb2312@corpus.example", ew("张喆的电脑无法开机", "GB2312", codec="gbk")) + \
    "Content-Type: text/plain; charset=gb2312\nContent-Transfer-Encoding: base64\n\n" + \
    b64("您好，张喆的电脑无法开机，屏幕没有任何显示。\n请尽快处理。\n".encode("gbk")) + "\n"

files["gbk-attachment.eml"] = head("gbk-att@corpus.example", ew("报销系统报错", "GBK"),
    extra='Content-Type: multipart/mixed; boundary="outer"\n') + """
--outer
Content-Type: text/plain; charset=GBK
Content-Transfer-Encoding: quoted-printable

""" + quopri.encodestring("报销系统提交时报错，截图和报告见附件。\n".encode("gbk")).decode() + """
--outer
Content-Type: application/pdf
Content-Disposition: attachment; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf
Content-Transfer-Encoding: base64

""" + b64(b"%PDF-1.4\n% test pdf\n") + """
--outer
Content-Type: image/png; name=\"""" + ew("截图.png", "GBK") + """\"
Content-Disposition: attachment; filename=\"""" + ew("截图.png", "GBK") + """\"
Content-Transfer-Encoding: base64

""" + b64(PNG) + """
--outer--
"""

files["gb18030.eml"] = head("gb18030@corpus.example", ew("生僻字𠮷测试", "GB18030")) + \
    "Content-Type: text/plain; charset=GB18030\nContent-Transfer-Encoding: base64\n\n" + \
    b64("用户名含生僻字𠮷野家，登录失败。".encode("gb18030")) + "\n"

files["big5.eml"] = head("big5@corpus.example", ew("印表機無法列印", "Big5")) + \
    "Content-Type: text/plain; charset=big5\nContent-Transfer-Encoding: base64\n\n" + \
    b64("三樓的印表機無法列印，請協助處理。".encode("big5")) + "\n"

files["mislabelled-utf8-as-gb2312.eml"] = head("mislabel-utf8@corpus.example", "Mislabelled charset") + \
    "Content-Type: text/plain; charset=gb2312\nContent-Transfer-Encoding: base64\n\n" + \
    b64("标签写着 GB2312，实际是 UTF-8：服务器无法连接数据库。".encode("utf-8")) + "\n"

files["missing-charset-gbk.eml"] = head("nocharset@corpus.example", "No charset at all") + \
    "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n" + \
    b64("没有声明字符集的中文邮件：邮件服务器经常拒收附件，请检查网关配置。".encode("gbk")) + "\n"

files["mislabelled-latin1-gbk.eml"] = head("latin1-gbk@corpus.example", "Latin-1 label, GBK bytes") + \
    "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: base64\n\n" + \
    b64("标记为西欧字符集的中文：会议室投影仪坏了，麻烦来看一下。".encode("gbk")) + "\n"

files["iso-2022-jp.eml"] = head("jis@corpus.example", ew("プリンターが動きません", "ISO-2022-JP"),
    frm="Tanaka <tanaka@jp.example>") + \
    "Content-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n\n" + \
    "会議室のプリンターが動きません。".encode("iso2022_jp").decode("ascii") + "\n"

files["shift-jis.eml"] = head("sjis@corpus.example", ew("メールが届きません", "Shift_JIS"), frm="Sato <sato@jp.example>") + \
    "Content-Type: text/plain; charset=Shift_JIS\nContent-Transfer-Encoding: base64\n\n" + \
    b64("昨日からメールが届きません。確認をお願いします。".encode("shift_jis")) + "\n"

files["euc-kr.eml"] = head("euckr@corpus.example", ew("프린터 고장", "EUC-KR"), frm="Kim <kim@kr.example>") + \
    "Content-Type: text/plain; charset=EUC-KR\nContent-Transfer-Encoding: base64\n\n" + \
    b64("프린터가 작동하지 않습니다.".encode("euc_kr")) + "\n"

files["utf7.eml"] = head("utf7@corpus.example", "UTF-7 body") + \
    "Content-Type: text/plain; charset=UTF-7\nContent-Transfer-Encoding: 7bit\n\n" + \
    "VPN 连接失败 1+1=2".encode("utf-7").decode("ascii") + "\n"

files["nested-multipart.eml"] = head("nested@corpus.example", "Nested parts", extra='Content-Type: multipart/mixed; boundary="L1"\n') + """
--L1
Content-Type: multipart/related; boundary="L2"

--L2
Content-Type: multipart/alternative; boundary="L3"

--L3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + quopri.encodestring("多层嵌套的正文。\n".encode("utf-8")).decode() + """
--L3
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + quopri.encodestring('<p>多层嵌套的<b>正文</b>。<img src="cid:chart@corpus"></p>'.encode("utf-8")).decode() + """
--L3--

--L2
Content-Type: image/png
Content-ID: <chart@corpus>
Content-Disposition: inline
Content-Transfer-Encoding: base64

""" + b64(PNG) + """
--L2--

--L1
Content-Type: text/csv; name="data.csv"
Content-Disposition: attachment; filename="data.csv"

host,status
db01,down
--L1--
"""

files["html-only.eml"] = head("htmlonly@corpus.example", "HTML only with scripts") + \
    "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + quopri.encodestring(
    ('<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>'
     '<p onclick="steal()">网站打不开了 <a href="https://intranet.example/help">help</a> <a href="javascript:evil()">x</a></p>'
     '<img src="http://tracker.example/pixel.gif"><iframe src="https://evil.example"></iframe>'
     '<div>第二行</div></body></html>').encode("utf-8")).decode() + "\n"

files["cid-inline.eml"] = head("cid@corpus.example", "Inline image", extra='Content-Type: multipart/related; boundary="R"\n') + """
--R
Content-Type: text/html; charset=utf-8

<p>See the error:</p><img src="cid:shot@corpus.example" alt="shot">
--R
Content-Type: image/png; name="shot.png"
Content-ID: <shot@corpus.example>
Content-Transfer-Encoding: base64

""" + b64(PNG) + """
--R--
"""

files["forwarded-rfc822.eml"] = head("fwd@corpus.example", "Fwd: Disk alarm", extra='Content-Type: multipart/mixed; boundary="F"\n') + """
--F
Content-Type: text/plain; charset=utf-8

Please look at the forwarded alarm.
--F
Content-Type: message/rfc822

From: monitor@ecm.example
To: ops@ecm.example
Subject: Disk alarm on db01
Message-ID: <alarm-1@ecm.example>

Disk /data is 97% full.
--F--
"""

files["smime-signed.eml"] = head("smime@corpus.example", "Signed S/MIME",
    extra='Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="S"\n') + """
This is an S/MIME signed message

--S
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64("签名邮件的正文仍然可读。".encode("utf-8")) + """
--S
Content-Type: application/pkcs7-signature; name="smime.p7s"
Content-Disposition: attachment; filename="smime.p7s"
Content-Transfer-Encoding: base64

""" + b64(bytes(range(64))) + """
--S--
"""

files["pgp-signed.eml"] = head("pgp@corpus.example", "Signed PGP/MIME",
    extra='Content-Type: multipart/signed; protocol="application/pgp-signature"; micalg=pgp-sha256; boundary="P"\n') + """
--P
Content-Type: text/plain; charset=us-ascii

The PGP signed body stays readable.
--P
Content-Type: application/pgp-signature; name="signature.asc"

-----BEGIN PGP SIGNATURE-----
iQEzBAEBCAAdFiEEabcdefghijklmnopqrstuvwx
-----END PGP SIGNATURE-----
--P--
"""

files["winmail-tnef.eml"] = head("tnef@corpus.example", "Outlook rich text", extra='Content-Type: multipart/mixed; boundary="T"\n') + """
--T
Content-Type: text/plain; charset=us-ascii

Body from Outlook with a TNEF attachment.
--T
Content-Type: application/ms-tnef; name="winmail.dat"
Content-Disposition: attachment; filename="winmail.dat"
Content-Transfer-Encoding: base64

""" + b64(b"\x78\x9f\x3e\x22" + bytes(60)) + """
--T--
"""

files["dsn-bounce.eml"] = ("From: Mail Delivery System <MAILER-DAEMON@mx.keel.example>\nTo: helpdesk@keel.example\n"
    "Subject: Undelivered Mail Returned to Sender\nDate: Tue, 24 Nov 2026 09:00:00 +0800\nMessage-ID: <dsn-1@mx.keel.example>\n"
    "MIME-Version: 1.0\nAuto-Submitted: auto-replied\n"
    'Content-Type: multipart/report; report-type=delivery-status; boundary="D"\n') + """
--D
Content-Type: text/plain

This is the mail system. Your message could not be delivered.
--D
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.keel.example

Final-Recipient: rfc822; nobody@unknown.example
Original-Recipient: rfc822;nobody@unknown.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <nobody@unknown.example>: Recipient address rejected

--D
Content-Type: text/rfc822-headers

From: servicedesk@keel.example
To: nobody@unknown.example
Subject: [INC-20261124-999999] Received: something
Message-ID: <keel.original-1@keel.example>
--D--
"""

files["ooo-auto-submitted.eml"] = head("ooo1@corpus.example", ew("自动回复: 我正在休假", "UTF-8"),
    extra="Auto-Submitted: auto-replied\n") + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + \
    b64("我正在休假，12月1日回来。".encode()) + "\n"
files["ooo-x-autoreply.eml"] = head("ooo2@corpus.example", "Re: your request", extra="X-Autoreply: yes\n") + \
    "Content-Type: text/plain\n\nI am away.\n"
files["ooo-precedence-bulk.eml"] = head("ooo3@corpus.example", "Newsletter", extra="Precedence: bulk\n") + \
    "Content-Type: text/plain\n\nMonthly news.\n"
files["ooo-outlook.eml"] = head("ooo4@corpus.example", "Automatic reply: printer", extra="X-Auto-Response-Suppress: All\n") + \
    "Content-Type: text/plain\n\nOut of office until Monday.\n"
files["loop-own-header.eml"] = head("loop@corpus.example", "Looping mail", extra="X-Keel-Loop: keel.example\n") + \
    "Content-Type: text/plain\n\nKeel must never process its own mail.\n"

files["broken-no-sender.eml"] = ("Subject: broken\nMessage-ID: <broken@corpus.example>\nMIME-Version: 1.0\n"
    'Content-Type: multipart/mixed; boundary="never-used"\n\nthis is not a valid multipart body\n\x01\x02 garbage\n')

files["broken-boundary.eml"] = head("badboundary@corpus.example", "Boundary missing",
    extra='Content-Type: multipart/mixed; boundary="XYZ"\n') + "\nPlain words without any boundary line: the VPN is down.\n"

files["reply-quoted.eml"] = head("reply-quoted@corpus.example", "Re: [INC-20261124-000001] VPN down",
    extra="In-Reply-To: <keel.sent-1@keel.example>\nReferences: <orig-1@ecm.example> <keel.sent-1@keel.example>\n") + \
    "Content-Type: text/plain; charset=utf-8\n\nIt works again, thanks!\n\nOn Tue, 24 Nov 2026 at 10:00, Service Desk <helpdesk@keel.example> wrote:\n> Please try again.\n> Regards\n\n-- \nZhang San\nECM IT\n"

files["reply-outlook-zh.eml"] = head("reply-zh@corpus.example", ew("答复: 打印机问题", "UTF-8")) + \
    "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + \
    b64("已经好了，谢谢。\n\n发件人: 服务台 <helpdesk@keel.example>\n发送时间: 2026年11月24日 10:00\n收件人: 张三\n主题: 打印机问题\n\n请重启打印机。\n".encode()) + "\n"

word = "服务器无法连接数据库".encode("utf-8")
files["split-encoded-word.eml"] = head("split@corpus.example",
    "=?UTF-8?B?%s?=\n =?UTF-8?B?%s?=" % (base64.b64encode(word[:10]).decode(), base64.b64encode(word[10:]).decode())) + \
    "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + \
    quopri.encodestring("主题里的多字节字符被拆到两个编码字里。\n".encode()).decode() + "\n"

files["rfc2231-continuation.eml"] = head("cont@corpus.example", "Long file name", extra='Content-Type: multipart/mixed; boundary="C"\n') + """
--C
Content-Type: text/plain

See the attached log.
--C
Content-Type: text/plain
Content-Disposition: attachment;
 filename*0*=UTF-8''%E6%9C%8D%E5%8A%A1%E5%99%A8;
 filename*1*=%E6%97%A5%E5%BF%97.txt

log line 1
--C--
"""


# --- duplicates: the same mail twice (other transport headers only), and a Message-ID reused for another mail
def plain(msgid, subject, body, frm="Zhang San <zhang.san@ecm.example>", extra=""):
    return head(msgid, subject, frm=frm, extra=extra) + "Content-Type: text/plain; charset=us-ascii\n\n" + body + "\n"

files["dup-first.eml"] = plain("dup@corpus.example", "Badge reader at gate 3", "The badge reader at gate 3 rejects every card.",
    extra="Received: from mx1.ecm.example by mx.keel.example; Tue, 24 Nov 2026 09:00:05 +0800\n")
files["dup-resent.eml"] = plain("dup@corpus.example", "Badge reader at gate 3", "The badge reader at gate 3 rejects every card.",
    extra="Received: from mx2.ecm.example by mx.keel.example; Tue, 24 Nov 2026 09:07:41 +0800\n")
files["dup-reused-id.eml"] = plain("dup@corpus.example", "Monitor flickers", "A different mail from a client that reuses its Message-ID.")

# --- Latin text under a Latin label (RFC 2045 charset parameter; RFC 2047 Q words)
files["latin1-german.eml"] = head("latin1-de@corpus.example", "=?ISO-8859-1?Q?Gr=F6=DFe_der_Datei_=FCberschritten?=",
    frm="=?ISO-8859-1?Q?J=FCrgen_M=FCller?= <juergen.mueller@ecm.example>") + \
    "Content-Type: text/plain; charset=ISO-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n" + \
    quopri.encodestring("Die Größe der Datei überschreitet das Limit.\nGrüße aus München\n".encode("latin-1")).decode() + "\n"
files["latin1-swedish-ascii-label.eml"] = head("ascii-sv@corpus.example", "=?us-ascii?Q?Skrivaren_=E4r_trasig?=",
    frm="Asa Lind <asa.lind@ecm.example>") + \
    "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: quoted-printable\n\n" + \
    quopri.encodestring("Skrivaren på våning två är trasig.\nHälsningar från Göteborg\n".encode("latin-1")).decode() + "\n"
files["latin1-french.eml"] = head("latin1-fr@corpus.example", "=?iso-8859-1?Q?Probl=E8me_d'acc=E8s_=E0_l'intranet?=",
    frm="Chloe Martin <chloe.martin@ecm.example>") + \
    "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n" + \
    quopri.encodestring("Je n'ai plus accès à l'intranet depuis la mise à jour. Merci d'avance, Chloé\n".encode("latin-1")).decode() + "\n"

# --- senders: RFC 5322 3.6.2 (Sender, Reply-To), RFC 5321 4.4 (Return-Path), dotless intranet domains, broken From
def nofrom(msgid, subject, headers, body):
    return ("%sTo: Service Desk <helpdesk@keel.example>\nSubject: %s\nDate: Tue, 24 Nov 2026 09:00:00 +0800\n"
            "Message-ID: <%s>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n%s\n") % (headers, subject, msgid, body)

files["sender-sender-only.eml"] = nofrom("sender-only@corpus.example", "Sent on behalf", "Sender: Team Assistant <assistant@ecm.example>\n",
    "Posted by the assistant for the whole team.")
files["sender-reply-to-only.eml"] = nofrom("replyto-only@corpus.example", "Form mail", "Reply-To: li.si@ecm.example\n",
    "Web form: the wiki search returns nothing.")
files["sender-return-path-only.eml"] = nofrom("returnpath-only@corpus.example", "Cron output", "Return-Path: <backup@ecm.example>\n",
    "Nightly backup finished with 3 warnings.")
files["sender-dotless.eml"] = plain("dotless@corpus.example", "Disk almost full on build01", "Filesystem /var is 97% full.",
    frm="root@mailhost")
files["sender-malformed.eml"] = plain("malformed@corpus.example", "Laptop battery", "The laptop battery lasts only ten minutes.",
    frm='"Doe, John" <john.doe@ecm.example')
files["sender-none.eml"] = nofrom("nosender@corpus.example", "Nobody sent this", "", "Nothing names a sender here.")

# --- decoding faults
files["encoded-word-spaces.eml"] = head("ew-spaces@corpus.example", "=?UTF-8?Q?Drucker im 3. Stock ?= =?UTF-8?B?ZGVmZWt0IC0g?= =?UTF-8?Q?bitte_pr=C3=BCfen?=") + \
    "Content-Type: text/plain; charset=us-ascii\n\nThe printer on the third floor is broken.\n"

def iso2022jp_ms(text):
    """ISO-2022-JP as Windows mailers write it: JIS X 0208 plus the NEC row 13 characters (from their CP932 codes)."""
    out, kanji = b"", False
    for ch in text:
        if ord(ch) < 0x80:
            if kanji:
                out += b"\x1b(B"; kanji = False
            out += ch.encode()
            continue
        s1, s2 = ch.encode("cp932")
        j1 = (s1 - (0x70 if s1 < 0xA0 else 0xB0)) * 2 - (1 if s2 < 0x9F else 0)
        j2 = s2 - (0x1F if s2 < 0x7F else 0x20 if s2 < 0x9F else 0x7E)
        if not kanji:
            out += b"\x1b$B"; kanji = True
        out += bytes([j1, j2])
    if kanji:
        out += b"\x1b(B"
    return out.decode("ascii")

files["iso-2022-jp-nec.eml"] = head("jis-nec@corpus.example", "=?ISO-2022-JP?B?%s?=" % base64.b64encode(iso2022jp_ms("①会議室㈱").encode()).decode(),
    frm="Suzuki <suzuki@jp.example>") + \
    "Content-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n\n" + iso2022jp_ms("手順①と②を実施しました。㈱テスト") + "\n"

files["base64-no-padding.eml"] = head("nopad@corpus.example", "Unpadded base64") + \
    "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + \
    base64.b64encode("The VPN drops every hour.".encode()).decode().rstrip("=") + "\n"

files["empty-plain-html-alternative.eml"] = head("empty-plain@corpus.example", "Scanner jammed",
    extra='Content-Type: multipart/alternative; boundary="A"\n') + """
--A
Content-Type: text/plain; charset=utf-8


--A
Content-Type: text/html; charset=utf-8

<html><body><p>The scanner on floor 2 is jammed.</p></body></html>
--A--
"""

files["read-receipt.eml"] = head("mdn@corpus.example", "Read: Printer queue stuck",
    extra='Content-Type: multipart/report; report-type=disposition-notification; boundary="R"\n') + """
--R
Content-Type: text/plain; charset=us-ascii

Your message was displayed on Tue, 24 Nov 2026 09:05:00 +0800.
--R
Content-Type: message/disposition-notification

Reporting-UA: mail.ecm.example; Example Mail Client
Final-Recipient: rfc822; zhang.san@ecm.example
Original-Message-ID: <keel.sent-9@keel.example>
Disposition: manual-action/MDN-sent-manually; displayed
--R--
"""

for name, text in files.items():
    data = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data.encode("ascii")  # the corpus stays ASCII
    with open(name, "w", newline="") as f:
        f.write(data)
print(len(files), "messages")
