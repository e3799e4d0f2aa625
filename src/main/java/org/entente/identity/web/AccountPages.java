package org.entente.identity.web;

import org.entente.identity.Accounts;
import org.entente.identity.PersonalAccessTokens;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.entente.party.PartyDirectory;
import org.entente.platform.Languages;
import org.entente.shared.Actor;
import org.entente.shared.Conflict;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AccountPages {

    private final Accounts accounts;
    private final PersonalAccessTokens tokens;
    private final PartyDirectory parties;
    private final LocaleResolver locales;

    AccountPages(Accounts accounts, PersonalAccessTokens tokens, PartyDirectory parties, LocaleResolver locales) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.parties = parties;
        this.locales = locales;
    }

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }

    @GetMapping("/account")
    String account(Actor actor, Model model) {
        model.addAttribute("account", accounts.get(actor.username()));
        model.addAttribute("tokens", tokens.mine(actor));
        model.addAttribute("languages", Languages.SUPPORTED);
        return "identity/account";
    }

    @PostMapping("/account/language")
    String language(Actor actor, @RequestParam String language, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!Languages.isSupported(language)) {
            throw new InvalidInput("language", "is not an interface language");
        }
        accounts.preferLanguage(actor, language);
        locales.setLocale(request, response, java.util.Locale.forLanguageTag(language));
        redirect.addFlashAttribute("notice", "account.languageSaved");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String password(Actor actor, @RequestParam String currentPassword, @RequestParam String newPassword,
            jakarta.servlet.http.HttpSession session, RedirectAttributes redirect) {
        try {
            accounts.changePassword(actor, currentPassword, newPassword, session.getId());
            redirect.addFlashAttribute("notice", "account.passwordSaved");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).field() + ": " + e.problems().get(0).message());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String issueToken(Actor actor, @RequestParam(required = false) String name,
            @RequestParam(required = false) LocalDate expiresOn, RedirectAttributes redirect) {
        try {
            var issued = tokens.issue(actor, name,
                    expiresOn == null ? null : expiresOn.atStartOfDay().toInstant(ZoneOffset.UTC));
            redirect.addFlashAttribute("issuedSecret", issued.secret());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).field() + ": " + e.problems().get(0).message());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(actor, id);
        redirect.addFlashAttribute("notice", "account.tokenRevoked");
        return "redirect:/account";
    }

    @GetMapping("/admin/users")
    String users(Actor actor, Model model) {
        model.addAttribute("users", accounts.list(actor));
        model.addAttribute("parties", parties.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("languages", Languages.SUPPORTED);
        return "identity/users";
    }

    @PostMapping("/admin/users")
    String open(Actor actor, @RequestParam String username, @RequestParam String displayName,
            @RequestParam String password, @RequestParam(defaultValue = "en") String preferredLanguage,
            @RequestParam(required = false) String party, @RequestParam(required = false) Set<Role> roles,
            RedirectAttributes redirect) {
        Map<PartyCode, Set<Role>> memberships = new LinkedHashMap<>();
        if (party != null && !party.isBlank() && roles != null && !roles.isEmpty()) {
            memberships.put(PartyCode.of(party), EnumSet.copyOf(roles));
        }
        try {
            accounts.open(actor, new Accounts.NewAccount(username, displayName, password, preferredLanguage, memberships));
            redirect.addFlashAttribute("notice", "users.opened");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).field() + ": " + e.problems().get(0).message());
        } catch (Conflict e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{username}/deactivate")
    String deactivate(Actor actor, @org.springframework.web.bind.annotation.PathVariable String username,
            jakarta.servlet.http.HttpServletRequest request, Model model, RedirectAttributes redirect) {
        var ask = org.entente.platform.Confirmation.ask(request, model, "confirm.deactivate", java.util.List.of(username),
                "/admin/users");
        if (ask.isPresent()) {
            return ask.get();
        }
        return org.entente.platform.PageCommand.run(redirect, "users.deactivated",
                () -> accounts.setActive(actor, username, false), "/admin/users");
    }

    @PostMapping("/admin/users/{username}/reactivate")
    String reactivate(Actor actor, @org.springframework.web.bind.annotation.PathVariable String username,
            RedirectAttributes redirect) {
        return org.entente.platform.PageCommand.run(redirect, "users.reactivated",
                () -> accounts.setActive(actor, username, true), "/admin/users");
    }
}
