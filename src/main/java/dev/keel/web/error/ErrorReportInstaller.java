package dev.keel.web.error;

import dev.keel.web.Problems;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Puts {@link ApiErrorReportValve} in place of Tomcat's standard error report once the server exists. */
@Component
class ErrorReportInstaller {

    private final Problems problems;

    ErrorReportInstaller(Problems problems) {
        this.problems = problems;
    }

    @EventListener
    void install(ServletWebServerInitializedEvent event) {
        if (!(event.getWebServer() instanceof TomcatWebServer tomcat)) {
            return;
        }
        Host host = tomcat.getTomcat().getHost();
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve standard && !(valve instanceof ApiErrorReportValve)) {
                host.getPipeline().addValve(ApiErrorReportValve.replacing(standard, problems));
                host.getPipeline().removeValve(standard);
            }
        }
    }
}
