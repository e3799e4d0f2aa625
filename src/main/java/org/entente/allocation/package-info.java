/**
 * The allocation engine: which pooled stock goes to which request by which route, in three lexicographic levels
 * (coverage, equity per priority, cost), over OR-Tools (docs/allocation.md). Its API is {@link
 * org.entente.allocation.AllocationEngine}, the {@link org.entente.allocation.Instance} it solves and the {@link
 * org.entente.allocation.Plan} it answers; the engine is plain Java with no Spring types, usable by any module
 * (logistics now, exercises later). {@link org.entente.allocation.SolveJobs} runs solves as jobs on a bounded
 * executor, outside any database transaction, and reports their state while they run.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.entente.allocation;
