package org.pledgewatch.system;

/** A {@code ?version=} that is not a version number: 400, whatever page or endpoint it was sent to. */
public class InvalidVersionException extends RuntimeException {

	public InvalidVersionException(String given) {
		super("version must be a dataset version number, not \"" + printable(given) + "\".");
	}

	private static String printable(String given) {
		String shown = given.replaceAll("\\p{Cntrl}", "?");
		return shown.length() <= 20 ? shown : shown.substring(0, 20) + "…";
	}

}
