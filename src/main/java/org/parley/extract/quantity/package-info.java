/**
 * Counted amounts: {@link org.parley.extract.quantity.RuleQuantityFinder} finds numbers with what they
 * count ("1,000 prisoners from each side", "a 30-day ceasefire", "5,000 soldiers weekly");
 * {@link org.parley.extract.quantity.Numbers} reads English cardinals.
 */
package org.parley.extract.quantity;
