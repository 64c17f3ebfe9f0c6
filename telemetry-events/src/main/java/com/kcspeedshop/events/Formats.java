package com.kcspeedshop.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary layout of every record, field by field in wire order. Changing a layout means appending fields and bumping
 * that format's version, with a reader for the old version kept here.
 */
final class Formats {

    private Formats() {
    }

    /** v1: vin, signal, value, unit, capturedAt, source, sequence. v2 appends ecu (nullable). */
    static final class ObdReadingFormat implements RecordFormat<ObdReading> {
        public int tag() {
            return 1;
        }

        public int currentVersion() {
            return 2;
        }

        public void write(ObdReading r, WireWriter out) {
            out.string(r.vin()).string(r.signal()).f64(r.value()).string(r.unit()).instant(r.capturedAt())
                    .string(r.source()).varLong(r.sequence()).nullableString(r.ecu());
        }

        public ObdReading read(WireReader in, int version) {
            String vin = in.string();
            String signal = in.string();
            double value = in.f64();
            String unit = in.string();
            var capturedAt = in.instant();
            String source = in.string();
            long sequence = in.varLong();
            String ecu = version >= 2 ? in.nullableString() : null;
            return new ObdReading(vin, signal, value, unit, capturedAt, source, sequence, ecu);
        }
    }

    /**
     * v1: vin, source, count, then per reading: signal, value, unit, capturedAt and sequence (the first reading's in
     * full, then each as its increase over the previous reading's, nanoseconds for the time), ecu (nullable). Vehicle,
     * source and the times are mostly written once, which is most of the saving over single readings.
     */
    static final class ObdReadingBatchFormat implements RecordFormat<ObdReadingBatch> {
        public int tag() {
            return 10;
        }

        public int currentVersion() {
            return 1;
        }

        public void write(ObdReadingBatch b, WireWriter out) {
            List<ObdReading> readings = b.readings();
            out.string(b.vin()).string(b.source()).varLong(readings.size());
            long previous = 0;
            Instant previousAt = null;
            for (int i = 0; i < readings.size(); i++) {
                ObdReading r = readings.get(i);
                out.string(r.signal()).f64(r.value()).string(r.unit());
                if (i == 0) {
                    out.instant(r.capturedAt()).varLong(r.sequence());
                } else {
                    // within MAX_SPAN, so the nanoseconds fit a long
                    out.varLong(Duration.between(previousAt, r.capturedAt()).toNanos())
                            .varLong(r.sequence() - previous);
                }
                out.nullableString(r.ecu());
                previous = r.sequence();
                previousAt = r.capturedAt();
            }
        }

        public ObdReadingBatch read(WireReader in, int version) {
            String vin = in.string();
            String source = in.string();
            long count = in.varLong();
            if (count < 1 || count > ObdReadingBatch.MAX_READINGS) {
                throw new EventDecodingException("a reading batch holds 1 to " + ObdReadingBatch.MAX_READINGS
                        + " readings, the record says " + count);
            }
            List<ObdReading> readings = new ArrayList<>((int) count);
            long sequence = 0;
            Instant capturedAt = null;
            for (int i = 0; i < count; i++) {
                String signal = in.string();
                double value = in.f64();
                String unit = in.string();
                if (i == 0) {
                    capturedAt = in.instant();
                } else {
                    long nanos = in.varLong();
                    if (nanos < 0 || nanos > ObdReadingBatch.MAX_SPAN.toNanos()) {
                        throw new EventDecodingException("reading " + i + " of a batch is " + nanos
                                + " ns after the previous one, outside the batch's span");
                    }
                    capturedAt = capturedAt.plusNanos(nanos);
                }
                long step = in.varLong();
                if (i > 0 && step < 1) {
                    throw new EventDecodingException("reading " + i + " of a batch does not increase the sequence");
                }
                try {
                    sequence = i == 0 ? step : Math.addExact(sequence, step);
                } catch (ArithmeticException e) {
                    throw new EventDecodingException("reading " + i + " of a batch overflows the sequence", e);
                }
                String ecu = in.nullableString();
                readings.add(new ObdReading(vin, signal, value, unit, capturedAt, source, sequence, ecu));
            }
            return new ObdReadingBatch(readings);
        }
    }

    /** v1: vin, source, sequence, capturedAt, ecu (nullable), kind, codes. */
    static final class DtcReportFormat implements RecordFormat<DtcReport> {
        public int tag() {
            return 2;
        }

        public int currentVersion() {
            return 1;
        }

        public void write(DtcReport r, WireWriter out) {
            out.string(r.vin()).string(r.source()).varLong(r.sequence()).instant(r.capturedAt())
                    .nullableString(r.ecu()).enumName(r.kind()).list(r.codes(), WireWriter::string);
        }

        public DtcReport read(WireReader in, int version) {
            return new DtcReport(in.string(), in.string(), in.varLong(), in.instant(), in.nullableString(),
                    in.enumName(DtcKind.class), in.list(WireReader::string));
        }
    }

    /** v1: vin, signal, unit, windowStart, windowEnd, min, max, mean, count. */
    static final class SignalWindowFormat implements RecordFormat<SignalWindow> {
        public int tag() {
            return 3;
        }

        public int currentVersion() {
            return 1;
        }

        public void write(SignalWindow w, WireWriter out) {
            out.string(w.vin()).string(w.signal()).string(w.unit()).instant(w.windowStart()).instant(w.windowEnd())
                    .f64(w.min()).f64(w.max()).f64(w.mean()).varLong(w.count());
        }

        public SignalWindow read(WireReader in, int version) {
            return new SignalWindow(in.string(), in.string(), in.string(), in.instant(), in.instant(), in.f64(),
                    in.f64(), in.f64(), in.varLong());
        }
    }

    /** v1: vin, subsystem, computedAt, score, contributions (signal, value, threshold, penalty). */
    static final class HealthScoreFormat implements RecordFormat<HealthScore> {
        public int tag() {
            return 4;
        }

        public int currentVersion() {
            return 1;
        }

        public void write(HealthScore h, WireWriter out) {
            out.string(h.vin()).string(h.subsystem()).instant(h.computedAt()).f64(h.score())
                    .list(h.contributions(), (w, c) -> w.string(c.signal()).f64(c.value()).f64(c.threshold())
                            .f64(c.penalty()));
        }

        public HealthScore read(WireReader in, int version) {
            return new HealthScore(in.string(), in.string(), in.instant(), in.f64(),
                    in.list(r -> new HealthContribution(r.string(), r.f64(), r.f64(), r.f64())));
        }
    }

    /** v1: vin, signal, detectedAt, value, expected, score, detector. */
    static final class AnomalyFormat implements RecordFormat<Anomaly> {
        public int tag() {
            return 5;
        }

        public int currentVersion() {
            return 1;
        }

        public void write(Anomaly a, WireWriter out) {
            out.string(a.vin()).string(a.signal()).instant(a.detectedAt()).f64(a.value()).f64(a.expected())
                    .f64(a.score()).string(a.detector());
        }

        public Anomaly read(WireReader in, int version) {
            return new Anomaly(in.string(), in.string(), in.instant(), in.f64(), in.f64(), in.f64(), in.string());
        }
    }

    /** v1: alertId, vin, rule, severity, state, at, message. */
    static final class AlertFormat implements RecordFormat<Alert> {
        public int tag() {
            return 6;
        }

        public int currentVersion() {
            return 1;
        }

        public void write(Alert a, WireWriter out) {
            out.string(a.alertId()).string(a.vin()).string(a.rule()).enumName(a.severity()).enumName(a.state())
                    .instant(a.at()).string(a.message());
        }

        public Alert read(WireReader in, int version) {
            return new Alert(in.string(), in.string(), in.string(), in.enumName(AlertSeverity.class),
                    in.enumName(AlertState.class), in.instant(), in.string());
        }
    }

    /** v1: modelName, modelId, vin, predictedAt, value. */
    static final class ModelPredictionFormat implements RecordFormat<ModelPrediction> {
        public int tag() {
            return 7;
        }

        public int currentVersion() {
            return 1;
        }

        public void write(ModelPrediction p, WireWriter out) {
            out.string(p.modelName()).string(p.modelId()).string(p.vin()).instant(p.predictedAt()).f64(p.value());
        }

        public ModelPrediction read(WireReader in, int version) {
            return new ModelPrediction(in.string(), in.string(), in.string(), in.instant(), in.f64());
        }
    }

    /** v1: sourceTopic, partition, offset, consumer, reason, payloadBase64, failedAt. */
    static final class DeadLetterFormat implements RecordFormat<DeadLetter> {
        public int tag() {
            return 8;
        }

        public int currentVersion() {
            return 1;
        }

        public void write(DeadLetter d, WireWriter out) {
            out.string(d.sourceTopic()).signedVarLong(d.partition()).signedVarLong(d.offset()).string(d.consumer())
                    .string(d.reason()).string(d.payloadBase64()).instant(d.failedAt());
        }

        public DeadLetter read(WireReader in, int version) {
            return new DeadLetter(in.string(), (int) in.signedVarLong(), in.signedVarLong(), in.string(), in.string(),
                    in.string(), in.instant());
        }
    }

    /** v1: modelName, modelId, action, artifactUri, publishedAt. */
    static final class ModelUpdateFormat implements RecordFormat<ModelUpdate> {
        public int tag() {
            return 9;
        }

        public int currentVersion() {
            return 1;
        }

        public void write(ModelUpdate u, WireWriter out) {
            out.string(u.modelName()).string(u.modelId()).enumName(u.action()).string(u.artifactUri())
                    .instant(u.publishedAt());
        }

        public ModelUpdate read(WireReader in, int version) {
            return new ModelUpdate(in.string(), in.string(), in.enumName(ModelAction.class), in.string(),
                    in.instant());
        }
    }
}
