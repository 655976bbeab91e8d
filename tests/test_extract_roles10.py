"""Posts read from a title whose body is named apart from it, or whose shape the earlier
readings passed over: a title's remit between it and the name ("the UN envoy for Yemen,
X"; a head's remit in a place makes him one of the body's people); a title of several
capitalised words ("the UN Resident and Humanitarian Coordinator, X"); a minister of two
ministries of his portfolio named in the article heads his state's one ("national" no
part of a portfolio), a state's one when his title is joined to another of the state's;
a secretary heads the secretariat of his portfolio, a region's secretary
his region's; the National Prosecutor or Attorney General heads the article's
prosecutor's office; a place's police chief heads the place's police ("the Larkana
district police chief X"); the head of a region heads the region's government the
article names; the head of a body's team named with the body's name ("who heads the UN
Country Team") is one of the body's people. Own sentences, invented names.

Must-nots: a body after "to" is no remit; a remit with no name after it; a minister of
another state's ministry; a region's minister ("Kesh's deputy chief minister and home
minister") of the state's; a secretary with no secretariat of his portfolio; a
prosecutor who is one of several, a former attorney general; a former police chief; a
region's head with no government named; the head of a body's team is not the body's head.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found
from .test_extract_roles5 import Row, rows

POSITIVE: list[Row] = [
    # a title's remit between it and the name set off after it
    ("envoy-for-state-set-off", "The UN envoy for Yemen, Marten Lindqvist, said the talks "
     "would resume in Muscat next week.",
     [("Marten Lindqvist", "MEMBER_OF", "United Nations")]),
    ("coordinator-in-state-set-off", "The UN Resident Coordinator in Libya, Anna Kowalczyk, "
     "said the convoy had been stopped at a checkpoint.",
     [("Anna Kowalczyk", "MEMBER_OF", "United Nations")]),
    ("two-titles-for-state-set-off", "The United Nations Resident and Humanitarian "
     "Coordinator for Chad, Peter Lindholm, condemned the attack on the camp.",
     [("Peter Lindholm", "MEMBER_OF", "United Nations")]),
    ("capitalised-title-words-before-name", "UN Resident Coordinator Torvald Heggem met "
     "the ministers in Amman on Tuesday.",
     [("Torvald Heggem", "MEMBER_OF", "United Nations")]),
    # a commander in a place: one of the group's people
    ("commander-in-place-set-off", "The Hamas commander in Rafah, Yusuf Barakeh, was "
     "killed in the strike.",
     [("Yusuf Barakeh", "MEMBER_OF", "Hamas")]),
    # two ministries of the portfolio: the minister's state's
    ("minister-two-ministries", "DAMASCUS - Defence Minister Karim Haddad met the Kurdish "
     "commanders in the capital. The Syrian Ministry of Defence said the truce held. "
     "Turkey's defence ministry said it would not allow a terrorist corridor.",
     [("Karim Haddad", "LEADS", "Syrian Ministry of Defence")]),
    # a state's title joined to the minister's: the state's ministry
    ("state-title-and-minister", "NEW DELHI - India's deputy prime minister and home "
     "minister, Vikram Sahu, said the police would stay. The Ministry of Home Affairs "
     "sent more troops.",
     [("Vikram Sahu", "LEADS", "Ministry of Home Affairs")]),
    # the head of a body's team named with the body's name: one of its people
    ("heads-named-team-member", "Marta Lindqvist, who heads the UN Country Team, said "
     "aid deliveries would resume on Monday.",
     [("Marta Lindqvist", "MEMBER_OF", "United Nations")]),
    # a region's secretary heads the region's secretariat of his portfolio
    ("region-secretary-of-portfolio", "SALVADOR, Brazil - Police killed six men in Bahia. "
     "The state's secretary of public security, Caio Mendes Duarte, said the raid was "
     "lawful. The Bahia Public Security Secretariat said the men had fired first.",
     [("Caio Mendes Duarte", "LEADS", "Bahia Public Security Secretariat")]),
    # the National Prosecutor, the Attorney General: the prosecutor's office
    ("national-prosecutor-office", "An inquiry by the Public Prosecutor's Office led to "
     "thirty convictions. The National Prosecutor, Rodrigo Mena Ibarra, has set up "
     "specialised teams to trace the gangs' money.",
     [("Rodrigo Mena Ibarra", "LEADS", "Public Prosecutor's Office")]),
    ("attorney-general-office", "The Attorney General, Tomas Riquelme, said the Attorney "
     "General's Office had opened an inquiry into the massacre.",
     [("Tomas Riquelme", "LEADS", "Attorney General's Office")]),
    # a place's police chief heads the place's police
    ("district-police-chief-before-name", "The raid was confirmed by Larkana district "
     "police chief Imran Qureshi, who said three suspects had fled.",
     [("Imran Qureshi", "LEADS", "Larkana district police")]),
    # the head of a region heads the region's government the article names
    ("chief-minister-region-government", "Sindh Chief Minister Faraz Ahmed Soomro "
     "ordered an inquiry into the kidnapping. The Sindh government said it would pay "
     "the families.",
     [("Faraz Ahmed Soomro", "LEADS", "Sindh government")]),
]


@pytest.mark.parametrize(("text", "expected"), rows(POSITIVE))
def test_expected_triples(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[Row] = [
    # a body after "to" is whom the envoy is sent to, no remit
    ("envoy-to-body", "The UN envoy to Hamas, Marten Lindqvist, said the talks would "
     "resume next week.",
     [("Marten Lindqvist", "*", "Hamas")]),
    # a place, then the speaker: no title set off
    ("remit-then-speaker", "The UN envoy arrived in Aden, Marten Lindqvist said.",
     [("Marten Lindqvist", "MEMBER_OF", "*")]),
    # a commander in a place is no head of the whole group
    ("commander-in-place-no-head", "The Hamas commander in Rafah, Yusuf Barakeh, was "
     "killed in the strike.",
     [("Yusuf Barakeh", "LEADS", "*")]),
    # the minister's state names another state's ministry only
    ("minister-other-states-ministry", "ANKARA - Defence Minister Kemal Aydin warned the "
     "Kurdish fighters. The Syrian Ministry of Defence said it held the town.",
     [("Kemal Aydin", "LEADS", "*")]),
    # the head of a body's team is not the body's head
    ("heads-named-team-no-head", "Marta Lindqvist, who heads the UN Country Team, said "
     "aid deliveries would resume on Monday.",
     [("Marta Lindqvist", "LEADS", "*")]),
    # a region's title joined to the minister's: the region's minister, not the state's
    ("region-title-and-minister", "NEW DELHI - Chhattisgarh's deputy chief minister and "
     "home minister, Vikram Sahu, said the police would stay. The Ministry of Home Affairs "
     "sent more troops.",
     [("Vikram Sahu", "LEADS", "*")]),
    # a secretary with no secretariat of his portfolio named
    ("secretary-no-secretariat", "The state's secretary of public security, Caio Mendes "
     "Duarte, said the raid was lawful. The Bahia Health Secretariat counted the dead.",
     [("Caio Mendes Duarte", "LEADS", "*")]),
    # a prosecutor, one of several; a former attorney general
    ("a-prosecutor-no-head", "A prosecutor, Tomas Riquelme, said the Attorney General's "
     "Office had opened an inquiry.",
     [("Tomas Riquelme", "LEADS", "*")]),
    ("former-attorney-general", "The former attorney general, Tomas Riquelme, said the "
     "Attorney General's Office had failed the victims.",
     [("Tomas Riquelme", "LEADS", "*")]),
    # a former police chief heads nothing
    ("former-district-police-chief", "Former Larkana district police chief Imran Qureshi "
     "said the gang had grown.",
     [("Imran Qureshi", "LEADS", "*")]),
    # a region's head and no government named: the region alone
    ("chief-minister-no-government", "Sindh Chief Minister Faraz Ahmed Soomro ordered an "
     "inquiry into the kidnapping. The Sindh police said it would free the hostages.",
     [("Faraz Ahmed Soomro", "LEADS", "Sindh police")]),
]


@pytest.mark.parametrize(("text", "absent"), rows(NEGATIVE))
def test_absent_triples(nlp: Language, text: str, absent: list[Triple]) -> None:
    assert_absent(nlp, text, absent)
