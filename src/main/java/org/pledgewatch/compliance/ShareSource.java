package org.pledgewatch.compliance;

/**
 * Where the share of GDP used for an ally-year comes from: printed by the publisher, or computed here as
 * spending / GDP because the row gives no published share. Written in JSON as {@code "published"} / {@code "computed"}.
 */
public enum ShareSource {

	published, computed

}
