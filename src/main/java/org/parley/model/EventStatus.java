package org.parley.model;

/**
 * Whether the article reports an event as having happened or only as scheduled, proposed, demanded,
 * agreed, rejected or cancelled. Only {@link #OCCURRED} asserts that the event took place.
 */
public enum EventStatus {
    OCCURRED, SCHEDULED, PROPOSED, DEMANDED, AGREED, REJECTED, CANCELLED
}
