package org.pledgewatch.compliance;

import java.util.ArrayList;
import java.util.List;

import org.pledgewatch.compliance.TargetPath.PathPoint;

/**
 * Computes {@link TargetPath}s: from share {@code s} in year {@code y} to target {@code t} in the deadline year
 * {@code d}, the share must grow by {@code g = (t / s)^(1 / (d - y)) - 1} a year.
 */
final class TargetPaths {

	private TargetPaths() {
	}

	/** @param history the ally's years, oldest first, measured against {@code target} */
	static TargetPath of(String iso3, String country, Target target, int deadline, List<AllyYear> history) {
		List<PathPoint> actual = history.stream().map(r -> new PathPoint(r.year(), r.shareOfGdpPctRounded())).toList();
		AllyYear latest = null;
		for (AllyYear row : history) {
			if (row.reported()) {
				latest = row;
			}
		}
		double t = target.pctValue();
		if (latest == null) {
			return new TargetPath(iso3, country, t, deadline, null, null, null, null, null, null, null, actual, List.of());
		}
		// The share as printed, as the verdict and the distance use it: a reader checking "3.5 − 2.00" gets our figure.
		double share = latest.shareOfGdpPctRounded();
		int from = latest.year();
		int yearsLeft = deadline - from;
		boolean met = Boolean.TRUE.equals(latest.meetsTarget());
		Double growth = null;
		Double increase = null;
		List<PathPoint> required = new ArrayList<>();
		if (met) {
			growth = 0.0;
			increase = 0.0;
		}
		else if (yearsLeft > 0 && share > 0) {
			double factor = Math.pow(t / share, 1.0 / yearsLeft);
			growth = (factor - 1) * 100;
			increase = (t - share) / yearsLeft;
			for (int year = from; year <= deadline; year++) {
				required.add(new PathPoint(year, year == deadline ? t : share * Math.pow(factor, year - from)));
			}
		}
		return new TargetPath(iso3, country, t, deadline, from, share, latest.distanceToTargetPts(),
				latest.gapToTargetMusd(), growth, increase, latest.meetsTarget(), actual, required);
	}

}
