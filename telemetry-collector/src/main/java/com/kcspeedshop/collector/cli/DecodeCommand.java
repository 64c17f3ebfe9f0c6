package com.kcspeedshop.collector.cli;

import com.kcspeedshop.collector.decode.DecodeContract;
import com.kcspeedshop.collector.decode.DecodeStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code decode}: the stable JSON-lines contract other tools use to check our ELM327 and OBD decoders. */
@Command(name = "decode",
        mixinStandardHelpOptions = true,
        description = {
            "Decodes adapter replies read as JSON lines from stdin and writes one JSON line per input line to stdout.",
            "Input:  {\"request\":\"010C\",\"response\":\"41 0C 1A F8\"}  with an optional \"format\" hint ("
                    + "auto, can11, can29, iso9141, kwp, j1850pwm, j1850vpw, plus 'headers' or 'caf0'). "
                    + "\"response\" is the adapter's raw text; separate its lines with \\n or \\r.",
            "Output: {\"v\":1,\"request\":...,\"ok\":true,\"ecus\":[{\"ecu\":\"7E8\",\"results\":[...]}],"
                    + "\"dropped\":[...]} or \"ok\":false with \"error\":{\"type\":\"adapter|garbage|bad-input\",...}.",
            "A bad line never stops the stream. Exit code 0 unless stdin cannot be read (then 1).",
            "The schema is documented in README.md, section 'The decode contract'."},
        footer = {"", "Example:",
            "  echo '{\"request\":\"010C\",\"response\":\"7E8 04 41 0C 1A F8\"}' | kcs-collector decode",
            "  {\"v\":1,\"request\":\"010C\",\"ok\":true,\"ecus\":[{\"ecu\":\"7E8\",\"results\":[{\"type\":\"pid\","
                    + "\"service\":1,\"pid\":12,\"values\":[{\"name\":\"ENGINE_RPM\",\"value\":1726.0,\"unit\":\"rpm\"}]}]}],"
                    + "\"dropped\":[]}"})
final class DecodeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            new DecodeStream(DecodeContract.standard()).run(in, out);
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("cannot read stdin: " + e.getMessage());
            return 1;
        }
    }
}
