"""Facts told across sentences (extract/coref.py): an actor named in full once, then
"the group", "the rebels", "the mission", "the ministry", "it", "its leader", "he", "his
fighters" or "the two sides" in the next sentence. Each reading has texts in which it
must stay unread: two actors that fit as well as each other, a paragraph break before a
pronoun, a person named only inside a quotation, a noun that is not the name's head,
three parties for "the two sides".
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found, cases

CONGO_FORCES = "Democratic Republic of the Congo forces"

FOUND: list[tuple[str, str, list[Triple]]] = [
    # a definite noun: the nearest actor before it whose type fits
    ("group-in-the-next-sentence", "The Ogaden Liberation Front seized Degehabur on Monday. "
     "The group later attacked Ethiopian soldiers near Jijiga.",
     [("Ogaden Liberation Front", "TARGETS", "Ethiopian forces")]),
    ("rebels-two-sentences-on", "The Ruzizi Liberation Front seized Walikale on Monday. "
     "Residents fled toward Goma. The rebels later attacked Congolese soldiers near Masisi.",
     [("Ruzizi Liberation Front", "TARGETS", CONGO_FORCES)]),
    ("movement-by-the-head-of-its-name", "The Sahel Renewal Movement and the Azawad "
     "Patriotic Front met in Kidal. The movement later attacked Malian soldiers near Gao.",
     [("Sahel Renewal Movement", "TARGETS", "Malian forces")]),
    ("mission-named-with-a-place", "The African Union Mission in Sudan sent observers to "
     "Nyala. The mission condemned the Sudan Freedom Front for the killings.",
     [("African Union Mission in Sudan", "CRITICIZES", "Sudan Freedom Front")]),
    ("ministry", "Kenya's Interior Ministry ordered a curfew in Mandera. The ministry "
     "accused the Jubaland Defence Front of burning villages.",
     [("Kenyan Interior Ministry", "CRITICIZES", "Jubaland Defence Front")]),
    # "it", "its": the organisation that was the subject of the sentence before
    ("it-as-subject", "The Ijaw Justice Army blew up a pipeline near Warri. It later "
     "attacked Nigerian soldiers in Bayelsa.",
     [("Ijaw Justice Army", "TARGETS", "Nigerian forces")]),
    ("its-after-the-group", "The Cabinda Freedom Front seized Buco-Zau on Monday. The group "
     "claimed the raid in a statement. Its fighters later attacked Angolan soldiers near "
     "Landana.", [("Cabinda Freedom Front", "TARGETS", "Angolan forces")]),
    # roles of the referent, read by the titles rule
    ("its-leader", "The Sahel Patriotic Front claimed the ambush on Tuesday. Its leader, "
     "Amadou Sangare, vowed more attacks.",
     [("Amadou Sangare", "LEADS", "Sahel Patriotic Front")]),
    ("the-groups-spokesman", "The Benue Defence Militia burned a police post near Makurdi. "
     "The group's spokesman, Terver Akaa, said the fighters would regroup.",
     [("Terver Akaa", "SPOKESPERSON_FOR", "Benue Defence Militia")]),
    ("the-movements-commander", "The Kachin Freedom Movement took Bhamo airport on "
     "Friday. The movement's commander, Zau Seng, said the town was calm.",
     [("Zau Seng", "LEADS", "Kachin Freedom Movement")]),
    # "he", "his": the person who was the subject of the sentence before, or its only one
    ("he-the-subject-before", "President Felix Moyo flew to Kinshasa on Sunday. He "
     "condemned the Kivu Liberation Front for the attack.",
     [("Felix Moyo", "CRITICIZES", "Kivu Liberation Front")]),
    ("he-the-only-person-before", "A court in Goma sentenced Pierre Lumbu on Friday. He "
     "commanded the Lumbu Defence Militia for a decade.",
     [("Pierre Lumbu", "LEADS", "Lumbu Defence Militia")]),
    ("his-group-is-the-one-he-leads", "Kofi Mensah, the leader of the Volta Liberation "
     "Front, warned on Friday that his group would attack Ghanaian soldiers in Ho.",
     [("Volta Liberation Front", "THREATENS", "Ghanaian forces")]),
    ("he-read-back-over-two-sentences", "Colonel Ibrahim Sow, a former officer of the "
     "Malian army, was arrested in Dakar on Monday. He was later questioned by Senegalese "
     "police. He admitted that he had led the Macina Liberation Front since 2019.",
     [("Ibrahim Sow", "LEADS", "Macina Liberation Front")]),
    # "the two sides": the two parties of the sentence before
    ("two-sides-signed-a-truce", "Sudan held talks with the Darfur Unity Front in Juba on "
     "Friday. The two sides signed a ceasefire on Saturday.",
     [("Sudan", "CEASEFIRE_WITH", "Darfur Unity Front")]),
    ("both-sides-met", "Ghana accused Togo of closing the border on Friday. Both sides met "
     "in Lome on Sunday to settle the dispute.", [("Ghana", "MEETS_WITH", "Togo")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    ("two-groups-fit", "The Ngoma Movement and the Kivu Liberation Front fought near Beni. "
     "The group later attacked Congolese soldiers near Goma.",
     [("*", "TARGETS", CONGO_FORCES)]),
    ("another-group", "The Ogaden Liberation Front seized Degehabur on Monday. A rival "
     "group later attacked Ethiopian soldiers near Jijiga.",
     [("Ogaden Liberation Front", "TARGETS", "Ethiopian forces")]),
    ("groups-are-more-than-one", "The Ituri Unity Front seized Bunia. Aid agencies said "
     "the groups later attacked Congolese soldiers near Mahagi.",
     [("Ituri Unity Front", "TARGETS", "*")]),
    ("noun-not-the-names-head", "The International Committee of the Red Cross sent a team "
     "to Beni. The mission condemned the Kivu Liberation Front for the killings.",
     [("International Committee of the Red Cross", "CRITICIZES", "*")]),
    ("it-after-a-paragraph-break", "The Ijaw Justice Army blew up a pipeline near Warri."
     "\n\nIt later attacked Nigerian soldiers in Bayelsa.",
     [("Ijaw Justice Army", "TARGETS", "*")]),
    ("he-after-a-paragraph-break", "President Joseph Mwamba flew to Lubumbashi on Sunday."
     "\n\nHe condemned the Kasai Liberation Front for the attack.",
     [("Joseph Mwamba", "CRITICIZES", "*")]),
    ("he-chain-stops-at-a-paragraph", "Major Oumar Diarra, a former officer of the "
     "Burkinabe army, was arrested in Niamey on Monday. He was later questioned by the "
     "police.\n\nHe admitted that he had led the Gourma Liberation Front since 2020.",
     [("Oumar Diarra", "LEADS", "*")]),
    ("he-not-the-person-in-a-quote", "\"We will never forgive Moise Tshala,\" the crowd "
     "chanted outside the court. He condemned the Kivu Liberation Front for the attack.",
     [("Moise Tshala", "*", "*")]),
    ("it-not-a-person-subject", "Commander Amos Bai toured the Ijaw Justice Army camp near "
     "Warri. It later attacked Nigerian soldiers in Bayelsa.",
     [("*", "TARGETS", "Nigerian forces")]),
    ("two-sides-of-three-parties", "Sudan, Chad and the Darfur Unity Front held talks in "
     "Juba on Friday. The two sides signed a ceasefire on Saturday.",
     [("*", "CEASEFIRE_WITH", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_read_across_sentences(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_not_read_across(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


def test_evidence_is_the_sentence_of_the_relation(nlp: Language) -> None:
    """A relation read through "it" keeps the sentence it was told in as its evidence."""
    text = ("The Ijaw Justice Army blew up a pipeline near Warri. It later attacked "
            "Nigerian soldiers in Bayelsa.")
    ex = extract_document(nlp, text, "t.txt")
    names = {a.id: a.name for a in ex.actors}
    [attack] = [r for r in ex.relations if names[r.source] == "Ijaw Justice Army"
                and r.type.value == "TARGETS"]
    assert [e.text for e in attack.evidence] == [
        "It later attacked Nigerian soldiers in Bayelsa."]
    second = text.index("It later")
    assert attack.evidence[0].start == second
