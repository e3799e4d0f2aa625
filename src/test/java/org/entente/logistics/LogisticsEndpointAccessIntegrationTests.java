package org.entente.logistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.entente.compact.AdherenceDesk;
import org.entente.compact.Amendment;
import org.entente.compact.AmendmentDesk;
import org.entente.compact.Compact;
import org.entente.compact.Declaration;
import org.entente.compact.CompactCatalogue;
import org.entente.compact.ModuleCategory;
import org.entente.compact.ModuleContent;
import org.entente.compact.Provision;
import org.entente.compact.Strength;
import org.entente.crisis.AlertInfo;
import org.entente.crisis.Cap;
import org.entente.crisis.Crisis;
import org.entente.crisis.CrisisAlerts;
import org.entente.crisis.CrisisRoom;
import org.entente.crisis.CrisisType;
import org.entente.crisis.Briefings;
import org.entente.crisis.Escalation;
import org.entente.crisis.TalkingPoint;
import org.entente.crisis.Translation;
import org.entente.liaison.LiaisonDirectory;
import org.entente.liaison.LiaisonUnit;
import org.entente.liaison.UnitMember;
import org.entente.crisis.LevelAction;
import org.entente.crisis.LevelTrigger;
import org.entente.crisis.ProtocolLevel;
import org.entente.crisis.SituationReport;
import org.entente.party.Party;
import org.entente.shared.Classification;
import org.entente.shared.Actor;
import org.entente.shared.Role;
import org.entente.support.EndpointAccess;
import org.entente.support.Fixtures;
import org.entente.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** This module's part of the endpoint-access walk (see {@link EndpointAccess}). */
@IntegrationTest
class LogisticsEndpointAccessIntegrationTests extends EndpointAccess {

    @Override
    protected String module() {
        return "logistics";
    }

    @Override
    protected Set<String> openToAnyLoggedIn() {
        return Set.of("POST /api/v1/logistics/allocation/solve",
                "GET /api/v1/logistics/allocation/jobs/{id}",
                "DELETE /api/v1/logistics/allocation/jobs/{id}",
                "GET /api/v1/logistics/nodes",
                "GET /api/v1/logistics/links",
                "GET /api/v1/logistics/warehouses/{code}/stock",
                "GET /api/v1/logistics/warehouses/{code}/movements",
                "GET /api/v1/logistics/crises/{id}/requests",
                "GET /api/v1/logistics/requests/{id}",
                "GET /api/v1/logistics/requests/{id}/decisions",
                "GET /api/v1/logistics/crises/{id}/allocation-plans",
                "GET /api/v1/logistics/allocation-plans/{id}",
                "GET /api/v1/logistics/crises/{id}/shipments",
                "GET /api/v1/logistics/shipments/{id}",
                "GET /api/v1/logistics/crises/{id}/pledges",
                "GET /api/v1/logistics/tenders",
                "GET /api/v1/logistics/tenders/{id}");
    }

    @Override
    protected List<Endpoint> endpoints() {
        return List.of(
            new Endpoint("GET /api/v1/logistics/commodities", true, t -> t.roles(NONE, NONE),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/commodities")),
            new Endpoint("POST /api/v1/logistics/commodities", false, t -> t.roles(new Role[] {Role.LOGISTICS_OFFICER}, NONE),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/commodities", "{\"code\": \"C" + System.nanoTime()
                            + "\", \"name\": \"Tarpaulin\", \"unit\": \"piece\", \"unitWeightKg\": 3.5, \"category\": \"SHELTER\"}")),
            new Endpoint("PUT /api/v1/logistics/commodities/{code}", false, t -> t.warehouseScene(),
                    (s, u, t) -> json(HttpMethod.PUT, "/api/v1/logistics/commodities/" + t.stockFor.get(s.party().code().value())[1],
                            "{\"name\": \"Kit\", \"unit\": \"kit\", \"unitWeightKg\": 5, \"category\": \"WASH\", \"version\": 0}")),
            new Endpoint("GET /api/v1/logistics/nodes", false, t -> t.roles(NONE, NONE),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/nodes")),
            new Endpoint("POST /api/v1/logistics/nodes", false, t -> t.partyScoped(Role.LOGISTICS_OFFICER, Role.MONITOR),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/nodes", "{\"code\": \"N" + System.nanoTime()
                            + "\", \"name\": \"Depot\", \"kind\": \"WAREHOUSE\", \"party\": \"" + s.party().code() + "\"}")),
            new Endpoint("GET /api/v1/logistics/links", false, t -> t.roles(NONE, NONE),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/links")),
            new Endpoint("POST /api/v1/logistics/links", false, t -> t.warehouseScene(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/links", "{\"from\": \""
                            + t.stockFor.get(s.party().code().value())[0] + "\", \"to\": \"" + t.stockFor.get(s.party().code().value())[2]
                            + "\", \"mode\": \"ROAD\", \"transitHours\": 5, \"capacityKg\": 1000, \"costPerKg\": 0.2}")),
            new Endpoint("POST /api/v1/logistics/links/{id}/closure", false, t -> t.warehouseScene(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/links/" + t.stockFor.get(s.party().code().value())[3]
                            + "/closure", "{\"reason\": \"Bridge down\"}")),
            new Endpoint("POST /api/v1/logistics/links/{id}/reopening", false, t -> t.warehouseScene(),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/logistics/links/" + t.stockFor.get(s.party().code().value())[3]
                            + "/reopening")),
            new Endpoint("GET /api/v1/logistics/warehouses/{code}/stock", false, t -> t.warehouseScene(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/warehouses/" + t.stockFor.get(s.party().code().value())[0]
                            + "/stock")),
            new Endpoint("GET /api/v1/logistics/warehouses/{code}/movements", false, t -> t.warehouseScene(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/warehouses/" + t.stockFor.get(s.party().code().value())[0]
                            + "/movements")),
            new Endpoint("POST /api/v1/logistics/warehouses/{code}/movements", false, t -> t.warehouseScene(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/warehouses/" + t.stockFor.get(s.party().code().value())[0]
                            + "/movements", "{\"kind\": \"RECEIPT\", \"commodity\": \"" + t.stockFor.get(s.party().code().value())[1]
                            + "\", \"lot\": \"L1\", \"owner\": \"" + s.party().code() + "\", \"quantity\": 10, \"reason\": \"Donation\"}")),
            new Endpoint("PUT /api/v1/logistics/warehouses/{code}/minimums/{commodity}", false, t -> t.warehouseScene(),
                    (s, u, t) -> json(HttpMethod.PUT, "/api/v1/logistics/warehouses/" + t.stockFor.get(s.party().code().value())[0]
                            + "/minimums/" + t.stockFor.get(s.party().code().value())[1], "{\"minimum\": 100}")),
            new Endpoint("GET /api/v1/logistics/parties/{party}/stock-visibility", false, t -> t.memberOrNot(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/parties/" + s.party().code() + "/stock-visibility")),
            new Endpoint("PUT /api/v1/logistics/parties/{party}/stock-visibility", false,
                    t -> t.partyScoped(Role.LOGISTICS_OFFICER, Role.MONITOR),
                    (s, u, t) -> json(HttpMethod.PUT, "/api/v1/logistics/parties/" + s.party().code() + "/stock-visibility",
                            "{\"classification\": \"RESTRICTED\"}")),
            new Endpoint("GET /api/v1/logistics/crises/{id}/requests", false, t -> t.requestScene(false),
                    (s, u, t) -> request(HttpMethod.GET, t.crisisPath(s).replace("/api/v1/crises/", "/api/v1/logistics/crises/")
                            + "/requests")),
            new Endpoint("POST /api/v1/logistics/crises/{id}/requests", false, t -> t.requestScene(false),
                    (s, u, t) -> json(HttpMethod.POST, t.crisisPath(s).replace("/api/v1/crises/", "/api/v1/logistics/crises/")
                            + "/requests", "{\"party\": \"" + s.party().code() + "\", \"deliveryPoint\": \""
                            + t.requestFor.get(s.party().code().value())[1] + "\", \"lines\": [{\"commodity\": \""
                            + t.requestFor.get(s.party().code().value())[2] + "\", \"quantity\": 5, \"priority\": \"URGENT\","
                            + " \"neededBy\": \"2099-01-01T00:00:00Z\"}]}")),
            new Endpoint("GET /api/v1/logistics/requests/{id}", false, t -> t.requestScene(false),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/requests/" + t.requestFor.get(s.party().code().value())[0])),
            new Endpoint("GET /api/v1/logistics/requests/{id}/decisions", false, t -> t.requestScene(false),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/requests/" + t.requestFor.get(s.party().code().value())[0]
                            + "/decisions")),
            new Endpoint("POST /api/v1/logistics/requests/{id}/submission", false, t -> t.requestScene(false),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/logistics/requests/" + t.requestFor.get(s.party().code().value())[0]
                            + "/submission")),
            new Endpoint("POST /api/v1/logistics/requests/{id}/approval", false, t -> t.requestScene(true),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/logistics/requests/" + t.requestFor.get(s.party().code().value())[0]
                            + "/approval")),
            new Endpoint("POST /api/v1/logistics/requests/{id}/cancellation", false, t -> t.requestScene(true),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/requests/" + t.requestFor.get(s.party().code().value())[0]
                            + "/cancellation", "{\"reason\": \"No longer needed\"}")),
            new Endpoint("GET /api/v1/logistics/crises/{id}/allocation-plans", false, t -> t.planScene(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/crises/" + t.crisisFor.get(s.party().code().value())[0]
                            + "/allocation-plans")),
            new Endpoint("POST /api/v1/logistics/crises/{id}/allocation-plans", false, t -> t.planScene(),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/logistics/crises/" + t.crisisFor.get(s.party().code().value())[0]
                            + "/allocation-plans")),
            new Endpoint("GET /api/v1/logistics/allocation-plans/{id}", false, t -> t.planScene(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/allocation-plans/" + t.planFor.get(s.party().code().value()))),
            new Endpoint("POST /api/v1/logistics/allocation-plans/{id}/approval", false, t -> t.planScene(),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/logistics/allocation-plans/" + t.planFor.get(s.party().code().value())
                            + "/approval")),
            new Endpoint("POST /api/v1/logistics/allocation-plans/{id}/withdrawal", false, t -> t.planScene(),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/logistics/allocation-plans/" + t.planFor.get(s.party().code().value())
                            + "/withdrawal")),
            new Endpoint("GET /api/v1/logistics/crises/{id}/shipments", false, t -> t.shipmentScene(false, false),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/crises/" + t.crisisFor.get(s.party().code().value())[0]
                            + "/shipments")),
            new Endpoint("GET /api/v1/logistics/shipments/{id}", false, t -> t.shipmentScene(false, false),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/shipments/" + t.shipmentFor.get(s.party().code().value()))),
            new Endpoint("POST /api/v1/logistics/shipments/{id}/dispatch", false, t -> t.shipmentScene(false, false),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/logistics/shipments/" + t.shipmentFor.get(s.party().code().value())
                            + "/dispatch")),
            new Endpoint("POST /api/v1/logistics/shipments/{id}/events", false, t -> t.shipmentScene(true, false),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/shipments/" + t.shipmentFor.get(s.party().code().value())
                            + "/events", "{\"status\": \"IN_TRANSIT\", \"place\": \"Km 40\"}")),
            new Endpoint("POST /api/v1/logistics/shipments/{id}/delivery", false, t -> t.shipmentScene(true, true),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/shipments/" + t.shipmentFor.get(s.party().code().value())
                            + "/delivery", "{\"items\": [{\"accepted\": 5, \"rejected\": 0}]}")),
            new Endpoint("POST /api/v1/logistics/shipments/{id}/cancellation", false, t -> t.shipmentScene(false, false),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/shipments/" + t.shipmentFor.get(s.party().code().value())
                            + "/cancellation", "{\"reason\": \"Road flooded\"}")),
            new Endpoint("GET /api/v1/logistics/crises/{id}/cost-sharing", true, t -> t.crisisScene(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/crises/" + t.crisisFor.get(s.party().code().value())[0]
                            + "/cost-sharing")),
            new Endpoint("PUT /api/v1/logistics/crises/{id}/cost-sharing", false, t -> t.crisisScene(),
                    (s, u, t) -> json(HttpMethod.PUT, "/api/v1/logistics/crises/" + t.crisisFor.get(s.party().code().value())[0]
                            + "/cost-sharing", "{\"model\": \"REQUESTER_PAYS\"}")),
            new Endpoint("GET /api/v1/logistics/crises/{id}/transparency", true, t -> t.crisisScene(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/crises/" + t.crisisFor.get(s.party().code().value())[0]
                            + "/transparency")),
            new Endpoint("GET /api/v1/logistics/crises/{id}/pledges", false, t -> t.pledgeScene(),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/crises/" + t.crisisFor.get(s.party().code().value())[0]
                            + "/pledges")),
            new Endpoint("POST /api/v1/logistics/crises/{id}/pledges", false, t -> t.pledgeScene(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/crises/" + t.crisisFor.get(s.party().code().value())[0]
                            + "/pledges", "{\"party\": \"" + s.party().code() + "\", \"commodity\": \""
                            + t.requestFor.get(s.party().code().value())[2] + "\", \"quantity\": 5, \"kind\": \"TO_PROCURE\","
                            + " \"availableBy\": \"2099-01-01\"}")),
            new Endpoint("POST /api/v1/logistics/pledges/{id}/fulfilment", false, t -> t.pledgeScene(),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/logistics/pledges/" + t.pledgeFor.get(s.party().code().value())
                            + "/fulfilment")),
            new Endpoint("POST /api/v1/logistics/pledges/{id}/destination", false, t -> t.pledgeScene(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/pledges/" + t.pledgeFor.get(s.party().code().value())
                            + "/destination", "{\"warehouse\": \"" + t.pledgeWarehouseFor.get(s.party().code().value()) + "\"}")),
            new Endpoint("POST /api/v1/logistics/pledges/{id}/withdrawal", false, t -> t.pledgeScene(),
                    (s, u, t) -> request(HttpMethod.POST, "/api/v1/logistics/pledges/" + t.pledgeFor.get(s.party().code().value())
                            + "/withdrawal")),
            new Endpoint("GET /api/v1/logistics/tenders", false, t -> t.roles(NONE, NONE),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/tenders")),
            new Endpoint("POST /api/v1/logistics/tenders", false, t -> t.warehouseScene(),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/tenders", "{\"buyer\": \"" + s.party().code()
                            + "\", \"title\": \"Kits\", \"commodity\": \"" + t.stockFor.get(s.party().code().value())[1]
                            + "\", \"quantity\": 100, \"deliveryTo\": \"" + t.stockFor.get(s.party().code().value())[0]
                            + "\", \"closesAt\": \"2099-01-01T00:00:00Z\"}")),
            new Endpoint("GET /api/v1/logistics/tenders/{id}", false, t -> t.tenderScene(false),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/tenders/" + t.tenderFor.get(s.party().code().value()))),
            new Endpoint("POST /api/v1/logistics/tenders/{id}/bids", false, t -> t.tenderScene(false),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/tenders/" + t.tenderFor.get(s.party().code().value())
                            + "/bids", "{\"supplier\": \"Aquasafe Ltd\", \"unitPrice\": 7.5, \"currency\": \"USD\","
                            + " \"deliveryBy\": \"2099-02-01\"}")),
            new Endpoint("POST /api/v1/logistics/tenders/{id}/award", false, t -> t.tenderScene(true),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/tenders/" + t.tenderFor.get(s.party().code().value())
                            + "/award", "{\"bid\": " + t.bidFor.get(s.party().code().value()) + "}")),
            new Endpoint("GET /api/v1/logistics/tenders/{id}/ocds", true, t -> t.tenderScene(false),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/tenders/" + t.tenderFor.get(s.party().code().value())
                            + "/ocds")),
            new Endpoint("POST /api/v1/logistics/allocation/solve", false, t -> t.roles(NONE, NONE),
                    (s, u, t) -> json(HttpMethod.POST, "/api/v1/logistics/allocation/solve",
                            org.entente.logistics.AllocationApiIntegrationTests.EXAMPLE)),
            new Endpoint("GET /api/v1/logistics/allocation/jobs/{id}", false, t -> t.roles(NONE, NONE),
                    (s, u, t) -> request(HttpMethod.GET, "/api/v1/logistics/allocation/jobs/" + t.jobOf(s.allowed()))),
            new Endpoint("DELETE /api/v1/logistics/allocation/jobs/{id}", false, t -> t.roles(NONE, NONE),
                    (s, u, t) -> request(HttpMethod.DELETE, "/api/v1/logistics/allocation/jobs/" + t.jobOf(s.allowed()))));
    }
}
