/**
 * Typed reader for NASA C-MAPSS turbofan files ({@code ../shared/datasets/cmapss/}): trajectories as
 * {@link com.kcspeedshop.datasets.cmapss.EngineUnit}s of {@link com.kcspeedshop.datasets.cmapss.CmapssCycle}s, and the
 * RUL truth of a test set. Invariant: a unit's cycles are contiguous and numbered 1..n, so RUL labels derived from the
 * last cycle are right; a file that breaks this fails with its line number.
 */
package com.kcspeedshop.datasets.cmapss;
