package dev.keel.ticket.web;

import dev.keel.identity.Permission;
import dev.keel.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entry for the canned responses agents reply with. */
@Configuration(proxyBeanMethods = false)
class CannedResponseNavigation {

    @Bean
    NavigationItem cannedResponsesNavigation() {
        return new NavigationItem(
                "workspace.nav.cannedResponses", "/admin/canned-responses", Permission.ADMIN_CONFIG.authority(), 35);
    }
}
