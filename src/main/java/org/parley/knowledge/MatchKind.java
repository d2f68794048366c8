package org.parley.knowledge;

/** How a name matched a known entity. */
public enum MatchKind {
    /** one of its names ("Ukraine", "United Kingdom", "Kyiv") */
    NAME,
    /** an abbreviation ("US", "U.K.", "NATO") */
    ABBREVIATION,
    /** a demonym or national adjective, also plural ("Ukrainian", "Ukrainians") */
    DEMONYM,
    /** the name of the state's capital, as used for its government ("Moscow said...") */
    CAPITAL,
    /** a seat of government or institution used for the state or body ("the Kremlin", "Downing Street") */
    SEAT_OF_GOVERNMENT
}
