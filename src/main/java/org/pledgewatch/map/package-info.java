/**
 * The map of the allies: the shipped country outlines ({@code map/allies-map.tsv}, Natural Earth) and the colour scale
 * that places each ally's share of GDP against the target. Drawn as inline SVG on {@code /map} and, through
 * {@code report}, into chart images and the briefing PDF.
 */
@NullMarked
package org.pledgewatch.map;

import org.jspecify.annotations.NullMarked;
