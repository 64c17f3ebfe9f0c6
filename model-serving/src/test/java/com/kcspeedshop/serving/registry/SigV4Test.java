package com.kcspeedshop.serving.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SigV4Test {

    /**
     * AWS's worked example "GET Object" from the S3 API reference (Signature Version 4, header-based authentication):
     * the documented example credentials, request and resulting signature.
     */
    @Test
    void shouldReproduceAwssWorkedExampleForGetObject() {
        SigV4 signer = new SigV4(new S3Credentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                Optional.empty()), "us-east-1");

        Map<String, String> headers = signer.sign("GET", URI.create("https://examplebucket.s3.amazonaws.com/test.txt"),
                SigV4.EMPTY_SHA256, Instant.parse("2013-05-24T00:00:00Z"), Map.of("Range", "bytes=0-9"));

        assertThat(headers.get("Authorization")).isEqualTo("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/"
                + "us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
        assertThat(headers).containsEntry("x-amz-date", "20130524T000000Z").doesNotContainKey("host");
    }

    @Test
    void shouldEncodeKeysOnceKeepingSlashesAndUnreservedCharacters() {
        assertThat(SigV4.encodePath("models/ai4i-xgb+rf_1.0~x/test$file.txt"))
                .isEqualTo("models/ai4i-xgb%2Brf_1.0~x/test%24file.txt");
        assertThat(SigV4.encodePath("ä b")).isEqualTo("%C3%A4%20b");
    }

    @Test
    void shouldSignTheHostWithItsPortOnlyWhenItIsNotTheDefault() {
        assertThat(SigV4.hostHeader(URI.create("http://127.0.0.1:9000/b/k"))).isEqualTo("127.0.0.1:9000");
        assertThat(SigV4.hostHeader(URI.create("https://s3.amazonaws.com:443/b"))).isEqualTo("s3.amazonaws.com");
    }

    @Test
    void shouldSignASessionTokenAndNeverPrintTheSecret() {
        S3Credentials creds = new S3Credentials("AK", "very-secret", Optional.of("token-1"));
        Map<String, String> headers = new SigV4(creds, "eu-central-1").sign("PUT",
                URI.create("http://localhost:9000/b/k"), SigV4.EMPTY_SHA256, Instant.parse("2026-11-26T00:00:00Z"));

        assertThat(headers).containsEntry("x-amz-security-token", "token-1");
        assertThat(headers.get("Authorization")).contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date;"
                + "x-amz-security-token").contains("/eu-central-1/s3/aws4_request");
        assertThat(creds.toString()).doesNotContain("very-secret");
    }
}
