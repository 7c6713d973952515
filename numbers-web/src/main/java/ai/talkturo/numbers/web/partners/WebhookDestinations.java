package ai.talkturo.numbers.web.partners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a partner's events may not go, so that a webhook URL cannot turn Numbers against its own network: never to a
 * link-local address or a cloud's metadata service, and not to loopback or private addresses unless
 * {@code numbers.partner-webhooks.allow-private} is {@code true} (tests, private deployments). Checked when the URL
 * is set and again before every delivery, against every address the host name resolves to then; the JVM caches a
 * name's addresses, so the client connects to the addresses just checked.
 */
@ApplicationScoped
public class WebhookDestinations {

    private static final Set<String> METADATA_NAMES = Set.of("metadata", "metadata.google.internal", "metadata.goog",
            "instance-data", "instance-data.ec2.internal");
    private static final Set<String> METADATA_ADDRESSES = Set.of("100.100.100.200", "fd00:ec2:0:0:0:0:0:254");

    @Inject
    @ConfigProperty(name = "numbers.partner-webhooks.allow-private")
    boolean allowPrivate;

    /**
     * Why events may not go to {@code url}, or empty when they may. A host that does not resolve is refused only
     * when {@code mustResolve} (at delivery; when the URL is set, its name may not be live yet).
     */
    public Optional<String> refusal(URI url, boolean mustResolve) {
        String host = url.getHost();
        if (host == null) {
            return Optional.of("the URL has no host");
        }
        String name = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|\\]$", "").replaceFirst("\\.$", "");
        if (METADATA_NAMES.contains(name)) {
            return Optional.of(host + " is a cloud metadata service");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(name);
        } catch (UnknownHostException e) {
            return mustResolve ? Optional.of(host + " does not resolve") : Optional.empty();
        }
        for (InetAddress address : addresses) {
            Optional<String> refused = refusal(address);
            if (refused.isPresent()) {
                return Optional.of(host + " resolves to " + address.getHostAddress() + ", " + refused.get());
            }
        }
        return Optional.empty();
    }

    private Optional<String> refusal(InetAddress address) {
        if (address.isLinkLocalAddress() || METADATA_ADDRESSES.contains(address.getHostAddress())) {
            return Optional.of("a link-local or cloud metadata address");
        }
        if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return Optional.of("not an address a webhook can have");
        }
        if (!allowPrivate && (address.isLoopbackAddress() || isPrivate(address))) {
            return Optional.of("a loopback or private address");
        }
        return Optional.empty();
    }

    /** Private ranges: RFC 1918, shared address space (RFC 6598), IPv6 unique local (fc00::/7). */
    static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 10 || (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168)
                    || (first == 100 && second >= 64 && second <= 127);
        }
        return address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc || address.isSiteLocalAddress();
    }
}
