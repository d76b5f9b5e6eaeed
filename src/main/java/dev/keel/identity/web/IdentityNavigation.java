package dev.keel.identity.web;

import dev.keel.identity.Permission;
import dev.keel.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entries of the identity module. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationItem usersNavigation() {
        return new NavigationItem("nav.users", "/admin/users", Permission.ADMIN_USERS.authority(), 30);
    }

    @Bean
    NavigationItem groupsNavigation() {
        return new NavigationItem("nav.groups", "/admin/groups", Permission.ADMIN_USERS.authority(), 31);
    }

    @Bean
    NavigationItem organisationsNavigation() {
        return new NavigationItem("nav.organisations", "/admin/organisations", Permission.ADMIN_USERS.authority(), 32);
    }
}
