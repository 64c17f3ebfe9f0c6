package com.kcspeedshop.collector.obd;

/**
 * Why (part of) a message could not be decoded. Negative responses (7F sid NRC) also end up here, named.
 *
 * @param ecu     the ECU that answered
 * @param service the request service the message belongs to, -1 when not even that could be read
 * @param reason  what is wrong, for a person and for the dead-letter topic
 * @param hex     the bytes that could not be decoded, as upper-case hex pairs separated by spaces
 */
public record DecodeError(String ecu, int service, String reason, String hex) implements ObdDecodeResult {
}
