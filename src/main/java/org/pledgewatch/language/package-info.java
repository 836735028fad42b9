/**
 * How figures and allies' names read in the reader's language, shared by the pages and the downloadable reports: one
 * implementation of "a share in Dutch is {@code 1,30 %}".
 */
@NullMarked
package org.pledgewatch.language;

import org.jspecify.annotations.NullMarked;
