package dev.atelier.discovery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.boot.security.autoconfigure.SecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The registry's one account ({@code spring.security.user.*}). Its password is a secret the operator
 * sets and this process holds in memory as given, so it is compared as given, in constant time. Spring's
 * default would re-hash it with bcrypt after the first sign-in and then run bcrypt on every heartbeat and
 * registry read: about a sixth of a core for five services, all the time, on a registry that hashes to
 * protect nothing (the plain secret is in its own environment).
 */
@Configuration(proxyBeanMethods = false)
class RegistryAccount {

    @Bean
    UserDetailsService registryUser(SecurityProperties security) {
        SecurityProperties.User account = security.getUser();
        return new InMemoryUserDetailsManager(User.withUsername(account.getName()).password(account.getPassword())
                .roles(account.getRoles().toArray(String[]::new)).build());
    }

    @Bean
    PasswordEncoder registryPasswordCheck() {
        return new SecretComparison();
    }

    /** Equal bytes, compared in constant time; never asks for a re-encoding. */
    static final class SecretComparison implements PasswordEncoder {

        @Override
        public String encode(CharSequence raw) {
            return raw.toString();
        }

        @Override
        public boolean matches(CharSequence raw, String expected) {
            return raw != null && expected != null && MessageDigest.isEqual(
                    raw.toString().getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
        }
    }
}
