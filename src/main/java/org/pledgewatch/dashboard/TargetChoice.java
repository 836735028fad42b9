package org.pledgewatch.dashboard;

import org.pledgewatch.language.Figures;
import java.math.BigDecimal;
import java.util.List;

import org.pledgewatch.compliance.Target;

/**
 * The target as the pages show and link it, with the selector's presets.
 *
 * @param param the value for {@code ?target=} in links, in plain notation (2, 3.5)
 * @param pct the target as a number, for formatting
 * @param label the target formatted for the reader (2%, 3,5 %)
 * @param presets the selector's choices: 2% (Wales/Vilnius), 3.5% core and 5% total by 2035 (The Hague)
 * @param custom whether the target is none of the presets
 * @param hague whether the target is above 2%, so the pages show the road to it by 2035
 */
record TargetChoice(String param, double pct, String label, List<Preset> presets, boolean custom, boolean hague) {

	private static final List<String> PRESETS = List.of("2", "3.5", "5");

	static TargetChoice of(Target target, Figures figures) {
		String param = target.pct().toPlainString();
		List<Preset> presets = PRESETS.stream()
			.map(p -> new Preset(p, figures.target(Double.parseDouble(p)), "target.preset." + p.replace('.', '_'),
					new BigDecimal(p).compareTo(target.pct()) == 0))
			.toList();
		boolean custom = presets.stream().noneMatch(Preset::current);
		return new TargetChoice(param, target.pctValue(), figures.target(target.pctValue()), presets, custom,
				target.pct().compareTo(BigDecimal.valueOf(2)) > 0);
	}

	/** One of the selector's targets: its parameter, its label, the message key describing it, whether it is shown. */
	record Preset(String param, String label, String descriptionKey, boolean current) {
	}

}
