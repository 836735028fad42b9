package org.pledgewatch.api;

import java.util.List;

/**
 * The 409 answer to an upload to be published that plausibility checks question: nothing was stored; send the same
 * request with {@code confirm=true} to publish it anyway, or {@code publish=false} to preview it as a draft.
 */
record NeedsConfirmation(boolean needsConfirmation, String error, List<UploadWarningView> warnings) {
}
