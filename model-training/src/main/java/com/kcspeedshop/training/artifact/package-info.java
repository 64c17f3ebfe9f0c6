/**
 * Model artifact folders and their provenance ({@code provenance.json}): data files with sha256, features,
 * hyperparameters, seed, library versions, git commit, metrics and training time. The registry (issue 5, later) stores
 * the same record in PostgreSQL.
 */
package com.kcspeedshop.training.artifact;
