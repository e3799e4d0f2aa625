package org.entente.liaison;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Sends notice SMS through an HTTP gateway: a JSON {@code {"to": "+...", "text": "..."}} POSTed to the configured
 * URL, with an optional bearer token. Any 2xx answer means the gateway took the message. Most SMS providers, or a
 * small adapter in front of one, accept this shape.
 */
@Component
class SmsNoticeGateway implements NoticeGateway {

    private final String url;
    private final String token;
    private final RestClient http;

    SmsNoticeGateway(@Value("${entente.notices.sms.gateway-url:}") String url,
            @Value("${entente.notices.sms.gateway-token:}") String token) {
        this.url = url == null ? "" : url.strip();
        this.token = token == null ? "" : token.strip();
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(Duration.ofSeconds(5));
        timeouts.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(timeouts).build();
    }

    @Override
    public NoticeMessage.Channel channel() {
        return NoticeMessage.Channel.SMS;
    }

    @Override
    public boolean ready() {
        return !url.isEmpty();
    }

    @Override
    public void send(String address, String subject, String body) throws DeliveryFailure {
        try {
            http.post().uri(URI.create(url)).contentType(MediaType.APPLICATION_JSON)
                    .headers(h -> {
                        if (!token.isEmpty()) {
                            h.set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
                        }
                    })
                    .body(Map.of("to", address, "text", body))
                    .retrieve().toBodilessEntity();
        } catch (RestClientResponseException e) {
            throw new DeliveryFailure("SMS gateway answered " + e.getStatusCode().value(), e);
        } catch (RestClientException | IllegalArgumentException e) {
            throw new DeliveryFailure("SMS gateway: " + e.getClass().getSimpleName(), e);
        }
    }
}
