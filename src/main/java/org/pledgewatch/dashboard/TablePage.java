package org.pledgewatch.dashboard;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a table's rows: a dataset with thousands of allies renders a page at a time, so what one request
 * renders is bounded whatever is stored. NATO's 32 allies fit on the first page, which then shows no page links.
 *
 * @param rows the rows on this page
 * @param page this page, from 1
 * @param pages how many pages there are (at least 1)
 * @param total how many rows there are in all
 * @param first the position of the first row on this page, from 1 (0 when there are none)
 * @param last the position of the last row on this page
 */
public record TablePage<T>(List<T> rows, int page, int pages, int total, int first, int last) {

	/** Rows a page shows at most. */
	public static final int SIZE = 100;

	/** The page {@code asked} for (the first when none is, the nearest when out of range) of {@code all}. */
	public static <T> TablePage<T> of(List<T> all, @Nullable Integer asked) {
		int pages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
		int page = asked == null ? 1 : Math.min(Math.max(asked, 1), pages);
		int from = (page - 1) * SIZE;
		int to = Math.min(from + SIZE, all.size());
		return new TablePage<>(all.subList(from, to), page, pages, all.size(), to > from ? from + 1 : 0, to);
	}

	public boolean paged() {
		return pages > 1;
	}

}
