/**
 * Model serving: the embeddable scorer ({@code scorer}, plain Java, used in-process by the Flink jobs later), the model
 * registry ({@code registry}, PostgreSQL + artifact store + {@code models.updates.v1}) and the Spring Boot REST service
 * ({@code api}) on top of the scorer; {@code bench} holds the serving benchmarks.
 */
package com.kcspeedshop.serving;
