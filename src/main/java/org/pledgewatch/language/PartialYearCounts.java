package org.pledgewatch.language;

import java.util.Locale;

import org.pledgewatch.compliance.YearSummary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one wording of a partial year's counts, for pages ({@code ${@partialYearCounts.counts(summary, target)}}) and
 * reports alike: "8 of 32 allies have reported; all 8 meet 2%", never "8 of 8". The denominator is the year's members
 * by the accession register, so a file holding eight allies does not read as a whole alliance.
 */
@Component("partialYearCounts")
public class PartialYearCounts {

	private final MessageSource messages;

	public PartialYearCounts(MessageSource messages) {
		this.messages = messages;
	}

	/** "8 of 32 allies have reported; all 8 meet 2%" in the request's language. */
	public String counts(YearSummary summary, String target) {
		return counts(summary, target, LocaleContextHolder.getLocale());
	}

	public String counts(YearSummary summary, String target, Locale locale) {
		return counts(summary.alliesReporting(), summary.membersThatYear(), summary.alliesMeetingTarget(), target,
				locale);
	}

	/**
	 * @param reporting members with a share that year
	 * @param members the year's members
	 * @param meeting how many of those reporting meet the target
	 */
	public String counts(int reporting, int members, int meeting, String target, Locale locale) {
		String key = meeting == reporting && reporting > 0 ? "partial.counts.all" : "partial.counts.some";
		return messages.getMessage(key, new Object[] { reporting, members, target, meeting }, locale);
	}

	/** "6th of the 8 allies that have reported so far (32 members)": a rank in a partial year. */
	public String rank(String ordinal, YearSummary summary) {
		return rank(ordinal, summary.alliesReporting(), summary.membersThatYear(), LocaleContextHolder.getLocale());
	}

	public String rank(String ordinal, int reporting, int members, Locale locale) {
		return messages.getMessage("partial.rank", new Object[] { ordinal, reporting, members }, locale);
	}

}
