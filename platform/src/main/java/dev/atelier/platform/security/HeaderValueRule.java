package dev.atelier.platform.security;

import java.util.function.Predicate;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * The firewall's rule for header values, as a scan instead of a regular expression: every code
 * point assigned in Unicode, and none a control character except the tab. The same rule as
 * {@link StrictServerWebExchangeFirewall#ALLOWED_HEADER_VALUES} (the test compares them), which
 * every header read ran again, over the whole bearer token each time.
 */
final class HeaderValueRule implements Predicate<String> {

    @Override
    public boolean test(String value) {
        if (value == null) {
            return true; // an absent header: nothing to check, as Spring's rule answers
        }
        for (int i = 0; i < value.length();) {
            int codePoint = value.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || (type == Character.CONTROL && codePoint != '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

}
