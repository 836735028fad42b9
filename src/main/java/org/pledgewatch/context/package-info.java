/**
 * Belgium in context: key events of the alliance and the bilateral security agreements with Ukraine, read from the
 * files shipped in {@code data/}.
 */
@NullMarked
package org.pledgewatch.context;

import org.jspecify.annotations.NullMarked;
