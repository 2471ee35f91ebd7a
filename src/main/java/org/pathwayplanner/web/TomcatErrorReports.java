package org.pathwayplanner.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * What Tomcat answers itself, before the application sees the request (a request line or headers longer than
 * {@code server.max-http-request-header-size}, a malformed request): a problem document under {@code /api} and when
 * the address could not even be read, a short page otherwise, never Tomcat's own report page.
 */
@Component
class TomcatErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
        });
    }

    /** After Spring Boot's own customizer, which adds Tomcat's report valve when stack traces are never shown. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Instantiated by Tomcat by class name, hence public with a no-argument constructor. */
    public static class ProblemReportValve extends ErrorReportValve {

        public ProblemReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            String uri = request.getDecodedRequestURI();
            boolean page = uri != null && !uri.isEmpty() && !ProblemJson.isApi(uri);
            try {
                response.setCharacterEncoding("UTF-8");
                OutputStream out = response.getOutputStream();
                if (page) {
                    response.setContentType("text/html");
                    out.write(page(status).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                } else {
                    response.setContentType(ProblemJson.MEDIA_TYPE);
                    ProblemJson.write(out, status, detail(status), null);
                }
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client has gone or the response is already committed: nothing more to say
            }
        }

        private static String detail(int status) {
            return switch (status) {
                case 400 -> "The request could not be read: its address, query or headers are malformed or too long.";
                case 413 -> "The request is too large.";
                default -> "The request could not be served.";
            };
        }

        private static String page(int status) {
            HttpStatus known = HttpStatus.resolve(status);
            String title = HtmlUtils.htmlEscape(known == null ? "Error " + status : status + " " + known.getReasonPhrase());
            return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                    + "<body><h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(detail(status))
                    + "</p><p><a href=\"/\">Pathway Planner</a></p></body></html>";
        }
    }
}
