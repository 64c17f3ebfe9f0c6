/** A single-node Kafka broker in KRaft mode (broker and controller in one), running Kafka's own server classes. */
package com.kcspeedshop.infra.kafka;
