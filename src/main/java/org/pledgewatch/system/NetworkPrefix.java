package org.pledgewatch.system;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.jspecify.annotations.Nullable;

/**
 * The network a client address belongs to, as sign-in throttling counts it once it tracks too many single addresses:
 * the /24 of an IPv4 address, the /64 of an IPv6 one (what one subscriber or one machine room usually holds).
 */
final class NetworkPrefix {

	private NetworkPrefix() {
	}

	/** {@code 203.0.113.0/24} for {@code 203.0.113.9}, {@code 2001:db8:1:2::/64} for {@code 2001:db8:1:2::7}; null for anything else. */
	static @Nullable String of(String address) {
		if (address.matches("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")) {
			return address.substring(0, address.lastIndexOf('.')) + ".0/24";
		}
		if (!address.contains(":") || !address.matches("[0-9A-Fa-f:.]+(%[0-9A-Za-z]+)?")) {
			return null;
		}
		try {
			// A literal with a colon is parsed, never looked up.
			byte[] bytes = InetAddress.getByName(address).getAddress();
			if (bytes.length != 16) {
				return of(InetAddress.getByAddress(bytes).getHostAddress());
			}
			StringBuilder prefix = new StringBuilder();
			for (int group = 0; group < 4; group++) {
				int value = ((bytes[2 * group] & 0xff) << 8) | (bytes[2 * group + 1] & 0xff);
				prefix.append(Integer.toHexString(value)).append(':');
			}
			return prefix.append(":/64").toString();
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

}
