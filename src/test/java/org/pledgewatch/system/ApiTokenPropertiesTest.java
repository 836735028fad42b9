package org.pledgewatch.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiTokenPropertiesTest {

	static final String HASH = "B8D8F524E944E5F3F95D8A047BE59184F3E409A7A1D906DBE4D540755E43D8EE";

	@Test
	void aHashIsTakenInEitherCaseAndANameIsTrimmed() {
		ApiTokenProperties.Token token = new ApiTokenProperties.Token(" nightly-import ", HASH + " ");
		assertThat(token.name()).isEqualTo("nightly-import");
		assertThat(token.sha256()).isEqualTo(HASH.toLowerCase());
		assertThat(token.digest()).hasSize(32);
	}

	@Test
	void aTokenItselfInsteadOfItsHashStopsStartUpSayingWhatToDo() {
		assertThatThrownBy(() -> new ApiTokenProperties.Token("nightly", "pw-test-token-0123456789abcdef"))
			.hasMessageContaining("nightly")
			.hasMessageContaining("64 hex digits")
			.hasMessageContaining("sha256sum");
		assertThatThrownBy(() -> new ApiTokenProperties.Token("nightly", HASH.substring(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aTokenNeedsAName() {
		assertThatThrownBy(() -> new ApiTokenProperties.Token(" ", HASH)).hasMessageContaining("name");
	}

}
