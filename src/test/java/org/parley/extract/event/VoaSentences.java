package org.parley.extract.event;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sentences of Voice of America news as they stand in the GMB corpus shipped under data/training/ner_dataset.csv
 * (key: its "Sentence: N" number; tokens joined back into text). Public-domain VOA text; see NOTICE for the GMB
 * attribution.
 */
final class VoaSentences {
    private VoaSentences() {}

    static final Map<Integer, String> TEXT = new LinkedHashMap<>();

    static {
        TEXT.put(14176, "The government of Venezuela announced Thursday that Mr. Chavez will meet with Russian President Dmitri Medvedev on July 22, when he begins a five-day European tour.");
        TEXT.put(19019, "Also Monday, other Hamas leaders met with Iran's supreme leader Ayatollah Ali Khamenei in Tehran.");
        TEXT.put(24855, "Pope Benedict toured the Middle East in May of this year, where he met separately with Mr. Abbas and Mr. Netanyahu.");
        TEXT.put(12451, "Ukraine's opposition party has agreed to hold talks with President Leonid Kuchma to resolve the crisis over Sunday's disputed presidential elections.");
        TEXT.put(1580, "Syria and Israel last held peace talks in January 2000.");
        TEXT.put(5577, "Venezuelan President Hugo Chavez is in Havana for talks with Cuban leader Fidel Castro.");
        TEXT.put(3854, "Also Saturday, Kyoto Protocol members agreed to hold more talks among themselves on emission cuts beyond the current phase of the treaty which ends in 2012.");
        TEXT.put(6881, "German Chancellor Angela Merkel has called on the kidnappers of a German woman taken hostage in Iraq to release her immediately.");
        TEXT.put(12530, "The African Union's peace and security council has called on all African countries to impose sanctions against Togo over the military's installation of President Faure Gnassingbe.");
        TEXT.put(16127, "The United States imposed sanctions on India and Pakistan after they conducted nuclear weapons tests in 1998.");
        TEXT.put(24063, "The attacks on the London public transportation system killed at least 52 people.");
        TEXT.put(7149, "Troops backed by helicopter gunships attacked militant hideouts near the Afghan border after a rebel rocket attack killed four soldiers.");
        TEXT.put(6246, "An Israeli airstrike has killed five Palestinian militants in the Gaza Strip.");
        TEXT.put(44757, "Palestinian officials say an Israeli airstrike in the Gaza Strip killed three people Wednesday.");
        TEXT.put(14585, "Pakistani intelligence sources had said Mehsud was wounded in the missile strike that killed at least 12 suspected militants Thursday.");
        TEXT.put(13301, "Burma has released thousands of prisoners to mark the 57th anniversary of the country's independence from Britain.");
        TEXT.put(42011, "India has released 24 Pakistani prisoners detained for border violations.");
        TEXT.put(1317, "Last month, the military government released 9,000 prisoners, including ten political prisoners in an amnesty ahead of elections planned for 2010.");
        TEXT.put(46056, "The ministers last met in Cairo in July to call for a cease-fire in Lebanon.");
        TEXT.put(303, "The two sides signed a permanent cease-fire agreement last Saturday during peace talks in Sudan.");
        TEXT.put(16990, "Australian Prime Minister Kevin Rudd proposed creating an Asia-Pacific Community, styled after the European Union.");
        TEXT.put(12972, "Mr. Uribe has rejected the request.");
        TEXT.put(29275, "Iran has again rejected calls to end its nuclear fuel cycle work, despite fresh European threats to bring United Nations sanctions.");
        TEXT.put(16530, "Unidentified kidnappers abducted Ms. Hassan last month and called on Britain to withdraw its troops from Iraq.");
        TEXT.put(44424, "It demanded that France withdraw its troops from Afghanistan by February.");
        TEXT.put(25088, "Russia says it will withdraw its troops from the two remaining Soviet-era military bases in neighboring Georgia during 2008.");
        TEXT.put(17803, "President Bush and European leaders are calling for Syria to withdraw its forces from Lebanon, and for a speedy investigation into the Hariri killing.");
        TEXT.put(8775, "On July 14, Hezbollah returned the bodies of the two Israeli soldiers in a prisoner exchange with the Jewish state.");
        TEXT.put(16229, "Kabul has ruled out a prisoner swap.");
        TEXT.put(20613, "He instead held a phone conversation with Mr. Karzai from the air base.");
        TEXT.put(3206, "Five years later, Japan formally annexed the entire peninsula.");
        TEXT.put(2940, "The transfer of five West Bank towns is one of the steps Israeli and Palestinian leaders agreed to at a summit in Egypt last month.");
        TEXT.put(40062, "The June 15, 2000 summit in Pyongyang marked the first and only time the leaders of North and South Korea have met.");
        TEXT.put(38623, "Israel occupies the area but has not annexed it.");
        // foundings of organisations and alliances
        TEXT.put(21244, "The ruling Workers' Party was founded in 1945 by Kim Jong-il's father the late President Kim il-Sung, shortly after the Korean Peninsula was divided at the end of World War II.");
        TEXT.put(31034, "The NLD was founded in 1988, after the military crushed a pro-democracy uprising in Burma.");
        TEXT.put(38632, "EFTA was founded in 1960 and has 17 ongoing free trade treaties with countries ranging from Canada to Egypt.");
        TEXT.put(41945, "The International Atomic Energy Agency was set up by the United Nations in 1957 as the so-called \"Atoms for Peace\" program, to promote the safe and peaceful use of nuclear energy.");
        TEXT.put(17790, "The European Union has insisted that Poland restructure the historic Gdansk shipyard, site of protests that led to the formation of the Solidarity labor union.");
        TEXT.put(8852, "A spokeswoman for the U.S. Geological Survey said the minor earthquake was the largest recorded within 50 kilometers of Washington since a database was created to track such activity in 1974.");
    }
}
