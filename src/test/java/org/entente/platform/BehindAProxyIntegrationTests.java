package org.entente.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Entente behind a TLS proxy on the same host: the proxy's X-Forwarded-Proto is believed, so the browser is sent to
 * https and told to stay there (HSTS); a redirect names a path only, whatever Host the client sent.
 */
@IntegrationTest
class BehindAProxyIntegrationTests {

    @LocalServerPort
    int port;

    /** The status line and headers of a raw HTTP/1.1 GET, so that any Host header can be sent. */
    private List<String> get(String path, String... headers) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            List<String> head = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.add(line);
            }
            return head;
        }
    }

    private static String header(List<String> head, String name) {
        return head.stream().filter(h -> h.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(h -> h.substring(name.length() + 1).strip()).findFirst().orElse(null);
    }

    @Test
    void aRedirectNeverNamesTheHostTheClientSent() throws Exception {
        List<String> head = get("/account", "Host: evil.example");

        assertThat(head.get(0)).contains(" 302");
        assertThat(header(head, "Location")).isEqualTo("/login").doesNotContain("evil.example");
    }

    @Test
    void behindTheTrustedProxyRedirectsStayOnHttpsAndHstsIsSent() throws Exception {
        List<String> head = get("/account", "Host: entente.example", "X-Forwarded-Proto: https",
                "X-Forwarded-For: 203.0.113.7");

        assertThat(header(head, "Strict-Transport-Security")).contains("max-age=31536000").contains("includeSubDomains");
        assertThat(header(head, "Location")).doesNotStartWith("http:");
    }

    @Test
    void withoutAProxyThereIsNoHsts() throws Exception {
        assertThat(header(get("/", "Host: localhost"), "Strict-Transport-Security")).isNull();
    }
}
