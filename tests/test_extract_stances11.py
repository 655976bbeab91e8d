"""Stances and dealings read from news developed on in the batches 192-207: an envoy summoned
is a protest at his state ("X summoned Y's ambassador"); work said to be done in cooperation
with another is the speaker's cooperation ("X said the raids were carried out in cooperation
with Y"); data shared with another, "with" hung on the verb; a listing on another's
sanctions list ("Z was added to Y's sanctions list"); the bloc a state formed with others
("the alliance that X formed with Y"); pressure kept up for a time ("pressed Y for months to
act"); of a wrong done by one side to another, only the doer is criticised ("condemned a
provocation by X against Y"). And what is not read: an envoy welcomed, a state's own envoy,
work done in defiance of another, a base shared, another list, a committee formed, pressure
about a thing. Two sides who agreed after talks met ("X and Y agreed to a truce after three
days of talks"), but talks to come or asked for are not held ("a meeting between X and Y
would be held next week", "called for talks between X and Y"), and a joint communiqué is no
joint act. The doer of a deed condemned, its "by X" hung on the verb ("condemned a drone and
artillery attack by X on Y"); a person's government is his ("criticised X's government": X);
meetings held by another are his, not their welcomer's, with each side whose delegations
came ("with delegations of X and of Y"); officials of two nations named by joined
nationality words are of each ("Malaysian and Indonesian authorities"). A named side banned
is sanctioned ("X, which Y banned as a terrorist organisation"), and so is the state an
ambassador is recalled from. Own sentences, with invented or generic names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    ("summoned-owners-ambassador", "Latvia's foreign ministry summoned Belarus's ambassador "
     "on Monday over the drone incursion.", [("Latvia", "CRITICIZES", "Belarus")]),
    ("summoned-demonym-charge", "Latvia's foreign ministry summoned the Belarusian chargé "
     "d'affaires on Monday.", [("Latvia", "CRITICIZES", "Belarus")]),
    ("said-done-in-cooperation-with", "The Tarsen Police Service said the raids had been "
     "carried out in cooperation with the Norvik Border Agency.",
     [("Tarsen Police Service", "COOPERATES_WITH", "Norvik Border Agency")]),
    ("shared-data-with-on-verb", "Ghana shared radar data with Togo during the search.",
     [("Ghana", "COOPERATES_WITH", "Togo")]),
    ("pair-exchanged-data", "Ghana and Togo exchanged data on the smuggling gangs.",
     [("Ghana", "COOPERATES_WITH", "Togo")]),
    ("added-to-owners-sanctions-list", "The Tolo Liberation Front was added to the European "
     "Union's sanctions list in March.",
     [("European Union", "SANCTIONS", "Tolo Liberation Front")]),
    ("bloc-that-state-formed-with", "Analysts pointed to the confederation that Gabon formed "
     "with Cameroon and Chad in 2023.",
     [("Gabon", "ALLIED_WITH", "Cameroon"), ("Gabon", "ALLIED_WITH", "Chad")]),
    ("pressed-for-months-to", "Qatar, whose state-owned oil company built much of the "
     "pipeline, had pressed Ghana for months to secure the route, according to diplomats.",
     [("Qatar", "DEMANDS", "Ghana")]),
    ("condemned-provocation-by", "Ghana condemned \"a dangerous provocation by Togolese "
     "soldiers against a Nigerian patrol\".", [("Ghana", "CRITICIZES", "Togolese forces")]),
    ("pair-agreed-after-talks", "Ghana and the Tolo Front agreed on Monday to a truce after "
     "three days of talks in Lome.", [("Ghana", "MEETS_WITH", "Tolo Front")]),
    ("talks-between-held", "Talks between Ghana and Togo were held in Lome on Monday.",
     [("Ghana", "MEETS_WITH", "Togo")]),
    ("condemned-attack-by-on-verb", "Ivo Marek today condemned a drone and artillery attack "
     "by the Tolo Front on the city of Gao on Sunday, which killed at least 38 civilians.",
     [("Ivo Marek", "CRITICIZES", "Tolo Front")]),
    ("criticised-persons-government", "Ivo Marek, who has criticised Ali Moussa's government "
     "for what he calls a failure to control the border, met the US envoy in Accra.",
     [("Ivo Marek", "CRITICIZES", "Ali Moussa")]),
    ("accused-persons-government", "Ivo Marek, who has accused Ali Moussa's government of "
     "lying, met the US envoy in Accra.", [("Ivo Marek", "CRITICIZES", "Ali Moussa")]),
    ("meetings-held-by-with-delegations", "The High Commissioner, Ivo Marek, welcomed the "
     "separate meetings held in Geneva last week by the envoy, Ali Moussa, with delegations "
     "of the Tolo Front and of the Malian Army.",
     [("Ali Moussa", "MEETS_WITH", "Tolo Front"), ("Ali Moussa", "MEETS_WITH", "Malian Army")]),
    ("coordinating-with-two-nations-authorities", "The Ghana Armed Forces said it was "
     "coordinating with Malaysian and Indonesian authorities under the pact.",
     [("Ghana Armed Forces", "COOPERATES_WITH", "Malaysia"),
      ("Ghana Armed Forces", "COOPERATES_WITH", "Indonesia")]),
    ("which-state-banned", "The Kidal Front is a wing of the Tolo Front, which Ghana banned "
     "as a terrorist organisation in 2013.", [("Ghana", "SANCTIONS", "Tolo Front")]),
    ("named-was-banned-by", "The Tolo Front was banned by Ghana in 2019.",
     [("Ghana", "SANCTIONS", "Tolo Front")]),
    ("recalled-ambassador-from", "Ghana recalled its ambassador from Togo on Monday after the "
     "border clash.", [("Ghana", "SANCTIONS", "Togo")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("welcomed-ambassador", "Latvia's foreign ministry welcomed Belarus's ambassador on "
     "Monday for talks on trade.", [("Latvia", "CRITICIZES", "*")]),
    ("summoned-own-ambassador", "Latvia summoned its ambassador in Minsk for consultations.",
     [("Latvia", "CRITICIZES", "Latvia")]),
    ("said-done-in-defiance-of", "The Tarsen Police Service said the raids had been carried "
     "out in defiance of the Norvik Border Agency.",
     [("Tarsen Police Service", "COOPERATES_WITH", "*")]),
    ("shared-a-base-with", "Ghana shared a base with Togo during the search.",
     [("Ghana", "COOPERATES_WITH", "Togo")]),
    ("added-to-owners-other-list", "The Tolo Liberation Front was added to the European "
     "Union's list of talks partners in March.", [("*", "SANCTIONS", "Tolo Liberation Front")]),
    ("committee-that-state-formed-with", "Analysts pointed to the committee that Gabon formed "
     "with Cameroon and Chad in 2023.", [("Gabon", "ALLIED_WITH", "*")]),
    ("pressed-for-weeks-about", "Qatar had pressed Ghana for weeks about the exchange of "
     "prisoners.", [("Qatar", "DEMANDS", "Ghana")]),
    # the wronged are not criticised when the doer is named
    ("provocation-against-not-criticised", "Ghana condemned \"a dangerous provocation by "
     "Togolese soldiers against a Nigerian patrol\".", [("Ghana", "CRITICIZES", "Nigeria"),
                                                      ("Ghana", "CRITICIZES", "Nigerian forces")]),
    ("pair-agreed-after-fighting", "Ghana and the Tolo Front agreed on Monday to a truce after "
     "three days of fighting in Lome.", [("Ghana", "MEETS_WITH", "Tolo Front")]),
    # talks still to come, or only asked for, are not held
    ("talks-between-would-be-held", "Ali Moussa said a peace meeting between Ghana and Togo "
     "would be held in Lome next week.", [("Ghana", "MEETS_WITH", "Togo")]),
    ("called-for-talks-between", "Nigeria called for talks between Ghana and Togo.",
     [("Ghana", "MEETS_WITH", "Togo")]),
    # a person's government is his, not the state of another named nearby
    ("persons-government-not-other-state", "Ivo Marek, who has criticised Ali Moussa's "
     "government for what he calls a failure to control the border, met the US envoy in "
     "Accra.", [("Ivo Marek", "CRITICIZES", "United States")]),
    # who welcomes meetings held by another did not meet
    ("welcomer-did-not-meet", "The High Commissioner, Ivo Marek, welcomed the separate "
     "meetings held in Geneva last week by the envoy, Ali Moussa, with delegations of the "
     "Tolo Front and of the Malian Army.", [("Ivo Marek", "MEETS_WITH", "*")]),
    # a nationality word joined to another's noun is not joined to this one
    ("other-noun-not-joined", "Ghana met Malian officials and French troops in Accra.",
     [("Ghana", "MEETS_WITH", "France")]),
    ("banned-protests", "Ghana banned protests in Accra after the Tolo Front attack.",
     [("Ghana", "SANCTIONS", "*")]),
    ("named-ambassador-to", "Ghana has named its ambassador to Togo.",
     [("Ghana", "SANCTIONS", "*")]),
    ("condemned-by-telephone", "Ivo Marek condemned the attack on Gao by telephone.",
     [("Ivo Marek", "CRITICIZES", "*")]),
    # a joint statement about a deal is no joint act
    ("agreed-per-joint-communique", "Ghana's government and the Tolo Front agreed on Monday to "
     "a ceasefire, according to a joint communiqué.",
     [("Ghana", "COOPERATES_WITH", "Tolo Front")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_stance_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected, both_ways=True)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_stance_not_read(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden, both_ways=True)
