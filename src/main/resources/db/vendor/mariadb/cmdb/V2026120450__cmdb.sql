-- The configuration management database: CI classes with typed attributes, configuration items with
-- their attribute values and field history, typed directed relations with their own history, and the
-- links between tickets and the CIs they affect (owned here, so that the ticket module knows nothing of it).
CREATE TABLE cmdb_class (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    code      VARCHAR(60)  NOT NULL,
    name_en   VARCHAR(200) NOT NULL,
    name_zh   VARCHAR(200) NOT NULL,
    help_en   VARCHAR(1000) NOT NULL DEFAULT '',
    help_zh   VARCHAR(1000) NOT NULL DEFAULT '',
    active    BOOLEAN      NOT NULL DEFAULT TRUE,
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT cmdb_class_code_uk UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE cmdb_attribute (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    class_id     BIGINT        NOT NULL REFERENCES cmdb_class (id),
    code         VARCHAR(60)   NOT NULL,
    name_en      VARCHAR(200)  NOT NULL,
    name_zh      VARCHAR(200)  NOT NULL,
    help_en      VARCHAR(1000) NOT NULL DEFAULT '',
    help_zh      VARCHAR(1000) NOT NULL DEFAULT '',
    kind         VARCHAR(20)   NOT NULL,
    required     BOOLEAN       NOT NULL DEFAULT FALSE,
    unique_value BOOLEAN       NOT NULL DEFAULT FALSE,
    choices      VARCHAR(2000) NOT NULL DEFAULT '',
    sort_order   INT           NOT NULL DEFAULT 0,
    CONSTRAINT cmdb_attribute_code_uk UNIQUE (class_id, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE cmdb_ci (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    class_id            BIGINT       NOT NULL REFERENCES cmdb_class (id),
    status              VARCHAR(20)  NOT NULL,
    environment         VARCHAR(20)  NOT NULL,
    criticality         VARCHAR(20)  NOT NULL,
    owner_id            BIGINT,
    support_group_id    BIGINT,
    organisation_id     BIGINT,
    location            VARCHAR(200) NOT NULL DEFAULT '',
    min_healthy_members INT,
    created_at          DATETIME(6) NOT NULL,
    updated_at          DATETIME(6) NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT cmdb_ci_name_uk UNIQUE (class_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX cmdb_ci_class_ix ON cmdb_ci (class_id, id);
CREATE INDEX cmdb_ci_status_ix ON cmdb_ci (status, id);
CREATE INDEX cmdb_ci_group_ix ON cmdb_ci (support_group_id, id);
CREATE INDEX cmdb_ci_organisation_ix ON cmdb_ci (organisation_id, id);
CREATE INDEX cmdb_ci_name_ix ON cmdb_ci (name);

CREATE TABLE cmdb_ci_attribute (
    ci_id        BIGINT        NOT NULL REFERENCES cmdb_ci (id),
    attribute_id BIGINT        NOT NULL REFERENCES cmdb_attribute (id),
    attr_value   VARCHAR(2000) NOT NULL,
    PRIMARY KEY (ci_id, attribute_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- InnoDB keys are at most 3,072 bytes: the value is indexed by its first 700 characters (2,800 bytes),
-- which still finds equal values (unique attributes, look-ups); MariaDB checks the rest on the row.
CREATE INDEX cmdb_ci_attribute_value_ix ON cmdb_ci_attribute (attribute_id, attr_value(700));

CREATE TABLE cmdb_ci_history (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    ci_id      BIGINT        NOT NULL REFERENCES cmdb_ci (id),
    field      VARCHAR(100)  NOT NULL,
    old_value  VARCHAR(2000),
    new_value  VARCHAR(2000),
    actor      VARCHAR(100)  NOT NULL,
    changed_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX cmdb_ci_history_ci_ix ON cmdb_ci_history (ci_id, id);

-- propagation: how a failure travels along the relation — TO_SOURCE (the source needs the target),
-- CLUSTER (the source is a member of the target cluster) or NONE.
CREATE TABLE cmdb_relation_type (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(60)  NOT NULL,
    outgoing_en VARCHAR(200) NOT NULL,
    outgoing_zh VARCHAR(200) NOT NULL,
    incoming_en VARCHAR(200) NOT NULL,
    incoming_zh VARCHAR(200) NOT NULL,
    acyclic     BOOLEAN      NOT NULL DEFAULT FALSE,
    propagation VARCHAR(20)  NOT NULL DEFAULT 'NONE',
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT cmdb_relation_type_code_uk UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE cmdb_relation (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    type_id    BIGINT       NOT NULL REFERENCES cmdb_relation_type (id),
    source_id  BIGINT       NOT NULL REFERENCES cmdb_ci (id),
    target_id  BIGINT       NOT NULL REFERENCES cmdb_ci (id),
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    CONSTRAINT cmdb_relation_uk UNIQUE (source_id, type_id, target_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX cmdb_relation_target_ix ON cmdb_relation (target_id, type_id, source_id);

CREATE TABLE cmdb_relation_history (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    relation_id BIGINT       NOT NULL,
    type_id     BIGINT       NOT NULL,
    source_id   BIGINT       NOT NULL,
    target_id   BIGINT       NOT NULL,
    change_kind VARCHAR(20)  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    changed_at  DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX cmdb_relation_history_source_ix ON cmdb_relation_history (source_id, id);
CREATE INDEX cmdb_relation_history_target_ix ON cmdb_relation_history (target_id, id);

CREATE TABLE cmdb_ticket_link (
    ticket_id BIGINT       NOT NULL,
    ci_id     BIGINT       NOT NULL REFERENCES cmdb_ci (id),
    linked_at DATETIME(6) NOT NULL,
    linked_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (ticket_id, ci_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX cmdb_ticket_link_ci_ix ON cmdb_ticket_link (ci_id, ticket_id);

-- The shipped relation types.
INSERT INTO cmdb_relation_type (code, outgoing_en, outgoing_zh, incoming_en, incoming_zh, acyclic, propagation) VALUES
 ('runs_on', 'runs on', '运行于', 'runs', '运行', TRUE, 'TO_SOURCE'),
 ('depends_on', 'depends on', '依赖于', 'is needed by', '被依赖于', FALSE, 'TO_SOURCE'),
 ('connects_to', 'connects to', '连接到', 'is connected from', '被连接自', FALSE, 'NONE'),
 ('hosted_in', 'hosted in', '托管于', 'hosts', '托管', TRUE, 'TO_SOURCE'),
 ('installed_on', 'installed on', '安装于', 'has installed', '安装有', TRUE, 'TO_SOURCE'),
 ('backed_up_by', 'backed up by', '备份于', 'backs up', '备份', FALSE, 'NONE'),
 ('member_of_cluster', 'member of cluster', '集群成员于', 'has cluster member', '集群成员', TRUE, 'CLUSTER');

-- The shipped classes.
INSERT INTO cmdb_class (code, name_en, name_zh, help_en, help_zh) VALUES
 ('business_service', 'Business service', '业务服务', 'A service the business uses, e.g. ERP', '业务使用的服务，例如 ERP'),
 ('technical_service', 'Technical service', '技术服务', 'A service IT provides to other services', 'IT 为其他服务提供的服务'),
 ('application', 'Application', '应用', 'Installed or hosted software', '部署的软件'),
 ('database', 'Database', '数据库', 'A database instance', '数据库实例'),
 ('server', 'Server', '服务器', 'A physical server', '物理服务器'),
 ('virtual_machine', 'Virtual machine', '虚拟机', 'A virtual machine', '虚拟机'),
 ('network_device', 'Network device', '网络设备', 'Switch, router, firewall or load balancer', '交换机、路由器、防火墙或负载均衡'),
 ('storage', 'Storage', '存储', 'Storage array or NAS', '存储阵列或 NAS'),
 ('data_centre', 'Data centre', '数据中心', 'A data centre or machine room', '数据中心或机房'),
 ('rack', 'Rack', '机柜', 'A rack in a data centre', '数据中心内的机柜'),
 ('spare_part', 'Spare part', '备件', 'Spare parts in stock', '备件库中的备件'),
 ('software_licence', 'Software licence', '软件许可', 'Licence with seats and expiry', '含授权数与到期日的许可'),
 ('software_release', 'Software release', '软件发布版本', 'A release in the definitive software library', '最终软件库中的发布版本');

INSERT INTO cmdb_attribute (class_id, code, name_en, name_zh, kind, required, unique_value, choices, sort_order)
SELECT c.id, a.code, a.name_en, a.name_zh, a.kind, a.required, a.unique_value, a.choices, a.sort_order
FROM cmdb_class c JOIN (
  SELECT 'business_service' cls, 'service_owner' code, 'Service owner' name_en, '服务负责人' name_zh, 'USER' kind, FALSE required, FALSE unique_value, '' choices, 1 sort_order FROM (VALUES (1)) v
  UNION ALL SELECT 'business_service', 'service_hours', 'Service hours', '服务时间', 'TEXT', FALSE, FALSE, '', 2 FROM (VALUES (1)) v
  UNION ALL SELECT 'technical_service', 'escalation_group', 'Escalation group', '升级支持组', 'GROUP', FALSE, FALSE, '', 1 FROM (VALUES (1)) v
  UNION ALL SELECT 'application', 'url', 'URL', '访问地址', 'URL', FALSE, FALSE, '', 1 FROM (VALUES (1)) v
  UNION ALL SELECT 'application', 'app_version', 'Version', '版本', 'TEXT', FALSE, FALSE, '', 2 FROM (VALUES (1)) v
  UNION ALL SELECT 'application', 'vendor', 'Vendor', '厂商', 'TEXT', FALSE, FALSE, '', 3 FROM (VALUES (1)) v
  UNION ALL SELECT 'database', 'engine', 'Engine', '数据库类型', 'CHOICE', TRUE, FALSE, 'postgresql,oracle,mysql,sqlserver,dameng', 1 FROM (VALUES (1)) v
  UNION ALL SELECT 'database', 'port', 'Port', '端口', 'NUMBER', FALSE, FALSE, '', 2 FROM (VALUES (1)) v
  UNION ALL SELECT 'server', 'ip_address', 'IP address', 'IP 地址', 'IP', FALSE, TRUE, '', 1 FROM (VALUES (1)) v
  UNION ALL SELECT 'server', 'serial_number', 'Serial number', '序列号', 'TEXT', FALSE, TRUE, '', 2 FROM (VALUES (1)) v
  UNION ALL SELECT 'server', 'cpu_cores', 'CPU cores', 'CPU 核数', 'NUMBER', FALSE, FALSE, '', 3 FROM (VALUES (1)) v
  UNION ALL SELECT 'server', 'memory_gb', 'Memory (GB)', '内存（GB）', 'NUMBER', FALSE, FALSE, '', 4 FROM (VALUES (1)) v
  UNION ALL SELECT 'server', 'os', 'Operating system', '操作系统', 'TEXT', FALSE, FALSE, '', 5 FROM (VALUES (1)) v
  UNION ALL SELECT 'virtual_machine', 'ip_address', 'IP address', 'IP 地址', 'IP', FALSE, TRUE, '', 1 FROM (VALUES (1)) v
  UNION ALL SELECT 'virtual_machine', 'os', 'Operating system', '操作系统', 'TEXT', FALSE, FALSE, '', 2 FROM (VALUES (1)) v
  UNION ALL SELECT 'virtual_machine', 'host', 'Host', '宿主机', 'CI', FALSE, FALSE, '', 3 FROM (VALUES (1)) v
  UNION ALL SELECT 'network_device', 'ip_address', 'Management IP', '管理 IP', 'IP', FALSE, TRUE, '', 1 FROM (VALUES (1)) v
  UNION ALL SELECT 'network_device', 'device_type', 'Device type', '设备类型', 'CHOICE', TRUE, FALSE, 'switch,router,firewall,load_balancer', 2 FROM (VALUES (1)) v
  UNION ALL SELECT 'network_device', 'vendor', 'Vendor', '厂商', 'TEXT', FALSE, FALSE, '', 3 FROM (VALUES (1)) v
  UNION ALL SELECT 'storage', 'capacity_tb', 'Capacity (TB)', '容量（TB）', 'NUMBER', FALSE, FALSE, '', 1 FROM (VALUES (1)) v
  UNION ALL SELECT 'data_centre', 'address', 'Address', '地址', 'TEXT', FALSE, FALSE, '', 1 FROM (VALUES (1)) v
  UNION ALL SELECT 'rack', 'units', 'Rack units', '机柜 U 数', 'NUMBER', FALSE, FALSE, '', 1 FROM (VALUES (1)) v
  UNION ALL SELECT 'spare_part', 'stock_count', 'Stock count', '库存数量', 'NUMBER', TRUE, FALSE, '', 1 FROM (VALUES (1)) v
  UNION ALL SELECT 'spare_part', 'stock_location', 'Stock location', '存放位置', 'TEXT', TRUE, FALSE, '', 2 FROM (VALUES (1)) v
  UNION ALL SELECT 'software_licence', 'seats', 'Seats', '授权数', 'NUMBER', TRUE, FALSE, '', 1 FROM (VALUES (1)) v
  UNION ALL SELECT 'software_licence', 'expiry', 'Expiry date', '到期日', 'DATE', FALSE, FALSE, '', 2 FROM (VALUES (1)) v
  UNION ALL SELECT 'software_release', 'release_version', 'Version', '版本', 'TEXT', TRUE, FALSE, '', 1 FROM (VALUES (1)) v
  UNION ALL SELECT 'software_release', 'checksum', 'Checksum (SHA-256)', '校验和（SHA-256）', 'TEXT', FALSE, FALSE, '', 2 FROM (VALUES (1)) v
  UNION ALL SELECT 'software_release', 'library_location', 'Library location', '库中位置', 'URL', TRUE, FALSE, '', 3 FROM (VALUES (1)) v
) a ON a.cls = c.code;
