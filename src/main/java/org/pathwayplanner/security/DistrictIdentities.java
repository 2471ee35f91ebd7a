package org.pathwayplanner.security;

import java.util.List;
import org.pathwayplanner.people.Accounts;
import org.pathwayplanner.people.Accounts.Account;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Matches a district identity (the ID token of Google, Microsoft, ClassLink or Clever) to exactly one login account
 * by the configured claim. No account is ever made from a token: an identity that names no account, several, or a
 * disabled one is refused, and the refusal goes into the sign-in audit.
 */
@Component
class DistrictIdentities implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** Why a district identity was refused; the login page says it in the reader's language. */
    enum Refusal { NOT_ON_ROSTER, AMBIGUOUS, DISABLED, NO_CLAIM, UNVERIFIED }

    /** The district's identity, known now as one of our accounts. */
    static final class DistrictUser extends DefaultOidcUser {

        // not transient: the session, with this user in it, is kept in the database and read by any instance
        private final SignedInUser account;

        DistrictUser(OidcUser identity, SignedInUser account) {
            super(account.getAuthorities(), identity.getIdToken(), identity.getUserInfo());
            this.account = account;
        }

        SignedInUser account() {
            return account;
        }

        @Override
        public String getName() {
            return account.username();
        }
    }

    private final OidcUserService tokens = new OidcUserService();
    private final Accounts accounts;
    private final SignInMethods methods;

    DistrictIdentities(Accounts accounts, SignInMethods methods) {
        this.accounts = accounts;
        this.methods = methods;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser identity = tokens.loadUser(request);
        Object claim = identity.getClaims().get(methods.identityClaim());
        if (claim == null || claim.toString().isBlank()) {
            throw refused(Refusal.NO_CLAIM, identity.getSubject());
        }
        // an address the provider says it has not verified could be anyone's: it names nobody
        if (methods.identityKey() == Accounts.IdentityKey.EMAIL
                && Boolean.FALSE.equals(identity.getEmailVerified())) {
            throw refused(Refusal.UNVERIFIED, claim.toString());
        }
        List<Account> found = accounts.identifiedBy(methods.identityKey(), claim.toString());
        if (found.isEmpty()) {
            throw refused(Refusal.NOT_ON_ROSTER, claim.toString());
        }
        if (found.size() > 1) {
            throw refused(Refusal.AMBIGUOUS, claim.toString());
        }
        Account a = found.get(0);
        if (!a.enabled()) {
            throw refused(Refusal.DISABLED, a.username());
        }
        return new DistrictUser(identity, new SignedInUser(a.username(), a.displayName(), a.role(), a.passwordHash(),
                true));
    }

    /** The refusal carries who was named, for the sign-in audit. */
    private static OAuth2AuthenticationException refused(Refusal why, String named) {
        return new OAuth2AuthenticationException(new OAuth2Error(why.name(), named, null), why.name());
    }
}
