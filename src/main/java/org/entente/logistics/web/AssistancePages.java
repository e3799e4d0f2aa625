package org.entente.logistics.web;

import org.entente.logistics.AllocationPlans;
import org.entente.logistics.AssistanceRequest;
import org.entente.logistics.AssistanceRequests;
import org.entente.logistics.Catalogue;
import org.entente.logistics.CostSharing;
import org.entente.logistics.LogisticsNetwork;
import org.entente.logistics.LogisticsNode;
import org.entente.logistics.Pledge;
import org.entente.logistics.Pledges;
import org.entente.logistics.Shipment;
import org.entente.logistics.Shipments;
import org.entente.logistics.Transparency;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.entente.platform.PageCommand;
import org.entente.crisis.CrisisRoom;
import org.entente.allocation.Instance;
import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A crisis's requests for assistance: the list with its actions, and a form with three spare lines. */
@Controller
class AssistancePages {

    private final AssistanceRequests requests;
    private final CrisisRoom crises;
    private final Catalogue catalogue;
    private final LogisticsNetwork network;
    private final AllocationPlans plans;
    private final Shipments shipments;
    private final Transparency transparencyView;
    private final tools.jackson.databind.json.JsonMapper json;
    private final Pledges pledges;

    private final LogisticsNames names;
    private final CostSharing costSharing;

    AssistancePages(AssistanceRequests requests, CrisisRoom crises, Catalogue catalogue, LogisticsNetwork network,
            AllocationPlans plans, Shipments shipments, Transparency transparencyView,
            tools.jackson.databind.json.JsonMapper json, Pledges pledges, LogisticsNames names, CostSharing costSharing) {
        this.costSharing = costSharing;
        this.names = names;
        this.pledges = pledges;
        this.json = json;
        this.transparencyView = transparencyView;
        this.shipments = shipments;
        this.requests = requests;
        this.crises = crises;
        this.catalogue = catalogue;
        this.network = network;
        this.plans = plans;
    }

    @GetMapping("/logistics/crises/{id}/transparency")
    String transparency(Actor actor, @PathVariable long id, Model model) {
        var view = transparencyView.of(actor, id);
        model.addAttribute("v", view);
        if (actor.isAuthenticated()) {
            var crisis = crises.get(actor, id);
            if (actor.hasAnyRole(Role.SECRETARIAT) || actor.hasRoleFor(crisis.leadParty(), Role.FOCAL_POINT)) {
                java.util.Set<String> sharers = new java.util.TreeSet<>();
                sharers.add(crisis.leadParty().value());
                crisis.affectedParties().forEach(p -> sharers.add(p.value()));
                sharers.addAll(view.costs().terms().weights().keySet());
                view.costs().accounts().forEach(a -> sharers.add(a.party()));
                model.addAttribute("sharers", sharers);
                model.addAttribute("costModels", CostSharing.Model.values());
            }
        }
        return "logistics/transparency";
    }

    /** The lead party's focal point, or the secretariat, sets how transport costs are shared. */
    @PostMapping("/logistics/crises/{id}/cost-sharing")
    String setCostSharing(Actor actor, @PathVariable long id, HttpServletRequest form, RedirectAttributes redirect) {
        return PageCommand.run(redirect, "costs.saved", () -> {
            String chosen = form.getParameter("model");
            if (chosen == null || chosen.isBlank()) {
                throw InvalidInput.coded("model", "is required", "invalid.choose");
            }
            java.util.Map<String, Double> weights = new java.util.TreeMap<>();
            java.util.Map<String, Double> caps = new java.util.TreeMap<>();
            List<InvalidInput> found = new ArrayList<>();
            form.getParameterMap().forEach((name, values) -> {
                String value = values.length == 0 || values[0] == null ? "" : values[0].strip();
                if (value.isEmpty() || !(name.startsWith("weight.") || name.startsWith("cap."))) {
                    return;
                }
                try {
                    (name.startsWith("weight.") ? weights : caps).put(name.substring(name.indexOf('.') + 1),
                            Double.valueOf(value.replace(",", "")));
                } catch (NumberFormatException e) {
                    found.add(InvalidInput.notANumber(name));
                }
            });
            InvalidInput.throwIfAny(found);
            costSharing.set(actor, id, new CostSharing.Terms(CostSharing.Model.valueOf(chosen), weights, caps));
        }, "/logistics/crises/" + id + "/transparency");
    }

    /** Requests and shipments shown per page, newest first. */
    static final int PER_PAGE = 10;

    @GetMapping("/logistics/crises/{id}/requests")
    String list(Actor actor, @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String job,
            @org.springframework.web.bind.annotation.RequestParam(name = "requests", required = false) Integer requestPage,
            @org.springframework.web.bind.annotation.RequestParam(name = "shipments", required = false) Integer shipmentPage,
            Model model) {
        if (job != null && job.length() <= 64) {
            plans.proposal(actor, job).ifPresent(j -> {
                model.addAttribute("proposal", j);
                long seconds = Math.round(j.runningSeconds(java.time.Instant.now()));
                model.addAttribute("proposalSeconds", seconds);
                model.addAttribute("proposalPercent", Math.min(100, Math.round(100 * seconds / j.timeLimitSeconds())));
            });
        }
        var crisis = crises.get(actor, id);
        model.addAttribute("crisis", crisis);
        var visible = requests.visibleOf(actor, id);
        var requestSlice = org.entente.platform.PageSlice.of(visible.items(), requestPage, PER_PAGE);
        model.addAttribute("requests", requestSlice.items());
        model.addAttribute("requestPage", requestSlice);
        model.addAttribute("requestsWithheld", visible.withheld());
        java.util.Map<Long, AssistanceRequests.Decisions> decisions = new java.util.HashMap<>();
        java.util.Set<Long> mayApprove = new java.util.HashSet<>();
        visible.items().stream().filter(r -> r.status() == AssistanceRequest.Status.SUBMITTED).forEach(r -> {
            AssistanceRequests.Decisions d = requests.decisionsOf(actor, r.id());
            decisions.put(r.id(), d);
            if (d.awaiting().stream().anyMatch(a -> crises.decides(actor, id, a.resource()))) {
                mayApprove.add(r.id());
            }
        });
        model.addAttribute("decisions", decisions);
        // Plans name their lines "request/line"; a person reads "Water kit for Costrava (request 2, line 1)".
        java.util.Map<String, String[]> lineNames = new java.util.HashMap<>();
        visible.items().forEach(r -> {
            for (int i = 0; i < r.lines().size(); i++) {
                lineNames.put(r.id() + "/" + i, new String[] {names.commodity(r.lines().get(i).commodity()),
                        r.requestingParty().value(), String.valueOf(r.id()), String.valueOf(i + 1)});
            }
        });
        model.addAttribute("lineNames", lineNames);
        model.addAttribute("mayApprove", mayApprove);
        model.addAttribute("classifications", List.of(org.entente.shared.Classification.PARTNERS,
                org.entente.shared.Classification.RESTRICTED, org.entente.shared.Classification.CONFIDENTIAL));
        model.addAttribute("commodities", catalogue.all());
        model.addAttribute("points", network.nodes(actor).stream()
                .filter(n -> n.kind() == Instance.NodeKind.DELIVERY_POINT).toList());
        List<String> parties = new ArrayList<>();
        for (PartyCode p : crisis.affectedParties()) {
            if (actor.hasRoleFor(p, Role.FOCAL_POINT) || actor.hasRoleFor(p, Role.LOGISTICS_OFFICER)) {
                parties.add(p.value());
            }
        }
        if (!parties.contains(crisis.leadParty().value()) && (actor.hasRoleFor(crisis.leadParty(), Role.FOCAL_POINT)
                || actor.hasRoleFor(crisis.leadParty(), Role.LOGISTICS_OFFICER))) {
            parties.add(crisis.leadParty().value());
        }
        model.addAttribute("requestsFor", parties);
        model.addAttribute("priorities", Instance.Priority.values());
        // The requests just read are the ones the plans and shipments may show: one disclosure each, not three.
        java.util.Set<Long> readable = visible.items().stream().map(AssistanceRequest::id)
                .collect(java.util.stream.Collectors.toSet());
        List<AllocationPlans.StoredPlan> stored = plans.ofCrisis(actor, id, visible.items());
        model.addAttribute("plans", stored);
        List<java.util.Map<String, Object>> nodes = new ArrayList<>();
        for (LogisticsNode n : network.nodes(actor)) {
            java.util.Map<String, Object> node = new java.util.LinkedHashMap<>();
            node.put("code", n.code());
            node.put("name", n.name());
            node.put("kind", n.kind().name());
            node.put("lat", n.latitude());
            node.put("lon", n.longitude());
            nodes.add(node);
        }
        model.addAttribute("nodesJson", json.writeValueAsString(nodes));
        java.util.Map<Long, String> flows = new java.util.HashMap<>();
        for (AllocationPlans.StoredPlan sp : stored) {
            List<java.util.Map<String, Object>> lines = new ArrayList<>();
            sp.plan().requests().forEach(r -> r.flows().forEach(f -> lines.add(java.util.Map.of("path", f.path(),
                    "quantity", f.quantity(), "label", r.id() + ": " + f.quantity() + " → " + String.join(" → ", f.path())))));
            flows.put(sp.id(), json.writeValueAsString(lines));
        }
        model.addAttribute("flowsJson", flows);
        List<Pledge> pledged = pledges.ofCrisis(actor, id);
        model.addAttribute("pledges", pledged);
        model.addAttribute("fulfillable", pledged.stream().filter(p -> pledges.offersFulfilment(actor, p))
                .map(Pledge::id).toList());
        model.addAttribute("withdrawable", pledged.stream().filter(p -> pledges.offersWithdrawal(actor, p))
                .map(Pledge::id).toList());
        model.addAttribute("destinable", pledged.stream().filter(p -> pledges.offersDestination(actor, p))
                .map(Pledge::id).toList());
        model.addAttribute("pledgesFor", actor.partiesWith(Role.LOGISTICS_OFFICER, Role.FOCAL_POINT));
        model.addAttribute("holders", network.nodes(actor).stream()
                .filter(n -> n.kind() != Instance.NodeKind.DELIVERY_POINT && n.kind() != Instance.NodeKind.BORDER_CROSSING)
                .toList());
        List<Shipments.Tracked> shown = shipments.ofCrisis(actor, id, readable);
        var shipmentSlice = org.entente.platform.PageSlice.of(shown, shipmentPage, PER_PAGE);
        model.addAttribute("shipments", shipmentSlice.items());
        model.addAttribute("shipmentPage", shipmentSlice);
        model.addAttribute("lateShipments", shown.stream().filter(sh -> sh.legs().stream().anyMatch(Shipments.Leg::late))
                .map(Shipments.Tracked::id).toList());
        return "logistics/requests";
    }

    @PostMapping("/logistics/crises/{id}/requests")
    String draft(Actor actor, @PathVariable long id, @RequestParam(required = false) String party,
            @RequestParam(required = false) String deliveryPoint, @RequestParam(required = false) String note,
            @RequestParam(required = false) org.entente.shared.Classification classification,
            HttpServletRequest form, RedirectAttributes redirect) {
        String[] commodity = form.getParameterValues("commodity");
        String[] quantity = form.getParameterValues("quantity");
        String[] priority = form.getParameterValues("priority");
        String[] neededBy = form.getParameterValues("neededBy");
        return act(redirect, id, "request.drafted", () -> {
            List<AssistanceRequests.LineDraft> lines = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            List<InvalidInput> found = new ArrayList<>();
            for (int i = 0; commodity != null && i < commodity.length; i++) {
                if (at(quantity, i) == null && at(neededBy, i) == null && at(priority, i) == null) {
                    continue;
                }
                String at = "lines[" + i + "]";
                Double q = null;
                try {
                    q = at(quantity, i) == null ? null : Double.valueOf(at(quantity, i).replace(",", ""));
                } catch (NumberFormatException e) {
                    found.add(InvalidInput.notANumber(at + ".quantity"));
                }
                Instant by = null;
                try {
                    by = at(neededBy, i) == null ? null : LocalDateTime.parse(at(neededBy, i)).toInstant(ZoneOffset.UTC);
                } catch (java.time.format.DateTimeParseException e) {
                    found.add(InvalidInput.notADateTime(at + ".neededBy"));
                }
                Instance.Priority p = null;
                try {
                    p = at(priority, i) == null ? null : Instance.Priority.valueOf(at(priority, i));
                } catch (IllegalArgumentException e) {
                    found.add(InvalidInput.coded(at + ".priority", "is not a priority", "invalid.choose"));
                }
                rows.add(i);
                lines.add(new AssistanceRequests.LineDraft(at(commodity, i), q, p, by));
            }
            if (!found.isEmpty()) {
                List<String> named = found.stream().map(e -> e.problems().get(0).field()).toList();
                onRows(new InvalidInput(requests.problemsOf(lines).stream().flatMap(e -> e.problems().stream())
                        .toList()), rows).problems().stream().filter(p -> !named.contains(p.field()))
                        .forEach(p -> found.add(new InvalidInput(List.of(p))));
                InvalidInput.throwIfAny(found);
            }
            try {
                requests.draft(actor, id, party == null || party.isBlank() ? null : PartyCode.of(party), deliveryPoint,
                        lines, note, classification == null ? org.entente.shared.Classification.PARTNERS : classification);
            } catch (InvalidInput e) {
                throw onRows(e, rows);
            }
        });
    }

    /** The service numbers the lines it was given; the form's rows may have blanks between them. */
    private static InvalidInput onRows(InvalidInput e, List<Integer> rows) {
        return new InvalidInput(e.problems().stream().map(p -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^lines\\[(\\d+)\\]").matcher(p.field());
            if (!m.find() || Integer.parseInt(m.group(1)) >= rows.size()) {
                return p;
            }
            String field = "lines[" + rows.get(Integer.parseInt(m.group(1))) + "]" + p.field().substring(m.end());
            return new InvalidInput.FieldProblem(field, p.message(), p.code(), p.args());
        }).toList());
    }

    @PostMapping("/logistics/requests/{requestId}/submit")
    String submit(Actor actor, @PathVariable long requestId, RedirectAttributes redirect) {
        long crisis = requests.get(actor, requestId).crisis();
        return act(redirect, crisis, "request.submitted", () -> requests.submit(actor, requestId));
    }

    @PostMapping("/logistics/requests/{requestId}/approve")
    String approve(Actor actor, @PathVariable long requestId, RedirectAttributes redirect) {
        long crisis = requests.get(actor, requestId).crisis();
        AssistanceRequest[] approved = new AssistanceRequest[1];
        String page = act(redirect, crisis, "request.approved", () -> approved[0] = requests.approve(actor, requestId));
        if (approved[0] != null && approved[0].status() == AssistanceRequest.Status.SUBMITTED) {
            redirect.addFlashAttribute("notice", "request.approvedInPart");
        }
        return page;
    }

    @PostMapping("/logistics/requests/{requestId}/cancel")
    String cancel(Actor actor, @PathVariable long requestId, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        long crisis = requests.get(actor, requestId).crisis();
        return act(redirect, crisis, "request.cancelled", () -> requests.cancel(actor, requestId, reason));
    }

    /** Starts a plan and sends the browser to follow its solve on the requests page. */
    @PostMapping("/logistics/crises/{id}/plans")
    String propose(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        String[] job = new String[1];
        String page = act(redirect, id, "plan.solving", () -> job[0] = plans.startProposal(actor, id).id());
        return job[0] == null ? page : page + "?job=" + job[0];
    }

    @PostMapping("/logistics/allocation-plans/{planId}/approve")
    String approvePlan(Actor actor, @PathVariable long planId, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        long crisis = plans.get(actor, planId).crisis();
        var ask = org.entente.platform.Confirmation.ask(request, model, "confirm.approvePlan", List.of(planId),
                "/logistics/crises/" + crisis + "/requests");
        if (ask.isPresent()) {
            return ask.get();
        }
        return act(redirect, crisis, "plan.approved", () -> plans.approve(actor, planId));
    }

    /** Stops the making of a plan this user started; the page then says it was cancelled. */
    @PostMapping("/logistics/crises/{id}/plans/{job}/cancel")
    String cancelProposal(Actor actor, @PathVariable long id, @PathVariable String job) {
        plans.cancelProposal(actor, job);
        return "redirect:/logistics/crises/" + id + "/requests?job=" + job;
    }

    @PostMapping("/logistics/allocation-plans/{planId}/withdraw")
    String withdrawPlan(Actor actor, @PathVariable long planId, RedirectAttributes redirect) {
        long crisis = plans.get(actor, planId).crisis();
        return act(redirect, crisis, "plan.withdrawn", () -> plans.withdraw(actor, planId));
    }

    @PostMapping("/logistics/shipments/{shipmentId}/dispatch")
    String dispatch(Actor actor, @PathVariable long shipmentId, RedirectAttributes redirect) {
        long crisis = shipments.get(actor, shipmentId).crisis();
        return act(redirect, crisis, "shipment.dispatched", () -> shipments.dispatch(actor, shipmentId));
    }

    @PostMapping("/logistics/shipments/{shipmentId}/track")
    String track(Actor actor, @PathVariable long shipmentId, @RequestParam(required = false) Shipment.Status status,
            @RequestParam(required = false) String place, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        long crisis = shipments.get(actor, shipmentId).crisis();
        return act(redirect, crisis, "shipment.tracked", () -> shipments.track(actor, shipmentId, status, place, note));
    }

    @PostMapping("/logistics/shipments/{shipmentId}/deliver")
    String deliver(Actor actor, @PathVariable long shipmentId, HttpServletRequest form, RedirectAttributes redirect) {
        Shipments.Tracked s = shipments.get(actor, shipmentId);
        String[] accepted = form.getParameterValues("accepted");
        String[] rejected = form.getParameterValues("rejected");
        String[] reason = form.getParameterValues("reason");
        return act(redirect, s.crisis(), "shipment.delivered", () -> {
            List<Shipment.Receipt> receipts = new ArrayList<>();
            for (int i = 0; i < s.items().size(); i++) {
                try {
                    receipts.add(new Shipment.Receipt(at(accepted, i) == null ? null : Double.valueOf(at(accepted, i)),
                            at(rejected, i) == null ? 0.0 : Double.valueOf(at(rejected, i)), at(reason, i)));
                } catch (NumberFormatException e) {
                    throw InvalidInput.notANumber("items[" + i + "].accepted");
                }
            }
            shipments.deliver(actor, shipmentId, receipts);
        });
    }

    @PostMapping("/logistics/shipments/{shipmentId}/cancel")
    String cancelShipment(Actor actor, @PathVariable long shipmentId, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        long crisis = shipments.get(actor, shipmentId).crisis();
        return act(redirect, crisis, "shipment.cancelled", () -> shipments.cancel(actor, shipmentId, reason));
    }

    private static String at(String[] values, int i) {
        return values == null || i >= values.length || values[i] == null || values[i].isBlank() ? null : values[i].strip();
    }

    private String act(RedirectAttributes redirect, long crisis, String notice, Runnable command) {
        return PageCommand.run(redirect, notice, command, "/logistics/crises/" + crisis + "/requests");
    }
}
