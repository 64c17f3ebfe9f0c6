/**
 * The plain single-threaded reference computation (one state per VIN, events in input order) that the Flink job's
 * output is compared with, record for record.
 */
package com.kcspeedshop.health.reference;
