@NullMarked
package org.pledgewatch.dataset;

import org.jspecify.annotations.NullMarked;
