package org.entente.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/**
 * The facts logistics publishes, and the reactions to them: an approved request, an approved plan, a dispatched
 * shipment whose transport cost is booked by cost sharing once the dispatch has committed, and a delivery.
 */
@IntegrationTest
class LogisticsEventsIntegrationTests extends LiveStockScene {

    @Autowired
    Shipments shipments;
    @Autowired
    CostSharing costs;

    @Test
    void approvingAPlanPublishesPlanApproved(Scenario scenario) {
        long plan = plans.propose(officer.actor(), crisis).id();

        scenario.stimulate(() -> plans.approve(lead.actor(), plan))
                .andWaitForEventOfType(PlanApproved.class)
                .matching(e -> e.plan() == plan)
                .toArriveAndVerify(e -> assertThat(e.crisis()).isEqualTo(crisis));
    }

    @Test
    void aDispatchedShipmentsTransportCostIsBookedByCostSharing(Scenario scenario) {
        costs.set(lead.actor(), crisis, new CostSharing.Terms(CostSharing.Model.REQUESTER_PAYS, null, Map.of()));
        plans.approve(lead.actor(), plans.propose(officer.actor(), crisis).id());
        long shipment = shipments.ofCrisis(lead.actor(), crisis).get(0).id();

        scenario.stimulate(() -> shipments.dispatch(officer.actor(), shipment))
                .andWaitForStateChange(() -> costs.ledger(lead.actor(), crisis).total(), total -> total > 0)
                .andVerify(total -> assertThat(total).isEqualTo(800 * 5 * 0.4, org.assertj.core.data.Offset.offset(1e-6)));
        assertThat(costs.ledger(lead.actor(), crisis).accounts()).singleElement()
                .satisfies(a -> assertThat(a.party()).isEqualTo(lead.party().value()));
    }

    @Test
    void aDeliveryPublishesShipmentDelivered(Scenario scenario) {
        plans.approve(lead.actor(), plans.propose(officer.actor(), crisis).id());
        long shipment = shipments.ofCrisis(lead.actor(), crisis).get(0).id();
        shipments.dispatch(officer.actor(), shipment);

        scenario.stimulate(() -> shipments.deliver(lead.actor(), shipment,
                        java.util.List.of(new Shipment.Receipt(800.0, 0.0, null))))
                .andWaitForEventOfType(ShipmentDelivered.class)
                .matching(e -> e.shipment() == shipment)
                .toArrive();
    }

    @Test
    void closingTheCrisisCancelsTheRequestsNobodyDecidedYet(Scenario scenario) {
        AssistanceRequest pending = requests.draft(lead.actor(), crisis, lead.party(), point, java.util.List.of(
                new AssistanceRequests.LineDraft(water, 10.0, org.entente.allocation.Instance.Priority.ROUTINE,
                        java.time.Instant.now().plus(java.time.Duration.ofHours(48)))), null);
        requests.submit(lead.actor(), pending.id());

        scenario.stimulate(() -> crises.close(lead.actor(), crisis))
                .andWaitForStateChange(() -> requests.get(pending.id()).status(),
                        status -> status == AssistanceRequest.Status.CANCELLED)
                .andVerify(status -> assertThat(requests.get(pending.id()).cancelReason()).contains("was closed"));
        // The approved request of the scene stays approved: stock may be on its way.
        assertThat(requests.allOf(crisis)).filteredOn(r -> r.id() != pending.id())
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(AssistanceRequest.Status.APPROVED));
    }
}
