package com.kcspeedshop.platform.booking;

/** What booking needs to know of a workshop: its calendar and what it has to book. */
public record Workshop(long id, String name, WorkshopCalendar calendar) {
}
