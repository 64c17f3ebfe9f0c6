package com.kcspeedshop.platform.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import org.junit.jupiter.api.Test;

class WebPushEncryptionTest {

    // RFC 8291 Appendix A: the receiver's and the sender's keys, the auth secret, the salt and the resulting body
    private static final String UA_PRIVATE = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
    private static final String UA_PUBLIC =
            "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    private static final String AS_PRIVATE = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
    private static final String AS_PUBLIC =
            "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
    private static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";
    private static final String SALT = "DGv6ra1nlYgDCS1FRnbzlw";
    private static final String BODY = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocIn"
            + "mYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";
    private static final String PLAINTEXT = "When I grow up, I want to be a watermelon";

    @Test
    void reproducesTheRfc8291TestVectorByteForByte() {
        KeyPair sender = new KeyPair(P256.publicKey(P256.base64Url(AS_PUBLIC)),
                P256.privateKey(P256.base64Url(AS_PRIVATE)));
        byte[] body = WebPushEncryption.encrypt(PLAINTEXT.getBytes(StandardCharsets.UTF_8), P256.base64Url(UA_PUBLIC),
                P256.base64Url(AUTH), P256.base64Url(SALT), sender);
        assertThat(P256.base64Url(body)).isEqualTo(BODY);
    }

    @Test
    void decryptsTheRfc8291TestVectorAsABrowserWould() {
        byte[] plaintext = WebPushEncryption.decrypt(P256.base64Url(BODY), P256.privateKey(P256.base64Url(UA_PRIVATE)),
                P256.base64Url(UA_PUBLIC), P256.base64Url(AUTH));
        assertThat(new String(plaintext, StandardCharsets.UTF_8)).isEqualTo(PLAINTEXT);
    }

    @Test
    void freshKeysRoundTripAndTamperingIsRefused() {
        KeyPair browser = P256.generate();
        byte[] uaPublic = P256.encode((ECPublicKey) browser.getPublic());
        byte[] auth = new byte[16];
        auth[3] = 7;
        byte[] message = "{\"title\":\"Overheating\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = WebPushEncryption.encrypt(message, uaPublic, auth);
        assertThat(WebPushEncryption.decrypt(body, (ECPrivateKey) browser.getPrivate(), uaPublic, auth))
                .isEqualTo(message);
        body[body.length - 3] ^= 1;
        assertThatThrownBy(() -> WebPushEncryption.decrypt(body, (ECPrivateKey) browser.getPrivate(), uaPublic, auth))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AES-GCM");
    }

    @Test
    void badKeysAndOversizedPayloadsAreRefusedClearly() {
        assertThatThrownBy(() -> P256.publicKey(new byte[33])).hasMessageContaining("65 bytes");
        byte[] uaPublic = P256.base64Url(UA_PUBLIC);
        assertThatThrownBy(() -> WebPushEncryption.encrypt(new byte[WebPushEncryption.MAX_PLAINTEXT + 1], uaPublic,
                new byte[16])).hasMessageContaining("too large");
        assertThatThrownBy(() -> WebPushEncryption.encrypt(new byte[1], uaPublic, new byte[8]))
                .hasMessageContaining("auth secret");
    }
}
