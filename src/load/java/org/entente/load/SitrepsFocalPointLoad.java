package org.entente.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A red-lined read that discloses: another party's focal point reads the situation reports with a bearer token, so
 * records shared under a red line are logged as disclosures. The token is taken once, before the run: 64 password
 * checks at once would measure the password hash, not the read path.
 */
public class SitrepsFocalPointLoad extends Reading {

    private static final String USER = System.getProperty("load.focalPoint", "focal.xda");
    private static final String PASSWORD = System.getProperty("load.password", "demo-password");

    public SitrepsFocalPointLoad() {
        super("GET /api/v1/crises/{id}/sitreps, focal point", "/api/v1/crises/" + CRISIS + "/sitreps",
                "Bearer " + token(), 300, 250);
    }

    private static String token() {
        String body = "{\"username\":\"" + USER + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"load run\"}";
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(BASE + "/api/v1/identity/tokens")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
            if (response.statusCode() != 201 || !token.find()) {
                throw new IllegalStateException("no token for " + USER + ": HTTP " + response.statusCode());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("no token for " + USER, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
