package org.entente.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The operator's endpoints: health for anyone, metrics for administrators and auditors. */
@IntegrationTest
class ActuatorAccessIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void metricsAreForAdministratorsAndAuditorsWhileHealthIsPublic() throws Exception {
        assertThat(status(request(HttpMethod.GET, "/actuator/health"))).isEqualTo(200);
        assertThat(status(request(HttpMethod.GET, "/actuator/prometheus"))).isEqualTo(401);
        assertThat(status(request(HttpMethod.GET, "/actuator/prometheus")
                .header("Authorization", fixtures.user(Role.FOCAL_POINT).bearer()))).isEqualTo(403);
        var response = mvc.perform(request(HttpMethod.GET, "/actuator/prometheus")
                .header("Authorization", fixtures.user(Role.AUDITOR).bearer())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("jvm_memory_used_bytes");
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
