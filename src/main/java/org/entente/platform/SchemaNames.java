package org.entente.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springdoc.core.customizers.OpenApiCustomizer;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;

/**
 * Names the schemas of the API description so that two types never share one: the description is generated with
 * fully qualified names ({@code springdoc.use-fqn}), and each is then shortened to its simple name where that is
 * unique, or to its enclosing type's name and its own ({@code PledgesOffer}, {@code ProcurementOffer}) where two
 * types share a simple name. Without this, records such as a pledge's offer and a bid's offer were merged into one
 * schema and the description gave one operation another's body.
 */
final class SchemaNames implements OpenApiCustomizer {

    private static final Pattern REF = Pattern.compile("\"#/components/schemas/([^\"]+)\"");

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, String> shorter = shorten(List.copyOf(openApi.getComponents().getSchemas().keySet()));
        try {
            var mapper = openApi.getOpenapi() != null && openApi.getOpenapi().startsWith("3.1")
                    ? io.swagger.v3.core.util.Json31.mapper() : Json.mapper();
            String text = mapper.writeValueAsString(openApi);
            Matcher refs = REF.matcher(text);
            StringBuilder renamed = new StringBuilder();
            while (refs.find()) {
                String name = shorter.getOrDefault(refs.group(1), refs.group(1));
                refs.appendReplacement(renamed, Matcher.quoteReplacement("\"#/components/schemas/" + name + "\""));
            }
            refs.appendTail(renamed);
            OpenAPI copy = mapper.readValue(renamed.toString(), OpenAPI.class);
            Map<String, io.swagger.v3.oas.models.media.Schema> schemas = new TreeMap<>();
            copy.getComponents().getSchemas().forEach((name, schema) -> schemas.put(shorter.getOrDefault(name, name), schema));
            copy.getComponents().setSchemas(schemas);
            openApi.setPaths(copy.getPaths());
            openApi.setComponents(copy.getComponents());
        } catch (Exception e) {
            throw new IllegalStateException("the API description could not be renamed", e);
        }
    }

    /** org.entente.logistics.Pledges$Offer -> Offer if unique, else PledgesOffer. */
    static Map<String, String> shorten(List<String> qualified) {
        Map<String, Integer> bySimple = new HashMap<>();
        qualified.forEach(q -> bySimple.merge(simple(q), 1, Integer::sum));
        Map<String, String> names = new HashMap<>();
        for (String q : qualified) {
            String simple = simple(q);
            names.put(q, bySimple.get(simple) == 1 ? simple : enclosingAndSimple(q));
        }
        return names;
    }

    private static String simple(String qualified) {
        String last = qualified.substring(qualified.lastIndexOf('.') + 1);
        return last.substring(last.lastIndexOf('$') + 1);
    }

    /** The type's own name after the names of the types that enclose it (which start with a capital letter). */
    private static String enclosingAndSimple(String qualified) {
        String[] parts = qualified.split("[.$]");
        StringBuilder name = new StringBuilder(parts[parts.length - 1]);
        for (int i = parts.length - 2; i >= 0 && !parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0)); i--) {
            name.insert(0, parts[i]);
        }
        return name.toString();
    }
}
