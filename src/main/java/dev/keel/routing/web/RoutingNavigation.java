package dev.keel.routing.web;

import dev.keel.identity.Permission;
import dev.keel.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entry of the routing module. */
@Configuration(proxyBeanMethods = false)
class RoutingNavigation {

    @Bean
    NavigationItem routingNavigationItem() {
        return new NavigationItem("nav.routing", "/admin/routing", Permission.ADMIN_CONFIG.authority(), 34);
    }
}
