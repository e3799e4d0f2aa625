package org.entente.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors raised before the application sees a request (by Tomcat, or by the security firewall) and errors no
 * controller handled: every one is an RFC 9457 problem, with no server version, no HTML and no trace.
 */
@IntegrationTest
class ContainerErrorsIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    private String raw(String path, String... headers) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/parties/%00", "/api/v1/parties/a%2Fb", "/api/v1/parties/a%5Cb",
            "/api/v1/parties/%C3%28", "/crises/%00", "/api/v1/parties/a;b=c/d"})
    void aRequestRefusedBeforeTheApplicationIsAProblem(String path) throws Exception {
        String response = raw(path);

        assertThat(response).startsWith("HTTP/1.1 4");
        assertThat(response.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(response).doesNotContain("<html").doesNotContain("Tomcat").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/parties/", "/api/v1/no-such-thing"})
    void anAddressNobodyMapsIsAProblemForAnApiClient(String path) throws Exception {
        String response = raw(path, "Authorization: " + fixtures.user(Role.MONITOR).bearer(),
                "Accept: application/json");

        assertThat(response).matches("(?s)HTTP/1.1 40[34].*");
        assertThat(response.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(response).doesNotContain("\"timestamp\"").doesNotContain("\"path\"");
    }
}
