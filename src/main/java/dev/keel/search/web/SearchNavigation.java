package dev.keel.search.web;

import dev.keel.identity.Permission;
import dev.keel.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SearchNavigation {

    @Bean
    NavigationItem searchAdminNavigationItem() {
        return new NavigationItem("nav.search.admin", "/admin/search", Permission.ADMIN_CONFIG.authority(), 36);
    }
}
