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

for name, text in files.items():
    data = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data.encode("ascii")  # the corpus stays ASCII
    with open(name, "w", newline="") as f:
        f.write(data)
print(len(files), "messages")
