package com.kcspeedshop.collector.obd;

import java.util.List;

/**
 * Service 06 test results of one ECU.
 *
 * @param ecu   the ECU that answered
 * @param tests the results in wire order
 */
public record MonitorResults(String ecu, List<MonitorTest> tests) implements ObdDecodeResult {

    public MonitorResults {
        tests = List.copyOf(tests);
    }

    /** True when every test passed. */
    public boolean allPassed() {
        return tests.stream().allMatch(MonitorTest::passed);
    }
}
