package com.kcspeedshop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.kcspeedshop.events.Alert;
import com.kcspeedshop.events.AlertSeverity;
import com.kcspeedshop.events.AlertState;
import com.kcspeedshop.events.Events;
import com.kcspeedshop.events.HealthContribution;
import com.kcspeedshop.events.HealthScore;
import com.kcspeedshop.events.SignalWindow;
import com.kcspeedshop.events.Topics;
import com.kcspeedshop.platform.PlatformApiIntegrationTest;
import com.kcspeedshop.platform.RealInfrastructure;
import com.kcspeedshop.platform.identity.issuer.DemoUsers;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The web app in a real headless Chromium against the whole application, its PostgreSQL and Kafka: the demo owner logs
 * in through the issuer's login form, watches live values and scores change as records reach Kafka, acknowledges an
 * alert and books a bay from it. Skipped, saying why, where chromium or chromedriver is not installed.
 */
class WebAppBrowserIT extends PlatformApiIntegrationTest {

    private static final String VIN = "2T1BURHE0JC000777";
    private static final String OWNER = "owner";

    private static KafkaProducer<String, byte[]> producer;

    @Autowired
    private JdbcClient jdbc;

    private HeadlessChromium browser;

    @BeforeAll
    static void startProducer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void stopProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    @BeforeEach
    void ownerWithACarAuthorisedForMidtown() throws Exception {
        // per test, not in @BeforeAll: Failsafe reports a class aborted there as zero tests, which reads like a pass
        HeadlessChromium.missing().ifPresent(reason -> Assumptions.abort("Browser test skipped: " + reason));
        removeTestData();
        jdbc.sql("INSERT INTO vehicle_registration (vin, owner_subject) VALUES (:vin, :owner)")
                .param("vin", VIN).param("owner", OWNER).update();
        jdbc.sql("INSERT INTO vehicle_workshop_grant (vin, workshop_id) VALUES (:vin, :w)")
                .param("vin", VIN).param("w", DemoUsers.MIDTOWN).update();
        browser = HeadlessChromium.start(TIMEOUT);
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) throws Exception {
        try {
            if (browser != null) {
                // what the page looked like and logged at the end: the first place to look when a run fails
                browser.screenshot("last-" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
                browser.consoleMessages().forEach(line -> System.out.println("[browser console] " + line));
                System.out.println("[browser page] " + browser.pageText());
                browser.close();
            }
        } finally {
            removeTestData();
        }
    }

    private void removeTestData() {
        jdbc.sql("DELETE FROM booking WHERE vin = :vin").param("vin", VIN).update();
        jdbc.sql("DELETE FROM vehicle_alert_event WHERE alert_id IN (SELECT alert_id FROM vehicle_alert WHERE vin = :vin)")
                .param("vin", VIN).update();
        jdbc.sql("DELETE FROM vehicle_alert WHERE vin = :vin").param("vin", VIN).update();
        jdbc.sql("DELETE FROM health_score WHERE vin = :vin").param("vin", VIN).update();
        jdbc.sql("DELETE FROM vehicle_registration WHERE vin = :vin").param("vin", VIN).update();
    }

    @Test
    void ownerSeesLiveValuesScoresAndTheScoresExplanation() throws Exception {
        logIn("/");
        String card = ".vehicle[data-vin='" + VIN + "']";
        browser.visible(card + " .no-signals");

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        send(Topics.SIGNAL_WINDOWS, Events.SIGNAL_WINDOW.encode(window(now.minusSeconds(20), 97.5)));
        browser.awaitText(card + " [data-signal='COOLANT_TEMP'] .value", "97.5");
        send(Topics.SIGNAL_WINDOWS, Events.SIGNAL_WINDOW.encode(window(now.minusSeconds(10), 104.2)));
        browser.awaitText(card + " [data-signal='COOLANT_TEMP'] .value", "104.2");

        send(Topics.HEALTH_SCORES, Events.HEALTH_SCORE.encode(new HealthScore(VIN, "overall", now, 62, List.of(
                new HealthContribution("COOLANT_TEMP", 104.2, 100, 38)))));
        browser.visible(card + " .overall .score[data-score='62']");
        browser.screenshot("fleet");

        browser.click(card + " .vin a");
        // health scores and windows reach PostgreSQL through the Flink jobs, not here: this page lives off the socket
        browser.visible("h2.vin");
        send(Topics.SIGNAL_WINDOWS, Events.SIGNAL_WINDOW.encode(window(now, 106.0)));
        browser.awaitText(".signal-chart[data-signal='COOLANT_TEMP'] .value", "106.0");
        browser.present(".signal-chart[data-signal='COOLANT_TEMP'] svg.chart path.chart-line");
        send(Topics.HEALTH_SCORES, Events.HEALTH_SCORE.encode(new HealthScore(VIN, "cooling", now.plusSeconds(1), 55,
                List.of(new HealthContribution("COOLANT_TEMP", 104.2, 100, 45)))));
        String reason = ".subsystem[data-subsystem='cooling'] tr[data-signal='COOLANT_TEMP']";
        browser.visible(reason);
        assertThat(browser.visible(reason).getText()).as("value, threshold crossed, points lost")
                .contains("Coolant temperature").contains("104.2").contains("100.0").contains("45");
        send(Topics.SIGNAL_WINDOWS, Events.SIGNAL_WINDOW.encode(window(now.plusSeconds(10), 108.5)));
        browser.awaitText(".signal-chart[data-signal='COOLANT_TEMP'] .value", "108.5");
        browser.screenshot("vehicle");
    }

    @Test
    void ownerAcknowledgesAnAlertAndBooksABayFromIt() throws Exception {
        logIn("/#alerts");
        String alertId = VIN + "-overheating-" + UUID.randomUUID();
        send(Topics.ALERTS, Events.ALERT.encode(new Alert(alertId, VIN, "overheating", AlertSeverity.WARNING,
                AlertState.RAISED, Instant.now(), "Coolant at 112 degC while driving")));
        String card = ".alert[data-alert-id='" + alertId + "']";
        browser.visible(card + "[data-status='OPEN']");

        browser.click(card + " .acknowledge");
        browser.visible(card + "[data-status='ACKNOWLEDGED']");
        assertThat(jdbc.sql("SELECT acknowledged_by FROM vehicle_alert WHERE alert_id = :id").param("id", alertId)
                .query(String.class).single()).isEqualTo(OWNER);

        browser.click(card + " .book-fix");
        browser.visible(card + " .workshop-select option[value='" + DemoUsers.MIDTOWN + "']");
        new Select(browser.driver().findElement(By.cssSelector(card + " .workshop-select")))
                .selectByValue(DemoUsers.MIDTOWN.toString());
        browser.click(card + " .find-slots");
        browser.click(card + " .hold");
        browser.screenshot("held");
        browser.click(card + " .confirm");
        String bookingId = browser.visible(card + " .confirmed").getAttribute("data-booking-id");
        browser.screenshot("booked");

        Map<String, Object> booking = jdbc.sql("""
                        SELECT b.status, b.alert_id, b.vin, b.workshop_id, s.code FROM booking b
                          JOIN service_type s ON s.id = b.service_type_id WHERE b.id = :id""")
                .param("id", UUID.fromString(bookingId)).query().singleRow();
        assertThat(booking).containsEntry("status", "CONFIRMED").containsEntry("alert_id", alertId)
                .containsEntry("vin", VIN).containsEntry("workshop_id", DemoUsers.MIDTOWN)
                .as("the service the overheating rule calls for").containsEntry("code", "COOLING_CHECK");
        assertThat(jdbc.sql("SELECT count(*) FROM booking WHERE alert_id = :id").param("id", alertId)
                .query(Long.class).single()).as("one click, one booking").isEqualTo(1);
    }

    @Test
    void technicianSeesTheBookingInTheTerminalAndTheCalendar() throws Exception {
        // a job in the Midtown quick bay right now, whatever the opening hours (the views show what is booked)
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        UUID bookingId = UUID.randomUUID();
        long bay = id("SELECT id FROM bay WHERE workshop_id = :w AND name = 'Quick bay'");
        jdbc.sql("""
                        INSERT INTO booking (id, workshop_id, bay_id, technician_id, service_type_id, vin, period,
                                             status, created_by)
                        VALUES (:id, :w, :bay,
                                (SELECT id FROM technician WHERE workshop_id = :w AND name = 'Chloe Martin'),
                                (SELECT id FROM service_type WHERE workshop_id = :w AND code = 'DIAGNOSTIC_SCAN'),
                                :vin, tstzrange(:from, :to, '[)'), 'CONFIRMED', 'browser-it')""")
                .param("id", bookingId).param("w", DemoUsers.MIDTOWN).param("bay", bay).param("vin", VIN)
                .param("from", now.minusSeconds(60).atOffset(ZoneOffset.UTC))
                .param("to", now.plusSeconds(1800).atOffset(ZoneOffset.UTC)).update();

        logIn("/#terminal", "technician");
        String bayCard = ".terminal-bay[data-bay-id='" + bay + "']";
        browser.visible(bayCard + ".busy");
        assertThat(browser.visible(bayCard).getText()).containsIgnoringCase("in use").contains("Diagnostic scan")
                .contains(VIN);
        assertThat(browser.driver().findElements(By.cssSelector(".terminal-bay"))).as("one card per Midtown bay")
                .hasSize((int) id("SELECT count(*) FROM bay WHERE workshop_id = :w"));
        browser.screenshot("terminal");

        browser.click("nav.main a[href='#calendar']");
        browser.visible(".cal-row[data-bay-id='" + bay + "'] .booking[data-booking-id='" + bookingId + "']");
        browser.screenshot("calendar");
    }

    private long id(String sql) {
        return jdbc.sql(sql).param("w", DemoUsers.MIDTOWN).query(Long.class).single();
    }

    private void logIn(String path) {
        logIn(path, OWNER);
    }

    /** Through the embedded issuer's real login form, then back on {@code path} with the live feed connected. */
    private void logIn(String path, String username) {
        browser.open("http://localhost:" + port + path);
        browser.visible("input[name='username']").sendKeys(username);
        browser.visible("input[name='password']").sendKeys(DemoUsers.USERS.stream()
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow().password());
        browser.click("button[type='submit']");
        browser.visible("#user-name");
        browser.visible("#connection[data-state='live']");
    }

    private static SignalWindow window(Instant end, double mean) {
        return new SignalWindow(VIN, "COOLANT_TEMP", "degC", end.minusSeconds(10), end, mean - 1, mean + 1, mean, 10);
    }

    private static void send(String topic, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(topic, VIN, value)).get();
    }
}
