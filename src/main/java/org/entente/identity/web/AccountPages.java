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
import org.entente.platform.PageCommand;
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
        return PageCommand.run(redirect, "account.passwordSaved",
                () -> accounts.changePassword(actor, currentPassword, newPassword, session.getId()), "/account");
    }

    @PostMapping("/account/tokens")
    String issueToken(Actor actor, @RequestParam(required = false) String name,
            @RequestParam(required = false) LocalDate expiresOn, RedirectAttributes redirect) {
        try {
            var issued = tokens.issue(actor, name,
                    expiresOn == null ? null : expiresOn.atStartOfDay().toInstant(ZoneOffset.UTC));
            redirect.addFlashAttribute("issuedSecret", issued.secret());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("formProblems", new java.util.ArrayList<>(e.problems()));
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
    String open(Actor actor, @RequestParam(required = false) String username,
            @RequestParam(required = false) String displayName, @RequestParam(required = false) String password,
            @RequestParam(defaultValue = "en") String preferredLanguage,
            @RequestParam(required = false) String party, @RequestParam(required = false) Set<Role> roles,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "users.opened", () -> {
            Map<PartyCode, Set<Role>> memberships = new LinkedHashMap<>();
            boolean someRole = roles != null && !roles.isEmpty();
            boolean someParty = party != null && !party.isBlank();
            java.util.List<InvalidInput> found = new java.util.ArrayList<>(Accounts.problemsOf(username, displayName,
                    password));
            if (someParty != someRole) {
                found.add(InvalidInput.coded(someParty ? "roles" : "party", "a membership names a party and its roles",
                        "account.invalid.membership"));
            }
            InvalidInput.throwIfAny(found);
            if (someParty) {
                memberships.put(PartyCode.of(party), EnumSet.copyOf(roles));
            }
            accounts.open(actor, new Accounts.NewAccount(username, displayName, password, preferredLanguage,
                    memberships));
        }, "/admin/users");
    }

    /** One account: its name and its memberships, party by party, for an administrator to change. */
    @GetMapping("/admin/users/{username}")
    String user(Actor actor, @PathVariable String username, Model model) {
        actor.requireAnyRole(Role.ADMIN);
        model.addAttribute("user", accounts.get(username));
        model.addAttribute("parties", parties.all());
        model.addAttribute("roles", Role.values());
        return "identity/user";
    }

    @PostMapping("/admin/users/{username}/name")
    String rename(Actor actor, @PathVariable String username, @RequestParam(required = false) String displayName,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "users.renamed", () -> accounts.rename(actor, username, displayName),
                "/admin/users/" + username);
    }

    /**
     * The memberships as ticked: {@code roles-XCO} holds the roles kept for each party the account belongs to (none
     * ends that membership), {@code newParty} with {@code newRoles} adds one.
     */
    @PostMapping("/admin/users/{username}/memberships")
    String memberships(Actor actor, @PathVariable String username, HttpServletRequest form,
            RedirectAttributes redirect) {
        return PageCommand.run(redirect, "users.membershipsSaved", () -> {
            Map<PartyCode, Set<Role>> memberships = new LinkedHashMap<>();
            for (var current : accounts.get(username).memberships()) {
                Set<Role> kept = rolesOf(form.getParameterValues("roles-" + current.party().value()), "roles");
                if (!kept.isEmpty()) {
                    memberships.put(current.party(), kept);
                }
            }
            String party = form.getParameter("newParty");
            Set<Role> added = rolesOf(form.getParameterValues("newRoles"), "newRoles");
            boolean someParty = party != null && !party.isBlank();
            if (someParty != !added.isEmpty()) {
                throw InvalidInput.coded(someParty ? "newRoles" : "newParty", "a membership names a party and its roles",
                        "account.invalid.membership");
            }
            if (someParty) {
                memberships.merge(PartyCode.of(party), added, (a, b) -> {
                    Set<Role> both = EnumSet.copyOf(a);
                    both.addAll(b);
                    return both;
                });
            }
            accounts.grant(actor, username, memberships);
        }, "/admin/users/" + username);
    }

    private static Set<Role> rolesOf(String[] given, String field) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (int i = 0; given != null && i < given.length; i++) {
            try {
                roles.add(Role.valueOf(given[i]));
            } catch (IllegalArgumentException e) {
                throw InvalidInput.coded(field, "is not a role", "invalid.choose");
            }
        }
        return roles;
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
