/**
 * Liaison (CRI-1, CRI-2): the directory of each party's liaison units with their members, mandates and on-call
 * rotation, the minutes of their meetings with decisions followed up, a meetings calendar in iCalendar, and the
 * notices an escalation level sends them. A level's notices arrive with {@link org.entente.crisis.LevelEntered},
 * after the escalation committed: {@link org.entente.liaison.NoticeOutbox} writes them to the units' inboxes and
 * queues their e-mails and SMS. {@link org.entente.liaison.LiaisonDirectory} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "platform", "party", "crisis"})
package org.entente.liaison;
