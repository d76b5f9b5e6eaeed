package dev.keel.ticket.demo;

import dev.keel.identity.GroupSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.shared.Actor;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.domain.Categories;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A bilingual demo category tree with the demo support groups as default groups. Created once, when
 * {@code keel.demo.enabled} is true and there is no category yet; ordered after the identity demo data
 * whose groups it looks up by code.
 */
@Component
@Order(100)
class DemoCategories implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCategories.class);

    private final boolean enabled;
    private final Categories categories;
    private final UserDirectory directory;
    private final TransactionTemplate transaction;

    DemoCategories(
            @Value("${keel.demo.enabled:false}") boolean enabled,
            Categories categories,
            UserDirectory directory,
            TransactionTemplate transaction) {
        this.enabled = enabled;
        this.categories = categories;
        this.directory = directory;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            if (categories.isEmpty()) {
                seed();
                log.info("Demo categories created");
            }
        });
    }

    private void seed() {
        long hardware = add(null, "HW", "Hardware", "硬件", "SD", null, 10, null, null);
        add(
                hardware,
                "HW-PRINTER",
                "Printer",
                "打印机",
                "SD",
                null,
                10,
                "Give the printer's name or asset tag (on the sticker) and what the display shows.",
                "请写明打印机名称或资产标签（贴纸上）以及面板上显示的内容。");
        add(
                hardware,
                "HW-LAPTOP",
                "Laptop",
                "笔记本",
                "SD",
                null,
                20,
                "Give the laptop's asset tag and describe what happens when you switch it on.",
                "请写明笔记本的资产标签，并描述开机时的现象。");
        long network = add(null, "NET", "Network", "网络", "NET", null, 20, null, null);
        add(
                network,
                "NET-VPN",
                "VPN",
                "VPN",
                "NET",
                null,
                10,
                "Say where you are connecting from and the exact error message of the VPN client.",
                "请说明您从哪里连接，以及 VPN 客户端的完整错误信息。");
        add(
                network,
                "NET-WIFI",
                "Wi-Fi",
                "无线网络",
                "NET",
                null,
                20,
                "Give the building, floor and network name (SSID).",
                "请写明楼栋、楼层和无线网络名称（SSID）。");
        long database = add(null, "DB", "Database", "数据库", "DB", null, 30, null, null);
        add(
                database,
                "DB-CONN",
                "Connectivity",
                "连接问题",
                "DB",
                null,
                10,
                "Name the application or database and paste the error message.",
                "请写明应用或数据库名称，并粘贴错误信息。");
        long apps = add(null, "APP", "Applications", "应用", "APP", null, 40, null, null);
        add(
                apps,
                "APP-MAIL",
                "E-mail",
                "邮件",
                "APP",
                null,
                10,
                "Say whether webmail works and paste any bounce message.",
                "请说明网页版邮箱是否可用，如有退信请粘贴退信内容。");
        add(
                apps,
                "APP-ERP",
                "ERP",
                "ERP",
                "APP",
                null,
                20,
                "Give the ERP module, the transaction code and the time it happened.",
                "请写明 ERP 模块、事务代码和发生时间。");
        long access =
                add(null, "ACCESS", "Accounts & access", "账号与权限", "SD", TicketType.SERVICE_REQUEST, 50, null, null);
        add(
                access,
                "ACCESS-PASSWORD",
                "Password reset",
                "密码重置",
                "SD",
                TicketType.SERVICE_REQUEST,
                10,
                "Say which system the password is for. Never send your password.",
                "请说明是哪个系统的密码。切勿发送您的密码。");
        long security = add(null, "SEC", "Security", "信息安全", "SEC", TicketType.SECURITY_INCIDENT, 60, null, null);
        add(
                security,
                "SEC-PHISHING",
                "Phishing",
                "钓鱼邮件",
                "SEC",
                TicketType.SECURITY_INCIDENT,
                10,
                "Do not click any link. Give the sender and subject, and whether you entered a password.",
                "请勿点击任何链接。请写明发件人和主题，以及您是否输入过密码。");
        add(
                null,
                "CONSULT",
                "Consultation",
                "咨询",
                "SD",
                TicketType.CONSULTATION,
                70,
                "Ask your question; the service desk answers or points you to the right place.",
                "请写下您的问题，服务台会答复或为您指引。");
    }

    private long add(
            @Nullable Long parent,
            String code,
            String nameEn,
            String nameZh,
            String group,
            @Nullable TicketType type,
            int sortOrder,
            @Nullable String hintEn,
            @Nullable String hintZh) {
        Long groupId = directory.findGroup(group).map(GroupSummary::id).orElse(null);
        var draft = new Categories.Draft(parent, code, nameEn, nameZh, groupId, type, hintEn, hintZh, sortOrder, true);
        return categories.create(draft, Actor.SYSTEM).id();
    }
}
