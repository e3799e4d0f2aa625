package org.entente.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.entente.shared.Secrets;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on every POST of the API (after the IETF draft of that name): the first request with a key
 * is carried out and its response kept for 24 hours; the same key with the same request (method, path and body) by
 * the same caller gets that response again, and nothing is created twice; the same key with another request is
 * refused with 422; a retry while the first is still running gets 409. A response of 5xx is not kept, so the
 * request may be tried again. Token issuance is left out: its answer holds a secret, and secrets are not stored.
 */
@Component
class IdempotentRequests extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final Duration KEPT_FOR = Duration.ofHours(24);
    private static final int IN_PROGRESS = 0;

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotentRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !path.startsWith("/api/") || request.getHeader(HEADER) == null
                || path.equals("/api/v1/identity/tokens");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            problem(response, 400, "Invalid input", "The Idempotency-Key header must be 1 to 200 visible ASCII characters.");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String hash = Secrets.sha256(request.getMethod() + " " + target + "\n" + new String(body, StandardCharsets.UTF_8));
        String owner = owner();
        try {
            jdbc.sql("""
                    insert into idempotent_request (owner, idem_key, request, request_hash, status, created_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(owner, key, truncate(target, 400), hash, IN_PROGRESS,
                            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        } catch (DuplicateKeyException e) {
            answerAgain(response, owner, key, hash);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new CachedBody(request, body), captured);
        } catch (IOException | ServletException | RuntimeException e) {
            forget(owner, key);
            throw e;
        }
        if (captured.getStatus() >= 500) {
            forget(owner, key);
        } else {
            jdbc.sql("""
                    update idempotent_request set status = ?, content_type = ?, location = ?, body = ?
                    where owner = ? and idem_key = ?""")
                    .params(captured.getStatus(), captured.getContentType(), captured.getHeader("Location"),
                            new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8), owner, key)
                    .update();
        }
        captured.copyBodyToResponse();
    }

    private void answerAgain(HttpServletResponse response, String owner, String key, String hash) throws IOException {
        record Kept(String hash, int status, String contentType, String location, String body) {
        }
        Optional<Kept> kept = jdbc.sql("""
                select request_hash, status, content_type, location, body from idempotent_request
                where owner = ? and idem_key = ?""").params(owner, key)
                .query((rs, n) -> new Kept(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).optional();
        if (kept.isEmpty()) {
            problem(response, 409, "Conflict", "A request with this Idempotency-Key has just failed; send it again.");
        } else if (!kept.get().hash().equals(hash)) {
            problem(response, 422, "Unprocessable content",
                    "This Idempotency-Key was used for another request; use a new key for a new request.");
        } else if (kept.get().status() == IN_PROGRESS) {
            problem(response, 409, "Conflict", "A request with this Idempotency-Key is still being processed.");
        } else {
            response.setStatus(kept.get().status());
            if (kept.get().contentType() != null) {
                response.setContentType(kept.get().contentType());
            }
            if (kept.get().location() != null) {
                response.setHeader("Location", kept.get().location());
            }
            response.setHeader("Idempotent-Replayed", "true");
            if (kept.get().body() != null) {
                response.getOutputStream().write(kept.get().body().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Forgets keys older than 24 hours, every hour. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOld() {
        jdbc.sql("delete from idempotent_request where created_at < ?")
                .param(OffsetDateTime.ofInstant(clock.instant().minus(KEPT_FOR), ZoneOffset.UTC)).update();
    }

    private void forget(String owner, String key) {
        jdbc.sql("delete from idempotent_request where owner = ? and idem_key = ?").params(owner, key).update();
    }

    /** Keys are the caller's own: a user's name, or for a caller with no account, no one's in particular. */
    private static String owner() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal()) ? "-" : truncate(authentication.getName(), 120);
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }

    /** The request with its body read once, so that it can be hashed and then read again by the application. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                /** The whole body is in memory: it is all available at once, and then all read. */
                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
