package com.kcspeedshop.health.fault;

import com.kcspeedshop.events.ObdReading;
import java.util.SplittableRandom;

/** The fault models; see {@link FaultType} for what each simulates and why. */
final class Models {

    private Models() {
    }

    static final class CoolantDrift implements FaultInjector.Model {
        private static final double CAP_C = 40;
        private final double ratePerMin;

        CoolantDrift(FaultSpec spec) {
            this.ratePerMin = spec.magnitude();
        }

        @Override
        public void observe(ObdReading r) {
        }

        @Override
        public double apply(ObdReading r, double sinceOnset) {
            if (!r.signal().equals("COOLANT_TEMP")) {
                return r.value();
            }
            return r.value() + Math.min(CAP_C, ratePerMin * sinceOnset / 60);
        }
    }

    static final class StuckThermostat implements FaultInjector.Model {
        private static final double TAU_S = 60;
        private final double equilibriumC;

        StuckThermostat(FaultSpec spec) {
            this.equilibriumC = spec.magnitude();
        }

        @Override
        public void observe(ObdReading r) {
        }

        @Override
        public double apply(ObdReading r, double sinceOnset) {
            if (!r.signal().equals("COOLANT_TEMP") || r.value() <= equilibriumC) {
                return r.value();
            }
            // the regulated temperature decays towards the unregulated equilibrium; never above what the car read
            return equilibriumC + (r.value() - equilibriumC) * Math.exp(-sinceOnset / TAU_S);
        }
    }

    static final class VacuumLeak implements FaultInjector.Model {
        private static final double LEARN_TAU_S = 60;
        private final double shiftPct;
        private double load = Double.NaN;

        VacuumLeak(FaultSpec spec) {
            this.shiftPct = spec.magnitude();
        }

        @Override
        public void observe(ObdReading r) {
            if (r.signal().equals("ENGINE_LOAD")) {
                load = r.value();
            }
        }

        @Override
        public double apply(ObdReading r, double sinceOnset) {
            boolean shortTerm = r.signal().equals("SHORT_FUEL_TRIM_1");
            if (!shortTerm && !r.signal().equals("LONG_FUEL_TRIM_1")) {
                return r.value();
            }
            double loadShare = Double.isNaN(load) ? 0 : Math.min(100, Math.max(0, load)) / 100;
            double shift = shiftPct * (1 - 0.25 * loadShare);
            double learned = 1 - Math.exp(-sinceOnset / LEARN_TAU_S);
            double part = shortTerm ? shift * (1 - learned) : shift * learned;
            // J1979 PIDs 06-09 range -100..99.2 %
            return Math.max(-100, Math.min(99.2, r.value() + part));
        }
    }

    static final class FailingAlternator implements FaultInjector.Model {
        private static final double BATTERY_V = 12.5;
        private static final double FLOOR_V = 11.0;
        private final double sagPerMin;

        FailingAlternator(FaultSpec spec) {
            this.sagPerMin = spec.magnitude();
        }

        @Override
        public void observe(ObdReading r) {
        }

        @Override
        public double apply(ObdReading r, double sinceOnset) {
            if (!r.signal().equals("CONTROL_MODULE_VOLTAGE")) {
                return r.value();
            }
            double battery = Math.max(FLOOR_V, BATTERY_V - sagPerMin * sinceOnset / 60);
            return Math.min(r.value(), battery);
        }
    }

    static final class Misfire implements FaultInjector.Model {
        private static final double RUNNING_RPM = 300;
        private final double dipRpm;
        private final SplittableRandom random;

        Misfire(FaultSpec spec) {
            this.dipRpm = spec.magnitude();
            this.random = FaultInjector.random(spec.seed());
        }

        @Override
        public void observe(ObdReading r) {
        }

        @Override
        public double apply(ObdReading r, double sinceOnset) {
            if (!r.signal().equals("ENGINE_RPM") || r.value() <= RUNNING_RPM) {
                return r.value();
            }
            // draw both numbers for every running sample, so the sequence does not depend on which samples dip
            boolean dips = random.nextBoolean();
            double depth = 0.5 + 0.5 * random.nextDouble();
            return dips ? Math.max(RUNNING_RPM, r.value() - depth * dipRpm) : r.value();
        }
    }
}
