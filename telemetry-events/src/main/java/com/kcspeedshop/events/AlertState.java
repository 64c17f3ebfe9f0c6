package com.kcspeedshop.events;

/** Lifecycle of one alert episode: raised once, updated while it lasts, cleared once. */
public enum AlertState {
    RAISED, UPDATED, CLEARED
}
