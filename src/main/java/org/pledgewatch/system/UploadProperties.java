package org.pledgewatch.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded files ({@code dashboard.upload.*}).
 *
 * @param maxSize the largest file accepted; larger ones are answered 413
 */
@ConfigurationProperties("dashboard.upload")
public record UploadProperties(@DefaultValue("10MB") DataSize maxSize) {

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
