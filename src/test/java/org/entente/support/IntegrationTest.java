package org.entente.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on a real port, with an in-memory H2 database. Every class carrying
 * exactly this annotation shares one application context, so tests create their own uniquely named data. A test
 * method may take a {@link org.springframework.modulith.test.Scenario} to follow an event to its reactions.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(Fixtures.class)
@org.springframework.modulith.test.EnableScenarios
public @interface IntegrationTest {
}
