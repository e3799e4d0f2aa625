package org.entente.logistics;

import org.entente.shared.InvalidInput;
import org.entente.shared.Labelled;

/** A commodity of the catalogue: what it is counted in, what a unit weighs, and whether it moves in whole units. */
public record Commodity(String code, String name, String unit, double unitWeightKg, Double unitVolumeM3,
        Category category, Integer shelfLifeDays, boolean divisible, long version) {

    @Labelled("commodity.category")
    public enum Category { HEALTH, WASH, SHELTER, FOOD, NFI, EQUIPMENT, OTHER }

    public Commodity {
        if (code == null || !code.matches("[A-Z0-9_-]{2,40}")) {
            throw new InvalidInput("code", "2 to 40 capital letters, digits, - or _");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw InvalidInput.requiredAtMost("name", 200);
        }
        if (unit == null || unit.isBlank() || unit.length() > 20) {
            throw new InvalidInput("unit", "is required (kit, carton, piece…), at most 20 characters");
        }
        if (!(unitWeightKg > 0) || !Double.isFinite(unitWeightKg)) {
            throw InvalidInput.positive("unitWeightKg");
        }
        if (unitVolumeM3 != null && !(unitVolumeM3 > 0)) {
            throw new InvalidInput("unitVolumeM3", "must be a positive number, or left out");
        }
        if (category == null) {
            throw new InvalidInput("category", "is required: HEALTH, WASH, SHELTER, FOOD, NFI, EQUIPMENT or OTHER");
        }
        if (shelfLifeDays != null && shelfLifeDays <= 0) {
            throw new InvalidInput("shelfLifeDays", "must be a positive number of days, or left out");
        }
        name = name.strip();
        unit = unit.strip();
    }
}
