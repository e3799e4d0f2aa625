package org.entente.identity.web;

import org.entente.identity.AccessToken;
import org.entente.identity.Accounts;
import org.entente.identity.PersonalAccessTokens;
import org.entente.identity.UserAccount;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.shared.Actor;
import org.entente.shared.InvalidInput;
import org.entente.shared.PartyCode;
import org.entente.shared.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/identity")
@Tag(name = "Identity", description = "Who you are, your access tokens, and account administration (CORE-2)")
class IdentityApi {

    private final Accounts accounts;
    private final PersonalAccessTokens tokens;

    IdentityApi(Accounts accounts, PersonalAccessTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    record MembershipView(String party, List<Role> roles) {
        static List<MembershipView> of(Collection<Actor.Membership> memberships) {
            return memberships.stream()
                    .map(m -> new MembershipView(m.party().value(), m.roles().stream().sorted().toList()))
                    .toList();
        }
    }

    record AccountView(String username, String displayName, String preferredLanguage, boolean enabled,
            List<MembershipView> memberships, List<Role> roles) {
        static AccountView of(UserAccount account) {
            return new AccountView(account.username(), account.displayName(), account.preferredLanguage(),
                    account.enabled(), MembershipView.of(account.memberships()),
                    account.actor().roles().stream().sorted().toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TokenView(long id, String name, String hint, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
            Instant revokedAt, String token) {
        static TokenView of(AccessToken t, String secret) {
            return new TokenView(t.id(), t.name(), t.hint(), t.createdAt(), t.expiresAt(), t.lastUsedAt(),
                    t.revokedAt(), secret);
        }
    }

    record TokenRequest(String username, String password, String name, Instant expiresAt) {
    }

    record MembershipRequest(String party, List<Role> roles) {
    }

    record AccountRequest(String username, String displayName, String password, String preferredLanguage,
            List<MembershipRequest> memberships) {
    }

    record MembershipsRequest(List<MembershipRequest> memberships) {
    }

    @GetMapping("/me")
    @Operation(summary = "The calling user, memberships and roles")
    AccountView me(Actor actor) {
        actor.requireAuthenticated();
        return AccountView.of(accounts.get(actor.username()));
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirements
    @Operation(summary = "Issue a personal access token with username and password; the token is shown only in this answer")
    TokenView issue(@RequestBody TokenRequest request) {
        var issued = tokens.issueWithPassword(request.username(), request.password(), request.name(),
                request.expiresAt());
        return TokenView.of(issued.token(), issued.secret());
    }

    @GetMapping("/tokens")
    @Operation(summary = "Your tokens (never their secrets)")
    List<TokenView> myTokens(Actor actor) {
        return tokens.mine(actor).stream().map(t -> TokenView.of(t, null)).toList();
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke one of your tokens (ADMIN: anyone's)")
    TokenView revoke(Actor actor, @PathVariable long id) {
        return TokenView.of(tokens.revoke(actor, id), null);
    }

    @GetMapping("/users")
    @Operation(summary = "All accounts (ADMIN)")
    List<AccountView> users(Actor actor) {
        return accounts.list(actor).stream().map(AccountView::of).toList();
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open an account with memberships (ADMIN)")
    AccountView open(Actor actor, @RequestBody AccountRequest request) {
        return AccountView.of(accounts.open(actor, new Accounts.NewAccount(request.username(), request.displayName(),
                request.password(), request.preferredLanguage(), memberships(request.memberships()))));
    }

    @PutMapping("/users/{username}/memberships")
    @Operation(summary = "Replace an account's memberships and roles (ADMIN; a party's FOCAL_POINT for that party; "
            + "an administrator's own account joins another party only through that party's focal point)")
    AccountView grant(Actor actor, @PathVariable String username, @RequestBody MembershipsRequest request) {
        return AccountView.of(accounts.grant(actor, username, memberships(request.memberships())));
    }

    private static Map<PartyCode, Set<Role>> memberships(List<MembershipRequest> requests) {
        Map<PartyCode, Set<Role>> result = new LinkedHashMap<>();
        if (requests == null) {
            return result;
        }
        for (int i = 0; i < requests.size(); i++) {
            MembershipRequest m = requests.get(i);
            if (m == null || m.party() == null) {
                throw InvalidInput.required("memberships[" + i + "].party");
            }
            if (m.roles() == null || m.roles().isEmpty()) {
                throw new InvalidInput("memberships[" + i + "].roles", "needs at least one role");
            }
            try {
                result.put(PartyCode.of(m.party()), Set.copyOf(m.roles()));
            } catch (InvalidInput e) {
                throw e.under("memberships[" + i + "]");
            } catch (NullPointerException e) {
                throw new InvalidInput("memberships[" + i + "].roles", "must not contain null");
            }
        }
        return result;
    }
}
