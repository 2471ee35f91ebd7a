package org.pathwayplanner.security;

import org.pathwayplanner.people.Accounts;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks up login accounts through the people module's public {@link Accounts}, which owns them. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        return accounts.account(username)
                .map(a -> new SignedInUser(a.username(), a.displayName(), a.role(), a.passwordHash(), a.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }
}
