package org.entente.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password authentication with throttling: a locked login name is refused before its password is even checked,
 * and every failure counts towards the lock. Used by the login form and by token issuance alike.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginAttempts attempts;

    ThrottledAuthentication(DaoAuthenticationProvider passwords, LoginAttempts attempts) {
        this.passwords = passwords;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String username = request.getName();
        if (attempts.lockedUntil(username).isPresent()) {
            throw new LockedException("too many failed logins; try again later");
        }
        try {
            Authentication result = passwords.authenticate(request);
            attempts.succeeded(username);
            return result;
        } catch (BadCredentialsException e) {
            attempts.failed(username);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
