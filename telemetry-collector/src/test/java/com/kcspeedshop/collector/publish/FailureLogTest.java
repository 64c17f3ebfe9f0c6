package com.kcspeedshop.collector.publish;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class FailureLogTest {

    @Test
    void shouldLogTheFirstFailureThenOneSummaryPerInterval() throws InterruptedException {
        Logger logger = (Logger) LoggerFactory.getLogger("failure-log-test");
        logger.setLevel(Level.WARN);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        FailureLog log = new FailureLog(logger, TimeUnit.MILLISECONDS.toNanos(1000));

        for (int i = 0; i < 1000; i++) {
            log.failed("sending reading " + i, "TimeoutException: broker down");
        }
        assertThat(lines.list).hasSize(1);
        assertThat(lines.list.get(0).getFormattedMessage())
                .isEqualTo("sending reading 0 failed: TimeoutException: broker down");

        Thread.sleep(1100); // past the interval: a CI machine may be slow, so the interval is generous
        log.failed("sending reading 1000", "TimeoutException: still down");
        assertThat(lines.list).hasSize(2);
        assertThat(lines.list.get(1).getFormattedMessage()).isEqualTo(
                "sending reading 1000 failed: TimeoutException: still down (999 more failures since the last report)");
    }
}
