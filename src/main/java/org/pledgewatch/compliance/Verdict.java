package org.pledgewatch.compliance;

/**
 * An ally-year against the target, as every page, chart and report states it: no figure published, not yet a member
 * (shown, not judged), meets, or below. The order of the tests is the rule: no figure first, then membership.
 */
public enum Verdict {

	NO_FIGURE("table.noData"), NOT_MEMBER("table.notMember"), MEETS("table.meets"), BELOW("table.below");

	private final String messageKey;

	Verdict(String messageKey) {
		this.messageKey = messageKey;
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
