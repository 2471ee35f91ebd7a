package org.pathwayplanner.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body larger than {@code pathway-planner.web.max-request-body} (2 MB unless set) is read, before anyone
 * signs in or anything is parsed: a body that announces a larger Content-Length is answered 413 at once (a problem
 * document under {@code /api}, the error page elsewhere); a body sent in chunks is cut off when it passes the limit
 * (413 as well, through {@link BodyTooLarge}).
 */
@Configuration
class RequestBodyLimit {

    @Bean
    FilterRegistrationBean<LimitFilter> requestBodyLimitFilter(
            @Value("${pathway-planner.web.max-request-body:2MB}") DataSize limit,
            java.util.List<LargerRequestBody> larger) {
        FilterRegistrationBean<LimitFilter> registration = new FilterRegistrationBean<>(
                new LimitFilter(limit.toBytes(), larger));
        // before Spring Security (-100) and Camunda's filters: nothing reads the body first
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static final class LimitFilter extends OncePerRequestFilter {

        private final long standardLimit;
        private final java.util.List<LargerRequestBody> larger;

        LimitFilter(long limit, java.util.List<LargerRequestBody> larger) {
            this.standardLimit = limit;
            this.larger = java.util.List.copyOf(larger);
        }

        /** The standard limit, or the one a feature declared for this route (an upload). */
        private long limitFor(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return larger.stream().filter(l -> l.matches(request.getMethod(), path))
                    .mapToLong(l -> l.limit().toBytes()).max().orElse(standardLimit);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long limit = limitFor(request);
            if (request.getContentLengthLong() > limit) {
                refuse(request, response, limit);
                return;
            }
            chain.doFilter(request.getContentLengthLong() >= 0 ? request : new Capped(request, limit), response);
        }

        static void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
            String detail = sentence(limit);
            if (ProblemJson.isApi(request.getRequestURI())) {
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                response.setContentType(ProblemJson.MEDIA_TYPE);
                byte[] problem = ProblemJson.bytes(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, detail,
                        request.getRequestURI());
                response.setContentLength(problem.length);
                response.getOutputStream().write(problem);
                response.flushBuffer();
            } else {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, detail);
            }
        }
    }

    /** Raised by the reading of a chunked body past the limit; {@link ApiProblems} answers 413. */
    static final class BodyTooLarge extends IOException {

        BodyTooLarge(long limit) {
            super(sentence(limit));
        }
    }

    static String sentence(long limit) {
        return "The request body is larger than the " + DataSize.ofBytes(limit).toKilobytes()
                + " KB this server accepts.";
    }

    /** A body of unknown length (chunked) that stops being read at the limit. */
    private static final class Capped extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
