package org.entente.grievance.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.entente.grievance.Category;
import org.entente.grievance.Filing;
import org.entente.grievance.Intake;
import org.entente.grievance.IntakeChannel;
import org.entente.grievance.EvidenceUpload;
import org.entente.party.PartyDirectory;
import org.entente.party.PartyKind;
import org.entente.platform.FormFields;
import org.entente.shared.InvalidInput;
import org.entente.shared.NotFound;
import org.entente.shared.TooManyAttempts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The worker's pages, built for a cheap phone on a bad connection: no JavaScript, no account, no session, no cookie
 * but the language; one form to file, one to follow up. Each answer says "no-store", so a shared phone's back button
 * or cache keeps nothing, and "no-referrer". A refused form comes back with what was typed.
 */
@Controller
class ReportPages {

    private final Intake intake;
    private final PartyDirectory parties;
    private final FormChallenge challenge;
    private final AddressLimits limits;

    ReportPages(Intake intake, PartyDirectory parties, FormChallenge challenge, AddressLimits limits) {
        this.intake = intake;
        this.parties = parties;
        this.challenge = challenge;
        this.limits = limits;
    }

    @GetMapping("/report")
    String form(Model model, HttpServletResponse response) {
        private_(response);
        return showForm(model, Map.of(), null);
    }

    @GetMapping("/report/how-it-works")
    String howItWorks(HttpServletResponse response) {
        private_(response);
        return "grievance/how-it-works";
    }

    @PostMapping("/report")
    String file(@RequestParam Map<String, String> form,
            @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        private_(response);
        String token = form.get("token");
        var before = challenge.answeredBefore(token == null ? "" : token);
        if (before.isPresent()) {
            model.addAttribute("filed", before.get());
            return "grievance/receipt";
        }
        FormChallenge.Verdict verdict = challenge.judge(token, form.get("website"));
        if (verdict != FormChallenge.Verdict.GOOD) {
            response.setStatus(422);
            return showForm(model, form, "report.challenge." + verdict.name());
        }
        limits.take(request, AddressLimits.Kind.FILING);
        List<InvalidInput> found = new ArrayList<>();
        Category category = FormFields.choice(Category.class, form.get("category"), "category", found);
        String passphrase = form.get("passphrase");
        if (passphrase != null && !passphrase.equals(form.get("passphraseAgain"))) {
            found.add(InvalidInput.coded("passphraseAgain", "the two passphrases differ", "grievance.passphraseAgain"));
        }
        boolean contactMe = "yes".equals(form.get("contactMe"));
        Filing filing = new Filing(category, form.get("narrative"), form.get("countryFrom"), form.get("countryTo"),
                form.get("language"), passphrase, contactMe ? form.get("contact") : null, form.get("name"),
                form.get("passportNumber"), form.get("employer"), form.get("recruiter"), form.get("where"),
                form.get("when"), "yes".equals(form.get("consent")));
        try {
            if (contactMe && (form.get("contact") == null || form.get("contact").isBlank())) {
                found.add(InvalidInput.coded("contact", "say how to reach you, or choose not to be contacted",
                        "grievance.contactMissing"));
            }
            try {
                filing.checked();
            } catch (InvalidInput e) {
                found.add(e);
            }
            InvalidInput.throwIfAny(found);
            Intake.Filed filed = intake.file(filing, IntakeChannel.WEB, uploads(evidence));
            challenge.remember(token, filed);
            model.addAttribute("filed", filed);
            return "grievance/receipt";
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("formProblems", new ArrayList<>(e.problems()));
            return showForm(model, form, evidence != null && evidence.stream().anyMatch(f -> !f.isEmpty())
                    ? "report.attachAgain" : null);
        }
    }

    private String showForm(Model model, Map<String, String> typed, String notice) {
        Map<String, String> kept = new LinkedHashMap<>(typed);
        kept.remove("passphrase");
        kept.remove("passphraseAgain");
        kept.remove("token");
        kept.remove("website");
        model.addAttribute("kept", kept);
        model.addAttribute("token", challenge.issue());
        model.addAttribute("categories", Category.values());
        model.addAttribute("countries", countries());
        model.addAttribute("reportNotice", notice);
        return "grievance/report";
    }

    /** The states of the compacts (by their names), then "another country". */
    private Map<String, String> countries() {
        Map<String, String> countries = new LinkedHashMap<>();
        parties.all().stream().filter(p -> p.kind() == PartyKind.STATE)
                .forEach(p -> countries.put(p.code().value(), p.shortName()));
        return countries;
    }

    @GetMapping("/report/follow-up")
    String followUpForm(HttpServletResponse response) {
        private_(response);
        return "grievance/follow-up";
    }

    @PostMapping("/report/follow-up")
    String followUp(@RequestParam(required = false) String receipt, @RequestParam(required = false) String passphrase,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        return answer(receipt, passphrase, model, request, response, null,
                () -> intake.followUp(receipt, passphrase));
    }

    @PostMapping("/report/follow-up/information")
    String addInformation(@RequestParam(required = false) String receipt,
            @RequestParam(required = false) String passphrase, @RequestParam(required = false) String message,
            @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        return answer(receipt, passphrase, model, request, response, "report.added",
                () -> intake.addInformation(receipt, passphrase, message, uploads(evidence)));
    }

    @PostMapping("/report/follow-up/consent")
    String consent(@RequestParam(required = false) String receipt, @RequestParam(required = false) String passphrase,
            @RequestParam(required = false) String consent, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        boolean given = "yes".equals(consent);
        return answer(receipt, passphrase, model, request, response,
                given ? "report.consentGiven" : "report.consentWithdrawn",
                () -> intake.consent(receipt, passphrase, given));
    }

    @PostMapping("/report/follow-up/remedies/{id}")
    String confirmRemedy(@PathVariable long id, @RequestParam(required = false) String receipt,
            @RequestParam(required = false) String passphrase, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        return answer(receipt, passphrase, model, request, response, "report.remedyConfirmed",
                () -> intake.confirmRemedy(receipt, passphrase, id));
    }

    /**
     * The case page after any of the worker's actions, or the follow-up form again: 404 with the same words for a
     * wrong receipt or passphrase, 429 once this network or this case has had too many wrong tries.
     */
    private String answer(String receipt, String passphrase, Model model, HttpServletRequest request,
            HttpServletResponse response, String notice, java.util.function.Supplier<Intake.WorkerView> action) {
        private_(response);
        model.addAttribute("receipt", receipt);
        try {
            limits.check(request, AddressLimits.Kind.WRONG_FOLLOW_UP);
            Intake.WorkerView view = action.get();
            model.addAttribute("view", view);
            model.addAttribute("passphrase", passphrase);
            model.addAttribute("reportNotice", notice);
            return "grievance/case";
        } catch (NotFound e) {
            limits.count(request, AddressLimits.Kind.WRONG_FOLLOW_UP);
            response.setStatus(404);
            model.addAttribute("reportProblem", "report.notFound");
            return "grievance/follow-up";
        } catch (TooManyAttempts e) {
            response.setStatus(429);
            e.retryAfterSeconds().ifPresent(s -> response.setHeader("Retry-After", String.valueOf(s)));
            model.addAttribute("reportProblem", "report.tooMany");
            model.addAttribute("waitMinutes", e.retryAfterSeconds().orElse(900) / 60 + 1);
            return "grievance/follow-up";
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("formProblems", new ArrayList<>(e.problems()));
            model.addAttribute("view", intake.followUp(receipt, passphrase));
            model.addAttribute("passphrase", passphrase);
            return "grievance/case";
        }
    }

    static List<EvidenceUpload> uploads(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        List<EvidenceUpload> uploads = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            MultipartFile file = files.get(i);
            if (file != null && !file.isEmpty()) {
                try {
                    uploads.add(new EvidenceUpload("evidence", file.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return uploads;
    }

    /** Nothing of a worker's page is kept by the browser or told to another site. */
    private static void private_(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
