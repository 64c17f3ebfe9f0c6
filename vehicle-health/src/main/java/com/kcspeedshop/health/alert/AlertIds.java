package com.kcspeedshop.health.alert;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Deterministic alert ids: a name-based (version 3) UUID of vin, rule, subject and the episode's start. */
public final class AlertIds {

    private AlertIds() {
    }

    /** Same inputs, same id, in every run and on every machine, so consumers can deduplicate re-sent events. */
    public static String of(String vin, Rule rule, String subject, long episodeStartMs) {
        String name = vin + '|' + rule.wireName() + '|' + subject + '|' + episodeStartMs;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
