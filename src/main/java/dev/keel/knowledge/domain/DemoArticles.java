package dev.keel.knowledge.domain;

/** The texts of the demo articles (see {@link KnowledgeDemoData}). */
final class DemoArticles {

    private DemoArticles() {}

    static final ArticleContent DATABASE = new ArticleContent("无法连接数据库怎么办", "应用提示“服务器无法连接数据库”时的自助排查步骤。", """
            ## 现象

            打开业务系统时提示：**服务器无法连接数据库**，或页面长时间转圈后报错。

            ## 自助排查

            1. 确认网络正常：能否打开公司内网首页？
            2. 如果在家办公，请先连接 VPN 再重试。
            3. 清除浏览器缓存后重新登录。
            4. 仍然无法连接数据库时，请记录报错时间和完整提示，再提交工单。

            > 数据库维护窗口为每周日 02:00–04:00，期间短暂无法连接属于正常现象。
            """);

    static final ArticleContent PRINTER = new ArticleContent(
            "Printers show offline or print nothing", "What to check when office printers do not print.", """
            ## Symptoms

            Jobs stay in the queue and the printer shows *offline*.

            ## Steps

            1. Check that the printer has paper and no error light.
            2. Remove the printer and add it again from **Settings → Printers**.
            3. Printers on floor 3 need the `PRN-3F` queue.

            If several printers fail at once, open a ticket in the *Printers* category.
            """);

    static final ArticleContent PASSWORD = new ArticleContent("如何重置域账号密码", "忘记密码或账号被锁定时的处理方法。", """
            ## 自助重置

            1. 打开自助服务页面，点击“忘记密码”。
            2. 通过手机验证码验证身份。
            3. 新密码至少 12 位，包含大小写字母和数字。

            连续输错 5 次后账号会锁定 15 分钟，到时间会自动解锁。
            """);

    static final ArticleContent VPN = new ArticleContent("VPN 频繁断线的处理", "VPN 客户端每隔一段时间自动断开时的排查方法。", """
            1. 升级 VPN 客户端到最新版本。
            2. 关闭无线网卡的节能模式。
            3. 家用路由器请关闭 SIP ALG。

            问题依旧时，请提交工单并附上客户端日志。
            """);

    static final ArticleContent VPN_EN = new ArticleContent(
            "VPN keeps disconnecting", "The VPN client drops the connection every few minutes.", """
            1. Update the VPN client.
            2. Turn off power saving for the wireless adapter.
            3. On home routers, disable SIP ALG.

            Still failing? Open a ticket and attach the client log.
            """);

    static final ArticleContent PASSWORD_EN =
            new ArticleContent("Resetting your password", "Forgot your password or locked out of your account.", """
            Use the self-service page, choose **Forgot password** and confirm the code sent to your phone.
            After five wrong passwords the account is locked for 15 minutes and unlocks by itself.
            """);

    static final ArticleContent DB_FAILOVER = new ArticleContent("数据库主备切换操作手册（内部）", "仅供运维人员：主库故障时的切换步骤。", """
            1. 确认主库确实不可用（监控告警 + 手工连接验证）。
            2. 在备库执行提升操作，并修改连接池地址。
            3. 通知应用组重启连接池，确认业务恢复。
            """);

    static final ArticleContent PRINTER_ZH = new ArticleContent("打印机驱动批量部署（内部）", "服务台通过组策略为新电脑部署打印机驱动。", """
            在组策略中添加打印机部署策略，按楼层选择打印队列，重启后生效。
            """);

    static final ArticleContent MAIL = new ArticleContent("手机上配置公司邮箱", "在 iOS 和安卓手机上添加公司邮箱账号。", """
            服务器地址：`mail.example.com`，账号为完整邮箱地址，密码与域账号相同。
            """);

    static final ArticleContent MONITOR = new ArticleContent("外接显示器没有信号", "笔记本连接外接显示器后黑屏的排查。", """
            1. 检查线缆和输入源。
            2. 按 Win + P 选择“扩展”。
            """);
}
