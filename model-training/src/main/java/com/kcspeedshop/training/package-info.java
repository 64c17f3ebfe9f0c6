/**
 * Offline training of KC Speedshop's models: remaining useful life (NASA C-MAPSS), failure classification (AI4I 2020)
 * and vehicle anomaly models (real OBD-II trips), each artifact carrying its provenance (data and its sha256, features,
 * hyperparameters, seed, library versions, git commit, metrics) into a registry.
 *
 * <p>Not built yet: this is the place issue #5 fills. Nothing here is used by the running platform today.
 */
package com.kcspeedshop.training;
