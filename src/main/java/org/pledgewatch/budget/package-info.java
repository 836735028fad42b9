/**
 * How much work one request may cost: a time limit and whether its client is still there, checked cooperatively by
 * the loops whose length grows with the stored data (allies, years, rows). Knows nothing of the web: the server binds
 * a {@link org.pledgewatch.budget.RequestBudget} to the request's thread and the computations call
 * {@link org.pledgewatch.budget.RequestBudget#check()}.
 */
@NullMarked
package org.pledgewatch.budget;

import org.jspecify.annotations.NullMarked;
