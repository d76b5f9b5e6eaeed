package dev.keel.sla.web;

import dev.keel.identity.Permission;
import dev.keel.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entry of the SLA module. */
@Configuration(proxyBeanMethods = false)
class SlaNavigation {

    @Bean
    NavigationItem slaNavigationItem() {
        return new NavigationItem("nav.sla", "/admin/sla/calendars", Permission.ADMIN_CONFIG.authority(), 35);
    }
}
