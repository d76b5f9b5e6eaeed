package dev.keel.web.shell;

import dev.keel.shared.WarmUp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Asks this node for its sign-in page in both languages over the loopback interface, so that the first
 * person's page finds the filter chain, the templates and the shared layout compiled.
 */
@Component
class PageWarmUp implements WarmUp {

    private final ApplicationContext context;

    PageWarmUp(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "pages";
    }

    @Override
    public void warmUp() throws Exception {
        if (!(context instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        int port = web.getWebServer().getPort();
        if (port <= 0) {
            return;
        }
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            for (String language : new String[] {"zh-CN", "en"}) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Accept-Language", language)
                        .timeout(Duration.ofSeconds(10))
                        .build();
                http.send(request, HttpResponse.BodyHandlers.discarding());
            }
        }
    }
}
