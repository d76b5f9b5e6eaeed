package dev.keel.knowledge.web;

import dev.keel.identity.Permission;
import dev.keel.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The knowledge base entries: the agents' list and the portal's article browser. */
@Configuration(proxyBeanMethods = false)
class KnowledgeNavigation {

    @Bean
    NavigationItem knowledgeWorkspaceNavigation() {
        return new NavigationItem("nav.knowledge.workspace", "/workspace/kb", Permission.WORKSPACE_USE.authority(), 12);
    }

    @Bean
    NavigationItem knowledgeCategoriesNavigation() {
        return new NavigationItem(
                "nav.knowledge.categories",
                "/workspace/kb/categories",
                Permission.KNOWLEDGE_REVIEW.authority(),
                13,
                NavigationItem.Menu.CONSOLE);
    }

    @Bean
    NavigationItem knowledgePortalNavigation() {
        return new NavigationItem("nav.knowledge.portal", "/portal/kb", Permission.PORTAL_USE.authority(), 22);
    }
}
