/**
 * Typed job configuration shared by jobs: an option enum implements {@link com.kcspeedshop.flink.config.JobOption},
 * {@link com.kcspeedshop.flink.config.OptionValues} reads and validates its values and every failure is a
 * {@link com.kcspeedshop.flink.config.JobConfigException} naming the key. (The signal-windows job predates it and keeps
 * its own copy.)
 */
package com.kcspeedshop.flink.config;
