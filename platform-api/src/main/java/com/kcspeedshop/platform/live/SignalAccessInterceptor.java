package com.kcspeedshop.platform.live;

import com.kcspeedshop.platform.identity.Caller;
import com.kcspeedshop.platform.identity.CallerResolver;
import com.kcspeedshop.platform.identity.ProblemResponses;
import com.kcspeedshop.platform.vehicle.VehicleAccess;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Authorises a {@code /ws/signals} subscription at the handshake. The security chain has already refused a missing or
 * invalid token (401). A subscription to one VIN the caller may not see is refused with 404, exactly like the REST
 * route; every accepted session carries a filter of the VINs the caller may see, re-read every
 * {@value #REFRESH_SECONDS} s, so a revoked workshop authorisation also ends that workshop's live feed.
 */
@Component
class SignalAccessInterceptor implements HandshakeInterceptor {

    static final String VISIBLE_VINS = "kcspeedshop.visibleVins";
    static final long REFRESH_SECONDS = 10;

    private final VehicleAccess access;
    private final CallerResolver callers;
    private final ProblemResponses problems;

    SignalAccessInterceptor(VehicleAccess access, CallerResolver callers, ProblemResponses problems) {
        this.access = access;
        this.callers = callers;
        this.problems = problems;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) throws IOException {
        Principal principal = request.getPrincipal();
        if (!(principal instanceof Authentication authentication)) {
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            return false;
        }
        Caller caller = callers.caller(authentication);
        Subscription subscription;
        try {
            subscription = Subscription.fromUri(request.getURI());
        } catch (Subscription.InvalidSubscriptionException e) {
            // the handler explains a malformed vin over the socket, then closes it
            attributes.put(VISIBLE_VINS, (Predicate<String>) vin -> false);
            return true;
        }
        if (subscription.vin() != null && !access.maySeeSignals(caller, subscription.vin())) {
            if (request instanceof ServletServerHttpRequest servletRequest
                    && response instanceof ServletServerHttpResponse servletResponse) {
                problems.write(servletRequest.getServletRequest(), servletResponse.getServletResponse(),
                        HttpStatus.NOT_FOUND, "Unknown vehicle",
                        "No vehicle with VIN " + subscription.vin() + " that you may see");
            } else {
                response.setStatusCode(HttpStatus.NOT_FOUND);
            }
            return false;
        }
        attributes.put(VISIBLE_VINS, access.signalFilter(caller, Duration.ofSeconds(REFRESH_SECONDS)));
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
    }
}
