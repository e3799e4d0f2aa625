package org.entente.crisis;

import java.util.regex.Pattern;

import org.entente.shared.InvalidInput;
import org.springframework.data.relational.core.mapping.Table;

/** One level of an escalation protocol, in order of gravity, and who is notified on entering it. */
@Table("protocol_level")
public record ProtocolLevel(String name, String notifies) {

    static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

    public ProtocolLevel {
        if (name == null || !NAME.matcher(name).matches()) {
            throw InvalidInput.coded("name", "must be 2-30 upper-case letters, digits or underscores, such as ALERT",
                    "protocol.invalid.levelName");
        }
        if (notifies != null && notifies.length() > 500) {
            throw InvalidInput.tooLong("notifies", 500);
        }
    }
}
