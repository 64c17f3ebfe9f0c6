package com.kcspeedshop.platform.push;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Web Push message encryption, RFC 8291, with the {@code aes128gcm} content coding of RFC 8188: a fresh P-256 key pair
 * and salt per message, ECDH with the browser's key, HKDF-SHA-256 bound to the browser's auth secret, one AES-128-GCM
 * record. Both directions live here: the sender uses {@link #encrypt}, and {@link #decrypt} is what a browser does,
 * used by tests and by anyone checking a push endpoint.
 */
public final class WebPushEncryption {

    /** Record size we announce; one record carries any payload a push service accepts (4 KB max). */
    static final int RECORD_SIZE = 4096;
    /** The largest plaintext one record holds: record size minus the 16-byte tag and the 1-byte delimiter. */
    public static final int MAX_PLAINTEXT = RECORD_SIZE - 16 - 1 - 86;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] KEY_INFO = "WebPush: info\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CEK_INFO = "Content-Encoding: aes128gcm\0\1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NONCE_INFO = "Content-Encoding: nonce\0\1".getBytes(StandardCharsets.US_ASCII);

    private WebPushEncryption() {
    }

    public static byte[] encrypt(byte[] plaintext, byte[] uaPublic, byte[] authSecret) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return encrypt(plaintext, uaPublic, authSecret, salt, P256.generate());
    }

    /** With a given salt and sender key pair: only for reproducing the RFC's test vector. */
    static byte[] encrypt(byte[] plaintext, byte[] uaPublic, byte[] authSecret, byte[] salt, KeyPair asKeys) {
        if (plaintext.length > MAX_PLAINTEXT) {
            throw new IllegalArgumentException("push payload too large: " + plaintext.length + " bytes, at most "
                    + MAX_PLAINTEXT);
        }
        requireLength(authSecret, 16, "auth secret");
        requireLength(salt, 16, "salt");
        byte[] asPublic = P256.encode((ECPublicKey) asKeys.getPublic());
        byte[] secret = ecdh((ECPrivateKey) asKeys.getPrivate(), P256.publicKey(uaPublic));
        byte[][] keyAndNonce = contentKeyAndNonce(secret, authSecret, salt, uaPublic, asPublic);
        byte[] padded = Arrays.copyOf(plaintext, plaintext.length + 1);
        padded[plaintext.length] = 0x02; // delimiter of the last (only) record
        byte[] ciphertext = aesGcm(Cipher.ENCRYPT_MODE, keyAndNonce, padded);
        return ByteBuffer.allocate(16 + 4 + 1 + asPublic.length + ciphertext.length)
                .put(salt).putInt(RECORD_SIZE).put((byte) asPublic.length).put(asPublic).put(ciphertext).array();
    }

    /** What the browser does with a pushed body; throws on any tampering or wrong key. */
    public static byte[] decrypt(byte[] body, ECPrivateKey uaPrivate, byte[] uaPublic, byte[] authSecret) {
        if (body.length < 21 + 65 + 17) {
            throw new IllegalArgumentException("aes128gcm body too short: " + body.length + " bytes");
        }
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        in.get(salt);
        int recordSize = in.getInt();
        int idLength = in.get() & 0xFF;
        if (idLength != 65 || recordSize < 18) {
            throw new IllegalArgumentException("unexpected aes128gcm header: key id " + idLength + " bytes, record size "
                    + recordSize);
        }
        byte[] asPublic = new byte[idLength];
        in.get(asPublic);
        byte[] ciphertext = new byte[in.remaining()];
        in.get(ciphertext);
        byte[] secret = ecdh(uaPrivate, P256.publicKey(asPublic));
        byte[] padded = aesGcm(Cipher.DECRYPT_MODE, contentKeyAndNonce(secret, authSecret, salt, uaPublic, asPublic),
                ciphertext);
        int end = padded.length - 1;
        while (end >= 0 && padded[end] == 0) {
            end--;
        }
        if (end < 0 || padded[end] != 0x02) {
            throw new IllegalArgumentException("missing last-record delimiter");
        }
        return Arrays.copyOf(padded, end);
    }

    private static byte[][] contentKeyAndNonce(byte[] ecdhSecret, byte[] authSecret, byte[] salt, byte[] uaPublic,
                                               byte[] asPublic) {
        // RFC 8291 section 3.4: IKM = HKDF(auth_secret, ecdh_secret, "WebPush: info" 0x00 ua_public as_public, 32)
        byte[] prkKey = hmac(authSecret, ecdhSecret);
        byte[] keyInfo = ByteBuffer.allocate(KEY_INFO.length + 65 + 65 + 1)
                .put(KEY_INFO).put(uaPublic).put(asPublic).put((byte) 1).array();
        byte[] ikm = hmac(prkKey, keyInfo);
        // RFC 8188 section 2.2 / 2.3: CEK and NONCE from HKDF(salt, IKM)
        byte[] prk = hmac(salt, ikm);
        return new byte[][] {Arrays.copyOf(hmac(prk, CEK_INFO), 16), Arrays.copyOf(hmac(prk, NONCE_INFO), 12)};
    }

    private static byte[] ecdh(ECPrivateKey own, ECPublicKey peer) {
        try {
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(own);
            agreement.doPhase(peer, true);
            return agreement.generateSecret();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("ECDH failed: " + e.getMessage(), e);
        }
    }

    private static byte[] aesGcm(int mode, byte[][] keyAndNonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(keyAndNonce[0], "AES"), new GCMParameterSpec(128, keyAndNonce[1]));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("AES-GCM " + (mode == Cipher.DECRYPT_MODE ? "decryption" : "encryption")
                    + " failed: " + e.getMessage(), e);
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static void requireLength(byte[] value, int length, String what) {
        if (value == null || value.length != length) {
            throw new IllegalArgumentException(what + " must be " + length + " bytes");
        }
    }
}
