/**
 * Models swapped live from the control topic {@code models.updates.v1}: {@link
 * com.kcspeedshop.flink.models.ModelUpdates} broadcasts the decoded updates, and a keyed operator extending {@link
 * com.kcspeedshop.flink.models.ModelSwappingFunction} scores with the newest promoted model per name, without a
 * restart.
 *
 * <p>Invariants: broadcast state holds the newest update per model name (by publication time) and is identical on all
 * subtasks; loaded scorers are per-subtask caches rebuilt on demand, never state; a model that fails to load never
 * fails the job.
 */
package com.kcspeedshop.flink.models;
