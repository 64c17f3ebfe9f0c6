package com.kcspeedshop.collector.bench;

import com.kcspeedshop.collector.elm327.response.EcuMessage;
import com.kcspeedshop.collector.elm327.response.ElmResponse;
import com.kcspeedshop.collector.elm327.response.ElmResponseParser;
import com.kcspeedshop.collector.obd.DecodeError;
import com.kcspeedshop.collector.obd.ObdDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decode throughput of the collector on {@link DecodeInputs#MIX}, in wire frames per second on one core. Each
 * invocation reads the whole mix once and counts as {@link DecodeInputs#FRAMES_PER_MIX} operations, so the meaning
 * layer, which sees 5 messages rather than 8 frames, is credited with the frames those messages came from and every
 * row is comparable. Warm-up, measurement and forks are set by {@link DecodeBench}, not here, so quick and full runs
 * share one class.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@OperationsPerInvocation(DecodeInputs.FRAMES_PER_MIX)
public class DecodeBenchmark {

    private List<DecodeInputs.Sample> mix;
    private ElmResponseParser parser;
    private ObdDecoder decoder;
    private List<EcuMessage> messages;

    /** Builds the layers once and checks the mix still decodes cleanly: a broken input fails the run, not the figure. */
    @Setup
    public void setUp() {
        mix = DecodeInputs.MIX;
        parser = new ElmResponseParser();
        decoder = ObdDecoder.standard();
        messages = new ArrayList<>();
        for (DecodeInputs.Sample sample : mix) {
            messages.addAll(cleanMessages(parser, decoder, sample));
        }
    }

    /** Baseline: split into lines and tokens, hex to bytes; what any decoder has to do at the very least. */
    @Benchmark
    public void baselineSplitHex(Blackhole hole) {
        for (DecodeInputs.Sample sample : mix) {
            hole.consume(SplitHexBaseline.split(sample.raw()));
        }
    }

    /** Framing layer alone: adapter text to EcuMessages (headers, PCI, ISO-TP, checksums removed). */
    @Benchmark
    public void framing(Blackhole hole) {
        for (DecodeInputs.Sample sample : mix) {
            hole.consume(parser.parse(sample.request(), sample.raw(), sample.format()));
        }
    }

    /** Meaning layer alone: the messages the framing layer produced, to named, scaled values. */
    @Benchmark
    public void meaning(Blackhole hole) {
        for (EcuMessage message : messages) {
            // payload() copies, as it does for the collector; the copy is part of the meaning layer's real cost
            hole.consume(decoder.decode(message.ecu(), message.payload()));
        }
    }

    /** Both layers, as the collector runs them: adapter text to decoded values. */
    @Benchmark
    public void endToEnd(Blackhole hole) {
        for (DecodeInputs.Sample sample : mix) {
            ElmResponse response = parser.parse(sample.request(), sample.raw(), sample.format());
            for (EcuMessage message : response.messages()) {
                hole.consume(decoder.decode(message.ecu(), message.payload()));
            }
        }
    }

    /**
     * The messages of {@code sample}, or an exception if it no longer frames into messages without drops or decodes
     * without errors: a benchmark of the error path would silently measure something else.
     */
    static List<EcuMessage> cleanMessages(ElmResponseParser parser, ObdDecoder decoder, DecodeInputs.Sample sample) {
        ElmResponse response = parser.parse(sample.request(), sample.raw(), sample.format());
        if (!(response instanceof ElmResponse.Messages) || !response.dropped().isEmpty()) {
            throw new IllegalStateException("benchmark input '" + sample.name() + "' does not frame cleanly: "
                    + response);
        }
        for (EcuMessage message : response.messages()) {
            decoder.decode(message.ecu(), message.payload()).stream()
                    .filter(result -> result instanceof DecodeError)
                    .findFirst()
                    .ifPresent(error -> {
                        throw new IllegalStateException("benchmark input '" + sample.name() + "' does not decode: "
                                + error);
                    });
        }
        return response.messages();
    }
}
