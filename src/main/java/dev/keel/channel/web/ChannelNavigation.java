package dev.keel.channel.web;

import dev.keel.identity.Permission;
import dev.keel.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entries of the e-mail channel. */
@Configuration(proxyBeanMethods = false)
class ChannelNavigation {

    @Bean
    NavigationItem channelMailboxesNavigationItem() {
        return new NavigationItem(
                "nav.channel.mailboxes", "/admin/channel/mailboxes", Permission.ADMIN_CONFIG.authority(), 36);
    }

    @Bean
    NavigationItem channelQuarantineNavigationItem() {
        return new NavigationItem(
                "nav.channel.quarantine", "/admin/channel/quarantine", Permission.ADMIN_CONFIG.authority(), 37);
    }

    @Bean
    NavigationItem channelIntakeNavigationItem() {
        return new NavigationItem(
                "nav.channel.intake", "/admin/channel/intake", Permission.ADMIN_CONFIG.authority(), 38);
    }
}
