/**
 * Pooled stockpiles and relief logistics (CRI-4, CRI-5). So far: the commodity {@link org.entente.logistics.Catalogue},
 * the {@link org.entente.logistics.LogisticsNetwork} of nodes and links, stock kept as a ledger of movements
 * ({@link org.entente.logistics.StockCards}), and the allocation engine
 * ({@link org.entente.allocation.AllocationEngine}, plain Java over OR-Tools) that decides which pooled stock
 * goes to which request by which route, and its what-if endpoint. The engine takes a self-contained instance, so the
 * exercises module can reuse it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "audit", "party", "sharing", "crisis", "allocation"})
package org.entente.logistics;
