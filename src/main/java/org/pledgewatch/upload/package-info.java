@NullMarked
package org.pledgewatch.upload;

import org.jspecify.annotations.NullMarked;
