@NullMarked
package org.pledgewatch.api;

import org.jspecify.annotations.NullMarked;
