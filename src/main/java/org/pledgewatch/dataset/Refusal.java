package org.pledgewatch.dataset;

import java.util.List;

/** Why a cell is refused: the rule it breaks and the message's arguments. */
record Refusal(UploadRule rule, List<String> arguments) {

	static Refusal of(UploadRule rule, String... arguments) {
		return new Refusal(rule, List.of(arguments));
	}

}
