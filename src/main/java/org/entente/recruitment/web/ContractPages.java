package org.entente.recruitment.web;

import jakarta.servlet.http.HttpServletResponse;

import org.entente.recruitment.Contracts;
import org.entente.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The worker's check of their contract: type the verification code, see the terms registered for it and what the
 * rules found, and compare with the paper in hand. No account, no JavaScript; the code is posted, never put in an
 * address, and nothing is kept by the browser.
 */
@Controller
class ContractPages {

    private final Contracts contracts;
    private final org.entente.grievance.Intake intake;

    ContractPages(Contracts contracts, org.entente.grievance.Intake intake) {
        this.contracts = contracts;
        this.intake = intake;
    }

    /**
     * The worker reports in one step that the contract they were given differs from the one registered: a grievance
     * of contract substitution is filed with the journey, employer and recruiter taken from the registered contract,
     * and the worker gets its receipt.
     */
    @PostMapping("/contracts/mismatch")
    String mismatch(@RequestParam(required = false) String code, @RequestParam(required = false) String differs,
            @RequestParam(required = false) String passphrase, Model model, java.util.Locale locale,
            HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        Contracts.Verified verified;
        try {
            verified = contracts.verify(code);
        } catch (NotFound e) {
            response.setStatus(404);
            model.addAttribute("notFound", true);
            return "recruitment/verify";
        }
        var t = verified.terms();
        try {
            var filed = intake.file(new org.entente.grievance.Filing(org.entente.grievance.Category.CONTRACT_SUBSTITUTED,
                    differs, t.countryFrom(), t.countryTo(), locale.getLanguage(), passphrase, null, null, null,
                    t.employerName(), verified.recruiterName(), null, t.signedOn().toString(), false),
                    org.entente.grievance.IntakeChannel.WEB, java.util.List.of());
            model.addAttribute("filed", filed);
            return "recruitment/mismatch-filed";
        } catch (org.entente.shared.InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("formProblems", new java.util.ArrayList<>(e.problems()));
            model.addAttribute("verified", verified);
            model.addAttribute("code", code);
            return "recruitment/verify";
        }
    }

    @GetMapping("/contracts/verify")
    String form(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return "recruitment/verify";
    }

    @PostMapping("/contracts/verify")
    String verify(@RequestParam(required = false) String code, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        try {
            model.addAttribute("verified", contracts.verify(code));
        } catch (NotFound e) {
            response.setStatus(404);
            model.addAttribute("notFound", true);
        }
        return "recruitment/verify";
    }
}
