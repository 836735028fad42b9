package org.pledgewatch.api;

import java.util.List;

/**
 * The 409 answer to publishing that plausibility checks question, an upload (nothing was stored) or a draft's
 * activation (nothing changed): send the same request with {@code confirm=true} to publish it anyway.
 */
record NeedsConfirmation(boolean needsConfirmation, String error, List<UploadWarningView> warnings) {
}
