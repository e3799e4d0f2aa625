package org.entente.compact;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A module a party adheres to, at the version it committed to. When an amendment changes a core protection or an
 * indicator of that module, the party is asked to re-confirm.
 */
@Table("adherence_module")
public record CommittedModule(String moduleCode, int moduleVersion, boolean reconfirmationDue) {
}
