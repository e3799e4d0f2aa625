package org.entente.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AccountDetails implements UserDetailsService {

    private final UserAccounts accounts;

    AccountDetails(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username == null ? "" : username.strip())
                .map(EntenteUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
