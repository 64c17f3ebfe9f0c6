/**
 * The web app's static side: the pages, scripts, manifest and service worker live under {@code static/}; this package
 * only sets how the service worker and manifest are served (the security chain makes them public).
 */
package com.kcspeedshop.platform.web;
