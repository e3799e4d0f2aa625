package org.entente.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.entente.shared.Role;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API description tells the truth about request bodies: for every write operation, a body built from its schema
 * in the description (every property, each with a value of its declared type) is read by the server without an
 * unknown field or a value of the wrong type. A rule of the domain may still refuse it; the shape may not.
 */
@IntegrationTest
class OpenApiBodiesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JsonMapper json;

    @Test
    void aBodyBuiltFromTheDescriptionOfEveryWriteOperationGetsPastReading() throws Exception {
        JsonNode spec = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        JsonNode schemas = spec.path("components").path("schemas");
        var party = fixtures.party();
        var caller = fixtures.user(party.code(), Role.ADMIN, Role.SECRETARIAT, Role.FOCAL_POINT, Role.LOGISTICS_OFFICER);
        List<String> mismatches = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
            for (String method : List.of("post", "put", "patch")) {
                JsonNode schema = path.getValue().path(method).path("requestBody").path("content")
                        .path("application/json").path("schema");
                if (schema.isMissingNode()) {
                    continue;
                }
                operations++;
                String body = json.writeValueAsString(sample(schema, schemas, 0));
                String url = path.getKey();
                for (JsonNode parameter : path.getValue().path(method).path("parameters")) {
                    if ("path".equals(parameter.path("in").asString())) {
                        JsonNode value = sample(parameter.path("schema"), schemas, 0);
                        url = url.replace("{" + parameter.path("name").asString() + "}",
                                value.isString() ? value.asString() : value.toString());
                    }
                }
                MockHttpServletResponse response = mvc.perform(request(HttpMethod.valueOf(method.toUpperCase()), url)
                        .header("Authorization", caller.bearer()).contentType(MediaType.APPLICATION_JSON).content(body))
                        .andReturn().getResponse();
                String answer = response.getContentAsString();
                if (response.getStatus() == 400 && (answer.contains("is not a known field")
                        || answer.contains("has the wrong type or format") || answer.contains("is not well-formed"))) {
                    mismatches.add(method.toUpperCase() + " " + path.getKey() + " with " + body + ": " + answer);
                }
            }
        }
        assertThat(operations).isGreaterThan(40);
        assertThat(mismatches).isEmpty();
    }

    /** A value of the schema's type: every property of an object, one element of an array, an enum's first value. */
    private JsonNode sample(JsonNode schema, JsonNode schemas, int depth) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            return depth > 6 ? json.getNodeFactory().nullNode() : sample(schemas.path(name), schemas, depth + 1);
        }
        if (schema.has("allOf")) {
            return sample(schema.get("allOf").get(0), schemas, depth);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asString("object");
        String format = schema.path("format").asString("");
        return switch (type) {
            case "string" -> switch (format) {
                case "date-time" -> json.getNodeFactory().stringNode("2030-01-01T00:00:00Z");
                case "date" -> json.getNodeFactory().stringNode("2030-01-01");
                case "time", "partial-time" -> json.getNodeFactory().stringNode("08:00:00");
                default -> json.getNodeFactory().stringNode("x");
            };
            case "integer" -> json.getNodeFactory().numberNode(1);
            case "number" -> json.getNodeFactory().numberNode(1.5);
            case "boolean" -> json.getNodeFactory().booleanNode(true);
            case "array" -> {
                ArrayNode array = json.createArrayNode();
                array.add(sample(schema.path("items"), schemas, depth + 1));
                yield array;
            }
            default -> {
                ObjectNode object = json.createObjectNode();
                Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").properties().iterator();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    object.set(property.getKey(), sample(property.getValue(), schemas, depth + 1));
                }
                // A map (additionalProperties) stays empty: its keys may be an enum the description cannot name.
                yield object;
            }
        };
    }
}
