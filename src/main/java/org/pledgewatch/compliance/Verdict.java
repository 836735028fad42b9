package org.pledgewatch.compliance;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An ally-year against the target, as every page, chart and report states it: no figure published, not yet a member
 * (shown, not judged), meets, or below. The order of the tests is the rule: no figure first, then membership. JSON
 * writes it as {@code "no-figure"}, {@code "not-yet-member"}, {@code "meets"}, {@code "below"}: scripts take it from
 * there instead of keeping a copy of the rule.
 */
public enum Verdict {

	NO_FIGURE("table.noData", "no-figure"), NOT_MEMBER("table.notMember", "not-yet-member"),
	MEETS("table.meets", "meets"), BELOW("table.below", "below");

	private final String messageKey;

	private final String json;

	Verdict(String messageKey, String json) {
		this.messageKey = messageKey;
		this.json = json;
	}

	/** How JSON answers write it. */
	@JsonValue
	public String json() {
		return json;
	}

	public static Verdict of(AllyYear row) {
		if (!row.reported() || row.meetsTarget() == null) {
			return NO_FIGURE;
		}
		if (!row.member()) {
			return NOT_MEMBER;
		}
		return row.meetsTarget() ? MEETS : BELOW;
	}

	/** The page's word for it ({@code table.*} in messages). */
	public String messageKey() {
		return messageKey;
	}

}
