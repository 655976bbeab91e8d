"""Facts whose two ends are never named in the same sentence (extract/coref.py,
extract/ownedtitles.py), two kinds that news tells often:

- "the group" (or "the rebels", "the movement") as the doer of the next sentence, after a
  sentence naming the group as the subject of its main verb and another group as the
  subject of a clause below it ("X has raided posts since Y withdrew. The group ...");
- "them" counted out ("killed six of them") as the plural noun a verb before it in its
  sentence took ("pursued the attackers"), read in turn (the doers of the attack told);
- a title owned by "its" or "the group's", its holder set off after it past a describing
  phrase or a second title ("Its political leader, the lawyer X, ...", "its founder and
  leader, X"), "its" read back through an "it" that is the subject of its clause;
- salience: "its" after a sentence with one subject and another body named only in a
  phrase of place, source or time below the verb ("X split from Y. Its founder ..." is
  X's), the name taken as the subject when the parser made it the root;
- "the air force", "the task force": the one body named before whose name ends in those
  words; "the group" between two groups alike in its sentence before: the one the story
  names at least twice as often;
- "I", "me", "my" inside a quotation: the person quoted as saying it, named as the
  subject of the sentence's speech verb ("'I condemn X,' Y said") or, for a sentence of
  the quote that has no speech verb of its own, of the quote's sentence before
  ("'...,' Y told reporters. 'I condemn X.'").
- a person told killed with no doer ("The patrol commander, X, was killed") in the
  sentence after an attack told with its one doer: that doer killed X (threads.py).
- "the sindicato", "this sindicato": the one body named before whose name opens with that
  noun, written head first ("the Sindicato de X").

Each has texts in which it must stay unread: two subjects of the main verb, a group named
only below the main clause, a plural, a describing phrase that names another's kin, an
owner that could be either of two bodies, a former holder, "them" counted out of
a noun that is no actor ("searched the villages and killed six of them", "31 people, most
of them women") or with no noun before it in its sentence.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    # "the group": the subject of the main verb before, not of the clause below it
    ("group-after-since-clause", "The Kivu Defence Front has attacked army posts since the "
     "Ruzizi Army withdrew in 2021. In 2024 the group killed Peter Olsen, a district "
     "governor.", [("Kivu Defence Front", "KILLED", "Peter Olsen")]),
    ("group-after-after-clause", "The Tana Valley Brigade burned three villages after the "
     "Coast Liberation Army left the area. The group then killed Omar Haji, a local chief.",
     [("Tana Valley Brigade", "KILLED", "Omar Haji")]),
    ("rebels-after-since-clause", "The Tana River Front has grown stronger since the Coast "
     "Liberation Army split in 2019. The rebels later attacked Kenyan soldiers near Garsen.",
     [("Tana River Front", "TARGETS", "Kenyan forces")]),
    ("group-after-when-clause", "The Red Hand Brigade seized the town of Marsk in May when "
     "the Green Shield Army pulled back. The group later kidnapped Ivan Petrov, the town's "
     "mayor.", [("Red Hand Brigade", "TARGETS", "Ivan Petrov")]),
    # "them" counted out: the plural noun a verb before it took, read in turn
    ("six-of-them-after-the-attackers", "Fighters of the Red Hand Brigade attacked a police "
     "post in Garsen on Monday. Kenyan soldiers pursued the attackers and killed six of "
     "them.", [("Kenyan forces", "KILLED", "Red Hand Brigade")]),
    ("some-of-them-after-the-assailants", "Fighters of the Tana River Front raided a camp "
     "near Lamu. Kenyan police chased the assailants and killed three of them.",
     [("Kenyan police", "KILLED", "Tana River Front")]),
    # a title owned by a reference, its holder set off after it
    ("its-leader-described", "The Northern Valley Front took up arms in 1990. Its political "
     "leader, the lawyer Paul Anders, signed a ceasefire with the government in 2004.",
     [("Paul Anders", "LEADS", "Northern Valley Front")]),
    ("its-leader-long-description", "From the start the Northern Valley Front was divided. "
     "Its political leader, the Catholic priest Paul Anders, signed a series of truces.",
     [("Paul Anders", "LEADS", "Northern Valley Front")]),
    ("groups-commander-described", "The Tana River Front claimed the attack. The group's "
     "military commander, the former police officer Omar Haji, said the fight would go on.",
     [("Omar Haji", "LEADS", "Tana River Front")]),
    ("its-two-titles", "The Tana River Front claimed the attack. Its founder and chairman, "
     "Omar Haji, said the fight would go on.", [("Omar Haji", "LEADS", "Tana River Front")]),
    ("its-after-it", "The Northern Valley Front took up arms in 1990. It called for the "
     "release of its founder and leader, Paul Anders, who is in prison.",
     [("Paul Anders", "LEADS", "Northern Valley Front")]),
    ("its-spokesman-and-deputy", "The Tana River Front claimed the attack. Its spokesman and "
     "deputy leader, Omar Haji, said the fight would go on.",
     [("Omar Haji", "SPOKESPERSON_FOR", "Tana River Front"),
      ("Omar Haji", "MEMBER_OF", "Tana River Front")]),
    # salience: the one subject of the sentence before, over a body named only in a
    # phrase of place, source or time below its verb
    ("its-founder-after-split-from", "The Tana River Front, the largest gang in the "
     "province, split from the Coast Liberation Army in 2020. Its founder, Omar Haji, was "
     "arrested in Spain in June 2025.", [("Omar Haji", "LEADS", "Tana River Front")]),
    ("its-founder-after-name-as-root", "The Tana River Front, Kenya's largest gang with an "
     "estimated 8,000 members, split from the Coast Liberation Army in 2020 and is an ally "
     "of the Red Hand Brigade, according to officials. Its founder, Omar Haji, alias "
     "\"Simba\", was arrested in Spain in June 2025.",
     [("Omar Haji", "LEADS", "Tana River Front")]),
    ("its-spokesman-after-lost-ground-to", "The Tana River Front lost ground to the Coast "
     "Liberation Army last year. Its spokesman, Omar Haji, said the group would regroup.",
     [("Omar Haji", "SPOKESPERSON_FOR", "Tana River Front")]),
    # "the air force", "the task force": the last words of one body's name named before
    ("the-air-forces-spokesman", "The Kenya Air Force said its jets struck a camp near "
     "Garsen. The air force's spokesman, Paul Anders, said the commander was hit.",
     [("Paul Anders", "SPOKESPERSON_FOR", "Kenya Air Force")]),
    ("the-air-forces-director-of-public-relations", "The Kenya Air Force said its jets "
     "struck a camp near Garsen. The statement, signed by the air force's director of "
     "public relations, Paul Anders, did not say whether the commander was hit.",
     [("Paul Anders", "SPOKESPERSON_FOR", "Kenya Air Force")]),
    ("the-task-forces-commander", "The Coast Task Force said its boats struck a camp near "
     "Garsen. The task force's commander, Paul Anders, said the camp was destroyed.",
     [("Paul Anders", "LEADS", "Coast Task Force")]),
    # "the group" between two groups alike: the one the story is about
    ("the-groups-bases-in-a-story-about-it", "The Tana River Front has killed dozens of "
     "soldiers this year. On Monday the Tana River Front attacked a post near Garsen. Kenya "
     "accuses the Coast Liberation Army of sheltering Tana River Front commanders. The "
     "defence minister, Paul Anders, said the army would strike the group's bases across "
     "the border.", [("Paul Anders", "THREATENS", "Tana River Front")]),
    ("the-groups-leader-in-a-story-about-it", "The Tana River Front has killed dozens of "
     "soldiers this year. On Monday the Tana River Front attacked a post near Garsen. Kenya "
     "accuses the Coast Liberation Army of sheltering Tana River Front commanders. Police "
     "later arrested the group's leader, Omar Haji.",
     [("Omar Haji", "LEADS", "Tana River Front")]),
    ("its-former-leader-is-a-member", "The Tana River Front claimed the attack. Its former "
     "leader, the lawyer Paul Anders, condemned it.",
     [("Paul Anders", "MEMBER_OF", "Tana River Front")]),
    # "I" in a quotation: its speaker, in the sentence or the quote's sentence before
    ("i-speaker-after-quote", "\"I condemn this attack by the Tana River Front,\" said Paul "
     "Anders, the governor of Lamu.", [("Paul Anders", "CRITICIZES", "Tana River Front")]),
    ("i-speaker-before-quote", "Paul Anders, the governor of Lamu, said: \"I condemn the "
     "attack by the Tana River Front.\"", [("Paul Anders", "CRITICIZES", "Tana River Front")]),
    ("i-he-said", "Paul Anders, the governor of Lamu, spoke on Monday. \"I condemn the Tana "
     "River Front,\" he said.", [("Paul Anders", "CRITICIZES", "Tana River Front")]),
    ("i-in-continued-quote", "\"Our officers were shot at,\" Paul Anders, the governor of "
     "Lamu, told reporters. \"I condemn this attack by the Tana River Front.\"",
     [("Paul Anders", "CRITICIZES", "Tana River Front")]),
    ("i-two-sentences-on", "\"Our officers were shot at,\" Paul Anders, the governor of Lamu, "
     "told reporters. \"They knew who we were. I met Omar Haji in Garsen last year.\"",
     [("Paul Anders", "MEETS_WITH", "Omar Haji")]),
    ("me-in-quote", "\"Omar Haji threatened me twice last year,\" said Paul Anders, the "
     "governor of Lamu.", [("Omar Haji", "THREATENS", "Paul Anders")]),
    ("i-accuse", "\"I accuse the Coast Liberation Army of killing our teachers,\" Paul "
     "Anders, the governor of Lamu, told a news conference.",
     [("Paul Anders", "CRITICIZES", "Coast Liberation Army")]),
    # a person killed with no doer told, just after an attack told with its doer
    ("killed-after-attack", "The Tana River Front attacked a police patrol near Garsen on "
     "Monday. The patrol commander, Paul Anders, was killed.",
     [("Tana River Front", "KILLED", "Paul Anders")]),
    ("shot-dead-after-attack", "Gunmen from the Tana River Front attacked a police convoy "
     "near Garsen. Police said the convoy's commander, Inspector Paul Anders, "
     "was shot dead along with two of his guards.",
     [("Tana River Front", "KILLED", "Paul Anders")]),
    ("killed-after-ambush", "The Coast Liberation Army ambushed an army convoy on the road "
     "to Lamu on Monday. Captain Paul Anders was killed in the fighting, the army said.",
     [("Coast Liberation Army", "KILLED", "Paul Anders")]),
    # "the sindicato", "this sindicato": a name written head first
    ("the-sindicato-killed", "The Sindicato de Las Claritas has run the gold mines near "
     "Tumeremo for years. The sindicato killed Pedro Ruiz, a miner, in May.",
     [("Sindicato de Las Claritas", "KILLED", "Pedro Ruiz")]),
    ("this-sindicato-in-a-quote", "The Sindicato de Las Claritas has run the gold mines "
     "near Tumeremo for years.\n\n\"This sindicato works hand in hand with the Tren de "
     "Aragua,\" the general said.",
     [("Sindicato de Las Claritas", "COOPERATES_WITH", "Tren de Aragua")]),
    ("head-of-the-comando", "The Comando de Fronteira controls the river crossing at "
     "Tabatinga. The head of the comando, Pedro Ruiz, fled to Leticia.",
     [("Pedro Ruiz", "LEADS", "Comando de Fronteira")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("group-after-two-main-subjects", "The Kivu Defence Front and the Ruzizi Army attacked "
     "army posts. The group killed Peter Olsen.", [("*", "KILLED", "Peter Olsen")]),
    ("group-after-groups-only-below", "Residents fled after the Ruzizi Army and the Kivu "
     "Defence Front clashed near Uvira. The group later killed Peter Olsen.",
     [("*", "KILLED", "Peter Olsen")]),
    ("groups-plural", "The Kivu Defence Front has attacked army posts since the Ruzizi Army "
     "withdrew in 2021. In 2024 the groups killed Peter Olsen, a district governor.",
     [("*", "KILLED", "Peter Olsen")]),
    ("group-across-a-paragraph", "The Kivu Defence Front has attacked army posts since the "
     "Ruzizi Army withdrew in 2021.\n\nResidents say the group is feared. It killed Peter "
     "Olsen, a district governor, in 2024.", [("Ruzizi Army", "KILLED", "*")]),
    ("described-kin-not-holder", "The Tana River Front claimed the attack. Its political "
     "leader, the brother of Paul Anders, signed a truce.", [("Paul Anders", "*", "*")]),
    ("its-after-two-bodies", "The Tana River Front clashed with the Coast Liberation Army. "
     "Its political leader, the lawyer Paul Anders, signed a truce.",
     [("Paul Anders", "*", "*")]),
    ("their-after-two-bodies", "The Tana River Front and the Coast Liberation Army signed a "
     "truce. Their political leader, the lawyer Paul Anders, spoke on the radio.",
     [("Paul Anders", "*", "*")]),
    ("former-leader-leads-not", "The Tana River Front claimed the attack. Its former leader, "
     "the lawyer Paul Anders, condemned it.", [("Paul Anders", "LEADS", "*")]),
    ("its-after-it-across-a-paragraph", "The Northern Valley Front took up arms in 1990.\n\n"
     "It called for the release of its founder and leader, Paul Anders, who is in prison.",
     [("Paul Anders", "LEADS", "*")]),
    ("its-mayor-heads-a-place", "The Tana River Front seized Garsen on Monday. It freed "
     "five residents of the town, including its mayor, the trader Omar Haji.",
     [("Omar Haji", "*", "Tana River Front")]),
    ("them-counted-from-no-actor", "Fighters of the Red Hand Brigade attacked a police "
     "post in Garsen on Monday. Kenyan soldiers searched the villages and killed six of "
     "them.", [("*", "KILLED", "Red Hand Brigade")]),
    ("them-with-no-noun-before", "Fighters of the Red Hand Brigade attacked a police post "
     "in Garsen on Monday. Kenyan soldiers killed six of them.",
     [("*", "KILLED", "Red Hand Brigade")]),
    ("them-describing-the-dead", "The Red Hand Brigade attacked a market in Garsen, "
     "killing at least 31 people, most of them women.",
     [("Red Hand Brigade", "KILLED", "Red Hand Brigade")]),
    ("them-set-off-after-a-clause", "Kenya hosts 300,000 refugees who arrived after the war "
     "between the Red Hand Brigade and the Coast Liberation Army broke out, most of them in "
     "the province of Garissa.", [("Coast Liberation Army", "LOCATED_IN", "*"),
                                  ("Red Hand Brigade", "LOCATED_IN", "*")]),
    ("them-after-two-groups", "The Red Hand Brigade and the Coast Liberation Army clashed "
     "near Garsen. Kenyan soldiers arrived and killed six of them.",
     [("Kenyan forces", "KILLED", "*")]),
    # two bodies alike before "its": acting together or against each other, two
    # subjects, a body as the object
    ("its-after-merged-with", "The Tana River Front merged with the Coast Liberation Army "
     "in 2020. Its founder, Omar Haji, was arrested in Spain.", [("Omar Haji", "LEADS", "*")]),
    ("its-after-two-subjects-split-from", "The Tana River Front and the Coast Liberation "
     "Army split from the Red Hand Brigade in 2020. Its founder, Omar Haji, was arrested in "
     "Spain.", [("Omar Haji", "LEADS", "*")]),
    ("its-after-an-object", "The Tana River Front attacked the Coast Liberation Army in "
     "2020. Its founder, Omar Haji, was killed.", [("Omar Haji", "LEADS", "*")]),
    ("its-after-fought-against", "The Tana River Front fought against the Coast Liberation "
     "Army in 2020. Its founder, Omar Haji, was killed.", [("Omar Haji", "LEADS", "*")]),
    # "the air force" that two bodies' names end in; a portfolio is no headship
    ("the-air-force-of-two", "The Kenya Air Force and the Uganda Air Force struck camps "
     "near the border. The air force's spokesman, Paul Anders, said the camps were "
     "destroyed.", [("Paul Anders", "SPOKESPERSON_FOR", "*")]),
    ("director-of-public-relations-leads-not", "The Kenya Air Force said its jets struck a "
     "camp near Garsen. The statement, signed by the air force's director of public "
     "relations, Paul Anders, did not say whether the commander was hit.",
     [("Paul Anders", "LEADS", "*")]),
    # two groups named alike often, or the reference below a noun: unread
    ("the-groups-bases-two-alike", "Kenya accuses the Coast Liberation Army of sheltering "
     "Tana River Front commanders. The defence minister, Paul Anders, said the army would "
     "strike the group's bases across the border.", [("Paul Anders", "THREATENS", "*")]),
    ("a-faction-of-the-group", "The Tana River Front has killed dozens of soldiers this "
     "year. On Monday the Tana River Front attacked a post near Garsen. Kenya has fought the "
     "Tana River Front since its split from the Coast Liberation Army in 2018. Kenyan "
     "officials reached a deal with a faction of the group led by Paul Anders in 2024.",
     [("Paul Anders", "LEADS", "Tana River Front"), ("Kenya", "COOPERATES_WITH", "*")]),
    ("title-not-set-off", "The Tana River Front claimed the attack. Its leader met the lawyer "
     "Paul Anders on Monday.", [("Paul Anders", "LEADS", "*")]),
    # a person killed with no doer: one of the attackers, killed by another side, the
    # doer's own man, an attack told long before or by two doers
    ("one-attacker-killed", "The Tana River Front attacked a police patrol near Garsen on "
     "Monday. One attacker, Omar Haji, was killed.", [("*", "KILLED", "Omar Haji")]),
    ("killed-when-returned-fire", "The Tana River Front attacked a police patrol near Garsen "
     "on Monday. Omar Haji was killed when the police returned fire.",
     [("Tana River Front", "KILLED", "Omar Haji")]),
    ("doers-own-commander-killed", "The Tana River Front attacked a police patrol near "
     "Garsen on Monday. Omar Haji, a commander of the Tana River Front, was killed.",
     [("Tana River Front", "KILLED", "Omar Haji")]),
    ("killed-sentences-after", "The Tana River Front attacked a police patrol near Garsen "
     "on Monday. Residents fled to Lamu. Schools in the district closed for a week. Paul "
     "Anders was killed on Friday.", [("Tana River Front", "KILLED", "Paul Anders")]),
    ("killed-after-two-doers", "The Tana River Front and the Coast Liberation Army attacked "
     "police posts near Garsen on Monday. Paul Anders was killed.",
     [("*", "KILLED", "Paul Anders")]),
    ("killed-after-a-threat", "The Tana River Front threatened to attack police posts near "
     "Garsen. Paul Anders was killed on Monday.",
     [("Tana River Front", "KILLED", "Paul Anders")]),
    # "the sindicato" after two sindicatos, or "a sindicato": none of them told
    ("the-sindicato-of-two", "The Sindicato de Las Claritas and the Sindicato de El Callao "
     "have run the gold mines for years. The sindicato killed Pedro Ruiz, a miner, in May.",
     [("*", "KILLED", "Pedro Ruiz")]),
    ("the-sindicatos-plural", "The Sindicato de Las Claritas has run the gold mines near "
     "Tumeremo for years. \"We reject the sindicatos,\" said Pedro Ruiz, a miner.",
     [("Pedro Ruiz", "*", "Sindicato de Las Claritas")]),
    ("the-state-after-state-of", "The State of Kivu signed a truce with the Tana River Front "
     "in May. Paul Anders, a governor, demanded that the state ban the front.",
     [("Paul Anders", "*", "State of Kivu")]),
    ("a-sindicato", "The Sindicato de Las Claritas has run the gold mines near Tumeremo "
     "for years. A sindicato killed Pedro Ruiz, a miner, in May.",
     [("*", "KILLED", "Pedro Ruiz")]),
    # "I" with no speaker to stand for: outside a quotation, in a quote whose speaker
    # the sentence names only after it, after a paragraph of no quotation
    ("i-outside-a-quote", "Paul Anders is the governor of Lamu. I condemn the Tana River "
     "Front for this attack.", [("Paul Anders", "CRITICIZES", "*")]),
    ("i-quote-attributed-later", "\"Our officers were shot at,\" Paul Anders, the governor of "
     "Lamu, told reporters. \"I condemn the Tana River Front. We will not rest,\" a "
     "resident, Mary Otieno, said later.", [("Paul Anders", "CRITICIZES", "*")]),
    ("i-after-a-sentence-with-no-quote", "\"Our officers were shot at,\" Paul Anders, the "
     "governor of Lamu, told reporters. Residents fled the town. \"I condemn the Tana River "
     "Front.\"", [("Paul Anders", "CRITICIZES", "*")]),
    ("i-in-a-quote-of-a-body", "\"I condemn the Tana River Front,\" the Kenyan interior "
     "ministry said in a statement.", [("*", "CRITICIZES", "Tana River Front")]),
    ("i-quoted-by-another", "\"I condemn the Tana River Front,\" Omar Haji was quoted as "
     "saying by Paul Anders.", [("Paul Anders", "CRITICIZES", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_read_across_sentences(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_not_read_across(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
