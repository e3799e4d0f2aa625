package org.entente;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entente: one process serving the web UI, the JSON API and the engines. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EntenteApplication {

    public static void main(String[] args) {
        SpringApplication.run(EntenteApplication.class, args);
    }
}
