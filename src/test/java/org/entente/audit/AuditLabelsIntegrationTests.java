package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import org.entente.support.Bundles;
import org.entente.shared.Actor;
import org.entente.shared.Paging;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;

/**
 * The audit page names each action and kind of record in the reader's language: every action and record type the
 * demo leaves in the trail has a label in each of the six languages (the trail itself keeps the codes).
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class AuditLabelsIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Test
    void everyActionAndRecordTypeInTheDemoTrailHasALabelInEveryLanguage() throws IOException {
        Actor auditor = Actor.user("auditor", List.of(new Actor.Membership(new PartyCode("SLC"), Set.of(Role.AUDITOR))));
        Set<String> keys = new TreeSet<>();
        for (int page = 0; ; page++) {
            var entries = trail.browse(auditor, AuditFilter.none(), new Paging(page, Paging.MAX_SIZE));
            entries.items().forEach(e -> {
                keys.add("audit.action." + e.action());
                keys.add("audit.type." + e.entityType());
            });
            if ((page + 1L) * Paging.MAX_SIZE >= entries.total()) {
                break;
            }
        }
        assertThat(keys).as("labels looked for").hasSizeGreaterThan(60);

        for (String language : List.of("ar", "zh", "en", "fr", "ru", "es")) {
            Properties messages = Bundles.all(language);
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(messages.stringPropertyNames());
            assertThat(missing).as("audit labels missing in %s", language).isEmpty();
        }
    }
}
