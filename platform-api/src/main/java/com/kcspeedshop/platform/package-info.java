/**
 * The platform API deployable: REST over the vehicle tables, live signal windows over WebSocket, and the web page.
 *
 * <p>{@link com.kcspeedshop.platform.PlatformApiApplication} is the only public entry point; a launcher starts it
 * in-process with {@link com.kcspeedshop.platform.PlatformApiApplication#start(java.util.Map)}. Each sub-package is one
 * capability ({@code vehicle}, {@code live}, {@code system}); they share no classes beyond the wire contracts in
 * {@code com.kcspeedshop.events}.
 */
package com.kcspeedshop.platform;
