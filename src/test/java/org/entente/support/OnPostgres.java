package org.entente.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The same as {@link IntegrationTest} but against PostgreSQL. Without {@code ENTENTE_TEST_POSTGRES_URL} the
 * tests are reported as skipped, never as passed; {@code .ci/run} sets it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = "ENTENTE_TEST_POSTGRES_URL", matches = ".+",
        disabledReason = "set ENTENTE_TEST_POSTGRES_URL to run the PostgreSQL tests")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"test", "postgres-test"})
@Import({Fixtures.class, FreshPostgresSchema.class})
@org.springframework.modulith.test.EnableScenarios
public @interface OnPostgres {
}
