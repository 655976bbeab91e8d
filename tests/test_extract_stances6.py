"""Stances read from news nobody developed on (the batches 160-167): a region's own
government named by the region ("the Sindh government"), an office's acronym with its
country ("OHCHR Colombia"), "X's alliance with Y", a joined verb's doer working alongside
another, a body named again without the place its name opens with ("the Military
Police" after "the Bahia Military Police"). Own sentences, with invented or generic names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # a region's government is a body of its own, not the state's
    ("region-government-called-on", "LAHORE, Pakistan, 4 June 2031 - Gunmen kidnapped "
     "four engineers near Quetta on Monday. The Pakistan Bar Council called on the "
     "Balochistan government to publish the names of the missing men.",
     [("Pakistan Bar Council", "DEMANDS", "Balochistan government")]),
    ("region-government-failed", "Anil Sharma, the president of the Bihar Traders "
     "Federation, said the Bihar government had failed to pay the farmers on time.",
     [("Anil Sharma", "CRITICIZES", "Bihar government")]),
    # an office named by its acronym and its country, as its own releases do
    ("office-acronym-with-country", "PRESS RELEASE\n\nThe United Nations Human Rights "
     "Office in Chad (OHCHR Chad) is alarmed by attacks on displaced people.\n\nOHCHR "
     "Chad calls on:\n\n- the Tolo Liberation Front to release all hostages held in its "
     "camps;\n",
     [("United Nations Human Rights Office in Chad", "DEMANDS", "Tolo Liberation Front")]),
    # "X's alliance with Y"
    ("owned-alliance-with", "The Kachin Independence Army's alliance with the Arakan Army "
     "has held since 2019.", [("Kachin Independence Army", "ALLIED_WITH", "Arakan Army")]),
    # the doer of the first verb works alongside Y
    ("joined-verb-worked-alongside", "Units of the Kenya Defence Forces sealed off the "
     "village and worked alongside the National Intelligence Service during the raid.",
     [("Kenya Defence Forces", "COOPERATES_WITH", "National Intelligence Service")]),
    # an accusation renewed against another
    ("renewed-accusation-against", "The Tolo Liberation Front renewed its accusations "
     "against the Kessel People's Army on Monday.",
     [("Tolo Liberation Front", "CRITICIZES", "Kessel People's Army")]),
    # "He" opening a paragraph goes on about the speaker the paragraph before closed with
    ("he-after-credited-quote-paragraph", "Foreign Minister Anil Sharma said the raids "
     "were a crime. \"Nobody will forget this,\" Sharma said in a statement.\n\nHe also "
     "renewed the government's accusation against Bangladesh.",
     [("Anil Sharma", "CRITICIZES", "Bangladesh")]),
    # a plan rejected is opposed; still read beside the claims below
    ("rejected-plan-is-opposed", "The Tolo Liberation Front rejected the Kenyan "
     "government's peace plan.", [("Tolo Liberation Front", "OPPOSES", "Kenya")]),
    ("supports-without-offer", "The UN Refugee Agency supports the Government of Ghana "
     "in its efforts to shelter the displaced.",
     [("UN Refugee Agency", "BACKS", "Government of Ghana")]),
    # an event criticises nobody: the stance joined to its clause is the speaker's
    ("event-clause-then-criticised", "Amnesty International said the raid showed a "
     "failure of the state and criticised the Nakuru county government for repeated "
     "evictions.", [("Amnesty International", "CRITICIZES", "Nakuru county government")]),
    # the body named again without its place
    ("place-dropped-from-body-name", "More than 200 officers of the Kassala Border Police "
     "raided the camp on Monday. Amina Yusuf, a lawyer for the families, called on the "
     "Border Police to release the names of the dead.",
     [("Amina Yusuf", "DEMANDS", "Kassala Border Police")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # a capital's government is the state's; so is a people's
    ("capital-government-is-the-states", "KABUL, Afghanistan, 4 June 2031 - Rights "
     "groups called on the Kabul government to free the detained journalists.",
     [("*", "DEMANDS", "Kabul government")]),
    ("demonym-government-is-the-states", "LAHORE, Pakistan, 4 June 2031 - The Pakistan "
     "Bar Council called on the Pakistani government to free the detained lawyers.",
     [("*", "DEMANDS", "Pakistani government")]),
    ("rejected-accusation-against", "The Tolo Liberation Front rejected the accusations "
     "against the Kessel People's Army on Monday.", [("*", "CRITICIZES", "*")]),
    # no quotation closing the paragraph before: "He" stays unread
    ("he-after-paragraph-without-quote", "Foreign Minister Anil Sharma met the envoy on "
     "Monday.\n\nHe also renewed the government's accusation against Bangladesh.",
     [("Anil Sharma", "CRITICIZES", "*")]),
    # a claim rejected: its teller (or the one it accuses) is not opposed
    ("rejected-version-of-events", "The coca growers' union rejected the Bolivian "
     "government's version of events.", [("*", "OPPOSES", "*")]),
    ("rejected-account-by", "The Tolo Liberation Front rejected the account given by "
     "Kenyan officials of the border clash.", [("*", "OPPOSES", "*")]),
    ("rejected-accusations-against", "The Tolo Liberation Front rejected the accusations "
     "against the Kessel People's Army on Monday.", [("*", "OPPOSES", "*")]),
    # help offered is not yet given
    ("stands-ready-to-support", "The UN Refugee Agency stands ready to support the "
     "Government of Ghana in its efforts to shelter the displaced.",
     [("*", "BACKS", "*")]),
    ("willing-to-cooperate", "Rwanda is willing to cooperate with Uganda.",
     [("*", "COOPERATES_WITH", "*")]),
    # a side of the reported clause may take its own stance
    ("side-clause-then-criticised", "Amnesty International said the rebels burned the "
     "village and criticised the Nakuru county government.",
     [("Amnesty International", "CRITICIZES", "*")]),
    ("ended-alliance", "In 2021 the Kachin Independence Army ended its alliance with the "
     "Arakan Army.", [("*", "ALLIED_WITH", "*")]),
    ("collapsed-alliance", "The Kachin Independence Army's alliance with the Arakan Army "
     "collapsed in 2019.", [("*", "ALLIED_WITH", "*")]),
    ("joined-verb-fought-against", "Units of the Kenya Defence Forces sealed off the "
     "village and fought against the National Intelligence Service during the raid.",
     [("*", "COOPERATES_WITH", "*")]),
    # another place's acronym is no name of the office
    ("office-acronym-with-other-country", "PRESS RELEASE\n\nThe United Nations Human "
     "Rights Office in Chad (OHCHR Niger) is alarmed by attacks on displaced people.\n\n"
     "OHCHR Niger calls on:\n\n- the Tolo Liberation Front to release all hostages held "
     "in its camps;\n",
     [("United Nations Human Rights Office in Chad", "DEMANDS", "*")]),
    # two bodies end in the name: which one is meant is unknown
    ("place-dropped-two-bodies", "Officers of the Kassala Border Police and the Gedaref "
     "Border Police raided the camp on Monday. Amina Yusuf, a lawyer for the families, "
     "called on the Border Police to release the names of the dead.",
     [("*", "DEMANDS", "Kassala Border Police"), ("*", "DEMANDS", "Gedaref Border Police")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_stance_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_stance_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
