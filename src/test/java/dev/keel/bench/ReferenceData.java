package dev.keel.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Who the generated tickets are about: the demo groups and agents, plus customer organisations, a few
 * hundred requesters, more agents and a category tree, created once in the target database.
 *
 * @param groups group code → id
 * @param members group code → member user ids
 * @param requesters requester ids, with {@code requesterOrganisations} at the same index
 * @param categories category code → id; the code's prefix is its topic (NET, APP, DB, ACC, HW, SEC)
 */
record ReferenceData(
        Map<String, Long> groups,
        Map<String, long[]> members,
        long[] requesters,
        long[] requesterOrganisations,
        Map<String, Long> categories,
        long admin) {

    static final String PASSWORD = "Keel-Demo-2026";

    private static final String[][] CUSTOMERS = {
        {"BJF", "北京金融服务 Beijing Financial Services"},
        {"GZL", "广州物流 Guangzhou Logistics"},
        {"SZE", "深圳电子 Shenzhen Electronics"},
        {"HZH", "杭州医院 Hangzhou Hospital"},
        {"CDU", "成都大学 Chengdu University"},
        {"WHS", "武汉钢铁 Wuhan Steel"}
    };

    /** Category code, English, Chinese, default group, default type; children follow their parent. */
    private static final String[][] CATEGORIES = {
        {"NET", "Network", "网络", "NET", "INCIDENT"},
        {"NET-VPN", "VPN", "VPN 远程接入", "NET", "INCIDENT"},
        {"NET-WIFI", "Wi-Fi", "无线网络", "NET", "INCIDENT"},
        {"APP", "Applications", "应用系统", "APP", "INCIDENT"},
        {"APP-ERP", "ERP", "ERP 系统", "APP", "INCIDENT"},
        {"APP-MAIL", "E-mail", "邮件", "APP", "INCIDENT"},
        {"DB", "Databases and reports", "数据库与报表", "DB", "DATA_ISSUE"},
        {"ACC", "Accounts and access", "账号与权限", "SD", "SERVICE_REQUEST"},
        {"ACC-PWD", "Password reset", "密码重置", "SD", "SERVICE_REQUEST"},
        {"HW", "Hardware", "硬件", "SD", "INCIDENT"},
        {"HW-PRINT", "Printers", "打印机", "SD", "INCIDENT"},
        {"SEC", "Security", "信息安全", "SEC", "SECURITY_INCIDENT"}
    };

    static ReferenceData create(Connection c, int requesterCount, Instant now) throws SQLException {
        Random random = new Random(7);
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
        Map<String, Long> groups = ids(c, "SELECT code, id FROM identity_group");
        for (String code : List.of("SD", "NET", "DB", "APP", "SEC")) {
            if (!groups.containsKey(code)) {
                throw new IllegalStateException("demo group " + code + " missing: start Keel once with demo data");
            }
        }
        Map<String, Long> organisations = ids(c, "SELECT code, id FROM identity_organisation");
        for (String[] customer : CUSTOMERS) {
            if (!organisations.containsKey(customer[0])) {
                organisations.put(
                        customer[0],
                        insert(
                                c,
                                "INSERT INTO identity_organisation (code, name, kind, created_at)"
                                        + " VALUES (?, ?, 'CUSTOMER', ?)",
                                customer[0],
                                customer[1],
                                Timestamp.from(now)));
            }
        }
        List<Long> customerIds = new ArrayList<>();
        for (String code : List.of("ECM", "LTR", "BJF", "GZL", "SZE", "HZH", "CDU", "WHS")) {
            customerIds.add(organisations.get(code));
        }
        Map<String, Long> users = ids(c, "SELECT username, id FROM identity_user");
        long provider = organisations.get("KEEL");
        int[] extraAgents = {6, 3, 3, 3, 2};
        String[] groupCodes = {"SD", "NET", "DB", "APP", "SEC"};
        for (int g = 0; g < groupCodes.length; g++) {
            for (int i = 1; i <= extraAgents[g]; i++) {
                String username = "bench." + groupCodes[g].toLowerCase() + "." + i;
                if (!users.containsKey(username)) {
                    long id = user(c, username, name(random), hash, provider, "AGENT", now);
                    users.put(username, id);
                    update(
                            c,
                            "INSERT INTO identity_group_member (group_id, user_id) VALUES (?, ?)",
                            groups.get(groupCodes[g]),
                            id);
                }
            }
        }
        long[] requesters = new long[requesterCount];
        long[] requesterOrganisations = new long[requesterCount];
        for (int i = 0; i < requesterCount; i++) {
            String username = String.format("bench.user.%04d", i);
            long organisation = customerIds.get(i % customerIds.size());
            Long id = users.get(username);
            if (id == null) {
                id = user(c, username, name(random), hash, organisation, "REQUESTER", now);
            }
            requesters[i] = id;
            requesterOrganisations[i] = organisation;
        }
        Map<String, long[]> members = new HashMap<>();
        for (String code : groupCodes) {
            members.put(
                    code,
                    longs(
                            c,
                            "SELECT m.user_id FROM identity_group_member m JOIN identity_group g"
                                    + " ON g.id = m.group_id WHERE g.code = ? UNION SELECT lead_id FROM identity_group"
                                    + " WHERE code = ? AND lead_id IS NOT NULL ORDER BY 1",
                            code,
                            code));
        }
        Map<String, Long> categories = categories(c, groups);
        return new ReferenceData(groups, members, requesters, requesterOrganisations, categories, users.get("admin"));
    }

    private static Map<String, Long> categories(Connection c, Map<String, Long> groups) throws SQLException {
        Map<String, Long> existing = ids(c, "SELECT code, id FROM ticket_category");
        Map<String, Long> categories = new LinkedHashMap<>();
        int order = 0;
        for (String[] row : CATEGORIES) {
            Long id = existing.get(row[0]);
            if (id == null) {
                String parentCode = row[0].contains("-") ? row[0].substring(0, row[0].indexOf('-')) : null;
                id = insert(
                        c,
                        "INSERT INTO ticket_category (parent_id, code, name_en, name_zh, default_group_id,"
                                + " default_type, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        parentCode == null ? null : categories.get(parentCode),
                        row[0],
                        row[1],
                        row[2],
                        groups.get(row[3]),
                        row[4],
                        order++);
            }
            categories.put(row[0], id);
        }
        return categories;
    }

    static String defaultGroup(String categoryCode) {
        for (String[] row : CATEGORIES) {
            if (row[0].equals(categoryCode)) {
                return row[3];
            }
        }
        throw new IllegalArgumentException(categoryCode);
    }

    static String defaultType(String categoryCode) {
        for (String[] row : CATEGORIES) {
            if (row[0].equals(categoryCode)) {
                return row[4];
            }
        }
        throw new IllegalArgumentException(categoryCode);
    }

    private static String name(Random random) {
        String surname = SampleTexts.pick(SampleTexts.SURNAMES, random);
        String given = SampleTexts.pick(SampleTexts.GIVEN_NAMES, random);
        String[] s = surname.split(" ");
        String[] g = given.split(" ");
        return s[0] + g[0] + " " + s[1] + " " + g[1];
    }

    private static long user(
            Connection c, String username, String name, String hash, long organisation, String role, Instant now)
            throws SQLException {
        Timestamp at = Timestamp.from(now);
        long id = insert(
                c,
                "INSERT INTO identity_user (username, display_name, email, password_hash, organisation_id,"
                        + " locale, time_zone, password_changed_at, created_at) VALUES (?, ?, ?, ?, ?, 'zh-CN', 'Asia/Shanghai',"
                        + " ?, ?)",
                username,
                name,
                username + "@bench.keel.example",
                hash,
                organisation,
                at,
                at);
        update(c, "INSERT INTO identity_user_role (user_id, role) VALUES (?, ?)", id, role);
        return id;
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, new String[] {"id"})) {
            bind(s, values);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }

    private static Map<String, Long> ids(Connection c, String sql) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    private static long[] longs(Connection c, String sql, Object... parameters) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getLong(1));
                }
            }
        }
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
