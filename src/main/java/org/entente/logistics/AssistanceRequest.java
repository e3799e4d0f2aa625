package org.entente.logistics;

import java.time.Instant;
import java.util.List;

import org.entente.allocation.Instance;
import org.entente.shared.Classification;
import org.entente.shared.Labelled;
import org.entente.shared.PartyCode;

/**
 * A request for assistance: a party asks, for a crisis, for commodities at a delivery point, each line with its
 * priority and needed-by time. DRAFT → SUBMITTED → APPROVED (by the holder of the decision right for each kind of
 * resource asked for) → PARTIALLY_FULFILLED / FULFILLED as deliveries arrive; CANCELLED with a reason at any point
 * before it is fulfilled. Its classification is the requesting party's red line (ASSISTANCE_REQUEST): CONFIDENTIAL
 * shows it only to the requesting party, the crisis's lead and the holders of the decision rights it needs.
 */
public record AssistanceRequest(long id, long crisis, PartyCode requestingParty, String deliveryPoint, Status status,
        String note, Classification classification, List<Line> lines, Instant createdAt, String createdBy, Instant submittedAt, Instant decidedAt,
        String decidedBy, String cancelReason, long version) {

    @Labelled("request.status")
    public enum Status { DRAFT, SUBMITTED, APPROVED, PARTIALLY_FULFILLED, FULFILLED, CANCELLED }

    public record Line(String commodity, double quantity, Instance.Priority priority, Instant neededBy,
            double delivered) {
    }

    public AssistanceRequest {
        lines = List.copyOf(lines);
    }
}
