package org.entente;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(EntenteApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * Also reads the Javadoc the build collected: a comment with an unbalanced bracket (such as a half-open range
     * written [a..b)) makes the documenter misread the next type and fail with "No signature found in source map".
     */
    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
