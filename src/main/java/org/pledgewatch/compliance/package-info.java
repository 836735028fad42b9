@NullMarked
package org.pledgewatch.compliance;

import org.jspecify.annotations.NullMarked;
