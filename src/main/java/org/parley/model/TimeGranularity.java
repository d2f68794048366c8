package org.parley.model;

/** How precise a normalised time is: a day ({@code 2025-05-16}), a month ({@code 2025-05}) or a year ({@code 2025}). */
public enum TimeGranularity {
    DAY, MONTH, YEAR
}
