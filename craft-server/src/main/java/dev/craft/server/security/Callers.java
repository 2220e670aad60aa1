package dev.craft.server.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the current request, whichever way it authenticated. */
public final class Callers {

    private Callers() {}

    public static Optional<Caller> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) return Optional.empty();
        return switch (auth.getPrincipal()) {
            case Caller c -> Optional.of(c);
            case CallerUserDetails details -> Optional.of(details.caller());
            case null, default -> Optional.empty();
        };
    }
}
