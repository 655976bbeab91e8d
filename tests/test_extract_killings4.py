"""A named person's death or shooting told with its doer in a phrase: "X was killed in a
shootout with Y", "X died in a firefight with Y", "X, who was shot by Y, died", "X died
after being shot by Y", "X was shot and wounded by Y" (TARGETS), "Y was responsible for
the killing of X and the shooting of Z", "police blamed Y for the killing of X", "the
killing of X, which police blamed on Y", "X survived an assassination attempt by Y"
(TARGETS); the doer given as a group's people ("a team of Y", "a squad of Y fighters").

Every row is a sentence written for this table, with invented people in several regions,
short and inside a long wire sentence. The must-nots hold the near misses: an accident or
an illness, a doer denied, a suspect only arrested, the victim's own group, a death only
feared, a blame refused, and a wounding that is no killing.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases
from .test_extract_violence import killed, never, targets

READ: list[tuple[str, str, list[Triple]]] = [
    # killed in a gunfight with the other side
    ("shootout-with-fighters",
     "Ismail Haddad was killed in a shootout with Hezbollah fighters in the Bekaa valley.",
     [killed("Hezbollah", "Ismail Haddad")]),
    ("shootout-with-team-of",
     "Ismail Haddad was killed in a shootout with a team of the Lebanese Army near Baalbek.",
     [killed("Lebanese Army", "Ismail Haddad")]),
    ("shootout-with-police-long",
     "NAIROBI, Kenya (AP) - Abdi Warsame, a suspected recruiter for al-Shabaab, was killed "
     "in a shootout with officers of the Kenya Police near Garissa on Tuesday, according to "
     "a police statement.",
     [killed("Kenyan police", "Abdi Warsame")]),
    ("firefight-with-soldiers",
     "Pedro Ramos died in a firefight with Colombian soldiers near Cucuta on Friday.",
     [killed("Colombian forces", "Pedro Ramos")]),
    ("firefight-with-group",
     "Pedro Ramos died in a firefight with the National Liberation Army near Cucuta.",
     [killed("National Liberation Army", "Pedro Ramos")]),
    ("gun-battle-with-members",
     "Pedro Ramos died in a gun battle with members of the Gulf Clan near Turbo on Friday, "
     "the army said.",
     [killed("Gulf Clan", "Pedro Ramos")]),
    ("clashes-with-troops-commander",
     "Pedro Ramos, a commander of the Gulf Clan, was killed in clashes with Colombian troops, "
     "the defence ministry said on Sunday.",
     [killed("Colombian forces", "Pedro Ramos")]),
    ("gunfight-with-army",
     "Hamza Yusuf was killed in a gunfight with the Nigerian Army near Bama on Monday.",
     [killed("Nigerian Army", "Hamza Yusuf")]),
    ("killed-during-clash-with",
     "Tenzin Dorje was killed during a clash with the Arakan Army near Paletwa.",
     [killed("Arakan Army", "Tenzin Dorje")]),
    # shot, then died
    ("who-was-shot-died",
     "Jorge Salazar, who was shot by Venezuelan soldiers as he crossed the river, died in "
     "hospital.",
     [killed("Venezuelan forces", "Jorge Salazar")]),
    ("died-after-being-shot",
     "Jorge Salazar died after being shot by Venezuelan soldiers near the river.",
     [killed("Venezuelan forces", "Jorge Salazar")]),
    ("died-after-being-shot-long",
     "CUCUTA, Colombia, 3 May 2025 - Jorge Salazar, a 34-year-old trader, died after being "
     "shot by Venezuelan soldiers near the Tachira river on Saturday, his brother told "
     "reporters.",
     [killed("Venezuelan forces", "Jorge Salazar")]),
    ("died-of-wounds-after-being-shot",
     "Anan Somchai died of his wounds after being shot by Thai soldiers near Pattani.",
     [killed("Thai forces", "Anan Somchai")]),
    # shot dead by a group's people
    ("shot-dead-by-team-of",
     "Ismail Haddad was shot dead by a team of the Lebanese Army near Baalbek.",
     [killed("Lebanese Army", "Ismail Haddad")]),
    ("shot-dead-by-squad-of",
     "Ismail Haddad was shot dead by a squad of Hezbollah fighters in Tyre.",
     [killed("Hezbollah", "Ismail Haddad")]),
    ("shot-dead-titled-long",
     "KABUL, Afghanistan (AP) - Abdul Rahim Wardak, a senior figure in the Afghan National "
     "Army, was shot dead by Taliban gunmen outside his home in Kandahar on Tuesday, "
     "according to a provincial spokesman.",
     [killed("Taliban", "Abdul Rahim Wardak")]),
    ("gunned-down-by-members",
     "Nasir Baig was gunned down by members of Lashkar-e-Jhangvi outside his home in "
     "Peshawar.",
     [killed("Lashkar-e-Jhangvi", "Nasir Baig")]),
    # wounded: an attack, not a killing
    ("shot-and-wounded-by",
     "Ismail Haddad was shot and wounded by Kenyan police officers near Garissa.",
     [targets("Kenyan police", "Ismail Haddad")]),
    ("active-shot-and-wounded",
     "Kenyan police officers shot and wounded Ismail Haddad near Garissa on Sunday.",
     [targets("Kenyan police", "Ismail Haddad")]),
    ("wounded-by",
     "Jorge Salazar was wounded by a Venezuelan soldier near the river.",
     [targets("Venezuelan forces", "Jorge Salazar")]),
    ("stabbed-by-members",
     "Rustam Nazarov was stabbed by members of the Islamic Movement of Uzbekistan in Osh "
     "on Friday, police said.",
     [targets("Islamic Movement of Uzbekistan", "Rustam Nazarov")]),
    # nouns: killing and shooting
    ("responsible-killing-and-shooting",
     "The Red Hand Commando was responsible for the killing of Sean Brady and the shooting "
     "of Liam Doyle, police said.",
     [killed("Red Hand Commando", "Sean Brady"), targets("Red Hand Commando", "Liam Doyle")]),
    ("shooting-of-by",
     "The shooting of Liam Doyle by the Red Hand Commando shocked Belfast.",
     [targets("Red Hand Commando", "Liam Doyle")]),
    ("possessive-murder-of",
     "The Red Hand Commando's murder of Liam Doyle shocked Belfast.",
     [killed("Red Hand Commando", "Liam Doyle")]),
    ("killing-of-by-said",
     "Police said the killing of Samuel Mensah by the Ambazonia Defence Forces was a "
     "warning to others.",
     [killed("Ambazonia Defence Forces", "Samuel Mensah")]),
    # nouns: blamed
    ("blamed-for-assassination",
     "Police blamed al-Shabaab for the assassination of Omar Farah in Mogadishu on Monday.",
     [killed("al-Shabaab", "Omar Farah")]),
    ("blamed-members-for-assassination",
     "Police blamed al-Shabaab members for the assassination of Omar Farah.",
     [killed("al-Shabaab", "Omar Farah")]),
    ("which-blamed-on",
     "Police are investigating the assassination of Omar Farah, which they blamed on "
     "al-Shabaab.",
     [killed("al-Shabaab", "Omar Farah")]),
    ("was-blamed-on",
     "The killing of Thabo Nkosi was blamed on the Mozambican army.",
     [killed("Mozambican forces", "Thabo Nkosi")]),
    ("blamed-killing-on-long",
     "The government of Burkina Faso on Thursday blamed the killing of Issa Ouedraogo, a "
     "village chief, on Ansarul Islam, state television reported.",
     [killed("Ansarul Islam", "Issa Ouedraogo")]),
    ("blamed-murder-on-tatmadaw",
     "The Karen National Union blamed the murder of Kyaw Min Thein in Hpapun on the Tatmadaw.",
     [killed("Tatmadaw", "Kyaw Min Thein")]),
    # attempts: an attack, not a killing
    ("survived-assassination-attempt-by",
     "Ramon Diaz survived an assassination attempt by the Gulf Clan near Tumaco.",
     [targets("Gulf Clan", "Ramon Diaz")]),
    ("escaped-assassination-attempt-long",
     "MEDELLIN, Colombia (Reuters) - Ramon Diaz, a senator, escaped an assassination "
     "attempt by the Gulf Clan in Medellin on Saturday, police said.",
     [targets("Gulf Clan", "Ramon Diaz")]),
    ("attempt-on-life-of-by",
     "The attempt on the life of Ramon Diaz by the Gulf Clan failed.",
     [targets("Gulf Clan", "Ramon Diaz")]),
    ("possessive-attempt-on-life",
     "The Gulf Clan's attempt on Ramon Diaz's life failed when his car sped away.",
     [targets("Gulf Clan", "Ramon Diaz")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(READ))
def test_killings4_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


MUST_NOT: list[Any] = [
    never("not-car-crash",
          "Musa Bello, a commander of the Civilian Joint Task Force, was killed in a car crash "
          "near Bama.",
          killed("*", "Musa Bello")),
    never("not-illness",
          "Musa Bello, a commander of the Civilian Joint Task Force, died of malaria in "
          "Maiduguri.",
          killed("*", "Musa Bello")),
    never("not-died-of-cancer-after-shot-years-ago",
          "Jorge Salazar died of cancer after being shot by Venezuelan soldiers years ago.",
          killed("*", "Jorge Salazar")),
    never("not-shot-then-treated",
          "Jorge Salazar, who was shot by Venezuelan soldiers as he crossed the river, was "
          "treated in hospital.",
          killed("*", "Jorge Salazar")),
    never("not-wounded-in-firefight",
          "Pedro Ramos was wounded in a firefight with the National Liberation Army near "
          "Cucuta.",
          killed("*", "Pedro Ramos")),
    never("not-could-be-killed",
          "Pedro Ramos could be killed in a firefight with the National Liberation Army, his "
          "family fears.",
          killed("*", "Pedro Ramos")),
    never("not-killed-in-firefight-negated",
          "Pedro Ramos was not killed in a firefight with the National Liberation Army.",
          killed("*", "Pedro Ramos")),
    never("not-victims-own-group-shootout",
          "Pedro Ramos, a commander of the Gulf Clan, was killed in clashes with Colombian "
          "troops.",
          killed("Gulf Clan", "*")),
    never("not-victims-own-group-shot",
          "Abdul Rahim Wardak, a senior figure in the Afghan National Army, was shot dead by "
          "Taliban gunmen in Kandahar.",
          killed("Afghan National Army", "*")),
    never("not-victims-own-group-killed",
          "Hamid Rezaei, a commander of the Islamic Revolutionary Guard Corps, was killed by "
          "Jaish al-Adl, the Iranian news agency said.",
          killed("Islamic Revolutionary Guard Corps", "*")),
    never("not-place-gunfight",
          "Hamza Yusuf was killed in a gunfight with the Nigerian Army near Bama.",
          killed("Bama", "*")),
    never("not-companion-in-clash",
          "Amadou Diallo was killed with his deputy Oumar Sow in clashes near Gao.",
          killed("Oumar Sow", "*")),
    never("not-reversed-shootout",
          "Ismail Haddad was killed in a shootout with Hezbollah fighters in the Bekaa valley.",
          killed("Ismail Haddad", "*")),
    never("not-wounding-killed",
          "Ismail Haddad was shot and wounded by Kenyan police officers near Garissa.",
          killed("*", "Ismail Haddad")),
    never("not-wounding-reversed",
          "Kenyan police officers shot and wounded Ismail Haddad near Garissa.",
          targets("Ismail Haddad", "*")),
    never("not-shooting-killed",
          "The Red Hand Commando was responsible for the killing of Sean Brady and the "
          "shooting of Liam Doyle, police said.",
          killed("*", "Liam Doyle")),
    never("not-responsible-denied",
          "The Red Hand Commando was not responsible for the killing of Sean Brady.",
          killed("*", "Sean Brady")),
    never("not-denied-killing",
          "Al-Shabaab denied killing Omar Farah, a commander of the Somali National Army.",
          killed("*", "Omar Farah")),
    never("not-denied-responsibility",
          "Al-Shabaab denied responsibility for the killing of Omar Farah.",
          killed("*", "Omar Farah")),
    never("not-arrested-over-killing",
          "Police arrested an al-Shabaab member over the killing of Omar Farah.",
          killed("*", "Omar Farah")),
    never("not-questioned-over-killing",
          "Police questioned two Boko Haram members over the killing of Musa Bello in "
          "Maiduguri.",
          killed("*", "Musa Bello")),
    never("not-blame-refused",
          "Police did not blame al-Shabaab for the assassination of Omar Farah.",
          killed("*", "Omar Farah")),
    never("not-blame-laid-elsewhere",
          "The killing of Omar Farah was blamed not on al-Shabaab but on bandits.",
          killed("al-Shabaab", "*")),
    never("not-blame-rejected",
          "Al-Shabaab rejected claims that it was behind the killing of Omar Farah.",
          killed("*", "Omar Farah")),
    never("not-would-kill",
          "FARC dissidents will kill Ramon Diaz if he returns, a leaflet warned.",
          killed("*", "Ramon Diaz")),
    never("not-attempt-killed",
          "Ramon Diaz survived an assassination attempt by the Gulf Clan near Tumaco.",
          killed("*", "Ramon Diaz")),
    never("not-attempt-reversed",
          "Ramon Diaz survived an assassination attempt by the Gulf Clan near Tumaco.",
          targets("Ramon Diaz", "*")),
    never("not-attempt-doer-denied",
          "The Gulf Clan denied any role in the assassination attempt on Ramon Diaz.",
          targets("Gulf Clan", "Ramon Diaz")),
    never("not-attempt-to-reach",
          "Ramon Diaz made an attempt to reach the Gulf Clan by phone.",
          targets("*", "*")),
    never("not-shot-in-leg-killed",
          "Boko Haram fighters shot Musa Bello in the leg near Bama.",
          killed("*", "Musa Bello")),
]


@pytest.mark.parametrize(("text", "forbidden"), MUST_NOT)
def test_killings4_must_not(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
