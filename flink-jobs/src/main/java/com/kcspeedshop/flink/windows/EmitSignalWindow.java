package com.kcspeedshop.flink.windows;

import com.kcspeedshop.events.SignalWindow;
import java.time.Instant;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** Turns the final statistics of a window into a {@link SignalWindow}, adding the window's bounds. */
public final class EmitSignalWindow extends ProcessWindowFunction<SignalStats, SignalWindow, String, TimeWindow> {

    private static final long serialVersionUID = 1L;

    @Override
    public void process(String key, Context context, Iterable<SignalStats> aggregated, Collector<SignalWindow> out) {
        // with an AggregateFunction in front there is exactly one element: the window's accumulator
        for (SignalStats stats : aggregated) {
            if (stats.count == 0) {
                continue; // Flink never fires an empty window, but an empty accumulator must never become a row
            }
            TimeWindow window = context.window();
            out.collect(new SignalWindow(stats.vin, stats.signal, stats.unit, Instant.ofEpochMilli(window.getStart()),
                    Instant.ofEpochMilli(window.getEnd()), stats.min, stats.max, stats.mean(), stats.count));
        }
    }
}
