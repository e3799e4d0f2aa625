package org.entente.crisis;

import java.time.Instant;
import java.util.regex.Pattern;

import org.entente.shared.InvalidInput;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One CAP info block: the alert in one language, with the area it concerns. The polygon follows CAP: space-separated
 * "latitude,longitude" pairs, at least four, the first equal to the last.
 */
@Table("cap_info")
public record AlertInfo(String language, Cap.Category category, String event, Cap.Urgency urgency,
        Cap.Severity severity, Cap.Certainty certainty, String headline, String description, String instruction,
        Instant expires, String areaDesc, String polygon, String geocodeName, String geocodeValue) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

    public AlertInfo {
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            throw InvalidInput.coded("language", "must be a language tag such as en, fr or ar", "alert.invalid.language");
        }
        if (category == null) {
            throw InvalidInput.required("category");
        }
        required("event", event, 200);
        if (urgency == null || severity == null || certainty == null) {
            throw InvalidInput.required(urgency == null ? "urgency" : severity == null ? "severity" : "certainty");
        }
        required("headline", headline, 160);
        optional("description", description, 4000);
        optional("instruction", instruction, 2000);
        required("areaDesc", areaDesc, 500);
        if (polygon != null && !polygon.isBlank()) {
            checkPolygon(polygon.strip());
            polygon = polygon.strip();
        } else {
            polygon = null;
        }
        if ((geocodeName == null || geocodeName.isBlank()) != (geocodeValue == null || geocodeValue.isBlank())) {
            throw InvalidInput.coded("geocodeValue", "a geocode needs both its name and its value", "alert.invalid.geocode");
        }
    }

    private static void required(String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw InvalidInput.requiredAtMost(field, max);
        }
    }

    private static void optional(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw InvalidInput.tooLong(field, max);
        }
    }

    static void checkPolygon(String polygon) {
        String[] points = polygon.split("\\s+");
        if (points.length < 4 || !points[0].equals(points[points.length - 1])) {
            throw InvalidInput.coded("polygon", "needs at least four lat,lon points, the first repeated as the last",
                    "alert.invalid.polygon");
        }
        for (String point : points) {
            String[] ll = point.split(",");
            try {
                double lat = Double.parseDouble(ll[0]);
                double lon = Double.parseDouble(ll[1]);
                if (ll.length != 2 || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
                    throw new NumberFormatException();
                }
            } catch (RuntimeException e) {
                throw InvalidInput.coded("polygon", "'" + point + "' is not a latitude,longitude pair",
                        "alert.invalid.polygon");
            }
        }
    }
}
