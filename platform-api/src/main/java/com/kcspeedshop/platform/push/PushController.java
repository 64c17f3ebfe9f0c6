package com.kcspeedshop.platform.push;

import com.kcspeedshop.events.AlertSeverity;
import com.kcspeedshop.platform.identity.Caller;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own push subscriptions (one per browser/device) and delivery preferences. */
@RestController
class PushController {

    private final PushStore store;
    private final Vapid vapid;
    private final PushProperties properties;

    PushController(PushStore store, Vapid vapid, PushProperties properties) {
        this.store = store;
        this.vapid = vapid;
        this.properties = properties;
    }

    /** What the page passes to {@code pushManager.subscribe({applicationServerKey})}. */
    @GetMapping("/api/push/vapid-public-key")
    Map<String, String> publicKey() {
        return Map.of("publicKey", vapid.publicKey());
    }

    /** Body: the browser's {@code PushSubscription.toJSON()}, plus an optional {@code device} label. */
    @PostMapping("/api/push/subscriptions")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> subscribe(@RequestBody SubscribeRequest request, Caller caller) {
        if (request.endpoint() == null || request.keys() == null || request.keys().p256dh() == null
                || request.keys().auth() == null) {
            throw bad("A subscription needs endpoint, keys.p256dh and keys.auth, as PushSubscription.toJSON() gives");
        }
        URI endpoint;
        try {
            endpoint = URI.create(request.endpoint());
        } catch (IllegalArgumentException e) {
            throw bad("endpoint is not a URL");
        }
        boolean secure = "https".equals(endpoint.getScheme());
        boolean allowedInsecure = properties.allowInsecureEndpoints() && "http".equals(endpoint.getScheme());
        if (!secure && !allowedInsecure || endpoint.getHost() == null) {
            throw bad("endpoint must be an https URL of a push service");
        }
        try {
            P256.publicKey(P256.base64Url(request.keys().p256dh()));
            if (P256.base64Url(request.keys().auth()).length != 16) {
                throw bad("keys.auth must be 16 bytes, base64url");
            }
        } catch (IllegalArgumentException e) {
            throw bad("keys.p256dh: " + e.getMessage());
        }
        String device = request.device() == null ? "" : request.device().strip();
        long id = store.subscribe(caller.subject(), caller.staffWorkshop().orElse(null), request.endpoint(),
                request.keys().p256dh(), request.keys().auth(), device.length() > 200 ? device.substring(0, 200) : device);
        return Map.of("id", id);
    }

    @GetMapping("/api/push/subscriptions")
    List<Map<String, Object>> subscriptions(Caller caller) {
        // the endpoint is a bearer capability of the push service: not echoed back
        return store.subscriptions(caller.subject()).stream()
                .map(s -> Map.<String, Object>of("id", s.id(), "device", s.device())).toList();
    }

    @DeleteMapping("/api/push/subscriptions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unsubscribe(@PathVariable long id, Caller caller) {
        if (!store.unsubscribe(caller.subject(), id)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "You have no push subscription " + id);
            problem.setTitle("Not found");
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
        }
    }

    @GetMapping("/api/push/preferences")
    PreferencesBody preferences(Caller caller) {
        PushPreferences p = store.preferences(caller.subject());
        return new PreferencesBody(p.minSeverity().name(), p.delivery().name(), p.digestEveryMinutes(),
                p.quietStart() == null ? null : p.quietStart().toString(),
                p.quietEnd() == null ? null : p.quietEnd().toString(), p.zone().getId());
    }

    @PutMapping("/api/push/preferences")
    PreferencesBody savePreferences(@RequestBody PreferencesBody body, Caller caller) {
        PushPreferences p;
        try {
            p = new PushPreferences(AlertSeverity.valueOf(orDefault(body.minSeverity(), "WARNING")),
                    PushPreferences.Delivery.valueOf(orDefault(body.delivery(), "IMMEDIATE")),
                    body.digestEveryMinutes() == null ? 60 : body.digestEveryMinutes(),
                    body.quietStart() == null ? null : LocalTime.parse(body.quietStart()),
                    body.quietEnd() == null ? null : LocalTime.parse(body.quietEnd()),
                    ZoneId.of(orDefault(body.timeZone(), "UTC")));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw bad("Invalid preferences: " + e.getMessage());
        }
        store.savePreferences(caller.subject(), p);
        return preferences(caller);
    }

    record SubscribeRequest(String endpoint, Keys keys, String device) {
        record Keys(String p256dh, String auth) {
        }
    }

    record PreferencesBody(String minSeverity, String delivery, Integer digestEveryMinutes, String quietStart,
                           String quietEnd, String timeZone) {
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static ErrorResponseException bad(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid push request");
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
