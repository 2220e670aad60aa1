package dev.craft.sbom.spdx;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SPDX licence-list facts the readers need: which identifiers the SPDX License List has deprecated
 * (isDeprecatedLicenseId = true), so that a document still using them gets a warning with the replacement.
 */
final class SpdxLicenses {

    private static final Set<String> DEPRECATED = Set.of(
            "AGPL-1.0", "AGPL-3.0", "BSD-2-Clause-FreeBSD", "BSD-2-Clause-NetBSD", "bzip2-1.0.5", "eCos-2.0",
            "GFDL-1.1", "GFDL-1.2", "GFDL-1.3", "GPL-1.0", "GPL-1.0+", "GPL-2.0", "GPL-2.0+",
            "GPL-2.0-with-autoconf-exception", "GPL-2.0-with-bison-exception", "GPL-2.0-with-classpath-exception",
            "GPL-2.0-with-font-exception", "GPL-2.0-with-GCC-exception", "GPL-3.0", "GPL-3.0+",
            "GPL-3.0-with-autoconf-exception", "GPL-3.0-with-GCC-exception", "LGPL-2.0", "LGPL-2.0+", "LGPL-2.1",
            "LGPL-2.1+", "LGPL-3.0", "LGPL-3.0+", "Nunit", "StandardML-NJ", "wxWindows", "Net-SNMP", "BSD-2-Clause-Patent-deprecated");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9.+\\-]+");

    private SpdxLicenses() {}

    static List<String> deprecatedIn(String expression) {
        var out = new ArrayList<String>();
        var m = TOKEN.matcher(expression);
        while (m.find()) if (DEPRECATED.contains(m.group())) out.add(m.group());
        return out;
    }

    static String replacementHint(String id) {
        if (id.endsWith("+")) return id.substring(0, id.length() - 1) + "-or-later";
        if (id.matches("(A|L)?GPL-\\d\\.\\d|GFDL-1\\.\\d")) return id + "-only or " + id + "-or-later";
        if (id.contains("-with-")) return id.substring(0, id.indexOf("-with-")) + "-only WITH the matching exception";
        return "a current SPDX License List identifier";
    }
}
