/**
 * Parties and the stakeholder map (CORE-1): governments, regional bodies, international organisations, unions,
 * employers, civil society and migrant organisations, with their working languages, focal points, interests and
 * influence. The directory's public fields are open to anyone; contact details and the stakeholder assessment need
 * a login. {@link org.entente.party.PartyDirectory} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "platform"})
package org.entente.party;
