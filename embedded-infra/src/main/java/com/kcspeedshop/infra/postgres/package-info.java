/** A real PostgreSQL 18 server from the embedded binaries on Maven Central, with a data folder that survives restarts. */
package com.kcspeedshop.infra.postgres;
