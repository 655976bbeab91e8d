"""Relations missed between two actors named in one sentence, read by their construction
wherever it occurs: a verb joined by "and" to an ask or to a reported clause, a subject
owned by a body or state, a body's kind noun after its name, a noun known as a name, those
named "among them" or "including" in a counted object. Own sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # a verb joined to an ask by "and" is the asker's own act, not the act asked for
    ("urged-calm-and-criticised", "Kenya urged calm and criticised Uganda for its raids.",
     [("Kenya", "CRITICIZES", "Uganda")]),
    ("urged-restraint-and-called-on", "Kenya urged restraint and called on Uganda to free "
     "the prisoners.", [("Kenya", "DEMANDS", "Uganda")]),
    # a speech act after a reported clause of another tense is the speaker's
    ("said-had-fled-and-accused", "Kenya said the rebels had fled and accused Uganda of "
     "sheltering them.", [("Kenya", "CRITICIZES", "Uganda")]),
    ("said-acted-to-protect-and-accused", "Kenya said the security forces had acted to "
     "protect lives and accused Uganda of inciting violence.",
     [("Kenya", "CRITICIZES", "Uganda")]),
    ("said-had-retreated-and-accused", "Kenya said the Kivu Rifles had retreated and accused "
     "Uganda of arming them.", [("Kenya", "CRITICIZES", "Uganda")]),
    ("said-and-accused-a-charge-denied", "Kenya said its forces had acted to protect lives "
     "and accused Uganda of inciting violence, a charge Uganda has rejected.",
     [("Kenya", "CRITICIZES", "Uganda")]),
    # a subject owned by a state or a body: the owner acts
    ("possessive-ministry-urged", "Uganda's foreign ministry urged Kenya to act.",
     [("Uganda", "DEMANDS", "Kenya")]),
    ("possessive-ministry-shared-by-and", "Uganda's foreign ministry condemned the raid and "
     "accused Kenya of arming the rebels.", [("Uganda", "CRITICIZES", "Kenya")]),
    ("possessive-ministry-said-and-demanded", "Kenya's foreign ministry said it had summoned "
     "the envoy and demanded that Uganda release the men.",
     [("Kenya", "DEMANDS", "Uganda")]),
    ("group-spokesman-accused", "The Kivu Rifles' spokesman accused Kenya of arming the "
     "rebels.", [("Kivu Rifles", "CRITICIZES", "Kenya")]),
    # a body's kind noun after its name stands for the body
    ("allegiance-to-the-named-group", "The Kivu Rifles pledged allegiance to the Islamic "
     "State group.", [("Kivu Rifles", "PART_OF", "Islamic State")]),
    ("relative-allegiance-to-the-named-group", "The Kivu Rifles, which declared allegiance "
     "to the Islamic State group in 2014, attacked the town.",
     [("Kivu Rifles", "PART_OF", "Islamic State")]),
    ("branch-of-the-named-group", "The Kivu Rifles is the regional branch of the Islamic "
     "State group.", [("Kivu Rifles", "PART_OF", "Islamic State")]),
    ("condemned-the-named-group", "The Kivu Rifles condemned the Islamic State group.",
     [("Kivu Rifles", "CRITICIZES", "Islamic State")]),
    # a common noun stands for the name it is given ("known as", "identified as"), and
    # still for the body it belongs to
    ("commander-known-as-killed", "The Kenyan army said it had killed a Red Lions "
     "commander known as Tiger Musa near Garissa.",
     [("Kenyan forces", "KILLED", "Tiger Musa"), ("Kenyan forces", "KILLED", "Red Lions")]),
    ("led-by-man-identified-as", "The Red Lions are led by a man identified as Tiger Musa.",
     [("Tiger Musa", "LEADS", "Red Lions")]),
    # those named as some of a counted object: "among them X", "including X"
    ("killing-three-among-them", "Soldiers of the Kenya Defence Forces opened fire on a "
     "group of young men at Garissa, killing three of them, among them Musa Okello.",
     [("Kenya Defence Forces", "KILLED", "Musa Okello")]),
    ("killed-fighters-including", "Kenyan troops said they had killed eleven Red Lions "
     "fighters, including Tiger Musa and Juma Otieno.",
     [("Kenyan forces", "KILLED", "Tiger Musa"), ("Kenyan forces", "KILLED", "Juma Otieno"),
      ("Kenyan forces", "KILLED", "Red Lions")]),
    ("sanctions-on-officials-including", "Kenya imposed sanctions on six officials, "
     "including Tiger Musa.", [("Kenya", "SANCTIONS", "Tiger Musa")]),
    # a body's chairperson before the name; a group's snipers are the group's men
    ("body-chairperson-apposition", "The African Union Commission chairperson, Musa Okello, "
     "said he was concerned.", [("Musa Okello", "LEADS", "African Union Commission")]),
    ("killed-by-group-snipers", "Sergeant Juma Otieno was killed by Red Lions snipers on the "
     "first day.", [("Red Lions", "KILLED", "Juma Otieno")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # an infinitive joined to the asked act is still asked, done by nobody
    ("asked-act-and-another-infinitive", "Kenya called on Uganda to withdraw its troops and "
     "to attack the Kivu Rifles.", [("*", "TARGETS", "*")]),
    ("asked-act-and-bare-verb", "Kenya urged Uganda to halt its raids and withdraw from the "
     "border.", [("*", "WITHDRAWS_FROM", "*")]),
    # an act that is no speech act stays with the reported clause's subject
    ("reported-doer-keeps-the-attack", "Uganda's army said the Kivu Rifles had fled and "
     "shelled the Kenyan border.", [("Ugandan forces", "TARGETS", "*")]),
    # what the speaker reports stays denied by the charge's target
    ("reported-charge-denied", "Kenya said Uganda had armed the Kivu Rifles, a charge Uganda "
     "has rejected.", [("Uganda", "BACKS", "Kivu Rifles")]),
    # a nationality is no owner of the clause rules' subject ("Kenyan activists")
    ("demonym-is-no-owner", "Some Kenyan activists called on the Kivu Rifles to lay down "
     "their arms.", [("Kenya", "DEMANDS", "*")]),
    # a place before a kind noun names no body
    ("place-before-kind-noun", "The Kivu Rifles pledged allegiance to the Nairobi group.",
     [("*", "PART_OF", "*")]),
    # the asker of the first verb stays out of the act asked by the second
    ("urged-and-asked-attack", "Kenya urged calm and asked Uganda to attack the Kivu Rifles.",
     [("Kenya", "TARGETS", "*"), ("Uganda", "TARGETS", "*")]),
    # a nationality among the victims is people of that state, not the state
    ("including-two-nationals", "The Red Lions kidnapped dozens of foreigners, beheading "
     "several hostages, including two Canadians.",
     [("Red Lions", "KILLED", "Canada"), ("Red Lions", "TARGETS", "Canada")]),
    # a place hung on the verb after "including" is where, not one of those killed
    ("including-place-on-verb", "The Red Lions killed six soldiers of the Kenya Defence "
     "Forces in raids on Monday, including in Garissa.",
     [("Red Lions", "KILLED", "Garissa"), ("Red Lions", "TARGETS", "Garissa")]),
    # the name a thing is known by is no actor it belongs to
    ("known-as-no-second-victim", "Kenyan troops killed a rebel commander known as Tiger "
     "Musa near Garissa.", [("Kenyan forces", "KILLED", "Garissa")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_forbidden_triples(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
