/**
 * Offline training of KC Speedshop's models: remaining useful life on NASA C-MAPSS ({@code .rul}), failure
 * classification on AI4I 2020 ({@code .failure}), artifact folders with provenance ({@code .artifact}) and the command
 * line ({@code .cli}). Vehicle anomaly models and the PostgreSQL registry (issue 5) are still to come.
 */
package com.kcspeedshop.training;
