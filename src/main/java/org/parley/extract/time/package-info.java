/**
 * Time expressions: {@link org.parley.extract.time.RuleTimeFinder} finds dates, months, years and
 * expressions relative to the publication date ("on Thursday", "earlier this month") and normalises them
 * to ISO 8601 at day, month or year granularity.
 */
package org.parley.extract.time;
