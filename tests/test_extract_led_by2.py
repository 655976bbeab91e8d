"""A participle of leading ("led by", "headed by", "commanded by") told of the actor it
describes, where news writes more than a bare name before it: a place the actor sits in
("the X in Tripoli, led by Y": the body, not the town), a faction of a group ("the Z
faction of the X, led by Y": the faction; an unnamed wing's head is one of the group's
people), a body named after its state, a region or a republic set after a descriptor
("the neighbouring Chechen Republic": a polity, not a person), titles, ranks and
determiners in the by-phrase ("the police chief, Inspector General Y"), and the passive
as main verb ("is now headed by Y").

Must-nots next to each: a town in the phrase never led, an event led ("a raid led by
Y", "an offensive led by the army"), a delegation, "led by example", a former head.

A state's body named by one word ("Congress") is that of the state written with it ("the
Congress of Colombia"), not the one body the gazetteer knows by the word.

Own sentences, invented people and bodies from several regions, each short and inside a
long wire sentence (a dateline, "on Tuesday", "according to ...")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

L, MO = "LEADS", "MEMBER_OF"

FOUND: list[tuple[str, str, list[Triple]]] = [
    # a place the actor sits in: the body is led, not the town
    ("in-city-government", "The Government of National Accord in Tripoli, led by Fayez "
     "Menfi, rejected the plan.", [("Fayez Menfi", L, "Government of National Accord")]),
    ("in-city-government-long", "TRIPOLI (Reuters) - The Government of National Unity in "
     "Tripoli, led by Prime Minister Khalid Menfi, rejected on Tuesday a plan by the "
     "eastern-based parliament to form a new cabinet, a spokesman said.",
     [("Khalid Menfi", L, "Government of National Unity")]),
    ("in-city-council", "The Transitional Council in Aden, headed by Aidarous al-Marzouqi, "
     "seized the port.", [("Aidarous al-Marzouqi", L, "Transitional Council")]),
    ("in-city-assembly-speaker", "The National Assembly in Managua, led by its speaker Rosa "
     "Ortega, passed the law on Thursday.", [("Rosa Ortega", L, "National Assembly")]),
    ("in-city-union-sheikh", "The Islamic Courts Union in Kismayo, led by Sheikh Hassan "
     "Aweys, announced a curfew.", [("Hassan Aweys", L, "Islamic Courts Union")]),
    ("in-city-union-long", "MOGADISHU, Somalia (AP) — The Islamic Courts Union in Kismayo, "
     "led by Sheikh Hassan Aweys, announced a curfew on Sunday after two days of clashes, "
     "according to residents reached by telephone.",
     [("Hassan Aweys", L, "Islamic Courts Union")]),
    ("in-city-guard-commanded", "The Ituri Guard in Bunia, commanded by Innocent Habimana, "
     "took the hill on Friday, the army said.", [("Innocent Habimana", L, "Ituri Guard")]),
    ("based-in-front-led", "The Sword Front in Garissa, led by Tomas Veller, attacked a "
     "police post.", [("Tomas Veller", L, "Sword Front")]),
    ("in-city-which-heads", "The Government of National Unity in Tripoli, which Khalid "
     "Menfi heads, rejected the plan.", [("Khalid Menfi", L, "Government of National Unity")]),
    ("in-city-which-is-led-long", "TRIPOLI (Reuters) - The Government of National Unity in "
     "Tripoli, which is led by Khalid Menfi, on Sunday rejected the election law passed by "
     "the eastern parliament, state television reported.",
     [("Khalid Menfi", L, "Government of National Unity")]),
    # two bodies, each set off with its own leader
    ("two-bodies-each-led", "The Sword Front, led by Tomas Veller, and the Iron Legion, "
     "headed by Piet Kruger, signed the deal.",
     [("Tomas Veller", L, "Sword Front"), ("Piet Kruger", L, "Iron Legion")]),
    ("two-bodies-kinds-each-led", "The Sword Front, a militia led by Tomas Veller, and the "
     "Iron Legion, a gang headed by Piet Kruger, signed the deal in Garissa on Friday, "
     "elders said.", [("Tomas Veller", L, "Sword Front"), ("Piet Kruger", L, "Iron Legion")]),
    # a faction of a group: the faction named is led
    ("faction-of-named", "The Qalam faction of the Sudan Liberation Movement, led by Adam "
     "Bakhit, signed the deal.", [("Adam Bakhit", L, "Qalam")]),
    ("faction-of-named-long", "JUBA (Reuters) - The Hardliner faction of the Popular Front, "
     "led by Ibrahim Sesay, walked out of the talks on Wednesday, two mediators said.",
     [("Ibrahim Sesay", L, "Hardliner")]),
    ("wing-of-member", "The armed wing of the Karoan Front, led by Didier Mpoyo, fired on "
     "the convoy.", [("Didier Mpoyo", MO, "Karoan Front")]),
    ("faction-of-unnamed-member", "A breakaway faction of the Ituri Guard, led by Innocent "
     "Habimana, took the hill on Sunday, residents said.",
     [("Innocent Habimana", MO, "Ituri Guard")]),
    # a body named after its place or state
    ("assembly-of-region", "The Assembly of Bougainville, led by its speaker Simon Pentanu, "
     "voted on Friday.", [("Simon Pentanu", L, "Assembly of Bougainville")]),
    ("congress-of-other-state", "The Congress of Colombia, led by its president Ana "
     "Ruiz, voted on Friday.", [("Ana Ruiz", L, "Congress of Colombia")]),
    ("possessive-congress-of-state", "BOGOTA (AP) — Colombia's Congress, led by its "
     "president Ana Ruiz, voted on Friday to extend the state of emergency in Cauca, "
     "according to the official gazette.", [("Ana Ruiz", L, "Congress")]),
    ("government-of-state", "The Government of Lesotho, led by Prime Minister Thabo "
     "Mokoena, declared a state of emergency.", [("Thabo Mokoena", L, "Lesotho")]),
    # titles and determiners in the by-phrase
    ("by-commander-in-chief", "The Salween Army, led by its commander-in-chief Saw Ler Moo, "
     "seized three towns in Karen state on Monday, the group said.",
     [("Saw Ler Moo", L, "Salween Army")]),
    ("by-former-officer-no-comma", "The Ituri Guard, led by former army officer Innocent "
     "Habimana, took the hill.", [("Innocent Habimana", L, "Ituri Guard")]),
    ("headed-by-retired-general", "The Kivu Rangers, headed by retired general Jean Bosco "
     "Habyara, attacked the port.", [("Jean Bosco Habyara", L, "Kivu Rangers")]),
    ("headed-by-retired-general-long", "GOMA, Congo (Reuters) - The Kivu Rangers, headed "
     "by retired general Jean Bosco Habyara, attacked the lake port of Kalehe on "
     "Tuesday, killing four, local officials said.",
     [("Jean Bosco Habyara", L, "Kivu Rangers")]),
    ("led-by-man-known-as", "The Desert Hawks, led by a man known as \"Abu Tariq\", "
     "attacked the convoy.", [("Abu Tariq", L, "Desert Hawks")]),
    ("commanded-by-rank", "The Khyber Rifles, commanded by Brigadier Asad Khan, cleared "
     "the pass on Saturday, the military said.", [("Asad Khan", L, "Khyber Rifles")]),
    ("commanded-by-rank-operation", "Operation Safe Haven, commanded by Major General "
     "Emeka Obi, arrested six men near Jos.", [("Emeka Obi", L, "Operation Safe Haven")]),
    ("led-by-sheikh-in-city-long", "BAGHDAD (Reuters) - The Mahdi Brigades in Basra, led "
     "by Karim al-Tamimi, said on Monday they had handed their weapons to the "
     "army, according to a statement read on local television.",
     [("Karim al-Tamimi", L, "Mahdi Brigades")]),
    ("commanded-by-police-chief-rank", "Joint Task Force Sentinel, commanded by the "
     "Nigerian police chief, Inspector General Emeka Obi, arrested six men.",
     [("Emeka Obi", L, "Joint Task Force Sentinel"), ("Emeka Obi", L, "Nigerian police")]),
    ("commanded-by-police-chief-rank-long", "JAKARTA (Reuters) - The joint task force, "
     "commanded by the Indonesian police chief, Inspector General Budi Santoso, arrested "
     "six suspected militants in Poso on Tuesday, a spokesman said.",
     [("Budi Santoso", L, "Indonesian police")]),
    ("police-chief-rank-said", "The Kenyan police chief, Inspector General Ahmed Musa, said "
     "six men were arrested.", [("Ahmed Musa", L, "Kenyan police")]),
    # the passive as main verb
    ("is-commanded-by", "The Khyber Rifles is now commanded by Brigadier Asad Khan.",
     [("Asad Khan", L, "Khyber Rifles")]),
    ("task-force-is-commanded", "Joint Task Force Sentinel is commanded by Major General "
     "Emeka Obi, the army said on Tuesday.", [("Emeka Obi", L, "Joint Task Force Sentinel")]),
    ("founded-and-led", "The Tana Lions were founded and are led by Salim Oduya.",
     [("Salim Oduya", L, "Tana Lions")]),
    ("founded-and-now-led-long", "The Tana Lions were founded in 2019 and are now led by "
     "Salim Oduya, police in Mombasa said on Thursday.", [("Salim Oduya", L, "Tana Lions")]),
    ("is-now-headed", "The Kivu Rangers is now headed by Jean Bosco Habyara.",
     [("Jean Bosco Habyara", L, "Kivu Rangers")]),
    ("are-headed-by-retired", "The Kivu Rangers are headed by retired general Jean Bosco "
     "Habyara.", [("Jean Bosco Habyara", L, "Kivu Rangers")]),
    ("founded-and-led-participle", "The Tana Lions, founded and led by Salim Oduya, "
     "attacked the port.", [("Salim Oduya", L, "Tana Lions")]),
    # regions and republics that are polities
    ("neighbouring-republic", "The neighbouring Chechen Republic, led by Ramzan Dudayev, "
     "sent troops.", [("Ramzan Dudayev", L, "Chechen Republic")]),
    ("neighbouring-republic-long", "MOSCOW (Reuters) - The neighbouring Chechen Republic, "
     "led by Ramzan Dudayev, sent troops to the border on Wednesday, the Interfax news "
     "agency reported, citing a regional official.",
     [("Ramzan Dudayev", L, "Chechen Republic")]),
    ("separatist-republic", "The separatist Transnistrian Republic, led by Vadim "
     "Krasnoselsky, closed the border.", [("Vadim Krasnoselsky", L, "Transnistrian Republic")]),
    ("semi-autonomous-region", "The semi-autonomous Kurdistan Region, led by Nechirvan "
     "Barzani, protested.", [("Nechirvan Barzani", L, "Kurdistan Region")]),
    ("restive-republic", "The restive Ingush Republic, headed by Magomed Yevloyev, "
     "declared a curfew on Friday.", [("Magomed Yevloyev", L, "Ingush Republic")]),
    # a delegation led by a person: his state's, not a body of its own
    ("delegation-led-by-minister", "NAIROBI (Reuters) - A Kenyan delegation led by Foreign "
     "Minister Amina Yusuf met the Sword Front in Garissa on Monday, officials said.",
     [("Amina Yusuf", MO, "Kenya")]),
    # a former head, however told
    ("formerly-led-member", "The Sword Front, formerly led by Tomas Veller, attacked the "
     "bridge.", [("Tomas Veller", MO, "Sword Front")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # the town in the phrase is not led
    ("in-city-not-town", "The Government of National Accord in Tripoli, led by Fayez "
     "Menfi, rejected the plan.", [("Fayez Menfi", L, "Tripoli")]),
    ("in-city-not-town-long", "TRIPOLI (Reuters) - The Government of National Unity in "
     "Tripoli, led by Prime Minister Khalid Menfi, rejected on Tuesday a plan by the "
     "eastern-based parliament to form a new cabinet, a spokesman said.",
     [("Khalid Menfi", L, "Tripoli")]),
    ("in-city-council-not-town", "The Transitional Council in Aden, headed by Aidarous "
     "al-Marzouqi, seized the port.", [("Aidarous al-Marzouqi", L, "Aden")]),
    ("in-city-assembly-not-town", "The National Assembly in Managua, led by its speaker "
     "Rosa Ortega, passed the law on Thursday.", [("Rosa Ortega", L, "Managua")]),
    ("unnamed-body-in-town", "The rebel administration in Goma, led by Bertrand Kazadi, "
     "named a new governor.", [("Bertrand Kazadi", L, "Goma")]),
    ("in-city-union-not-town", "The Islamic Courts Union in Kismayo, led by Sheikh Hassan "
     "Aweys, announced a curfew.", [("Hassan Aweys", L, "Kismayo")]),
    ("guard-in-town-not-town", "The Ituri Guard in Bunia, commanded by Innocent Habimana, "
     "took the hill on Friday, the army said.", [("Innocent Habimana", L, "Bunia")]),
    # a body of a state named before the state: the state is not led by the body's head
    ("parliament-of-state", "The Parliament of Kenya, led by its speaker Moses Wetangula, "
     "voted on Friday.", [("Moses Wetangula", L, "Kenya")]),
    ("parliament-of-state-long", "The Parliament of Kenya, led by its speaker Moses "
     "Wetangula, on Tuesday rejected the budget, according to the Daily Nation.",
     [("Moses Wetangula", L, "Kenya")]),
    ("congress-of-other-not-state", "The Congress of Colombia, led by its president Ana "
     "Ruiz, voted on Friday.", [("Ana Ruiz", L, "Colombia"), ("*", "*", "US Congress")]),
    ("congress-of-unlisted-not-us", "The Congress of Kanaky, led by its president Paul "
     "Wamytan, voted on Friday.", [("*", "*", "US Congress")]),
    ("possessive-congress-not-us", "Colombia's Congress, led by its president Ana Ruiz, "
     "voted on Friday.", [("*", "*", "US Congress")]),
    # a police chief heads the police, not the state; a town's police chief no person
    ("police-chief-not-state", "JAKARTA (Reuters) - The joint task force, commanded by "
     "the Indonesian police chief, Inspector General Budi Santoso, arrested six suspected "
     "militants in Poso on Tuesday, a spokesman said.", [("Budi Santoso", L, "Indonesia")]),
    ("town-police-chief-no-person", "The Kano police chief, Ahmed Musa, said six men "
     "were arrested.", [("Kano", "*", "*"), ("Ahmed Musa", L, "Kano")]),
    ("in-city-which-heads-not-town", "The Government of National Unity in Tripoli, which "
     "Khalid Menfi heads, rejected the plan.", [("Khalid Menfi", L, "Tripoli")]),
    # the second body set off is no co-leader of the first
    ("two-bodies-not-co-leader", "The Sword Front, led by Tomas Veller, and the Iron "
     "Legion, headed by Piet Kruger, signed the deal.",
     [("Iron Legion", L, "*"), ("Piet Kruger", L, "Sword Front")]),
    ("two-bodies-kinds-not-co-leader", "The Sword Front, a militia led by Tomas Veller, "
     "and the Iron Legion, a gang headed by Piet Kruger, signed the deal in Garissa on "
     "Friday, elders said.", [("Iron Legion", L, "*"), ("Tomas Veller", L, "Iron Legion")]),
    # a faction's head does not head the whole
    ("faction-not-whole", "The Qalam faction of the Sudan Liberation Movement, led by Adam "
     "Bakhit, signed the deal.", [("Adam Bakhit", L, "Sudan Liberation Movement")]),
    ("faction-not-whole-long", "JUBA (Reuters) - The Hardliner faction of the Popular "
     "Front, led by Ibrahim Sesay, walked out of the talks on Wednesday, two mediators "
     "said.", [("Ibrahim Sesay", L, "Popular Front")]),
    ("wing-not-whole", "The armed wing of the Karoan Front, led by Didier Mpoyo, fired on "
     "the convoy.", [("Didier Mpoyo", L, "Karoan Front")]),
    ("unnamed-faction-not-whole", "A breakaway faction of the Ituri Guard, led by "
     "Innocent Habimana, took the hill on Sunday, residents said.",
     [("Innocent Habimana", L, "Ituri Guard")]),
    # a republic set after a descriptor is no person
    ("republic-not-person", "The neighbouring Chechen Republic, led by Ramzan Dudayev, "
     "sent troops.", [("Chechen Republic", "*", "*")]),
    # an event, not an actor, is led
    ("raid-led-by", "A raid led by Tomas Veller killed four in Garissa.", [("*", L, "*")]),
    ("raid-led-by-long", "NAIROBI (Reuters) - A night raid led by Tomas Veller on a police "
     "post near Garissa killed four officers on Tuesday, according to a police report "
     "seen by Reuters.", [("Tomas Veller", L, "*")]),
    ("offensive-led-by-army", "An offensive led by the army drove the Sword Front out of "
     "Garissa.", [("*", L, "*")]),
    ("assault-led-by-commander", "The assault on Kalehe, led by Jean Bosco Habyara, killed "
     "nine.", [("Jean Bosco Habyara", L, "*")]),
    # a delegation's head, "led by example", a former head
    ("delegation-led-by", "A delegation led by Amina Yusuf met the Ituri Guard in Bunia.",
     [("Amina Yusuf", L, "*")]),
    ("delegation-led-by-minister-not-leads", "NAIROBI (Reuters) - A Kenyan delegation led "
     "by Foreign Minister Amina Yusuf met the Sword Front in Garissa on Monday, officials "
     "said.", [("Amina Yusuf", L, "*")]),
    ("delegation-of-body-led-by", "A delegation of the Popular Front, led by Ibrahim "
     "Sesay, met the mediators in Addis Ababa.", [("Ibrahim Sesay", L, "*")]),
    ("led-by-example", "The Sword Front led by example, Tomas Veller said.", [("*", L, "*")]),
    ("formerly-led-not-leads", "The Sword Front, formerly led by Tomas Veller, attacked the "
     "bridge.", [("Tomas Veller", L, "*")]),
    ("not-led-by", "The Kivu Rangers are not headed by Jean Bosco Habyara, a spokesman "
     "said.", [("Jean Bosco Habyara", L, "*")]),
    ("will-be-led", "The Tana Lions will be led by Salim Oduya from next year.",
     [("Salim Oduya", L, "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_led_by_context_found(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_led_by_context_absent(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
