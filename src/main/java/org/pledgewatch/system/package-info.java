@NullMarked
package org.pledgewatch.system;

import org.jspecify.annotations.NullMarked;
