package dev.craft.sbom;

import java.util.List;

/**
 * A person or organisation named in an SBOM (author, supplier, manufacturer, originator).
 * {@code name} may be null when only a contact is given.
 */
public record Party(String name, List<String> emails, List<String> urls) {
    public Party {
        emails = List.copyOf(emails);
        urls = List.copyOf(urls);
    }

    public static Party named(String name) {
        return new Party(name, List.of(), List.of());
    }

    /** True when the party can be contacted (BSI TR-03183-2 asks for an e-mail address, else a URL). */
    public boolean hasContact() {
        return !emails.isEmpty() || !urls.isEmpty();
    }
}
