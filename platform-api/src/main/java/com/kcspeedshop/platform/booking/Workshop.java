package com.kcspeedshop.platform.booking;

import java.util.UUID;
/** What booking needs to know of a workshop: its calendar and what it has to book. */
public record Workshop(UUID id, String name, WorkshopCalendar calendar) {
}
