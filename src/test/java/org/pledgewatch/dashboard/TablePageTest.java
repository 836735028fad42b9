package org.pledgewatch.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class TablePageTest {

	private static List<Integer> rows(int count) {
		return IntStream.rangeClosed(1, count).boxed().toList();
	}

	@Test
	void natosThirtyTwoAlliesFitOnOnePageWithoutPageLinks() {
		TablePage<Integer> page = TablePage.of(rows(32), null);

		assertThat(page.paged()).isFalse();
		assertThat(page.rows()).hasSize(32);
		assertThat(page.first()).isEqualTo(1);
		assertThat(page.last()).isEqualTo(32);
	}

	@Test
	void exactlyOneFullPageIsNotPaged() {
		assertThat(TablePage.of(rows(100), 1).paged()).isFalse();
		assertThat(TablePage.of(rows(101), 1).paged()).isTrue();
	}

	@Test
	void theSecondPageStartsAfterTheFirstHundred() {
		TablePage<Integer> page = TablePage.of(rows(101), 2);

		assertThat(page.rows()).containsExactly(101);
		assertThat(page.first()).isEqualTo(101);
		assertThat(page.pages()).isEqualTo(2);
	}

	@Test
	void anEmptyTableHasOnePageAndNoRows() {
		TablePage<Integer> page = TablePage.of(List.of(), 5);

		assertThat(page.page()).isEqualTo(1);
		assertThat(page.first()).isZero();
		assertThat(page.last()).isZero();
		assertThat(page.paged()).isFalse();
	}

}
