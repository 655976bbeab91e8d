"""KILLED beyond "Y killed X": killing nouns, killers reached through clauses, shootings."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actorgraph.extract import extract_document

from .test_extract import Triple, assert_absent, assert_found, cases, triples


def killed(killer: str, victim: str) -> Triple:
    return (killer, "KILLED", victim)


POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # killing nouns
    (
        "noun-of-by",
        "The assassination of Rafik Hariri by Hezbollah shocked Lebanon.",
        [killed("Hezbollah", "Rafik Hariri")],
    ),
    (
        "noun-possessive-killer",
        "Hezbollah's assassination of Rafik Hariri shocked Lebanon.",
        [killed("Hezbollah", "Rafik Hariri")],
    ),
    (
        "noun-possessive-victim",
        "Qasem Soleimani's killing by the United States angered Iran.",
        [killed("United States", "Qasem Soleimani")],
    ),
    (
        "noun-murder",
        "The murder of Omar Haddad by Karim Nasser was condemned.",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    (
        "noun-ordered",
        "Ayman al-Zawahiri ordered the assassination of Anwar Sadat.",
        [killed("Ayman al-Zawahiri", "Anwar Sadat")],
    ),
    (
        "noun-suspected",
        "Khalid Islambouli was suspected of the assassination of Anwar Sadat.",
        [killed("Khalid Islambouli", "Anwar Sadat")],
    ),
    (
        "noun-suspect-object",
        "Police suspect Khalid Islambouli of the murder of Anwar Sadat.",
        [killed("Khalid Islambouli", "Anwar Sadat")],
    ),
    (
        "noun-sentence",
        "Khalid Islambouli is serving a sentence for the murder of Anwar Sadat.",
        [killed("Khalid Islambouli", "Anwar Sadat")],
    ),
    (
        "noun-responsible",
        "Khalid Islambouli was responsible for the killing of Anwar Sadat.",
        [killed("Khalid Islambouli", "Anwar Sadat")],
    ),
    (
        "noun-convicted-conj",
        "Karim Nasser was tried and convicted for the 1991 assassination of Omar Haddad.",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    (
        "noun-sentenced",
        "Karim Nasser was sentenced to death for Omar Haddad's murder.",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    (
        "noun-pleaded-guilty",
        "Karim Nasser pleaded guilty to the murder of Omar Haddad.",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    (
        "noun-held-on-sentence",
        "Karim Nasser is being held in a Cairo prison on a life sentence for the slaying of "
        "Omar Haddad.",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    (
        "noun-serving-years",
        "Karim Nasser is serving 40 years in prison for the murder of Omar Haddad.",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    (
        "noun-of-after-date",
        "The assassination in 1990 of Iraqi leader Omar Haddad by Karim Nasser shocked Iraq.",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    (
        "noun-pleaded-guilty-in-place",
        "In 1990, Karim Nasser pleaded guilty in Cairo to the murder of Omar Haddad.",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    # assassin nouns
    (
        "assassin-compound",
        "The execution of Sadat assassin Khalid Islambouli drew protests.",
        [killed("Khalid Islambouli", "Sadat")],
    ),
    (
        "assassin-possessive",
        "Anwar Sadat's assassin, Khalid Islambouli, was executed.",
        [killed("Khalid Islambouli", "Anwar Sadat")],
    ),
    (
        "assassin-of",
        "Khalid Islambouli, the assassin of Anwar Sadat, was executed.",
        [killed("Khalid Islambouli", "Anwar Sadat")],
    ),
    (
        "assassin-read-as-verb",
        "Anwar Sadat's son said the execution of Sadat assassin Khalid Islambouli was wrong.",
        [killed("Khalid Islambouli", "Anwar Sadat")],
    ),
    (
        "assassin-possessive-title",
        "In a new play, President Omar Haddad 's assassin Karim Nasser ( played by Ali Saleh ) "
        "walks up the stairs.",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    (
        "assassin-comma-name",
        "Two days later , Dr. Fathi operated on Sadat 's assassin , Khalid Islambouli , who "
        "had just been shot by Ali Saleh .",
        [killed("Khalid Islambouli", "Sadat")],
    ),
    (
        "lone-assassin",
        "Police found new evidence in the assassination of Anwar Sadat, and the court ruled "
        "that Khalid Islambouli was the lone assassin.",
        [killed("Khalid Islambouli", "Anwar Sadat")],
    ),
    # killers reached through clauses
    (
        "convicted-apposition",
        "Khalid Islambouli, convicted of killing Anwar Sadat, was executed.",
        [killed("Khalid Islambouli", "Anwar Sadat")],
    ),
    (
        "convicted-man",
        "The man convicted of murdering Anwar Sadat, Khalid Islambouli, was executed in 1982.",
        [killed("Khalid Islambouli", "Anwar Sadat")],
    ),
    (
        "participle-after-name-advcl",
        "The appeals court overturned the death sentence of Karim Nasser , convicted of "
        "murdering newspaper reporter Omar Haddad in 1988 .",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    (
        "participle-after-name-on-event-noun",
        "In 1990 , police announced the arrest in Cairo of Karim Nasser , suspected of the "
        "murder of opposition leader Omar Haddad .",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    (
        "participle-outside-main-negation",
        "The parole board refused to release Karim Nasser , convicted of killing Omar Haddad "
        "in 1990 .",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    (
        "relcl-who",
        "Khalid Islambouli, who killed Anwar Sadat, was executed.",
        [killed("Khalid Islambouli", "Anwar Sadat")],
    ),
    (
        "relcl-the-man",
        "Police arrested Khalid Islambouli, the man who had assassinated Anwar Sadat.",
        [killed("Khalid Islambouli", "Anwar Sadat")],
    ),
    (
        "relcl-man-apposition",
        "Maria Lopez married the man who killed Anwar Sadat, Khalid Islambouli.",
        [killed("Khalid Islambouli", "Anwar Sadat")],
    ),
    (
        "fired-the-shots",
        "Khalid Islambouli fired the shots that killed Anwar Sadat.",
        [killed("Khalid Islambouli", "Anwar Sadat")],
    ),
    (
        "on-the-orders",
        "Anwar Sadat was murdered on the orders of Ayman al-Zawahiri.",
        [killed("Ayman al-Zawahiri", "Anwar Sadat")],
    ),
    (
        "ordered-killed",
        "Ayman al-Zawahiri ordered Anwar Sadat killed.",
        [killed("Ayman al-Zawahiri", "Anwar Sadat")],
    ),
    (
        "group-included",
        "Anwar Sadat was assassinated by a group that included Khalid Islambouli and Abbas Ali.",
        [killed("Khalid Islambouli", "Anwar Sadat"), killed("Abbas Ali", "Anwar Sadat")],
    ),
    (
        "relcl-conj-who",
        "Karim Nasser was the lone gunman who killed Omar Haddad and who later killed Ali Saleh.",
        [killed("Karim Nasser", "Omar Haddad"), killed("Karim Nasser", "Ali Saleh")],
    ),
    (
        "victim-in-apposition-to-title",
        "In 1990, the last emir of Kuwait, Omar Haddad, was murdered on the orders of "
        "Iraqi commander Karim Nasser.",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    # shootings that say they killed
    (
        "shot-and-mortally-wounded",
        "Omar Haddad was shot by Karim Nasser and mortally wounded.",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    (
        "mortally-wounded-conj",
        "Karim Nasser shot and mortally wounded Omar Haddad.",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    (
        "cut-down",
        "Omar Haddad was cut down by Karim Nasser in 1990.",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    (
        "stabbed-to-death",
        "Omar Haddad was stabbed to death by Karim Nasser.",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    (
        "shot-dead",
        "Anwar Sadat was shot dead by Khalid Islambouli in Cairo.",
        [killed("Khalid Islambouli", "Anwar Sadat")],
    ),
    (
        "shot-to-death",
        "Anwar Sadat was shot to death by Khalid Islambouli.",
        [killed("Khalid Islambouli", "Anwar Sadat")],
    ),
    (
        "fatally-shot",
        "Khalid Islambouli fatally shot Anwar Sadat.",
        [killed("Khalid Islambouli", "Anwar Sadat")],
    ),
    (
        "gunned-down",
        "Anwar Sadat was gunned down by Khalid Islambouli.",
        [killed("Khalid Islambouli", "Anwar Sadat")],
    ),
    # one named person shooting another, with nothing saying the victim lived
    (
        "named-person-shot-by-named-person",
        "Anwar Sadat was shot by Khalid Islambouli.",
        [killed("Khalid Islambouli", "Anwar Sadat")],
    ),
    (
        "named-person-shoots-named-person",
        "Lena Brandt shot Tom Ellery at the ferry terminal in Tulsa on a cold night.",
        [killed("Lena Brandt", "Tom Ellery")],
    ),
    (
        "agent-on-the-second-verb",
        "Tom Ellery was shot and mortally wounded by Lena Brandt while attending a play.",
        [killed("Lena Brandt", "Tom Ellery")],
    ),
    (
        "relative-passive",
        "Tom Ellery, who was shot by Lena Brandt, died in hospital.",
        [killed("Lena Brandt", "Tom Ellery")],
    ),
    (
        "stray-agent-shot",
        "Omar Haddad was shot March 3, 1990, in the courtyard of his Cairo apartment "
        "building by Karim Nasser.",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    (
        "shot-in-a-killing",
        "Khalid Islambouli shot Anwar Sadat, and the killing shocked Egypt.",
        [killed("Khalid Islambouli", "Anwar Sadat")],
    ),
    # a surname the model did not tag, of a person named before (suffix "Jr." skipped)
    (
        "surname-assassin",
        "Samuel Rivera Jr. led the union for years. The trial of Rivera assassin Karim "
        "Nasser opened on Monday.",
        [killed("Karim Nasser", "Samuel Rivera Jr.")],
    ),
    (
        "assassin-in-negated-clause",
        "Samuel Rivera Jr. led the union. His widow said the execution of Rivera assassin "
        "Karim Nasser would not bring her husband back.",
        [killed("Karim Nasser", "Samuel Rivera Jr.")],
    ),
    # a title with the victim's name set off after it
    (
        "titled-victim-passive",
        "The mayor of Hebron, Omar Haddad, was murdered by Karim Nasser.",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    (
        "titled-victim-active",
        "Karim Nasser killed the mayor of Hebron, Omar Haddad.",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    # "by Y" hung on the place phrase
    (
        "stray-agent-shot-to-death",
        "Omar Haddad was shot to death March 3, 1990, in the courtyard of his Cairo "
        "apartment building by Karim Nasser.",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    (
        "stray-agent-killed",
        "Omar Haddad was killed on March 3, 1990, in the courtyard of his Cairo apartment "
        "building by Karim Nasser.",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    # only people are assassinated: a name read as a town is a person there
    (
        "assassin-of-town-name",
        "Karim Nasser, the assassin of Cleveland, fled to Cairo.",
        [killed("Karim Nasser", "Cleveland")],
    ),
    (
        "murdered-town-name-apposed",
        "In 1990, the last sultan of Zanzibar, Tyler, was murdered on the orders of "
        "commander Karim Nasser.",
        [killed("Karim Nasser", "Tyler")],
    ),
    (
        "group-member-town-name",
        "Omar Haddad was assassinated by a group of officers that included Karim Nasser "
        "and Houston.",
        [killed("Houston", "Omar Haddad")],
    ),
    (
        "identified-as-the-man-who",
        "Omar Kaya was identified as the man who killed Tom Ellery.",
        [killed("Omar Kaya", "Tom Ellery")],
    ),
    (
        "among-those-killed-by",
        "Two Hamas fighters were among the 12 people killed by Israeli troops on Monday.",
        [killed("Israeli forces", "Hamas")],
    ),
    (
        "raid-carried-out-by",
        "Tom Ellery was killed in an ambush carried out by the Free Syrian Army.",
        [killed("Free Syrian Army", "Tom Ellery")],
    ),
    (
        "participle-raid-led-by",
        "Tom Ellery, murdered in a 1999 raid led by Omar Kaya, was buried in Tulsa.",
        [killed("Omar Kaya", "Tom Ellery")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_killed(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    (
        "reversed-noun",
        "The assassination of Rafik Hariri by Hezbollah shocked Lebanon.",
        [killed("Rafik Hariri", "Hezbollah")],
    ),
    (
        "reversed-possessive",
        "Qasem Soleimani's killing by the United States angered Iran.",
        [killed("Qasem Soleimani", "United States")],
    ),
    ("not-kill", "Khalid Islambouli did not kill Anwar Sadat.", [killed("*", "*")]),
    ("denied-killing", "Khalid Islambouli denied killing Anwar Sadat.", [killed("*", "*")]),
    ("denied-murder", "Khalid Islambouli denied the murder of Anwar Sadat.", [killed("*", "*")]),
    (
        "relcl-not",
        "Khalid Islambouli, who did not kill Anwar Sadat, was freed.",
        [killed("*", "*")],
    ),
    (
        "married-the-killer",
        "Maria Lopez married the man who killed Anwar Sadat, Khalid Islambouli.",
        [killed("Maria Lopez", "*")],
    ),
    (
        "operated-on-the-killer",
        "Ahmed Fathi operated on Anwar Sadat's killer, Khalid Islambouli.",
        [killed("Ahmed Fathi", "*")],
    ),
    (
        "defended-the-killer",
        "Omar Haddad defended the man convicted of killing Anwar Sadat, Khalid Islambouli.",
        [killed("Omar Haddad", "*")],
    ),
    (
        "killer-named-elsewhere",
        "Maria Lopez, who defended the man convicted of killing Omar Haddad, said she would "
        "divorce Karim Nasser.",
        [killed("Maria Lopez", "*")],
    ),
    (
        "assassin-of-no-one-named",
        "Khalid Islambouli was the assassin, the police said after the attack on Ali Saleh.",
        [killed("*", "*")],
    ),
    (
        "possessive-after-assassin",
        "Sadat's assassin, Islambouli's brother, fled.",
        [killed("*", "*")],
    ),
    (
        "pleaded-not-guilty",
        "In 1990, Karim Nasser pleaded not guilty in Cairo to the murder of Omar Haddad.",
        [killed("*", "*")],
    ),
    (
        "not-responsible",
        "Karim Nasser was not responsible for the killing of Omar Haddad.",
        [killed("*", "*")],
    ),
    (
        "not-convicted",
        "Karim Nasser, who was not convicted of killing Omar Haddad, was freed.",
        [killed("*", "*")],
    ),
    (
        "killer-word-is-no-killing",
        "Karim Nasser, a convicted killer, shot Omar Haddad in the arm.",
        [killed("*", "*")],
    ),
    (
        "another-killing-nearby",
        "Karim Nasser shot Omar Haddad, whose brother was killed in 1990.",
        [killed("Karim Nasser", "Omar Haddad")],
    ),
    (
        "shot-by-a-crowd-is-an-attack",
        "Anwar Sadat was shot by soldiers during the parade.",
        [killed("*", "*")],
    ),
    (
        "relative-passive-survived",
        "Tom Ellery, who was shot by Lena Brandt, survived the night.",
        [killed("*", "*")],
    ),
    (
        "arrested-and-wounded",
        "Tom Ellery was arrested and wounded by Lena Brandt.",
        [killed("*", "*")],
    ),
    (
        "shot-in-the-leg",
        "Lena Brandt shot Tom Ellery in the leg outside a bar in Tulsa.",
        [killed("*", "*")],
    ),
    (
        "shot-down-is-no-killing",
        "Tom Ellery says Lena Brandt shot down the proposal in committee.",
        [killed("*", "*")],
    ),
    (
        "shot-active-is-an-attack",
        "Khalid Islambouli shot Anwar Sadat in the arm.",
        [killed("*", "*")],
    ),
    ("shot-but-survived", "Omar Haddad was shot by Karim Nasser but survived.", [killed("*", "*")]),
    (
        "victim-of-another",
        "Karim Nasser shot Omar Haddad before Hamas killed Ali Saleh.",
        [killed("Karim Nasser", "*")],
    ),
    (
        "wounded-is-not-killed",
        "Omar Haddad was wounded by Karim Nasser during the killing.",
        [killed("*", "*")],
    ),
    (
        "charged-is-an-allegation",
        "Karim Nasser was charged with the murder of Omar Haddad.",
        [killed("*", "*")],
    ),
    (
        "title-is-not-the-victim",
        "In 1990, the last emir of Kuwait, Omar Haddad, was murdered on the orders of "
        "Iraqi commander Karim Nasser.",
        [killed("*", "Kuwait")],
    ),
    (
        "assassin-needs-two-people",
        "The Kuwait assassin Karim Nasser fled.",
        [killed("*", "Kuwait")],
    ),
    (
        "plain-mention",
        "The assassination of Anwar Sadat was discussed by Ali Saleh.",
        [killed("Ali Saleh", "*")],
    ),
    (
        "titled-victim-attempt",
        "Karim Nasser tried to kill the mayor of Hebron, Omar Haddad.",
        [killed("*", "*")],
    ),
    (
        "titled-victim-denied",
        "The mayor of Hebron, Omar Haddad, was not killed by Karim Nasser.",
        [killed("*", "*")],
    ),
    (
        "not-the-assassin",
        "Karim Nasser was not the assassin of Omar Haddad.",
        [killed("*", "*")],
    ),
    (
        "agent-of-the-place",
        "Omar Haddad was killed in a town held by Karim Nasser.",
        [killed("Karim Nasser", "*")],
    ),
    (
        "murder-word-keeps-places",
        "The Dayton murder shocked Ohio, and Dayton's murder rate rose.",
        [killed("*", "*")],
    ),
    (
        "as-a-time-clause",
        "Omar Kaya spoke as the man who killed Tom Ellery was led away.",
        [killed("Omar Kaya", "*")],
    ),
    (
        "as-someone-who-saw-the-killer",
        "Omar Kaya described Dana Hale as the woman who saw the man who killed Tom Ellery.",
        [killed("Dana Hale", "*"), killed("Omar Kaya", "*")],
    ),
    (
        "among-mourners-of-those-killed",
        "Tom Ellery was among the mourners for three people killed by Omar Kaya.",
        [killed("Omar Kaya", "Tom Ellery")],
    ),
    (
        "wounded-in-a-raid-led-by",
        "Tom Ellery, wounded in an ambush carried out by the Free Syrian Army, survived.",
        [killed("*", "*")],
    ),
    (
        "raid-condemned-by",
        "Tom Ellery was killed in an ambush that the Free Syrian Army later condemned.",
        [killed("Free Syrian Army", "*")],
    ),
    (
        "convoy-led-by",
        "Tom Ellery was killed in an attack on a convoy led by the Free Syrian Army.",
        [killed("Free Syrian Army", "*")],
    ),
]


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_not_killed(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)


@pytest.mark.parametrize(
    "text",
    [
        "Khalid Islambouli did not kill Anwar Sadat.",
        "Khalid Islambouli denied killing Anwar Sadat.",
    ],
)
def test_denial_is_kept_negated(nlp: Language, text: str) -> None:
    found = triples(extract_document(nlp, text, "t.txt"), negated=True)
    assert killed("Khalid Islambouli", "Anwar Sadat") in found
