package org.parley.model;

/** What a number says about an event. */
public enum QuantityRole {
    /** people involved (prisoners exchanged or released) in total */
    PERSONS,
    /** people involved on each side (1,000 prisoners each) */
    PERSONS_PER_SIDE,
    KILLED, INJURED,
    /** how long the event lasts, in days (a 30-day ceasefire) */
    DURATION_DAYS,
    /** people per week (5,000 soldiers weekly) */
    PERSONS_PER_WEEK
}
