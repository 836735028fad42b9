package org.pledgewatch.dataset;

/** A damaged version was asked for: answered 409 with the reason, never served. */
public class DamagedVersionException extends RuntimeException {

	private final transient DamagedVersion damage;

	public DamagedVersionException(DamagedVersion damage) {
		super("Dataset version " + damage.version() + " is damaged: " + damage.reason());
		this.damage = damage;
	}

	public DamagedVersion damage() {
		return damage;
	}

}
