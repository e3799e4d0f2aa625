package org.entente.compact;

import java.time.Instant;

import org.entente.shared.InvalidInput;
import org.springframework.data.relational.core.mapping.Table;

/** A party's comment on an amendment, in any language. */
@Table("amendment_comment")
public record AmendmentComment(String party, String author, String language, String text, Instant postedAt) {

    public AmendmentComment {
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw InvalidInput.requiredAtMost("text", 4000);
        }
        text = text.strip();
    }
}
