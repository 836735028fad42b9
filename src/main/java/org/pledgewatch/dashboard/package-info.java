@NullMarked
package org.pledgewatch.dashboard;

import org.jspecify.annotations.NullMarked;
