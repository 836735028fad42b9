@NullMarked
package org.pledgewatch.report;

import org.jspecify.annotations.NullMarked;
