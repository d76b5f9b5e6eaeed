package dev.keel.cmdb.domain;

import dev.keel.identity.GroupSummary;
import dev.keel.identity.OrganisationSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.shared.Actor;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo estate (with {@code keel.demo.enabled}) of 华东制造集团: two data centres with racks, network
 * devices, physical servers and VMs, databases, clustered application servers and the ERP, MES, e-mail
 * and OA business services with their dependencies. Runs once, while the CMDB has no CI at all.
 */
@Component
class CmdbDemoData {

    private static final Logger log = LoggerFactory.getLogger(CmdbDemoData.class);

    private final ConfigurationItems items;
    private final Relations relations;
    private final CiRepository repository;
    private final UserDirectory directory;
    private final boolean enabled;
    private final Map<String, Long> ids = new HashMap<>();

    CmdbDemoData(
            ConfigurationItems items,
            Relations relations,
            CiRepository repository,
            UserDirectory directory,
            @Value("${keel.demo.enabled:false}") boolean enabled) {
        this.items = items;
        this.relations = relations;
        this.repository = repository;
        this.directory = directory;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!enabled || repository.count() > 0) {
            return;
        }
        seedInfrastructure();
        seedServices();
        log.info("Demo CMDB created: {} configuration items", ids.size());
    }

    private void seedInfrastructure() {
        ci("data_centre", "DC-SH 上海嘉定数据中心", "CRITICAL", "NET", "上海市嘉定区", Map.of("address", "上海市嘉定区安亭镇"));
        ci("data_centre", "DC-SZ 苏州工业园数据中心", "HIGH", "NET", "苏州工业园区", Map.of("address", "苏州工业园区星湖街"));
        for (String rack : new String[] {"SH-A01", "SH-A02", "SZ-B01", "SZ-B02"}) {
            ci("rack", rack, "HIGH", "NET", rack.startsWith("SH") ? "DC-SH" : "DC-SZ", Map.of("units", "42"));
            rel(rack, "hosted_in", rack.startsWith("SH") ? "DC-SH 上海嘉定数据中心" : "DC-SZ 苏州工业园数据中心");
        }
        network("SH-CORE-SW01", "switch", "10.10.0.1", "SH-A01");
        network("SZ-CORE-SW01", "switch", "10.20.0.1", "SZ-B01");
        network("SH-FW01", "firewall", "10.10.0.2", "SH-A01");
        network("SH-LB01", "load_balancer", "10.10.0.3", "SH-A02");
        rel("SH-CORE-SW01", "connects_to", "SZ-CORE-SW01");
        rel("SZ-CORE-SW01", "connects_to", "SH-CORE-SW01");
        rel("SH-FW01", "connects_to", "SH-CORE-SW01");
        ci("storage", "SH-SAN01", "CRITICAL", "DB", "SH-A02", Map.of("capacity_tb", "120"));
        rel("SH-SAN01", "hosted_in", "SH-A02");
        server("SH-ESX01", "10.10.1.11", "SH-A01", "VMware ESXi 7.0", "APP");
        server("SH-ESX02", "10.10.1.12", "SH-A02", "VMware ESXi 7.0", "APP");
        server("SZ-ESX01", "10.20.1.11", "SZ-B01", "VMware ESXi 7.0", "APP");
        server("SH-DB01", "10.10.2.21", "SH-A01", "Oracle Linux 8", "DB");
        server("SH-DB02", "10.10.2.22", "SH-A02", "Kylin V10", "DB");
        server("SZ-DB01", "10.20.2.21", "SZ-B02", "openEuler 22.03", "DB");
        server("SH-MAIL01", "10.10.3.31", "SH-A02", "Rocky Linux 9", "APP");
        server("SZ-BAK01", "10.20.9.91", "SZ-B02", "Rocky Linux 9", "DB");
        rel("SH-DB01", "depends_on", "SH-SAN01");
        vm("erp-app-01", "10.10.10.101", "SH-ESX01");
        vm("erp-app-02", "10.10.10.102", "SH-ESX02");
        vm("mes-app-01", "10.20.10.101", "SZ-ESX01");
        vm("mes-app-02", "10.20.10.102", "SZ-ESX01");
        vm("oa-web-01", "10.10.10.111", "SH-ESX02");
        vm("mail-gw-01", "10.10.10.121", "SH-ESX01");
        vm("ad-dc-01", "10.10.10.5", "SH-ESX01");
        vm("ad-dc-02", "10.20.10.5", "SZ-ESX01");
        vm("file-01", "10.10.10.131", "SH-ESX02");
        vm("monitor-01", "10.10.10.141", "SH-ESX01");
        vm("jump-01", "10.10.10.151", "SH-ESX02");
        vm("mes-report-01", "10.20.10.111", "SZ-ESX01");
    }

    private void seedServices() {
        cluster("ERP 应用集群 ERP app cluster", "erp-app-01", "erp-app-02");
        cluster("MES 应用集群 MES app cluster", "mes-app-01", "mes-app-02");
        cluster("AD 域控 Active Directory", "ad-dc-01", "ad-dc-02");
        database("ERP-ORA-PRD", "oracle", "1521", "SH-DB01");
        database("MES-PG-PRD", "postgresql", "5432", "SZ-DB01");
        database("OA-MYSQL-PRD", "mysql", "3306", "SH-DB02");
        for (String db : new String[] {"ERP-ORA-PRD", "MES-PG-PRD", "OA-MYSQL-PRD"}) {
            rel(db, "backed_up_by", "SZ-BAK01");
        }
        app("用友 U9 ERP", "https://erp.hdmfg.example.cn", "ERP 应用集群 ERP app cluster", "ERP-ORA-PRD");
        app("MES 制造执行系统", "https://mes.hdmfg.example.cn", "MES 应用集群 MES app cluster", "MES-PG-PRD");
        app("Coremail 邮件系统", "https://mail.hdmfg.example.cn", "SH-MAIL01", null);
        app("泛微 OA", "https://oa.hdmfg.example.cn", "oa-web-01", "OA-MYSQL-PRD");
        rel("Coremail 邮件系统", "depends_on", "mail-gw-01");
        for (String a : new String[] {"用友 U9 ERP", "MES 制造执行系统", "泛微 OA", "Coremail 邮件系统"}) {
            rel(a, "depends_on", "AD 域控 Active Directory");
        }
        service("ERP 服务 ERP", "用友 U9 ERP", "CRITICAL");
        service("MES 服务 MES", "MES 制造执行系统", "CRITICAL");
        service("电子邮件 E-mail", "Coremail 邮件系统", "HIGH");
        service("OA 办公 Office automation", "泛微 OA", "MEDIUM");
        ci(
                "spare_part",
                "服务器电源 800W PSU",
                "LOW",
                "DB",
                "DC-SH",
                Map.of("stock_count", "6", "stock_location", "DC-SH 备件库 3 号柜"));
        ci("software_licence", "Oracle Database EE", "HIGH", "DB", "", Map.of("seats", "16", "expiry", "2027-06-30"));
        ci(
                "software_release",
                "MES 4.2.1",
                "MEDIUM",
                "APP",
                "",
                Map.of(
                        "release_version",
                        "4.2.1",
                        "checksum",
                        "9f2c4e1ab7d3",
                        "library_location",
                        "smb://dsl.hdmfg.example.cn/mes/4.2.1"));
    }

    private void network(String name, String type, String ip, String rack) {
        ci("network_device", name, "CRITICAL", "NET", rack, Map.of("device_type", type, "ip_address", ip));
        rel(name, "hosted_in", rack);
    }

    private void server(String name, String ip, String rack, String os, String group) {
        ci("server", name, "HIGH", group, rack, Map.of("ip_address", ip, "os", os, "cpu_cores", "32"));
        rel(name, "hosted_in", rack);
    }

    private void vm(String name, String ip, String host) {
        ci(
                "virtual_machine",
                name,
                "MEDIUM",
                "APP",
                "",
                Map.of(
                        "ip_address",
                        ip,
                        "os",
                        "Kylin V10",
                        "host",
                        ids.get(host).toString()));
        rel(name, "hosted_in", host);
    }

    private void cluster(String name, String... members) {
        ci("technical_service", name, "HIGH", "APP", "", Map.of(), 1);
        for (String member : members) {
            rel(member, "member_of_cluster", name);
        }
    }

    private void database(String name, String engine, String port, String server) {
        ci("database", name, "CRITICAL", "DB", "", Map.of("engine", engine, "port", port));
        rel(name, "runs_on", server);
    }

    private void app(String name, String url, String runsOn, @Nullable String database) {
        ci("application", name, "HIGH", "APP", "", Map.of("url", url));
        rel(name, "runs_on", runsOn);
        if (database != null) {
            rel(name, "depends_on", database);
        }
    }

    private void service(String name, String app, String criticality) {
        ci("business_service", name, criticality, "SD", "", Map.of("service_hours", "7×24"));
        rel(name, "depends_on", app);
    }

    private void ci(
            String classCode,
            String name,
            String criticality,
            String group,
            String location,
            Map<String, String> attributes) {
        ci(classCode, name, criticality, group, location, attributes, null);
    }

    private void ci(
            String classCode,
            String name,
            String criticality,
            String group,
            String location,
            Map<String, String> attributes,
            @Nullable Integer minHealthy) {
        Long groupId = directory.findGroup(group).map(GroupSummary::id).orElse(null);
        Long organisation = directory.organisations().stream()
                .filter(o -> o.code().equals("ECM"))
                .map(OrganisationSummary::id)
                .findFirst()
                .orElse(null);
        var created = items.create(
                new CiDraft(
                        classCode,
                        name,
                        "IN_USE",
                        "PRODUCTION",
                        criticality,
                        null,
                        groupId,
                        organisation,
                        location,
                        minHealthy,
                        attributes),
                Actor.SYSTEM);
        ids.put(name, created.id());
    }

    private void rel(String source, String type, String target) {
        relations.add(type, ids.get(source), ids.get(target), Actor.SYSTEM);
    }
}
