package com.kcspeedshop.collector.decode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/** Runs the {@link DecodeContract} over a stream: one output line per input line, flushed as it goes. */
public final class DecodeStream {

    private final DecodeContract contract;

    public DecodeStream(DecodeContract contract) {
        this.contract = contract;
    }

    /**
     * Reads until end of input. Blank lines are input lines too and get a {@code bad-input} answer, so a caller can
     * always pair output line N with input line N.
     *
     * @return the number of lines answered
     * @throws IOException only if {@code in} cannot be read
     */
    public long run(BufferedReader in, PrintWriter out) throws IOException {
        long lines = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            out.println(contract.decodeLine(line));
            out.flush(); // a caller driving us line by line (a pipe, a test harness) sees each answer at once
            lines++;
        }
        return lines;
    }
}
