package org.pledgewatch.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded files ({@code dashboard.upload.*}).
 *
 * @param maxSize the largest file accepted (a file of exactly this size is); larger ones are answered 413
 */
@ConfigurationProperties("dashboard.upload")
public record UploadProperties(@DefaultValue("10MB") DataSize maxSize) {

	/**
	 * Room in a request for what surrounds the file: the multipart boundaries and part headers, the source fields
	 * (notes up to 2,000 characters) and the CSRF token. The limit is the file's, not the request's.
	 */
	static final DataSize FORM_ALLOWANCE = DataSize.ofKilobytes(64);

	/** The largest request body that may carry a file of {@link #maxSize()}. */
	public long maxRequestBytes() {
		return maxSize.toBytes() + FORM_ALLOWANCE.toBytes();
	}

	/** The limit as people write it: "10 MB", "512 KB". */
	public String maxSizeText() {
		long bytes = maxSize.toBytes();
		long mb = DataSize.ofMegabytes(1).toBytes();
		if (bytes >= mb && bytes % mb == 0) {
			return bytes / mb + " MB";
		}
		if (bytes >= 1024 && bytes % 1024 == 0) {
			return bytes / 1024 + " KB";
		}
		return bytes + " bytes";
	}

}
