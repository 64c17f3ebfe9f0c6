/**
 * The Spring Boot model service over the embeddable scorer: {@code POST /v1/models/{name}/predict},
 * {@code GET /v1/models}, hot reload from {@code models.updates.v1}, RFC 7807 errors, Prometheus metrics. At startup it
 * serves every registry champion; afterwards only Kafka updates change what it serves, each swapped in atomically once
 * the new artifact has loaded (a model that fails to load leaves the old one serving).
 */
package com.kcspeedshop.serving.api;
