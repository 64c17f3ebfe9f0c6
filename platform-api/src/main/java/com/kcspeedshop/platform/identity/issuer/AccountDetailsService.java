package com.kcspeedshop.platform.identity.issuer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The embedded issuer's accounts ({@code account} table, migration V2): what the login form checks. */
final class AccountDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    AccountDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return account(username)
                .map(a -> User.withUsername(a.username()).password(a.passwordHash())
                        .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + a.role()))).build())
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    Optional<Account> account(String username) {
        return jdbc.sql("SELECT username, password_hash, role, workshop_id FROM account WHERE username = :u")
                .param("u", username)
                .query((rs, row) -> new Account(rs.getString(1), rs.getString(2), rs.getString(3),
                        Optional.ofNullable(rs.getObject(4, UUID.class))))
                .optional();
    }

    record Account(String username, String passwordHash, String role, Optional<UUID> workshopId) {
    }
}
