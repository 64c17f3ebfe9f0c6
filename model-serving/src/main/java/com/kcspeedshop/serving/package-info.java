/**
 * Model serving: one embeddable scorer (used in-process by the Flink jobs) and a Spring Boot REST service on top of it.
 *
 * <p>Not built yet: this is the place issue #5 fills. Until then the Flink jobs score nothing with models.
 */
package com.kcspeedshop.serving;
