/**
 * DEMO ONLY content so a fresh install has something to show: booking resources (opening hours, bays, technicians,
 * services) for the demo workshops, and the first simulated cars registered to the demo owner with a grant to the
 * Midtown workshop. Runs behind the same switch as the demo accounts
 * ({@code kcspeedshop.identity.embedded-issuer.seed-demo-users}), after them, and never overwrites what exists: a
 * workshop that already has hours, bays, technicians or services keeps its own.
 */
package com.kcspeedshop.platform.demo;
