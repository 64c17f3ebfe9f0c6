/**
 * Diagnostic trouble codes as text: the J2012 two-byte → {@code P0301} formatting and the bundled table of generic
 * descriptions (Wal33D/dtc-database, MIT). Invariant: every two bytes format to exactly one five-character code, and
 * looking up a code never fails; unknown codes simply have no description.
 */
package com.kcspeedshop.collector.obd.dtc;
