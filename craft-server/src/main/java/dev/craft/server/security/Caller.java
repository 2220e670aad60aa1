package dev.craft.server.security;

/** Who is calling: a user (HTTP Basic, or a UI session) or an API key. */
public sealed interface Caller permits Caller.User, Caller.ApiKey {

    /** How the audit trail names the caller: {@code user:alice} or {@code api-key:3f9c1a2b7d04 (ci main)}. */
    String actor();

    record User(long id, String username, boolean instanceAdmin, boolean mustChangePassword) implements Caller {
        @Override
        public String actor() {
            return "user:" + username;
        }
    }

    /** An API key belongs to one organisation and carries one role there. */
    record ApiKey(long id, String keyId, String name, long orgId, Role role) implements Caller {
        @Override
        public String actor() {
            return "api-key:" + keyId + " (" + name + ")";
        }
    }
}
