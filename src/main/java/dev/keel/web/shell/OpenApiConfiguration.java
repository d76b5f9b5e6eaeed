package dev.keel.web.shell;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's header (every operation takes a personal API token as a bearer token),
 * and one group per module: Swagger UI renders one module's operations at a time, so that it opens
 * fast however many modules there are. {@code /v3/api-docs} keeps describing every operation;
 * {@code /v3/api-docs/<group>} one module.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI keelOpenApi(ObjectProvider<BuildProperties> build) {
        String version =
                build.getIfAvailable() == null ? "dev" : build.getIfAvailable().getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("Keel API")
                        .version(version)
                        .description("IT service management. Send a personal API token as `Authorization: Bearer"
                                + " keel_…`; errors are RFC 9457 problem details; lists are keyset-paginated"
                                + " with `limit` and `cursor`."))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token (profile page)")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }

    private static GroupedOpenApi group(String name, String displayName, String modulePackage) {
        return GroupedOpenApi.builder()
                .group(name)
                .displayName(displayName)
                .packagesToScan(modulePackage)
                .pathsToMatch("/api/**")
                .build();
    }

    @Bean
    GroupedOpenApi ticketsApi() {
        return group("tickets", "Tickets", "dev.keel.ticket");
    }

    @Bean
    GroupedOpenApi serviceLevelsApi() {
        return group("sla", "Service levels", "dev.keel.sla");
    }

    @Bean
    GroupedOpenApi searchApi() {
        return group("search", "Search", "dev.keel.search");
    }

    @Bean
    GroupedOpenApi knowledgeApi() {
        return group("knowledge", "Knowledge base", "dev.keel.knowledge");
    }

    @Bean
    GroupedOpenApi cmdbApi() {
        return group("cmdb", "CMDB", "dev.keel.cmdb");
    }

    @Bean
    GroupedOpenApi routingApi() {
        return group("routing", "Routing", "dev.keel.routing");
    }

    @Bean
    GroupedOpenApi channelApi() {
        return group("channel", "E-mail channel", "dev.keel.channel");
    }

    @Bean
    GroupedOpenApi peopleApi() {
        return group("people", "People and tokens", "dev.keel.identity");
    }

    @Bean
    GroupedOpenApi auditApi() {
        return group("audit", "Audit", "dev.keel.audit");
    }
}
