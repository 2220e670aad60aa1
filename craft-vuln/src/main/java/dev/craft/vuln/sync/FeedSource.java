package dev.craft.vuln.sync;

import static java.util.Objects.requireNonNull;

import dev.craft.vuln.SourceKind;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A feed craft can download: its store name, what it holds, and its URL. A URL containing {@code {page}} is paged
 * (page 0, 1, 2, ... until a page comes back empty or the {@code total} is reached), as the EUVD search API is.
 *
 * @param url the URL, possibly with a {@code {page}} placeholder
 */
public record FeedSource(String name, SourceKind kind, String url) {

    /** The OSV ecosystems synced when none are named: the package ecosystems craft has version schemes for. */
    public static final List<String> DEFAULT_OSV_ECOSYSTEMS = List.of(
            "Maven", "npm", "PyPI", "Go", "crates.io", "NuGet", "RubyGems", "Packagist", "Hex", "Pub");

    public static final String OSV_URL = "https://osv-vulnerabilities.storage.googleapis.com/%s/all.zip";
    public static final String KEV_URL = "https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json";
    public static final String EPSS_URL = "https://epss.empiricalsecurity.com/epss_scores-current.csv.gz";
    public static final String EUVD_URL = "https://euvdservices.enisa.europa.eu/api/search?exploited=true&size=100&page={page}";

    public FeedSource {
        requireNonNull(name, "name must not be null");
        requireNonNull(kind, "kind must not be null");
        requireNonNull(url, "url must not be null");
        if (!name.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("source name '" + name + "': use lower-case letters, digits, '.', '_' and '-'");
        }
        URI first;
        try {
            first = URI.create(url.replace("{page}", "0"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("source " + name + ": '" + url + "' is not a URL", e);
        }
        String scheme = first.getScheme() == null ? "" : first.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("source " + name + ": only http and https URLs can be synced (" + url + ")");
        }
    }

    public boolean paged() {
        return url.contains("{page}");
    }

    /** The URL of page {@code n} (or the URL itself when the source is not paged). */
    public URI uri(int n) {
        return URI.create(url.replace("{page}", Integer.toString(n)));
    }

    public FeedSource withUrl(String newUrl) {
        return new FeedSource(name, kind, newUrl);
    }

    /** The default feeds: one osv.dev export per ecosystem, CISA KEV, FIRST EPSS, ENISA EUVD. */
    public static List<FeedSource> defaults(List<String> osvEcosystems) {
        var out = new ArrayList<FeedSource>();
        for (String eco : osvEcosystems) out.add(osv(eco));
        out.add(new FeedSource("kev", SourceKind.KEV, KEV_URL));
        out.add(new FeedSource("epss", SourceKind.EPSS, EPSS_URL));
        out.add(new FeedSource("euvd", SourceKind.EUVD, EUVD_URL));
        return out;
    }

    /** The osv.dev export of one ecosystem, named {@code osv-<ecosystem>} ({@code osv-crates-io} for crates.io). */
    public static FeedSource osv(String ecosystem) {
        String path = URLEncoder.encode(ecosystem, StandardCharsets.UTF_8).replace("+", "%20");
        return new FeedSource(osvName(ecosystem), SourceKind.OSV, String.format(OSV_URL, path));
    }

    public static String osvName(String ecosystem) {
        return "osv-" + ecosystem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
