"""Later mentions read back to the actor named before (extract/coref.py,
extract/context.py, extract/resolve.py, extract/aliases.py): a demonstrative before a
noun that refers back ("That council called on X", "this group"); "the company", "the
firm" as the one company named or described before (a name holding "Company" or
"Compañía", "X, a haulage firm"); "she" after a title that is her sentence's subject
("The Special Representative travelled to X, where she met Y"), across the paragraph
break after the person was named; "them" taken by a verb joined to one before it
("pursued the gunmen and fired on them"); "the defence ministry" as the Ministry of
Defence named before; "the army" of a state with a long name ("Democratic Republic of
the Congo forces") as its named service, and a state's named Defence Force (not its
police).

Each reading has must-not cases: two councils before "that council", a state's army
before "this group", two companies before "the company", an organisation that is no
company nearer than the company, another title, two people with the title; a joined
verb with a doer of its own, two things taken before "them"; two Ministries of Defence,
a ministry of another thing; the army of a state of a like name, a police before "the
army", two Defence Forces; two fronts in the sentence before, two described militias.

Passages are invented, in the style of wire and agency reports.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

FOUND: list[tuple[str, str, list[Triple]]] = [
    # ---- "that council", "this group": a demonstrative points back as "the" does
    ("c11-that-council",
     "The Liptako Coordination Council met in Niamey on Tuesday. That council on Wednesday "
     "called on the Azawad Liberation Front to withdraw its fighters from Menaka.",
     [("Liptako Coordination Council", "DEMANDS", "Azawad Liberation Front")]),
    ("c11-this-group",
     "The Kivu Defence Militia seized Rubaya on Monday. This group has since attacked "
     "Masisi.",
     [("Kivu Defence Militia", "TARGETS", "Masisi")]),
    # ---- "the company": the one company named (its name holds the word) or described
    ("c11-company-name-word",
     "Companhia Mineira do Lúrio halted work at its Balama mine on Friday. The company "
     "has criticised the Mozambican Defence Armed Forces for leaving the area unguarded.",
     [("Companhia Mineira do Lúrio", "CRITICIZES", "Mozambican Defence Armed Forces")]),
    ("c11-firm-described",
     "Gunmen burned trucks of Norvik Haulage, a transport firm based in Tete, last week. "
     "The firm has criticised the Frelimo party for failing to protect drivers.",
     [("Norvik Haulage", "CRITICIZES", "Frelimo")]),
    # ---- "she" after a title that is the subject of her own sentence
    ("c11-titled-subject-she",
     "\"Civilians are paying the price,\" said Ingrid Solberg, Special Representative of "
     "the Secretary-General in Chad. \"There can be no military solution.\"\n\n"
     "The Special Representative travelled to Abeche on Friday, where she met Idriss "
     "Mahamat Ousmane, the governor of Ouaddai.",
     [("Ingrid Solberg", "MEETS_WITH", "Idriss Mahamat Ousmane")]),
    # ---- "them" taken by a verb joined to one before it: that verb's plural object
    # ---- "It" after "the jihadist group" (a lower-case word hung on as a compound)
    ("c11-it-after-described-group",
     "The Macina Liberation Front (FLM) recruits among Fulani herders. The jihadist group "
     "opposes the Malian junta. It has attacked convoys of the Malian Armed Forces near "
     "Douentza.",
     [("Macina Liberation Front", "TARGETS", "Malian Armed Forces")]),
    ("c11-shared-object-them",
     "Fighters of the Ituri Patriotic Front raided Bunia on Monday. Troops of the Ugandan "
     "People's Defence Force pursued the gunmen towards the lake and fired on them near "
     "Kasenyi.",
     [("Uganda People's Defence Force", "TARGETS", "Ituri Patriotic Front")]),
    # ---- "the defence ministry": the one Ministry of Defence named before
    ("c11-ministry-of-words",
     "The Ruritanian Ministry of Defence said on Monday that talks would resume. The Kivu "
     "Front criticised the defence ministry for the delays.",
     [("Kivu Front", "CRITICIZES", "Ruritanian Ministry of Defence")]),
    ("c11-ministry-of-words-met",
     "The Ruritanian Ministry of Defence said on Monday that talks would resume. "
     "Delegations from the Kivu Front and the defence ministry met in Goma on Saturday.",
     [("Kivu Front", "MEETS_WITH", "Ruritanian Ministry of Defence")]),
    # ---- "the army" of a state with a long name: its one named whole service
    ("c11-army-long-state-name",
     "KINSHASA, Democratic Republic of the Congo, 3 March 2026 — Soldiers of the Armed "
     "Forces of the Democratic Republic of the Congo (FARDC) retook Rutshuru on Sunday. "
     "The army's spokesman, Colonel Serge Bozanga, said the rebels had fled.",
     [("Serge Bozanga", "SPOKESPERSON_FOR",
       "Armed Forces of the Democratic Republic of the Congo")]),
    # ---- "the army": a state's named Defence Force, the demonym's forces beside it
    ("c11-army-defence-force",
     "KINGSTON, Jamaica, 3 March 2026 — The Jamaica Defence Force deployed troops to "
     "Spanish Town on Sunday after Jamaican forces came under fire. The army's commander "
     "in the parish, Lieutenant Colonel Dwight Morrison, said 200 soldiers had arrived.",
     [("Dwight Morrison", "LEADS", "Jamaica Defence Force")]),
    # ---- "the front" in a story of two fronts: the one named in the sentence before
    ("c11-front-of-two-in-story",
     "The Afar Revolutionary Front controls Mille. In August the Ogaden Liberation Front "
     "was blamed for shooting down a police helicopter near Degehabur. The front has also "
     "clashed repeatedly with the Sidama Defence Movement over water points.",
     [("Ogaden Liberation Front", "TARGETS", "Sidama Defence Movement")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # two councils are subjects before "that council": it stays unread
    ("c11-that-council-two",
     "The Liptako Coordination Council and the Gourma Defence Council met in Niamey on "
     "Tuesday. That council on Wednesday called on the Azawad Liberation Front to "
     "withdraw its fighters from Menaka.",
     [("*", "DEMANDS", "Azawad Liberation Front")]),
    # a state's army is no "group", however near
    ("c11-this-group-not-army",
     "The Congolese army shelled Rubaya on Monday. This group has since attacked Masisi.",
     [("*", "TARGETS", "Masisi")]),
    # two companies before "the company": unread
    ("c11-two-companies",
     "Gunmen burned trucks of Norvik Haulage, a transport firm based in Tete, and of "
     "Kaswa Mining Company last week. The company has criticised the Frelimo party for "
     "failing to protect drivers.",
     [("*", "CRITICIZES", "Frelimo")]),
    # an organisation that is no company, named nearer, is not "the company"
    ("c11-company-not-ngo",
     "Compañía Minera Andina closed its clinic in Pataz in May. Human Rights Watch said "
     "on Friday that dozens of miners had no care. The company has criticised the "
     "Ministry of Health for the delays.",
     [("Human Rights Watch", "CRITICIZES", "Ministry of Health")]),
    # another title than the one she was named with
    ("c11-other-title-she",
     "\"Civilians are paying the price,\" said Ingrid Solberg, Special Representative of "
     "the Secretary-General in Chad.\n\nThe Special Rapporteur travelled to Abeche on "
     "Friday, where she met Idriss Mahamat Ousmane, the governor of Ouaddai.",
     [("Ingrid Solberg", "MEETS_WITH", "Idriss Mahamat Ousmane")]),
    # two people named with the title: unread
    ("c11-two-titled-she",
     "Ingrid Solberg, the Special Envoy for Chad, and Amina Diallo, the Special Envoy for "
     "the Sahel, spoke in Geneva.\n\nThe Special Envoy travelled to Abeche on Friday, "
     "where she met Idriss Mahamat Ousmane, the governor of Ouaddai.",
     [("Ingrid Solberg", "MEETS_WITH", "Idriss Mahamat Ousmane"),
      ("Amina Diallo", "MEETS_WITH", "Idriss Mahamat Ousmane")]),
    # the joined verb has a doer of its own: "them" may be either side
    ("c11-shared-object-own-doer",
     "Fighters of the Ituri Patriotic Front raided Bunia on Monday. Troops of the Ugandan "
     "People's Defence Force pursued the gunmen towards the lake, and the Lendu Youth "
     "Militia fired on them near Kasenyi.",
     [("Lendu Youth Militia", "TARGETS", "*")]),
    # two things taken before "them": no doer is meant
    ("c11-shared-object-two-things",
     "Fighters of the Ituri Patriotic Front raided Bunia on Monday. Troops of the Ugandan "
     "People's Defence Force seized rifles and trucks from the gunmen and burned them "
     "near Kasenyi.",
     [("Uganda People's Defence Force", "TARGETS", "Ituri Patriotic Front")]),
    # two Ministries of Defence named before: "the defence ministry" stays unread
    ("c11-two-defence-ministries",
     "The Ruritanian Ministry of Defence and the Freedonian Ministry of Defence issued "
     "statements on Monday. The Kivu Front criticised the defence ministry for the "
     "delays.",
     [("Kivu Front", "CRITICIZES", "*")]),
    # a ministry of another thing is not "the defence ministry"
    ("c11-other-ministry",
     "The Ruritanian Ministry of the Interior said on Monday that talks would resume. "
     "The Kivu Front criticised the defence ministry for the delays.",
     [("Kivu Front", "CRITICIZES", "*")]),
    # the army of the story's state is not the named service of a state of a like name
    ("c11-army-other-congo",
     "BRAZZAVILLE, Republic of the Congo, 3 March 2026 — The Armed Forces of the "
     "Democratic Republic of the Congo (FARDC) shelled Kwamouth across the river on "
     "Sunday. The army's spokesman, Colonel Serge Bozanga, said the rebels had fled.",
     [("Serge Bozanga", "SPOKESPERSON_FOR",
       "Armed Forces of the Democratic Republic of the Congo")]),
    # a police force is not "the army"
    ("c11-army-not-police",
     "KINGSTON, Jamaica, 3 March 2026 — The Jamaica Constabulary Force deployed officers "
     "to Spanish Town on Sunday after Jamaican police came under fire. The army's "
     "commander in the parish, Lieutenant Colonel Dwight Morrison, said 200 soldiers had "
     "arrived.",
     [("Dwight Morrison", "LEADS", "Jamaica Constabulary Force"),
      ("Dwight Morrison", "MEMBER_OF", "Jamaica Constabulary Force"),
      ("Dwight Morrison", "LEADS", "Jamaican police")]),
    # two states' Defence Forces: "the army" stays unread
    ("c11-army-two-defence-forces",
     "The Belize Defence Force and the Jamaica Defence Force held joint exercises near "
     "Benque Viejo on Sunday. The army's commander in the district, Colonel Dwight "
     "Morrison, said 200 soldiers had arrived.",
     [("Dwight Morrison", "LEADS", "*"), ("Dwight Morrison", "MEMBER_OF", "*")]),
    # both fronts named in the sentence before: "the front" stays unread
    ("c11-front-two-before",
     "The Afar Revolutionary Front controls Mille. In August the Ogaden Liberation Front "
     "and the Afar Revolutionary Front were blamed for shooting down a police helicopter "
     "near Degehabur. The front has also clashed repeatedly with the Sidama Defence "
     "Movement over water points.",
     [("*", "TARGETS", "Sidama Defence Movement")]),
    # two groups described as militias: "the militia" stays unread, however near one is
    ("c11-militia-two-described",
     "The Mai-Mai Kyandenga, a local militia, holds Beni. The Raia Mutomboki, another "
     "militia, raided Walikale in May. The militia has also clashed repeatedly with the "
     "Nyatura Collective over gold mines.",
     [("*", "TARGETS", "Nyatura Collective")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_later_mention_read_back(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_later_mention_not_misread(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
