package dev.keel.cmdb.web;

import dev.keel.identity.Permission;
import dev.keel.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The CMDB entries: the agents' CI list and the class editor and the CSV import in the console. */
@Configuration(proxyBeanMethods = false)
class CmdbNavigation {

    @Bean
    NavigationItem cmdbWorkspaceNavigation() {
        return new NavigationItem(
                "nav.cmdb", "/workspace/cmdb", Permission.WORKSPACE_USE.authority(), 14, NavigationItem.Menu.PRACTICES);
    }

    @Bean
    NavigationItem cmdbClassesNavigation() {
        return new NavigationItem("nav.cmdb.classes", "/admin/cmdb/classes", Permission.ADMIN_CONFIG.authority(), 36);
    }

    @Bean
    NavigationItem cmdbImportNavigation() {
        return new NavigationItem("nav.cmdb.import", "/admin/cmdb/import", Permission.ADMIN_CONFIG.authority(), 37);
    }
}
