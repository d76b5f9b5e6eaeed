package dev.keel.web.shell;

import dev.keel.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shell's own entries: the agent workspace and the requester portal. */
@Configuration(proxyBeanMethods = false)
class ShellNavigation {

    @Bean
    NavigationItem workspaceNavigation() {
        return new NavigationItem("nav.workspace", "/workspace", "workspace:use", 10);
    }

    @Bean
    NavigationItem portalNavigation() {
        return new NavigationItem("nav.portal", "/portal", "portal:use", 20);
    }
}
