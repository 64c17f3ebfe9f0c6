/**
 * The public datasets KC Speedshop trains and evaluates on: where to download each, under which licence, and the
 * sha256 of every file we have verified, so a data scientist knows their copy is the one our figures came from.
 */
package com.kcspeedshop.datasets;
