package org.entente.logistics;

import org.entente.allocation.Instance;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;

/** A place of the network: a warehouse, an airlift hub, a port, a border crossing or a delivery point of a party. */
public record LogisticsNode(String code, String name, Instance.NodeKind kind, PartyCode party, Double latitude,
        Double longitude, long version) {

    public LogisticsNode {
        if (code == null || !code.matches("[A-Z0-9_-]{2,40}")) {
            throw new InvalidInput("code", "2 to 40 capital letters, digits, - or _");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw InvalidInput.requiredAtMost("name", 200);
        }
        if (kind == null) {
            throw new InvalidInput("kind", "is required: WAREHOUSE, AIRLIFT_HUB, PORT, BORDER_CROSSING or DELIVERY_POINT");
        }
        if (party == null) {
            throw InvalidInput.required("party");
        }
        if (latitude != null && (latitude < -90 || latitude > 90)) {
            throw new InvalidInput("latitude", "must be between -90 and 90");
        }
        if (longitude != null && (longitude < -180 || longitude > 180)) {
            throw new InvalidInput("longitude", "must be between -180 and 180");
        }
        name = name.strip();
    }
}
