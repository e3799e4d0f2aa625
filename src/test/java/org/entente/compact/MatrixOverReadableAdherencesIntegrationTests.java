package org.entente.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * A property, over seeded random scenes: a compact with three modules, drafted or opened, and parties that declare
 * adherence to random modules (some then accepted). For every reader (the secretariat, a declaring party, an
 * outsider, the public), the adherence matrix holds exactly the adherences that reader can open one by one, and each
 * module's count of committed parties equals the count made from those adherences.
 */
@IntegrationTest
class MatrixOverReadableAdherencesIntegrationTests {

    private static final int SCENES = 6;
    private static final List<String> MODULES = List.of("M1", "M2", "M3");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CompactCatalogue compacts;
    @Autowired
    AdherenceDesk adherence;

    @Test
    void theMatrixAReaderGetsHoldsOnlyTheAdherencesThatReaderCanOpen() throws Exception {
        Random random = new Random(43);
        for (int scene = 0; scene < SCENES; scene++) {
            check(random, scene);
        }
    }

    private void check(Random random, int scene) throws Exception {
        var secretariat = fixtures.user(Role.SECRETARIAT);
        String code = "PM" + System.nanoTime() % 100000000;
        compacts.draft(secretariat.actor(), code, new Compact.Terms("Property compact", null, secretariat.party(), 99,
                30));
        for (String module : MODULES) {
            compacts.addModule(secretariat.actor(), code, module, new ModuleContent("Module " + module, null,
                    ModuleCategory.OTHER, null, null, null,
                    List.of(new Provision("1", "Parties shall cooperate.", Strength.SHALL, false)), null, null));
        }
        boolean open = scene == 0 || random.nextInt(4) != 0;
        List<Fixtures.TestUser> declaring = new ArrayList<>();
        if (open) {
            compacts.open(secretariat.actor(), code);
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                var focal = fixtures.user(Role.FOCAL_POINT);
                Set<String> chosen = new LinkedHashSet<>();
                MODULES.forEach(m -> {
                    if (random.nextBoolean()) {
                        chosen.add(m);
                    }
                });
                if (chosen.isEmpty()) {
                    chosen.add(MODULES.get(random.nextInt(MODULES.size())));
                }
                adherence.declare(focal.actor(), code, focal.party(), new Declaration(chosen, List.of(), List.of(),
                        List.of()));
                if (random.nextBoolean()) {
                    adherence.accept(secretariat.actor(), code, focal.party());
                }
                declaring.add(focal);
            }
        }
        var outsider = fixtures.user(Role.FOCAL_POINT);
        List<Fixtures.TestUser> readers = new ArrayList<>(List.of(secretariat, outsider));
        if (!declaring.isEmpty()) {
            readers.add(declaring.get(0));
        }
        readers.add(null);
        for (Fixtures.TestUser reader : readers) {
            String who = reader == null ? "the public" : reader.username();
            Set<String> readable = new TreeSet<>();
            Map<String, Integer> committed = new TreeMap<>();
            for (Fixtures.TestUser party : declaring) {
                MockHttpServletResponse one = response(get("/api/v1/compacts/{code}/adherence/{party}", code,
                        party.party().value()), reader);
                if (one.getStatus() == 200) {
                    readable.add(party.party().value());
                    List<String> modules = JsonPath.read(one.getContentAsString(), "$.modules[*].code");
                    modules.forEach(m -> committed.merge(m, 1, Integer::sum));
                }
            }
            MockHttpServletResponse matrix = response(get("/api/v1/compacts/{code}/adherence", code), reader);
            if (matrix.getStatus() != 200) {
                assertThat(matrix.getStatus()).as("scene %d: the matrix for %s", scene, who).isEqualTo(404);
                assertThat(readable).as("scene %d: adherences %s opens without the matrix", scene, who).isEmpty();
                continue;
            }
            List<String> rows = JsonPath.read(matrix.getContentAsString(), "$.parties[*].party");
            assertThat(new TreeSet<>(rows)).as("scene %d: the matrix's parties for %s", scene, who).isEqualTo(readable);
            Map<String, Integer> counted = new HashMap<>();
            for (String module : MODULES) {
                List<Boolean> cells = JsonPath.read(matrix.getContentAsString(),
                        "$.parties[*].modules." + module + ".committed");
                int n = (int) cells.stream().filter(Boolean::booleanValue).count();
                if (n > 0) {
                    counted.put(module, n);
                }
            }
            assertThat(new TreeMap<>(counted)).as("scene %d: committed parties per module for %s", scene, who)
                    .isEqualTo(committed);
        }
    }

    private MockHttpServletResponse response(MockHttpServletRequestBuilder request, Fixtures.TestUser reader)
            throws Exception {
        return mvc.perform(reader == null ? request : request.header("Authorization", reader.bearer())).andReturn()
                .getResponse();
    }
}
