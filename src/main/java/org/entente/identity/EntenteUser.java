package org.entente.identity;

import java.util.Collection;
import java.util.List;

import org.entente.shared.Actor;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated principal: the account's actor, its display name and language, and its role authorities. */
final class EntenteUser implements UserDetails, CredentialsContainer {

    private final Actor actor;
    private final String displayName;
    private final String language;
    private final boolean enabled;
    private String passwordHash;

    EntenteUser(UserAccount account) {
        this.actor = account.actor();
        this.displayName = account.displayName();
        this.language = account.preferredLanguage();
        this.enabled = account.enabled();
        this.passwordHash = account.passwordHash();
    }

    /** The holder of a bearer token, who signs in with no password. */
    EntenteUser(Actor actor, String displayName, String language, boolean enabled) {
        this.actor = actor;
        this.displayName = displayName;
        this.language = language;
        this.enabled = enabled;
        this.passwordHash = null;
    }

    Actor actor() {
        return actor;
    }

    String displayName() {
        return displayName;
    }

    String language() {
        return language;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = actor.roles().stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
