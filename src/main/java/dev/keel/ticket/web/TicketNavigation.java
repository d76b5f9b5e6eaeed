package dev.keel.ticket.web;

import dev.keel.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entries of the ticket module. */
@Configuration(proxyBeanMethods = false)
class TicketNavigation {

    @Bean
    NavigationItem categoriesNavigation() {
        return new NavigationItem("nav.categories", "/admin/categories", "admin:config", 33);
    }
}
