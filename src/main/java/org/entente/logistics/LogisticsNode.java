package org.entente.logistics;

import org.entente.allocation.Instance;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;

/** A place of the network: a warehouse, an airlift hub, a port, a border crossing or a delivery point of a party. */
public record LogisticsNode(String code, String name, Instance.NodeKind kind, PartyCode party, Double latitude,
        Double longitude, long version) {

    public LogisticsNode {
        java.util.List<InvalidInput> found = new java.util.ArrayList<>();
        if (code == null || !code.matches("[A-Z0-9_-]{2,40}")) {
            found.add(InvalidInput.coded("code", "2 to 40 capital letters, digits, - or _", "node.invalid.code"));
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            found.add(InvalidInput.requiredAtMost("name", 200));
        }
        if (kind == null) {
            found.add(InvalidInput.coded("kind", "is required: WAREHOUSE, AIRLIFT_HUB, PORT, BORDER_CROSSING or DELIVERY_POINT",
                    "invalid.choose"));
        }
        if (party == null) {
            found.add(InvalidInput.coded("party", "is required", "invalid.choose"));
        }
        if (latitude != null && (latitude < -90 || latitude > 90)) {
            found.add(InvalidInput.between("latitude", -90, 90));
        }
        if (longitude != null && (longitude < -180 || longitude > 180)) {
            found.add(InvalidInput.between("longitude", -180, 180));
        }
        InvalidInput.throwIfAny(found);
        name = name.strip();
    }
}
