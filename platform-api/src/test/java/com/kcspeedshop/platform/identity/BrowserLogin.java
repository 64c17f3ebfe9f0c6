package com.kcspeedshop.platform.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the web page does to log in, done over HTTP by a cookie-keeping client: authorization request with PKCE, the
 * embedded issuer's login form (with its CSRF token), the redirect back with a code, and the code exchange.
 */
public final class BrowserLogin {

    public static final String CLIENT_ID = "kcspeedshop-web";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null,
            CookiePolicy.ACCEPT_ALL)).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String verifier = random();
    private final String state = random();

    public BrowserLogin(String base) {
        this.base = base;
    }

    /** Logs in and returns the access token; throws {@link LoginFailed} when the issuer refuses. */
    public static String accessToken(String base, String username, String password) {
        try {
            return new BrowserLogin(base).login(username, password, true);
        } catch (IOException e) {
            throw new LoginFailed("login request failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginFailed("interrupted");
        }
    }

    /** The whole flow; {@code pkce} false leaves the code challenge out (the issuer must refuse that). */
    public String login(String username, String password, boolean pkce) throws IOException, InterruptedException {
        String redirect = base + "/";
        Map<String, String> query = new LinkedHashMap<>(Map.of("response_type", "code", "client_id", CLIENT_ID,
                "redirect_uri", redirect, "scope", "openid", "state", state));
        if (pkce) {
            query.put("code_challenge", challenge(verifier));
            query.put("code_challenge_method", "S256");
        }
        HttpResponse<String> authorize = getHtml(base + "/oauth2/authorize?" + form(query));
        String toLogin = location(authorize, "the authorization request");
        if (!toLogin.contains("/login")) {
            throw new LoginFailed("authorization request not sent to the login form but to " + toLogin);
        }
        HttpResponse<String> page = getHtml(absolute(toLogin));
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new LoginFailed("login page without a CSRF token: " + page.statusCode());
        }
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "_csrf", csrf.group(1)))))
                .build(), HttpResponse.BodyHandlers.ofString());
        String afterLogin = location(posted, "the login form");
        if (afterLogin.contains("/login?error")) {
            throw new LoginFailed("wrong username or password");
        }
        String callback = location(getHtml(absolute(afterLogin)), "the authorization request after login");
        Map<String, String> parameters = queryOf(callback);
        if (!callback.startsWith(redirect) || parameters.get("code") == null) {
            throw new LoginFailed("no code in the redirect: " + callback);
        }
        if (!state.equals(parameters.get("state"))) {
            throw new LoginFailed("state changed on the way");
        }
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "code", parameters.get("code"), "redirect_uri", redirect, "client_id", CLIENT_ID,
                        "code_verifier", verifier))))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher accessToken = ACCESS_TOKEN.matcher(token.body());
        if (token.statusCode() != 200 || !accessToken.find()) {
            throw new LoginFailed("token exchange answered " + token.statusCode() + ": " + token.body());
        }
        return accessToken.group(1);
    }

    private HttpResponse<String> getHtml(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 3) {
            throw new LoginFailed(what + " answered " + response.statusCode() + " instead of a redirect: "
                    + response.body());
        }
        return response.headers().firstValue("Location").orElseThrow(() -> new LoginFailed(what + ": no Location"));
    }

    private String absolute(String location) {
        return location.startsWith("http") ? location : base + location;
    }

    private static Map<String, String> queryOf(String url) {
        Map<String, String> values = new LinkedHashMap<>();
        int q = url.indexOf('?');
        if (q >= 0) {
            for (String pair : url.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                values.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    // RFC 7636 S256: BASE64URL(SHA256(ASCII(code_verifier)))
    private static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issuer refused, or answered something a browser would not have followed. */
    public static final class LoginFailed extends RuntimeException {

        LoginFailed(String message) {
            super(message);
        }
    }
}
