/**
 * Classification and red lines (CORE-3). Every classified record names an owner party and a level; owners set
 * sharing rules saying which parties may read their RESTRICTED data of each kind. {@link org.entente.sharing.Sharing}
 * is the one decision point every module calls for reads, lists and exports: it applies the decision table in
 * {@link org.entente.sharing.SharingPolicy} and writes each disclosure to another party into a log the owner reads.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "platform", "party"})
package org.entente.sharing;
