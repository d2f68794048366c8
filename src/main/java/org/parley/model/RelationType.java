package org.parley.model;

/**
 * The kinds of relation between entities Parley extracts. Subjects and objects by kind:
 * <ul>
 * <li>{@link #HOLDS_POST}: person → the state or organisation the post is in (or {@code null} when the text does
 *     not say); {@link Relation#post()} names the office ("Defence Minister", "chief negotiator").</li>
 * <li>{@link #HELD_POST}: the same, for a post the text says the person no longer holds ("former President").</li>
 * <li>{@link #MEMBER_OF}: state (or organisation) → alliance or organisation it is a member of.</li>
 * <li>{@link #AFFILIATED_WITH}: person → organisation they work for (an analyst at a think tank).</li>
 * <li>{@link #LEADS_DELEGATION}: person → the state (or organisation) whose delegation they lead.</li>
 * <li>{@link #DELEGATION_MEMBER}: person → the state (or organisation) whose delegation they are in.</li>
 * <li>{@link #LOCATED_IN}: place → the place or state it lies in, as the text states it.</li>
 * </ul>
 */
public enum RelationType {
    HOLDS_POST, HELD_POST, MEMBER_OF, AFFILIATED_WITH, LEADS_DELEGATION, DELEGATION_MEMBER, LOCATED_IN
}
