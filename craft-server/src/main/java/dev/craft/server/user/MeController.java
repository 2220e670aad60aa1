package dev.craft.server.user;

import dev.craft.server.api.ApiException;
import dev.craft.server.security.Caller;
import dev.craft.server.security.Permission;
import dev.craft.server.security.RequiresPermission;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller itself: who am I, and changing my password. */
@RestController
@RequestMapping("/api/v1/me")
class MeController {

    private final Users users;

    MeController(Users users) {
        this.users = users;
    }

    record Me(String kind, String name, boolean instanceAdmin, boolean mustChangePassword, String org, String role) {}

    record PasswordChange(String currentPassword, String newPassword) {}

    @GetMapping
    @RequiresPermission(Permission.CHANGE_OWN_PASSWORD)
    Me me(Caller caller) {
        return switch (caller) {
            case Caller.User u -> new Me("user", u.username(), u.instanceAdmin(), u.mustChangePassword(), null, null);
            case Caller.ApiKey k -> new Me("api-key", k.keyId() + " (" + k.name() + ")", false, false, null, k.role().name());
        };
    }

    @PostMapping("/password")
    @RequiresPermission(Permission.CHANGE_OWN_PASSWORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void changePassword(Caller caller, @RequestBody PasswordChange body) {
        if (!(caller instanceof Caller.User user)) throw ApiException.invalid("an API key has no password");
        if (body == null || body.currentPassword() == null || body.newPassword() == null) {
            throw ApiException.invalid("give currentPassword and newPassword");
        }
        if (!users.passwordMatches(user.id(), body.currentPassword())) throw ApiException.invalid("currentPassword is wrong");
        if (body.newPassword().length() < Users.MIN_PASSWORD_LENGTH) {
            throw ApiException.invalid("newPassword must have at least " + Users.MIN_PASSWORD_LENGTH + " characters");
        }
        if (body.newPassword().equals(body.currentPassword())) throw ApiException.invalid("newPassword must differ from currentPassword");
        users.setPassword(caller.actor(), user.id(), user.username(), body.newPassword());
    }
}
