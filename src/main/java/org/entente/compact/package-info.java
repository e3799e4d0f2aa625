/**
 * Modular compacts (MIG-1 to MIG-3): a compact is a menu of modules, each a versioned text of provisions, measurable
 * indicators, implementation phases and a sunset clause. Parties adhere to the modules that fit them, with declared
 * adaptations that may never weaken a core protection; amendments produce new module versions.
 * {@link org.entente.compact.CompactCatalogue} is the module's API for drafting and reading compacts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "platform", "party", "sharing"})
package org.entente.compact;
