"""Group and person names read whole, whatever the model's entity boundaries say.

The small model cuts long organisation names in pieces ("the South" + "Sudan" + words it
leaves unlabelled) or stops before the name's head word, and everything said of the
group is then said of a piece. Three cues say the words are one name, and only they:
- an acronym in brackets right after capitalised words whose initials spell it, with
  function words that may give a letter or not ("Mission in Haiti (MIH)"), a possessive
  's, hyphenated parts and dotted letters: "Tehreek-e-Taliban Pakistan (TTP)";
- a group's name run straight into a place's name ending in a word that names a branch
  of a group ("Province", "Branch", "Wilayat");
- capitalised words the model left unlabelled after an entity, up to an organisation's
  head word ("[Kivu Rapid] Intervention Force"), and for a mission or an office the
  place it serves ("Support Mission in Haiti").
A unit's number opens its name where the model left it out or read it as a count: "the
33rd Front", "the Nigerian Army's 1 Division", "7 Mechanised Brigade" (not "3 Brigades").
A full name in another language glossed by a known body's short one ("Jama'atu Nasr fi
Bilad X, better known as Y", the sentence opened by it) is read as that body.
The whole is one entity, typed by its head word where it has one; `Mentions` then reads
the acronym as its alias, so "the TTP" later is the group and never the state.
People's names too: a person entity the model ended before the name's last words runs on
over them, and a title opening an entity ("Field Marshal X" read as a body) leaves the
person named.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Span, Token

from .lexicon import (
    ARMED_WORDS,
    FACTION_QUALIFIERS,
    GOVERNMENT_WORDS,
    GROUP_PARTS,
    ORG_WORDS,
    STATE_ITSELF,
    UNIT_WORDS,
    YOUTH_UNIT_WORDS,
    words,
)
from .namecues import (
    DEMONYM_ENDINGS,
    FACILITY_NAME_NOUNS,
    HONORIFICS,
    TITLE_HEADS,
    TITLE_WORDS,
    role_noun,
)
from .placenames import is_place_name
from .words import doc_words

# Words that end the name of a group's regional branch.
_BRANCH_HEADS = words("province branch wilayat wilayah chapter")
# Labels of the pieces that may be a group's name: the gazetteer's and the model's.
_GROUP_LABELS = frozenset({"ARMED_GROUP", "ORGANIZATION", "GOVERNMENT_BODY", "ORG"})
_PLACE_LABELS = frozenset({"STATE", "GPE", "LOC", "LOCATION"})
_REGION_LABELS = _PLACE_LABELS - {"STATE"}
# The model's labels of a group name it misread (the gazetteer's names are left alone).
_OPENED_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON", "NORP"})
_ACRONYM_LETTERS = range(2, 11)
# Last words of a name that make it an organisation, by the type they give.
ARMED_HEADS = words(
    "forces force army militia militias brigade brigades battalion battalions corps "
    "regiment guard guards front command squad squads unit units"
) | UNIT_WORDS
GOVERNMENT_HEADS = words(
    "ministry council authority agency commission directorate presidency parliament "
    "assembly senate cabinet administration secretariat office"
)
ORG_HEADS = words(
    "movement mission party union coalition alliance organisation organization "
    "federation league association committee group delegation brotherhood bloc "
    "convention forum"
)
HEAD_TYPES = {
    **dict.fromkeys(ORG_HEADS, "ORGANIZATION"),
    **dict.fromkeys(GOVERNMENT_HEADS, "GOVERNMENT_BODY"),
    **dict.fromkeys(ARMED_HEADS, "ARMED_GROUP"),
}
# Heads whose name goes on with the place served: "Support Mission in Haiti".
_SERVING_HEADS = words("mission office delegation")
# Lower-case words inside a name, which an acronym may spell or skip.
_JOINERS = words("of the for and in on at against to de du des del la le al el e y wa wal wa'l")
_LEADING = words("the a an")
_SKIPPED = frozenset({"'s", "'", "\u2019s", "\u2019", "-"})
_MAX_NAME = 14  # tokens
_MAX_PREFIX = 3  # letters a word may give to a syllable acronym


def whole_group_names(ents: list[Span], sent: Span | None = None,
                      text: str | None = None) -> list[Span]:
    """The sentence's entities with each group name that was cut in pieces made whole
    (`sent`, where given, is searched for bracketed acronyms with no entity before;
    `text` is its text when the caller has it: `Span.text` rebuilds it token by token)."""
    if not ents and sent is None:
        return ents
    ents = _hyphened_wholes(ents)
    if sent is not None:
        text = sent.text if text is None else text
        ents = _acronym_names(ents, sent, text)
        ents = _names_before_group_noun(ents, sent, text)
        ents = _names_sharing_group_noun(ents, sent, text)
        ents = _for_names(ents, sent, text)
        ents = _called_names(ents, sent, text)
        ents = _names_before_known(ents, sent, text)
        ents = _long_names_of_known(ents, sent, text)
        ents = _heads_before_aim(ents, sent, text)
        ents = _mai_mai_names(ents, sent, text)
        ents = _izafa_names(ents, sent, text)
        ents = _unit_names(ents, sent, text)
        ents = _unit_head_names(ents, sent, text)
        ents = _command_names(ents, sent, text)
        ents = _operation_names(ents, sent, text)
        ents = _numbered_gangs(ents, sent, text)
        ents = _unit_numbers(ents, sent, text)
        ents = _number_units(ents, sent, text)
        ents = _served_task_forces(ents, sent, text)
        ents = _wing_names(ents, sent, text)
        ents = _officers_office_names(ents, sent, text)
        ents = _ministry_of_the(ents, sent, text)
        ents = _honorific_names(ents, sent, text)
        ents = _slashed_names(ents, sent, text)
        ents = _acronym_word_names(ents, sent, text)
    ents = [part for ent in ents for part in _cut_at_place_word(ent)]
    ents = [part for ent in ents for part in _cut_at_owner(ent)]
    ents = _numbered_units(ents)
    ents = [_run_over_and_the(ent) or _word_and_name(ent) or ent for ent in ents]
    ents = [_name_before_head(ent) or _titled_unit(ent) or ent for ent in ents]
    ents = _units_named_for_people(ents)
    out: list[Span] = []
    i = 0
    while i < len(ents):
        merged = (_branch_name(ents, i) or _body_of_place(ents, i)
                  or _headed_name(ents, i) or _aim_name(ents, i)
                  or _name_after_joiner(ents, i)
                  or _name_and_head(ents, i) or _name_before_known(ents, i)
                  or _opened_name(ents, i) or _given_name_as_place(ents, i)
                  or _person_run(ents, i) or _titled_person(ents[i]) or _place_cut(ents[i]))
        if merged is None:
            out.append(ents[i])
            i += 1
            continue
        span, taken = merged
        out.append(span)
        i += taken
    return out if sent is None else _opened_by_group_word(out)


# Lower-case particles hyphened inside a name: "Tehreek-e-Taliban", "Dar-es-Salaam".
_HYPHEN_PARTICLES = words("e i al el ul ud es as ad ar at ash")


def glued_hyphen(doc: Doc, i: int) -> bool:
    """Token i is a hyphen with no space on either side."""
    return (0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_
            and not doc[i].whitespace_)


def _hyphened_wholes(ents: list[Span]) -> list[Span]:
    """A name cut at a hyphen made whole: "[Vaka]-Tumolo" with the capitalised word after
    the hyphen in no name of its own, "[Mira]-e-[Dalun]" or "Mira-e-[Dalun]" over a
    hyphened particle, a person's "Jean-[Paul Dorval]" with the given name before. Two
    names hyphened with nothing between ("Russia-Ukraine") stay two, and so do lower-case
    words after a hyphen ("Iran-backed", "US-led"), which describe."""
    if not ents:
        return ents
    doc = ents[0].doc
    owner = {i: n for n, ent in enumerate(ents) for i in range(ent.start, ent.end)}
    out: list[Span] = []
    skip: set[int] = set()
    for n, ent in enumerate(ents):
        if n in skip:
            continue
        if ent.ent_id_:
            out.append(ent)
            continue
        start, end = ent.start, ent.end
        while glued_hyphen(doc, end):
            if doc[end + 1].is_title and doc[end + 1].is_alpha and end + 1 not in owner:
                end += 2
                continue
            if _lower_surname_part(ent, doc[end + 1]) and end + 1 not in owner:
                end += 2  # "Luis Dato-ala": the name's last part, lower-case
                break
            if not (doc[end + 1].lower_ in _HYPHEN_PARTICLES and doc[end + 1].is_lower
                    and glued_hyphen(doc, end + 2) and doc[end + 3].is_title
                    and doc[end + 3].is_alpha):
                break
            other = owner.get(end + 3)
            if other is None:
                end += 4
            elif (other > n and other not in skip and ents[other].start == end + 3
                  and not ents[other].ent_id_):
                skip.add(other)
                end = ents[other].end
            else:
                break
        while (ent.label_ == "PERSON" and glued_hyphen(doc, start - 1) and start >= 2
               and doc[start - 2].is_title and doc[start - 2].is_alpha
               and start - 2 not in owner):
            start -= 2
        if (start >= 4 and glued_hyphen(doc, start - 1) and doc[start - 2].is_lower
                and doc[start - 2].lower_ in _HYPHEN_PARTICLES and glued_hyphen(doc, start - 3)
                and doc[start - 4].is_title and doc[start - 4].is_alpha
                and start - 4 not in owner):
            start -= 4  # "Kalo-i-[Tamar]"
        if (start, end) == (ent.start, ent.end):
            out.append(ent)
        else:
            out.append(Span(doc, start, end, label=ent.label_))
    return out


def _lower_surname_part(ent: Span, word: Token) -> bool:
    """"[Luis Dato]-ala said": a lower-case word hyphened to a person's name is its last
    part when the tagger reads it as a proper noun that the name's words modify (the head
    of the name); a word that describes ("Dato-led", "a Dato-style vote") is a verb or a
    noun the name modifies."""
    return ent.label_ == "PERSON" and word.is_lower and word.is_alpha and (
        word.tag_ == "NNP") and ent[-1].head.i == word.i and not glued_hyphen(word.doc, word.i + 1)


# Lower-case words that place what comes before them and are part of no name.
_NEAR_WORDS = words("near outside around")


def _cut_at_place_word(ent: Span) -> list[Span]:
    """"[the Kesh Front near Rajouri]" read as one organisation: the name ends before
    "near", "outside" or "around", and the capitalised words after it are a place."""
    if ent.ent_id_ or ent.label_ not in _OPENED_LABELS or len(ent) < 2:
        return [ent]
    cut = next((t.i for t in ent[1:] if t.lower_ in _NEAR_WORDS and t.is_lower), None)
    if cut is None or not all(t.is_title for t in ent.doc[cut + 1 : ent.end]):
        return [ent]
    name = Span(ent.doc, ent.start, cut, label=ent.label_)
    return [name] if cut + 1 == ent.end else [name, Span(ent.doc, cut + 1, ent.end, label="GPE")]


def _cut_at_owner(ent: Span) -> list[Span]:
    """"[Hargeisa's Egal International Airport]" read as one name: a town's possessive
    before a facility's own capitalised name is the town, and the facility's name starts
    after it ("Egal International Airport" in Hargeisa). The owner is a known place, or
    one word before a facility's name of three words or more."""
    if ent.ent_id_ or ent.label_ not in _OPENED_LABELS or len(ent) < 4 or not (
            ent[-1].is_title and ent[-1].lower_ in FACILITY_NAME_NOUNS):
        return [ent]
    doc = ent.doc
    owner = next((t.i for t in ent[1:4] if t.text in ("'s", "\u2019s")), None)
    if owner is None or ent.end - owner < 3 or not all(
            t.is_title for t in doc[owner + 1 : ent.end]) or not (
            is_place_name(doc[ent.start : owner].text) or (
                owner == ent.start + 1 and ent[0].is_alpha and ent.end - owner > 3)):
        return [ent]  # (an unknown owner one word, before a name of three: "St Mary's
        # Hospital" is the hospital's own name)
    return [Span(doc, ent.start, owner, label="GPE"),
            Span(doc, owner + 1, ent.end, label="FAC", span_id=doc[owner + 1 : ent.end].text)]


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# Heads that name an armed unit only after its number: "the 18th Mechanised Division",
# "the 6th Fleet" (a "Division" or a "Fleet" alone may be an office's or a firm's)
_NUMBERED_ONLY_HEADS = words("division divisions fleet squadron flotilla")
# An army's command over an area, named by its number: "the 9th Military Zone", "the 3rd
# Military Region" (the area's words alone are any army's)
_MILITARY_AREA_HEADS = words("zone region district")


def _numbered_units(ents: list[Span]) -> list[Span]:
    """"the 47th Mechanised Brigade" read as an ordinal and a unit: the number is part
    of the unit's name (the brigade without it is any army's); so is the number of an
    army's area command, "the 9th Military Zone"."""
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        before = out[-1] if out else None
        if before is not None and before.label_ == "ORDINAL" and before.end == ent.start and (
                len(before) == 1 and _ORDINAL.fullmatch(before.text)) and not ent.ent_id_ and (
                head_type(ent) == "ARMED_GROUP" or ent[-1].lower_ in ARMED_HEADS or (
                    ent[-1].lower_ in _NUMBERED_ONLY_HEADS and ent[-1].is_title) or (
                    _military_area(ent))):
            span = doc[before.start : ent.end]
            out[-1] = Span(doc, before.start, ent.end, label="ARMED_GROUP", span_id=span.text)
            continue
        if before is not None and before.label_ == "CARDINAL" and before.end == ent.start and (
                len(before) == 1 and before.text.isdigit()) and not ent.ent_id_ and (
                ent[-1].lower_ in _CARDINAL_UNIT_HEADS and ent[-1].is_title):
            # "7 Mechanised Brigade" read as a count and a unit
            span = doc[before.start : ent.end]
            out[-1] = Span(doc, before.start, ent.end, label="ARMED_GROUP", span_id=span.text)
            continue
        if (numbered := _cardinal_unit(ent)) is not None:
            out.append(numbered)  # "the Nigerian Army's 1 Division"
            continue
        if ent.start > 0 and _ORDINAL.fullmatch(doc[ent.start - 1].text) and (
                not doc[ent.start - 1].ent_type_) and not ent.ent_id_ and len(ent) <= 3 and (
                ent[-1].lower_ in ARMED_HEADS and ent[-1].is_title) and all(
                t.is_title for t in ent):
            # "the 33rd Front": the number the model left out of every entity is the
            # unit's too
            span = doc[ent.start - 1 : ent.end]
            out.append(Span(doc, span.start, span.end, label="ARMED_GROUP", span_id=span.text))
            continue
        if not ent.ent_id_ and len(ent) > 1 and ent[-1].lower_ == "base" and any(
                _ORDINAL.fullmatch(t.text) for t in ent[:2]):
            # "the 201st Military Base": a unit that bears its garrison's name
            ent = Span(doc, ent.start, ent.end, label="ARMED_GROUP", span_id=ent.text)
        out.append(ent)
    return out


# Heads of a unit that an army numbers with a bare cardinal ("1 Division", "7 Brigade").
_CARDINAL_UNIT_HEADS = words("division brigade battalion regiment squadron")


def _cardinal_unit(ent: Span) -> Span | None:
    """"1 Division", "3 Mechanised Division": a number the model read as a count, then a
    unit's capitalised head (after one capitalised word at most) in no entity, is the
    unit's name; not a plural ("3 Brigades") or a lower-case noun ("3 divisions")."""
    doc = ent.doc
    if ent.label_ != "CARDINAL" or len(ent) != 1 or not ent[0].text.isdigit():
        return None
    for end in (ent.end + 1, ent.end + 2):
        if end > len(doc) or any(t.ent_type_ or not t.is_title for t in doc[ent.end : end]):
            return None
        if doc[end - 1].lower_ in _CARDINAL_UNIT_HEADS:
            span = doc[ent.start : end]
            return Span(doc, span.start, span.end, label="ARMED_GROUP", span_id=span.text)
    return None


def _military_area(ent: Span) -> bool:
    """"[the 9th] [Military Zone]": a capitalised area word after "Military"."""
    return len(ent) >= 2 and ent[-1].is_title and ent[-1].lower_ in _MILITARY_AREA_HEADS and (
        ent[-2].lower_ == "military" and ent[-2].is_title)


# "wal", "wa'l": "and the" inside an Arabic name, joined by a hyphen to the next word
_AND_THE = words("wal wa'l wa\u2019l")


def _run_over_and_the(ent: Span) -> Span | None:
    """"[Jamaat Nusrat al-Islam] wal-Muslimin": a name the model ended before "wal-"
    runs on over it; a name joined so is a body's, never a person's."""
    doc = ent.doc
    end = ent.end
    while end + 2 < len(doc) and doc[end].lower_ in _AND_THE and doc[end + 1].text == "-" and (
            doc[end + 2].is_title):
        end += 3
    if end == ent.end or ent.ent_id_:
        return None
    label = "ORG" if ent.label_ == "PERSON" else ent.label_
    return Span(doc, ent.start, end, label=label)


def _word_and_name(ent: Span) -> Span | None:
    """"the [Police and] Border Guard Board", "the [Fisheries and] Coast Guard Authority":
    a body's name the model opened after "and" opens at the one capitalised word in no
    entity between "the" and "and" (not where the name is plural, "the Interior and
    Foreign Ministries": two bodies)."""
    doc = ent.doc
    start = ent.start
    if ent.ent_id_ or ent.label_ not in _GROUP_LABELS or start < 3 or len(ent) < 2 or (
            doc[start - 1].lower_ != "and" or doc[start - 3].lower_ != "the"):
        return None
    word = doc[start - 2]
    if not (word.is_title and word.is_alpha and not word.ent_type_) or (
            word.lower_ in TITLE_WORDS) or ent[-1].tag_ == "NNPS" or ent[-1].lower_.endswith("ies"):
        return None
    span = doc[start - 2 : ent.end]
    return Span(doc, span.start, span.end, label=head_type(span) or ent.label_,
                span_id=span.text)


# ---------------------------------------------------------------- unlabelled names
# Lower-case nouns a group's own name goes before ("the Kanu Seke gang"), by the type
# they give it.
NAMING_NOUNS = {
    **dict.fromkeys(("gang", "gangs", "crew", "crews", "militia", "cartel", "rebels",
                     "insurgents", "network"), "ARMED_GROUP"),
    **dict.fromkeys(("coalition", "alliance", "movement", "party"), "ORGANIZATION"),
    # a body named by a name and the plain noun "group" ("the Tarvel group"): of any kind
    "group": "ORGANIZATION",
    # a tribe or a clan that acts ("the Kora tribe attacked ..."): a party to the fighting
    **dict.fromkeys(("tribe", "clan"), "ORGANIZATION"),
}
# Nouns after which a name the model took for a person's ("the Ridge Boys crew") or,
# but for a party (a people may have one), a people's ("the Klanmen gang") is the
# body's own.
_NO_PERSONS_NOUNS = words("gang gangs crew crews party group")
# (a word may open with an Arabic article or particle hyphened to it: "Jund al-Khilafa")
_NAME_BEFORE_NOUN = re.compile(
    r"\b[Tt]he ((?:(?:(?:al|el|ad|an|ar|as|ash|at|az|ul|ud|bin|ibn)-)?[A-Z][\w'\u2019-]*"
    r"[a-z][\w'\u2019-]* ){1,4})(" + "|".join(NAMING_NOUNS) + r")\b")


def _overlapping(ents: list[Span], start: int, end: int) -> list[Span]:
    """The entities that share a token with the span from `start` to `end`."""
    return [e for e in ents if e.start < end and start < e.end]


def _keeps_reading(ent: Span, start: int, end: int) -> bool:
    """An entity a name built over tokens `start`..`end` must not replace: one the
    gazetteer knows, or one running past them (a longer name read already)."""
    return bool(ent.ent_id_) or ent.start < start or ent.end > end


def _put_in(ents: list[Span], inside: list[Span], name: Span) -> list[Span]:
    """The entities with `name` in place of those it covers (`inside`), in text order."""
    return sorted([*(e for e in ents if e not in inside), name], key=lambda e: e.start)


def _names_before_group_noun(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"the Kanu Seke coalition", "the Bral Tovi gang": capitalised words the model left
    out of every entity, between "the" and a group's lower-case noun, are the group's
    name (a place's or a person's name there is an entity already, and is left alone)."""
    if not any(noun in text for noun in NAMING_NOUNS):
        return ents
    out = ents
    for found in _NAME_BEFORE_NOUN.finditer(text):
        span = sent.char_span(found.start(1), found.end(1) - 1)
        # (a word the model read as a person's name may be tagged an adjective: "the
        # Ruskovic group")
        if span is None or any((t.pos_ != "PROPN" and not (
                t.ent_type_ == "PERSON" and found.group(2) in _NO_PERSONS_NOUNS))
                or t.is_sent_start for t in span):
            continue
        inside = _overlapping(out, span.start, span.end)
        if any(t.ent_type_ for t in span) and not _misread_group_name(inside, span) and not (
                found.group(2) in _NO_PERSONS_NOUNS and _misread_people(
                    inside, span, found.group(2) != "party")):
            continue
        name = Span(sent.doc, span.start, span.end, label=NAMING_NOUNS[found.group(2)],
                    span_id=span.text)
        out = _put_in(out, inside, name)
    return out


# Plural group nouns two or more names share ("the Terene and Seakhi gangs"), by the
# singular the type is read from.
_SHARED_NOUNS = {"gangs": "gang", "crews": "crew", "militias": "militia", "cartels": "cartel",
                 "networks": "network", "coalitions": "coalition", "alliances": "alliance",
                 "movements": "movement", "parties": "party", "tribes": "tribe",
                 "clans": "clan"}
_SHARED_NAME = r"(?:[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]* ?){1,3}"
_NAMES_SHARING_NOUN = re.compile(
    r"\b[Tt]he ((?:" + _SHARED_NAME + r", )*" + _SHARED_NAME + r",? and " + _SHARED_NAME
    + r")(" + "|".join(_SHARED_NOUNS) + r")\b")
_ONE_SHARED_NAME = re.compile(_SHARED_NAME.replace(" ?", "(?: (?=[A-Z]))?"))


def _names_sharing_group_noun(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"the Terene and Seakhi gangs", "the Bora, Kivu and Tana militias": each name before
    a plural group noun they share is one group of that noun's kind, as one name alone
    before the noun is (`_names_before_group_noun`)."""
    if " and " not in text or not any(noun in text for noun in _SHARED_NOUNS):
        return ents
    out = ents
    for found in _NAMES_SHARING_NOUN.finditer(text):
        noun = _SHARED_NOUNS[found.group(2)]
        for one in _ONE_SHARED_NAME.finditer(text, found.start(1), found.end(1)):
            span = sent.char_span(one.start(), one.end())
            if span is None or any(t.pos_ != "PROPN" or t.is_sent_start for t in span) or (
                    is_place_name(span.text)):
                continue  # ("the Kisumu and Nakuru gangs": the towns' gangs)
            inside = _overlapping(out, span.start, span.end)
            if any(t.ent_type_ for t in span) and not _misread_group_name(inside, span) and (
                    not (noun in _NO_PERSONS_NOUNS and _misread_people(
                        inside, span, noun != "party"))) and not _untyped_body(inside, span):
                continue
            name = Span(sent.doc, span.start, span.end, label=NAMING_NOUNS[noun],
                        span_id=span.text)
            out = _put_in(out, inside, name)
    return out


def _untyped_body(inside: list[Span], span: Span) -> bool:
    """The model's own "ORG" over the name alone: a body whose kind the noun tells."""
    return len(inside) == 1 and inside[0].label_ == "ORG" and not inside[0].ent_id_ and (
        inside[0].start, inside[0].end) == (span.start, span.end)


def _misread_group_name(inside: list[Span], span: Span) -> bool:
    """"the Uhuru coalition": the model read the name before the group's noun as a town,
    a person or a building. One entity over the whole name (with or without "the"), not
    the gazetteer's, is the group's name: a person's, a building's, or a place's the
    place lists do not know ("the Kisumu militia" is the town's militia)."""
    if len(inside) != 1:
        return False
    ent = inside[0]
    start = ent.start + (ent[0].lower_ == "the")  # ("the Gran Vale" read as a building)
    if (start, ent.end) != (span.start, span.end) or ent.ent_id_:
        return False
    # (a name read as a person's is no town's for the model, whatever town bears it; a
    # building's is no gang's)
    return ent.label_ in ("PERSON", "FAC") or (
        ent.label_ in ("GPE", "LOC") and not is_place_name(span.text))


def _misread_people(inside: list[Span], span: Span, peoples: bool) -> bool:
    """"the Klanmen gang", "the Ridge Boys crew": the model read the name before a
    gang's, a crew's or a party's noun, or a piece of it, as a person's or, where
    `peoples`, as a people's (NORP, where its word is no people's by its ending)."""
    return bool(inside) and all(
        span.start <= e.start and e.end <= span.end and (
            (not e.ent_id_ and (e.label_ == "PERSON" or (
                peoples and e.label_ == "NORP" and not any(
                    t.lower_.endswith(DEMONYM_ENDINGS) for t in e))))
            or (peoples and _people_plural(e, span)))
        for e in inside)


def _people_plural(ent: Span, span: Span) -> bool:
    """"the Americans gang", "the Italians crew": a people's plural (a plural noun the
    model read as a people) straight before a gang's noun names the gang, as a people's
    adjective does not ("the American gang" is a gang of Americans)."""
    doc = span.doc
    if ent.label_ == "STATE" and (not ent.ent_id_ or ent.ent_id_.endswith(ent.text)):
        return False  # (a state's own name, "the Philippines": not its people's plural)
    return ent.label_ in ("NORP", "STATE") and len(ent) == 1 and (ent.start, ent.end) == (
        span.start, span.end) and ent[0].tag_ == "NNPS" and span.end < len(doc) and (
        doc[span.end].lower_ in _PLURAL_NAMED_NOUNS)


# Nouns a people's plural names a band before (not "party" or "group": "the Kurds
# party", "the Arabs group" are the people's)
_PLURAL_NAMED_NOUNS = words("gang crew")


# "Arlanders for Justice", "Lawyers for Human Rights": a plural of people, "for" and
# the capitalised cause they stand for, the whole one body's name
_FOR_NAME = re.compile(
    r"\b([A-Z][a-z]+(?:s|men|ren|ople)|Men) for "
    r"((?:[A-Z][\w'\u2019-]*[a-z] ){0,3}[A-Z][\w'\u2019-]*[a-z])\b")
# Plurals before "for" that are no people: "Calls for Peace", "Talks for Unity"
_NOT_PEOPLE_PLURALS = words(
    "calls hopes plans prayers thanks talks appeals demands bids votes funds prospects "
    "elections preparations negotiations efforts")


def _for_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"Mothers for Peace condemned ...": a capitalised plural of people, "for" and one
    to four capitalised words (none the model read as a place or a person, no headline
    running on) are one
    organisation's name, whatever pieces the model read in them."""
    if " for " not in text:
        return ents
    out = ents
    for found in _FOR_NAME.finditer(text):
        span = sent.char_span(found.start(1), found.end(2))
        if span is None or span[0].lower_ in _NOT_PEOPLE_PLURALS or span[0].pos_ in (
                "VERB", "AUX") or is_place_name(span[0].text):
            continue
        if span.end < sent.end and span.doc[span.end].is_title:
            continue  # "Calls for Peace Grow": a headline's words, no name
        inside = _overlapping(out, span.start, span.end)
        if any((e.ent_id_ and not _people_word(e, span)) or e.label_ in ("PERSON", "GPE", "LOC")
               or e.start < span.start or e.end > span.end for e in inside):
            continue
        name = Span(sent.doc, span.start, span.end, label="ORGANIZATION", span_id=span.text)
        out = _put_in(out, inside, name)
    return out


def _people_word(ent: Span, span: Span) -> bool:
    """"[Kenyans] for Justice": the plural opening the name is the gazetteer's word for a
    state's people (a demonym, not the state's name), no name of its own."""
    return ent.start == span.start and len(ent) == 1 and ent.label_ in ("STATE", "NORP") and (
        ent.text != ent.ent_id_) and ent.text.endswith("s")


# "known as the X Y", "calling itself the X Y": the name a group goes by, in any language
# (or "calls itself X" with no article: "a coalition that calls itself La Alianza de
# Kesh", a name's own lower-case joining words kept)
_CALLED_NAME = re.compile(
    r"\b(?:(?:known as|calling itself|calls itself|called itself) the "
    r"|(?:calling|calls|called|call) (?:itself|themselves) )"
    r"((?:[A-Z][\w'\u2019-]* (?:(?:de|del|de la|la|of|of the) )?){0,4}[A-Z][\w'\u2019-]*)")
# "whose group is called X", "its armed wing, known as X", 'a cell known as "X"': the
# name a group's own noun goes by, with no article, in quotes or not
_NOUN_CALLED_NAME = re.compile(
    r"\b(?:known as|is called|was called|is named|was named) [\"\u201c]?"
    r"((?:[A-Z][\w'\u2019-]* ){0,3}[A-Z][\w'\u2019-]*)")
_CALL_WORDS = words("known as is was called named")
_CALL_MARKS = frozenset({",", '"', "\u201c"})
# Labels of a name read whole that say nothing of a group: its words are then the group's
_NO_KIND_LABELS = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART", "GPE"})


# The model's labels of a group's name it misread as a person's, a site's or a place's
_PLACE_OR_PERSON = frozenset({"PERSON", "FAC", "LOC", "GPE"})


def _called_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"the dissidents, known as the Frente Oriental Unido": the capitalised words a
    group is said to go by are one name, whatever pieces the model read in them (foreign
    names it often reads as people); a name read whole already is left alone."""
    out = ents
    for found in _CALLED_NAME.finditer(text) if (" the " in text or "itsel" in text
                                                 or "themselves" in text) else ():
        span = sent.char_span(found.start(1), found.end(1))
        if span is None or any(t.pos_ != "PROPN" and not (t.is_lower and t.lower_ in _JOINERS)
                               for t in span) or not _said_of_group(
                sent.doc, span.start):
            continue
        inside = _overlapping(out, span.start, span.end)
        if any(_keeps_reading(e, span.start, span.end) for e in inside) or any(
                (e.start, e.end) == (span.start, span.end) and e.label_ not in _PLACE_OR_PERSON
                for e in inside):
            continue  # (a known group's name, or one the model read whole as a body's)
        name = Span(sent.doc, span.start, span.end, label=head_type(span) or "ORG",
                    span_id=span.text)
        out = _put_in(out, inside, name)
    if "called" in text or "named" in text or "known as" in text:
        out = _names_of_group_nouns(out, sent, text)
    return out


def _names_of_group_nouns(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"whose group is called Tafi Mara", "its armed wing, known as Atiko": a name with no
    article that a group's own noun ("group", "wing", "faction", "movement") is called is
    the group's, whatever the model read in it (a person, a product, a place); after any
    other noun ("the smuggler, known as Grey Fox") it is left as read."""
    out = ents
    doc = sent.doc
    for found in _NOUN_CALLED_NAME.finditer(text):
        span = sent.char_span(found.start(1), found.end(1))
        if span is None or any(t.pos_ != "PROPN" for t in span):
            continue
        i = span.start - 1
        while i > sent.start and (doc[i].lower_ in _CALL_WORDS or doc[i].text in _CALL_MARKS):
            i -= 1
        noun = doc[i]
        if noun.pos_ != "NOUN" or noun.tag_ != "NN" or (
                noun.lower_ not in HEAD_TYPES and noun.lower_ not in GROUP_PARTS
                and noun.lower_ not in NAMING_NOUNS):
            continue
        inside = _overlapping(out, span.start, span.end)
        if any(_keeps_reading(e, span.start, span.end) or (
                e.label_ not in _NO_KIND_LABELS) for e in inside):
            continue  # (a known group's name, or one the model read as a body already)
        label = head_type(span) or NAMING_NOUNS.get(noun.lower_, "ORG")
        name = Span(doc, span.start, span.end, label=label, span_id=span.text)
        out = _put_in(out, inside, name)
    return out


# "the X Y Militia, better known as ...": the name a group has besides its other one
_NAME_BEFORE_KNOWN = re.compile(
    r"\b[Tt]he ((?:[A-Z][\w'\u2019-]* ){1,4}[A-Z][\w'\u2019-]*), "
    r"(?:an? (?:[a-z][\w-]* ){1,5})?(?:[a-z]+ )?known "
    r"(?:[a-z]+ )?as\b")


def _names_before_known(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"the Zanda Self-Defence Militia, better known as the Black Hats": capitalised words
    ending in a body's head word before "known as" are one name, which the model may
    have left out of every entity (the name after "as" is its other name, read in
    `Mentions`)."""
    if "known" not in text:
        return ents
    out = ents
    for found in _NAME_BEFORE_KNOWN.finditer(text):
        span = sent.char_span(found.start(1), found.end(1))
        if span is None or head_type(span) is None or span[-1].lower_ not in HEAD_TYPES:
            continue
        inside = _overlapping(out, span.start, span.end)
        if any(_keeps_reading(e, span.start, span.end)
               or (e.start, e.end) == (span.start, span.end) for e in inside):
            continue  # (a known group's name, or one the model read whole)
        name = Span(sent.doc, span.start, span.end, label=head_type(span) or "ORG",
                    span_id=span.text)
        out = _put_in(out, inside, name)
    return out


# Lower-case words inside a name in another language, joining its capitalised words
# ("Jama'atu Nasr fi Bilad X", "Harakat Ahrar wal Tahrir")
_FOREIGN_JOINERS = words("fi fil wal wa li lil bi min al el ad ar ash ul e i de del la")
# Adverbs before "known as" in a gloss of a name ("X, better known as Y")
_GLOSS_ADVERBS = words("better also widely commonly popularly more")


def _long_names_of_known(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"Jama'atu Nasr fi Bilad Tana, better known as Nasru": the capitalised words (and
    the small words of another language joining them) that open the sentence, or follow
    "the", before ", better known as" a body the gazetteer knows are that body's full
    name, read as that body whatever pieces the model read in them (a known name's own
    words, or a person's name before a nickname, are left as they were)."""
    if "known as" not in text:
        return ents
    doc = sent.doc
    out = ents
    for ent in ents:
        start = _gloss_start(doc, ent)
        if start is None or ent.label_ not in _KNOWN_BODY_LABELS or not ent.ent_id_:
            continue
        first = _foreign_name_start(doc, start, sent.start)
        if first is None:
            continue
        inside = _overlapping(out, first, start)
        if any(e.start < first or (e.ent_id_ and e.start == first) for e in inside):
            continue  # (a known name opens the words: its own reading stands)
        name = Span(doc, first, start, label=ent.label_, span_id=ent.ent_id_)
        out = _put_in(out, inside, name)
    return out


def _capitalised(tok: Token) -> bool:
    """A word opened by a capital letter, an apostrophe inside it ("Jama'atu") too."""
    return tok.text[:1].isupper() and tok.text.replace("'", "").isalpha()


def _gloss_start(doc: Doc, ent: Span) -> int | None:
    """Where the comma opens before ", better known as [the] ENT" when the entity is the
    whole other name (punctuation after it); else None."""
    i = ent.start - 1 - (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
    if i < 3 or doc[i].lower_ != "as" or doc[i - 1].lower_ != "known" or (
            ent.end < len(doc) and not doc[ent.end].is_punct):
        return None
    i -= 2
    while i > 0 and doc[i].lower_ in _GLOSS_ADVERBS:
        i -= 1
    return i if doc[i].text == "," else None


def _foreign_name_start(doc: Doc, end: int, sent_start: int) -> int | None:
    """The first word of the run of capitalised words and joining small words ending
    before `end`, when it opens the sentence or follows "the" and holds three words or
    more; else None."""
    i = end
    while i > sent_start and (_capitalised(doc[i - 1]) or (
            doc[i - 1].lower_ in _FOREIGN_JOINERS and i < end and _capitalised(doc[i]))):
        i -= 1
    while i < end and not _capitalised(doc[i]):
        i += 1
    opened = i == sent_start or doc[i - 1].is_space or doc[i - 1].lower_ == "the"
    return i if opened and end - i >= 3 else None


# Words of the cue before a group's name, and the relative word before it ("crews that
# call themselves X")
_CUE_WORDS = words("known calling called calls call itself themselves that which who")


def _said_of_group(doc: Doc, start: int) -> bool:
    """The cue before the name `start` opens follows a group's noun or a plural ("the
    dissidents, known as", "a faction calling itself"), not a person ("the smuggler,
    known as the Grey Fox" goes by a nickname)."""
    i = start - 1 - (doc[start - 1].lower_ == "the")
    i -= 1  # (the cue's last word)
    while i > 0 and (doc[i].lower_ in _CUE_WORDS or doc[i].is_punct):
        i -= 1
    noun = doc[i]
    return noun.pos_ == "NOUN" and (noun.tag_ == "NNS" or noun.lower_ in HEAD_TYPES
                                    or noun.lower_ in GROUP_PARTS)


# "Mai-Mai Kifuafua", "Mayi-Mayi Lumbu", "Mai-Mai Sala na Kuja": the Congolese militias'
# common word, then the capitalised name of one of them, up to three words (the Swahili
# "na", "and", may join them); the word alone names no one group
_MAI_MAI = re.compile(r"\b(?:Mai-Mai|Mayi-Mayi|Mai Mai|Mayi Mayi) "
                      r"([A-Z][a-z]+(?: (?:na )?[A-Z][a-z]+){0,2})")


def _mai_mai_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"the Mai-Mai Kitoko": one armed group, whatever pieces the model read in it."""
    if "Ma" not in text:
        return ents
    out = ents
    for found in _MAI_MAI.finditer(text):
        span = sent.char_span(found.start(), found.end(1) - found.group(1).endswith(" "))
        if span is None or not span[-1].is_title or span[-1].lower_ in HEAD_TYPES:
            continue
        inside = _overlapping(out, span.start, span.end)
        if any(e.ent_id_ and (e.start < span.start or e.end > span.end) for e in inside):
            continue
        name = Span(sent.doc, span.start, span.end, label="ARMED_GROUP", span_id=span.text)
        out = _put_in(out, inside, name)
    return out


# "the Karim brigade", "the Kabir clan militia", "the Zadran family network": a name,
# then a lower-case unit noun, or a kin word and a group's noun. The name is the whole
# phrase: the capitalised word alone names a person, a clan or a town, not the group.
_UNIT_NAME = re.compile(
    r"\b[Tt]he ((?:[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]* ){1,3}"
    r"(?:(?:clan|family|tribal|tribe) (?:militia|militias|network|brigade|army|fighters)"
    r"|brigade|battalion))\b")


def _unit_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"the Karim brigade attacked ...": one armed group named by the whole phrase, where
    the model read the name alone as a person, a town or a firm (a name the gazetteer
    knows keeps its reading)."""
    if not any(noun in text for noun in (" brigade", " battalion", "clan ", "family ",
                                          "tribal ", "tribe ")):
        return ents
    return _armed_names(
        ents, sent, text, _UNIT_NAME,
        fits=lambda span: all(t.pos_ in ("PROPN", "NOUN", "ADJ") for t in span),
        keeps=lambda e, span: _keeps_reading(e, span.start, span.end))


def _armed_names(ents: list[Span], sent: Span, text: str, pattern: re.Pattern[str],
                 fits: Callable[[Span], bool], keeps: Callable[[Span, Span], bool],
                 label: str = "ARMED_GROUP") -> list[Span]:
    """Each name `pattern` finds (its first group) that `fits` as one armed group (or
    an actor of another `label`), in place of the entities it overlaps, unless one of
    them `keeps` its own reading."""
    out = ents
    for found in pattern.finditer(text):
        span = sent.char_span(found.start(1), found.end(1))
        if span is None or not fits(span):
            continue
        inside = _overlapping(out, span.start, span.end)
        if any(keeps(e, span) for e in inside):
            continue
        name = Span(sent.doc, span.start, span.end, label=label, span_id=span.text)
        out = _put_in(out, inside, name)
    return out


# "the Kuru Rifles", "the 9th Lancers", "the Tamu Scouts": one to three capitalised words
# or an ordinal, then a capitalised unit word, name a force the model may not read at all
_UNIT_HEADS = sorted(w.title() for w in UNIT_WORDS | YOUTH_UNIT_WORDS
                     | words("brigade battalion regiment"))
_UNIT_WORD = r"(?:[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*|\d+(?:st|nd|rd|th))"
# (a person's name in it keeps its lower-case particles: "the Tariq bin Ziyad Brigade")
_UNIT_HEAD_NAME = re.compile(
    r"\b[Tt]he (" + _UNIT_WORD + r" (?:(?:" + _UNIT_WORD + r"|bin|ibn|bint) ){0,3}(?:"
    + "|".join(_UNIT_HEADS) + r"))\b")
# First words that make a unit word's name a youth body's: "the Boy Scouts"
_YOUTH_WORDS = words("boy boys girl girls cub cubs youth")


def _unit_head_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"the Kuru Rifles ambushed ...", "fighters of the Delta Rangers": one armed group,
    whatever the model read in it (a person, a town, nothing); a name the gazetteer knows
    or a longer name read already keeps its reading."""
    if not any(head in text for head in _UNIT_HEADS):
        return ents  # (the pattern's search, tried at every "the", cost more than the rest)
    return _armed_names(ents, sent, text, _UNIT_HEAD_NAME, fits=_unit_head_fits,
                        keeps=_keeps_unit_head)


def _unit_head_fits(span: Span) -> bool:
    return all(t.pos_ in ("PROPN", "NOUN", "ADJ", "NUM") for t in span) and (
        span[0].lower_ not in _YOUTH_WORDS)


def _keeps_unit_head(ent: Span, span: Span) -> bool:
    # (a name the model read with its "the" is this name)
    the = span.start - 1
    return _keeps_reading(ent, span.start, span.end) and not (
        ent.start == the and ent.end <= span.end and not ent.ent_id_)


# "the Black Sea Fleet", "the US Fifth Fleet", "Russia's Caspian Flotilla", "the Eastern
# Sabah Security Command", "the Taiz Military Axis", "the Fifth Military Region":
# capitalised words (a place's or a state's among them) or an ordinal, then a capitalised
# naval or command head (a Yemeni army's axis or region), name one armed force
_COMMAND_NAME = re.compile(
    r"(?:\b[Tt]he |['\u2019]s )((?:(?:[A-Z][\w'\u2019-]*|\d+(?:st|nd|rd|th)) ){1,4}"
    r"(?:Fleet|Flotilla|Command|Military Axis|Military Region))\b")
_COMMAND_PLACES = frozenset({"STATE", "GPE", "LOC", "LOCATION"})


def _command_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"the Black Sea Fleet said ...", "a warning to the US Fifth Fleet": one armed force
    named by the whole phrase, where the model read only the place or the state in it
    (or nothing); a state's demonym before it is the state's ("the Russian Black Sea
    Fleet" is the fleet, Russia named apart), and a known force or a longer name around
    the words keeps its reading."""
    if not any(head in text for head in (" Fleet", " Flotilla", " Command", " Military ")):
        return ents
    out = ents
    doc = sent.doc
    for found in _COMMAND_NAME.finditer(text):
        span = sent.char_span(found.start(1), found.end(1))
        if span is None or not all(t.pos_ in ("PROPN", "NOUN", "ADJ", "NUM") for t in span):
            continue
        start = span.start
        while start < span.end - 1 and doc[start].lower_.endswith(DEMONYM_ENDINGS) and (
                doc[start].ent_type_ in _STATE_LABELS):
            start += 1  # ("the Russian Black Sea Fleet")
        if start > span.end - 2:
            continue
        inside = _overlapping(out, start, span.end)
        if any((e.start < start and not (e.start == start - 1 and doc[e.start].lower_ == "the"
                                         and not e.ent_id_))
               or e.end > span.end or (e.ent_id_ and e.label_ not in _COMMAND_PLACES)
               for e in inside):
            continue
        name = Span(doc, start, span.end, label="ARMED_GROUP", span_id=doc[start : span.end].text)
        out = _put_in(out, inside, name)
    return out


# "Operation Safe Harbour", "Operation Hadin Kai": a named military operation, which news
# makes a force that acts, has troops and a spokesman ("Operation X said its troops ...")
_OPERATION_NAME = re.compile(
    r"\b(Operation(?: (?:[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*|[A-Z]{2,})){1,3})\b")


def _operation_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"Operation Green Shield said ...", "troops of Operation Safe Harbour": the word
    "Operation" and the capitalised words after it are one armed group, whatever the
    model read in them (a facility, a person, a place, nothing); a name the gazetteer
    knows as a whole keeps its reading, and a title after the word ("Operation Commander X") is
    a person's, no operation's name."""
    if "Operation " not in text:
        return ents
    return _armed_names(ents, sent, text, _OPERATION_NAME, fits=_operation_fits,
                        keeps=_keeps_operation)


def _keeps_operation(ent: Span, span: Span) -> bool:
    # (a place inside the name is part of it: "Operation Sahel Sanity")
    return ent.start < span.start or ent.end > span.end or (bool(ent.ent_id_) and (
        (ent.start, ent.end) == (span.start, span.end)))


def _operation_fits(span: Span) -> bool:
    return span[1].lower_ not in TITLE_WORDS and all(
        t.pos_ in ("PROPN", "NOUN", "ADJ", "NUM") or t.text == "-" for t in span[1:])


# Nouns whose "of" names a gang or a group: "members of Calle 22"
_MEMBERS_OF = words("members member fighters militants gunmen leader leaders rivals gang gangs "
                    "cell cells clique cliques faction")
# Verb classes whose doer is an actor: "Calle 22 killed ...", "Barrio 9 controls ..."
_DEED_CLASSES = ("attack", "fight", "kill", "abduct", "threaten")


@cache
def _deed_verbs() -> frozenset[str]:
    from .engine import load_verb_classes  # (the engine imports the mention stage)

    classes = load_verb_classes()
    return frozenset(lemma for name in _DEED_CLASSES for lemma in classes[name]["lemmas"]) | (
        words("control seize extort recruit clash claim"))


# A word of three letters or more and a number after it, as "Calle 22" is written
_WORD_AND_NUMBER = re.compile(r"[^\W\d_]{3}\s?\d")


def _numbered_gangs(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"Calle 22 killed five people", "members of Barrio 9": a capitalised word and a
    number after it (no year, no count) in a doer's slot, or after a gang's members, is
    one armed group's name; a place, a road or a prison so named ("in Calle 22", "Route 7
    was closed") is in no such slot, and a name the gazetteer knows keeps its reading."""
    words = doc_words(sent.doc)
    pos, dep, lower = words.pos, words.dep, words.lower
    # (the loop below reads only a word before a "nummod": a sentence without one, as
    # decoded, is left as it is before the pattern is run over its text)
    if "nummod" not in dep[sent.start + 1 : sent.end] or not _WORD_AND_NUMBER.search(text):
        return ents  # (most sentences: no Token need be made of their words)
    out = ents
    for i in range(sent.start, sent.end - 1):
        if pos[i] != "PROPN" or dep[i + 1] != "nummod" or lower[i] in TITLE_WORDS:
            continue  # (the decoded words first: Tokens only for a name and a number)
        tok = sent.doc[i]
        num = tok.nbor(1)
        if not (tok.is_title and tok.is_alpha and len(tok) > 2 and tok.pos_ == "PROPN"
                and num.is_digit and len(num) <= 3 and num.dep_ == "nummod"
                and num.head.i == tok.i) or tok.lower_ in TITLE_WORDS:
            continue
        if tok.i > sent.start and tok.nbor(-1).is_title and tok.nbor(-1).pos_ == "PROPN":
            continue  # (a longer name: "Camp Renovacion 2", "San Telmo 3")
        if not _gang_slot(tok):
            continue
        inside = _overlapping(out, tok.i, tok.i + 2)
        if any(e.ent_id_ or e.start < tok.i or e.end > tok.i + 2
               or e.label_ in ("FAC", "GPE", "LOC") for e in inside):
            continue
        name = Span(sent.doc, tok.i, tok.i + 2, label="ARMED_GROUP",
                    span_id=sent.doc[tok.i : tok.i + 2].text)
        out = _put_in(out, inside, name)
    return out


def _gang_slot(tok: Token) -> bool:
    head = tok.head
    if tok.dep_ == "nsubj" and head.pos_ == "VERB":
        return head.lemma_.lower() in _deed_verbs()
    if tok.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lower_ in _MEMBERS_OF
    return tok.dep_ == "compound" and head.lower_ in _MEMBERS_OF


# "Battalion No. 3", "the Kuru Brigade No. 12": a unit word and its number
_UNIT_NUMBER = re.compile(
    r"\b((?:[A-Z][\w'\u2019-]*[a-z] ){0,2}(?:" + "|".join(
        w.title() for w in sorted(ARMED_HEADS)) + r") No\. ?\d{1,3})\b")


def _unit_numbers(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"Battalion No. 3 withdrew ...": the unit's number is part of its name (the model
    ends the name at "No" or reads the number as a count)."""
    if " No." not in text:
        return ents
    return _armed_names(ents, sent, text, _UNIT_NUMBER, fits=lambda span: True,
                        keeps=_keeps_operation)


# "Unit 29155", "Unit 8200": a military or intelligence unit known by its number alone (a
# year is no unit's number, nor a reactor's or a flat's one digit)
_NUMBER_UNIT = re.compile(r"\b(Unit (?!19\d\d\b|20\d\d\b)\d{3,5})\b(?![.,/-]\d)")


def _number_units(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"officers of Unit 29155": the unit word and its number are one armed unit's name
    (the model reads the number as a date or a count and the word as nothing)."""
    if "Unit " not in text:
        return ents
    return _armed_names(ents, sent, text, _NUMBER_UNIT, fits=lambda span: True,
                        keeps=_keeps_operation)


# "Combined Joint Task Force \u2013 Operation Inherent Resolve", "Joint Task Force \u2013 Horn
# of Africa": a task force's name runs on over a dash into the operation or the region
# it serves, one armed force (the operation alone is no actor of its own)
_SERVED_TASK_FORCE = re.compile(
    r"\b((?:[A-Z][a-z]+ ){0,3}Task Force [\u2013\u2014] [A-Z][\w'\u2019-]*"
    r"(?: (?:of |of the |the )?[A-Z][\w'\u2019-]*){0,4})")


def _served_task_forces(ents: list[Span], sent: Span, text: str) -> list[Span]:
    if "Task Force " not in text:
        return ents
    return _armed_names(ents, sent, text, _SERVED_TASK_FORCE, fits=lambda span: True,
                        keeps=_keeps_operation)


# "the Imbo youth wing", "the Kesh armed wing": a wing's own name before its kind
_WING_KINDS = {**dict.fromkeys(("armed", "military"), "ARMED_GROUP"),
               **dict.fromkeys(("youth", "student", "women's", "political"), "ORGANIZATION")}
_WING_NAME = re.compile(
    r"\b[Tt]he ((?:[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]* ){1,3}(" + "|".join(_WING_KINDS)
    + r") wing)\b")


def _wing_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"the Imbo youth wing of the ruling party": capitalised words before a wing's kind
    and "wing" are the wing's own name, whatever the model read in them (a person, a
    town); a name the gazetteer knows ("the Hamas armed wing") is the group's, and the
    words are its wing, no name of their own."""
    if " wing" not in text:
        return ents
    out = ents
    for found in _WING_NAME.finditer(text):
        span = sent.char_span(found.start(1), found.end(1))
        if span is None or span[0].is_sent_start or not all(
                t.pos_ in ("PROPN", "NOUN", "ADJ", "PART") for t in span) or any(
                t.tag_ == "POS" for t in span):
            continue  # (nor an owner's: "the KDPI's armed wing" is the group's wing)
        inside = _overlapping(out, span.start, span.end)
        if any(_keeps_reading(e, span.start, span.end) or e.label_ in _STATE_LABELS or (
                e.label_ in _PLACE_OR_PEOPLE and is_place_name(e.text)) for e in inside):
            continue  # (a state's, a people's or a town's wing: "the Kenyan youth wing")
        name = Span(sent.doc, span.start, span.end, label=_WING_KINDS[found.group(2)],
                    span_id=span.text)
        out = _put_in(out, inside, name)
    return out


_PLACE_OR_PEOPLE = frozenset({"STATE", "GPE", "LOC", "LOCATION", "NORP"})

# Officers whose office is a body of its own ("the Attorney General's Office", "the
# Special Prosecutor's Office", "the Ombudsman's Office")
_OFFICE_HOLDERS = words(
    "attorney prosecutor prosecutors ombudsman ombudsperson president minister auditor "
    "governor mayor chancellor commissioner registrar inspector defender solicitor "
    "comptroller controller premier"
)
_OFFICERS_OFFICE = re.compile(
    r"\b((?:[A-Z][\w'\u2019-]* ){0,3}[A-Z][a-z]+)(?:'s|\u2019s) Office\b")


# A government body's head word before "of (the)" or "for" and its portfolio: "the
# Ministry of the Interior", "the Department of the Treasury", "the Secretariat of National
# Defence", "the Agency for Financial Monitoring"
_MINISTRY_OF_THE = re.compile(
    r"\b(Ministry|Department|Secretariat|Agency) (of the|of|for) "
    r"((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)\b")


_REGION_WORDS = words("north south east west northeast northwest southeast southwest "
                      "centre center central gulf coast littoral plateau highlands "
                      "lowlands islands valley")


def _ministry_of_the(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"the Ministry of the Interior", "the United States Department of the Treasury",
    "the Secretariat of Public Security": a ministry's, a department's, a secretariat's or
    an agency's capitalised head word, "of (the)" or "for" and its capitalised portfolio
    are one government body, whatever pieces the model read ("[Ministry] of the
    [Interior]", "[Agency] for [Financial Monitoring]", nothing); a state's name right
    before it is part of the name (a demonym is not: "the Kenyan Ministry of the
    Interior" is Kenya's ministry, the state named apart; but the model's whole name
    with "of" alone stands, "[the Syrian Ministry of Defence]"). Not a place after "of
    the" ("the Department of the Gulf" of a region), not a known or longer name around
    the words."""
    if " of " not in text and " for " not in text:
        return ents
    out = ents
    doc = sent.doc
    for found in _MINISTRY_OF_THE.finditer(text):
        span = sent.char_span(found.start(1), found.end(3))
        if span is None:
            continue
        portfolio = span[1 + len(found.group(2).split()) :]
        if any(t.ent_type_ in _PLACE_OR_PEOPLE or t.lower_ in _REGION_WORDS for t in portfolio):
            continue  # ("the Department of the West": a region of Haiti)
        start = span.start
        before = [e for e in out if e.end == start and e.label_ in _STATE_LABELS]
        if before and before[0].text[:1].isupper() and not before[0][-1].lower_.endswith(
                DEMONYM_ENDINGS[1:]) and before[0].start > sent.start:
            start = before[0].start
        inside = [e for e in _overlapping(out, start, span.end) if e not in before
                  or start == before[0].start]
        # the model's piece may open with "the" and a demonym ("[The Kenyan Ministry] of
        # the [Interior]"): the demonym is read apart, the state it names
        opening = [e for e in inside if e.start < start and not e.ent_id_ and e.end <= span.end
                   and all(t.lower_ in _LEADING or t.ent_type_ in _STATE_LABELS
                           or (t.is_title and t.lower_.endswith(DEMONYM_ENDINGS))
                           for t in doc[e.start : start])]
        if any(_keeps_reading(e, start, span.end) and e not in before and e not in opening
               for e in inside):
            continue
        if found.group(2) != "of the" and any(
                t.lower_ not in _LEADING for e in opening for t in doc[e.start : start]):
            continue  # ("[The Syrian Ministry of Defence]" read whole: the model's name stands)
        name = Span(doc, start, span.end, label="GOVERNMENT_BODY",
                    span_id=doc[start : span.end].text)
        out = _put_in(out, inside, name)
        for e in opening:
            words_ = [t for t in doc[e.start : start] if t.lower_ not in _LEADING]
            if words_:
                out = _put_in(out, [], Span(doc, words_[0].i, words_[-1].i + 1, label="NORP"))
    return out


def _officers_office_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"the Attorney General's Office", "the Special State Prosecutor's Office": an
    officer's capitalised title, its possessive and "Office" name a government body,
    whatever the model read in the words (a person, nothing). Not a person's office
    ("Senator Kamau's Office"), not a state's or a people's word before the title ("the
    Kenyan Attorney General's Office" is the office; the state stays named), not a known
    or longer name around the words."""
    if "Office" not in text:
        return ents
    out = ents
    for found in _OFFICERS_OFFICE.finditer(text):
        span = sent.char_span(found.start(1), found.end(0))
        if span is None:
            continue
        title = [t for t in span[:-2] if t.lower_ not in _LEADING]
        if not title:
            continue
        last = title[-1].lower_
        if not (last in _OFFICE_HOLDERS or (last == "general" and len(title) > 1
                                            and title[-2].lower_ in _OFFICE_HOLDERS)):
            continue
        start = title[0].i
        while start < title[-1].i and (sent.doc[start].ent_type_ in _PLACE_OR_PEOPLE or (
                sent.doc[start].is_sent_start) or sent.doc[start].pos_ not in ("PROPN", "ADJ")):
            start += 1
        if sent.doc[start].ent_type_ == "PERSON" and sent.doc[start].lower_ not in (
                _OFFICE_HOLDERS | {"general", "special", "public", "state"}):
            continue
        inside = _overlapping(out, start, span.end)
        if any(_keeps_reading(e, start, span.end) for e in inside):
            continue
        name = Span(sent.doc, start, span.end, label="GOVERNMENT_BODY",
                    span_id=sent.doc[start : span.end].text)
        out = _put_in(out, inside, name)
    return out


def _short_form(tok: Token) -> bool:
    """"KA", "M30": a short form of a group's name, capitals and digits from a letter."""
    return len(tok) >= 2 and tok.text[0].isupper() and tok.text.isalnum() and (
        tok.text.upper() == tok.text) and tok.ent_type_ not in _PLACE_OR_PEOPLE


def _slashed_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"the KA/M30": two short forms joined by a slash, with no space, are written as
    one group's name (an alliance news treats as one side) and read as one actor;
    states so joined ("US/UK") stay two."""
    if "/" not in text:
        return ents
    out = ents
    for tok in sent[1:-1]:
        doc = tok.doc
        if tok.text != "/" or doc[tok.i - 1].whitespace_ or tok.whitespace_ or not (
                _short_form(doc[tok.i - 1]) and _short_form(doc[tok.i + 1])):
            continue
        start, end = tok.i - 1, tok.i + 2
        inside = _overlapping(out, start, end)
        if any(_keeps_reading(e, start, end) for e in inside):
            continue  # (a longer name, or one the gazetteer knows)
        label = "ARMED_GROUP" if any(e.label_ == "ARMED_GROUP" for e in inside) else "ORG"
        out = _put_in(out, inside, Span(doc, start, end, label=label))
    return out


# Tags of a lower-case word after an acronym and a hyphen that describe rather than name:
# "UN-led", "US-backed", "ISIS-linked", "NGO-run", "a US-style".
_DESCRIBING_TAGS = frozenset({"VBN", "VBD", "VBG", "JJ", "JJR", "JJS", "RB"})
_DESCRIBING_DEPS = frozenset({"amod", "advmod", "npadvmod", "acomp"})


def _acronym_word_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"the ELP-armé claimed the attack", "ELP-armé is led by X": an acronym joined by a
    hyphen, with no space, to a lower-case word in another language (a group's wing or
    faction: "armé", "rénové") is one group's name, never the acronym
    alone, and before a noun it names whose it is ("ELP-armé positions"); the hyphened
    word describes instead when it is a participle or an adjective ("UN-led",
    "US-backed"), and an English word there ("a US-style vote") is never a name's."""
    if "-" not in text:
        return ents
    out = ents
    doc = sent.doc
    for tok in sent[:-2]:
        if not (_short_form(tok) and tok.is_alpha and len(tok) <= 8
                and glued_hyphen(doc, tok.i + 1)):
            continue
        word = doc[tok.i + 2]
        if not (word.is_lower and word.is_alpha and len(word) >= 3 and not word.is_ascii
                and word.tag_ not in _DESCRIBING_TAGS and word.dep_ not in _DESCRIBING_DEPS
                and not glued_hyphen(doc, word.i + 1)):
            continue
        if tok.i > 0 and (doc[tok.i - 1].text == "-" or doc[tok.i - 1].is_upper):
            continue  # (the tail of a longer hyphened or capitalised name)
        start, end = tok.i, tok.i + 3
        inside = _overlapping(out, start, end)
        if any(_keeps_reading(e, start, end) for e in inside):
            continue
        out = _put_in(out, inside, Span(doc, start, end, label="ORG"))
    return out


# Urdu and Persian words that open a group's name joined to the next word by "-e-" or
# "-i-" ("of", the izafa) or "-ul-": "Lashkar-e-..." (army), "Tehreek-e-..." (movement).
# A person's name joined so ("Zia-ul-Haq") opens with none of them. By the type they give.
# The izafa may join the next two words instead ("Majlis Wahdat-e-Muslimeen", "Jamiat
# Ulema-e-Islam": the council of the unity of Muslims).
_IZAFA_OPENERS = {
    **dict.fromkeys(words("jaish jaysh lashkar sipah fidayeen harkat harakat"),
                    "ARMED_GROUP"),
    **dict.fromkeys(words("tehreek tehrik tahreek tahrik hizb jamaat jamiat majlis tanzeem "
                          "tanzim ittehad"), "ORGANIZATION"),
}
_IZAFA_NAME = re.compile(
    r"\b([A-Z][a-z]+)(?: [A-Z][a-z]+)?-(?:e|i|ul|ud|us)-[A-Z][\w\u2019']*[a-z]\b")


def _longer_name(ent: Span, span: Span) -> bool:
    """The entity runs past the span over capitalised words: a longer name read already
    ("Tehreek-e-Taliban Swat (TTS)")."""
    extra = [*ent.doc[ent.start : span.start], *ent.doc[span.end : ent.end]]
    return bool(extra) and all(t.is_title or t.is_upper for t in extra)


def _izafa_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"Jaish-e-Noor", "Tehreek-e-Azadi": a group's word, the izafa and a name are one
    group's name, also as a modifier ("a Jaish-e-Noor commander"), whatever pieces the
    model read in it (a name the gazetteer knows, or a longer name read already, keeps
    its reading)."""
    if "-" not in text:
        return ents
    out = ents
    for found in _IZAFA_NAME.finditer(text):
        kind = _IZAFA_OPENERS.get(found.group(1).lower())
        span = sent.char_span(found.start(), found.end())
        if kind is None or span is None:
            continue
        inside = _overlapping(out, span.start, span.end)
        if any(e.ent_id_ or _longer_name(e, span) for e in inside):
            continue
        name = Span(sent.doc, span.start, span.end, label=kind, span_id=span.text)
        out = _put_in(out, inside, name)
    return out


# Arabic, Persian and Urdu words for a group that open its name before a name of its
# own, no izafa between: "Jamaat Nur al-Huda", "Harakat Sawt al-Haqq" (the name after
# them may be another group's, and the whole is then a group of its own).
_GROUP_OPENERS = {
    **_IZAFA_OPENERS,
    **dict.fromkeys(words("jabhat katibat liwa saraya"), "ARMED_GROUP"),
    **dict.fromkeys(words("jama'at jama'atu jamaatu jamiyat jam'iyat harakat harakatu"),
                    "ORGANIZATION"),
}
_GROUPISH_LABELS = _GROUP_LABELS | frozenset({"PERSON", "GPE", "NORP"})


def _opened_by_group_word(ents: list[Span]) -> list[Span]:
    """"fighters of Jamaat Nur al-Huda": a group's word in its own language (read as no
    name, or as a one-word name of its own: a number, a person) right before a name is
    one group's name with it, typed by the word, even where the name after it is one the
    gazetteer knows (the whole is another group: "Jamaat" before a known group's other
    name names a group of its own)."""
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        before = doc[max(ent.start - 1, 0)]
        kind = _GROUP_OPENERS.get(before.lower_.replace("\u2019", "'"))
        if kind is None or ent.start == 0 or not before.text[0].isupper() or (
                ent.label_ not in _GROUPISH_LABELS) or (
                before.whitespace_ == "" or not ent[0].is_title):
            out.append(ent)
            continue
        if out and out[-1].end > before.i:
            if not (len(out[-1]) == 1 and out[-1].start == before.i and not out[-1].ent_id_):
                out.append(ent)
                continue
            out.pop()  # (the word read alone as a number or a person)
        span = doc[before.i : ent.end]
        out.append(Span(doc, before.i, ent.end, label=kind, span_id=span.text))
    return out


def _name_before_head(ent: Span) -> Span | None:
    """"the Dorvan Coalition" read as the head word alone (which the gazetteer may know
    as some other body's short name): the capitalised words the model left out of every
    entity right before it are the name's, typed by the head word."""
    if len(ent) != 1 or not ent[0].is_title or ent[0].lower_ not in HEAD_TYPES or (
            ent.label_ not in _GROUP_LABELS):
        return None
    doc = ent.doc
    start = ent.start
    while start > 0 and ent.start - start < 3 and _bare_name_word(doc[start - 1]):
        start -= 1
    if start == ent.start:
        return None
    span = doc[start : ent.end]
    return Span(doc, start, ent.end, label=HEAD_TYPES[ent[0].lower_], span_id=span.text)


# Honorifics of the people armed units are named after ("the Sheikh X Brigade").
_UNIT_HONORIFICS = words("sheikh shaykh sultan imam martyr emir amir mullah general colonel")


def _titled_unit(ent: Span) -> Span | None:
    """"the [Sheikh] Ayman Rahal Brigade": a unit named after a person, whose honorific
    the model left out of the name, keeps it (a title before the unit's name is part of
    it, not a person's: no person stands between it and the unit's head word)."""
    if len(ent) < 2 or ent.label_ not in _GROUP_LABELS or not ent[-1].is_title or (
            ent[-1].lower_ not in ARMED_HEADS) or ent.start == 0:
        return None
    before = ent.doc[ent.start - 1]
    if not before.is_title or before.lower_ not in _UNIT_HONORIFICS or before.ent_type_:
        return None
    span = ent.doc[ent.start - 1 : ent.end]
    return Span(ent.doc, span.start, span.end, label="ARMED_GROUP", span_id=span.text)


# Heads of a guerrilla's units named after a person ("the Jaime Martinez Front", "the
# Dagoberto Ramos Mobile Column", "the Dario Ramirez Castro War Front")
_PERSON_UNIT_HEADS = words("front bloc column brigade battalion")


def _units_named_for_people(ents: list[Span]) -> list[Span]:
    """"its Dario Ramirez Castro War Front": a person's name the model read, then at
    most two capitalised words no entity holds and a capitalised unit head, is one armed
    unit named after the person (the person's name alone is no actor there)."""
    out = list(ents)
    for at, ent in enumerate(ents):
        if ent.label_ != "PERSON" or ent.ent_id_:
            continue
        doc = ent.doc
        end = ent.end
        while end < len(doc) and end - ent.end < 3 and doc[end].is_title and (
                doc[end].is_alpha) and doc[end].lower_ not in _PERSON_UNIT_HEADS:
            end += 1
        if end >= len(doc) or not doc[end].is_title or (
                doc[end].lower_ not in _PERSON_UNIT_HEADS) or (
                end + 1 < len(doc) and doc[end + 1].lower_ == "of"):
            continue  # ("the X Front for the Liberation of ...": a body's name runs on)
        if _overlapping(ents[at + 1 :], ent.end, end + 1):
            continue
        span = doc[ent.start : end + 1]
        out[out.index(ent)] = Span(doc, ent.start, end + 1, label="ARMED_GROUP",
                                   span_id=span.text)
    return out


def _name_and_head(ents: list[Span], i: int) -> tuple[Span, int] | None:
    """"[the Dorvan] [Coalition]": a name the model read alone, right before a head word
    the gazetteer read as a body's short name, is one body with it (a name the
    gazetteer knows, "[US] [Coalition]", keeps its reading)."""
    if i + 1 >= len(ents):
        return None
    ent, head = ents[i], ents[i + 1]
    if ent.ent_id_ or ent.label_ not in _MODEL_NAME_LABELS or head.start != ent.end or not (
            len(head) == 1 and head[0].is_title and head[0].lower_ in HEAD_TYPES):
        return None
    doc = ent.doc
    start = ent.start + (ent[0].lower_ in _LEADING)
    if start >= ent.end or not all(_name_word_or_entity(t) for t in doc[start : ent.end]):
        return None
    span = doc[start : head.end]
    return Span(doc, start, head.end, label=HEAD_TYPES[head[0].lower_], span_id=span.text), 2


_MODEL_NAME_LABELS = frozenset({"ORG", "GPE", "LOC", "PERSON"})
_KNOWN_BODY_LABELS = frozenset({"ARMED_GROUP", "ORGANIZATION", "GOVERNMENT_BODY"})


def _name_before_known(ents: list[Span], i: int) -> tuple[Span, int] | None:
    """"[the Karen] [National Liberation Army]", "[Supreme National] [Security Council]":
    the capitalised words the model read as a body's name right before a known body's
    name of two words or more, the two parts run together with no word between, are one
    longer name, not the known body's (which the ruler took out of the model's whole
    name); a state's people or place before it ("Colombian", "Iran") is no body's name to
    the model and stays apart."""
    if i + 1 >= len(ents):
        return None
    ent, known = ents[i], ents[i + 1]
    if ent.ent_id_ or ent.label_ != "ORG" or known.start != ent.end or not known.ent_id_ or (
            known.label_ not in _KNOWN_BODY_LABELS) or len(known) < 2 or not (
            known[0].is_title and known[-1].is_title):
        return None
    doc = ent.doc
    start = ent.start + (ent[0].lower_ in _LEADING)
    words_before = doc[start : ent.end]
    if not 1 <= len(words_before) <= 3 or not all(
            _name_word_or_entity(t) and t.lower_ not in HEAD_TYPES for t in words_before) or (
            words_before[0].lower_.endswith(DEMONYM_ENDINGS)):
        return None
    span = doc[start : known.end]
    return Span(doc, start, known.end, label=head_type(span) or "ORG", span_id=span.text), 2


def _name_word_or_entity(tok: Token) -> bool:
    return tok.is_title and tok.is_alpha and tok.lower_ not in TITLE_WORDS


def _bare_name_word(tok: Token) -> bool:
    """A capitalised proper noun in no entity and no title ("Dorvan", not "Minister")."""
    return tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and tok.ent_type_ == "" and (
        tok.lower_ not in TITLE_WORDS and tok.lower_ not in HEAD_TYPES)


# ---------------------------------------------------------------- acronyms
def _acronym_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """Each name spelled by the bracketed acronym after it made one entity."""
    at = text.find("(")
    while at != -1:
        bracket = sent.char_span(at, at + 1)
        if bracket is not None:
            ents = _name_before(ents, sent, bracket.start)
        at = text.find("(", at + 1)
    return ents


def _name_before(ents: list[Span], sent: Span, bracket: int) -> list[Span]:
    doc = sent.doc
    read = acronym_at(doc, bracket) or short_form_at(doc, bracket)
    if read is None:
        return ents
    ents = [_cut_before(ent, bracket, read[1]) for ent in ents]
    start = spelled_start(doc, bracket, read[0], sent.start)
    if start is None:
        start = _placed_name_start(ents, bracket, read[0])
    if start is None:
        start = foreign_acronym_start(doc, bracket, sent.start, read[0])
    if start is None or bracket - start < 2:
        return ents
    inside: list[int] = []
    for k, ent in enumerate(ents):
        if ent.end <= start or ent.start >= bracket:
            continue
        if ent.end > bracket or (ent.start < start and any(
                t.lower_ not in _LEADING for t in doc[ent.start : start])):
            return ents  # an entity runs past the name: the model read something longer
        inside.append(k)
    if len(inside) == 1 and (ents[inside[0]].start, ents[inside[0]].end) in (
            (start, bracket), (start - 1, bracket)):
        whole = ents[inside[0]]  # one entity the model read whole
        return ents if whole.label_ != "PERSON" else [
            *ents[:inside[0]], _not_a_person(whole), *ents[inside[0] + 1 :]]
    pieces = [ents[k] for k in inside]
    span = name_span(doc, start, bracket, pieces)
    if span is None:
        return ents
    span = _not_a_person(span) if span.label_ == "PERSON" else span
    first = inside[0] if inside else next(
        (k for k, e in enumerate(ents) if e.start >= bracket), len(ents))
    return [*ents[:first], span, *ents[first + len(inside) :]]


def _not_a_person(span: Span) -> Span:
    """A name its bracketed acronym spells is a body's, never a person's, though the
    model read a transliterated name as one ("Ahl al-Sunna wa'l-Nusra (ASN)")."""
    kind = head_type(span)
    if kind is None:  # (typed then as the model's organisations are, by the words around)
        return Span(span.doc, span.start, span.end, label="ORG")
    return Span(span.doc, span.start, span.end, label=kind, span_id=span.text)


def _placed_name_start(ents: list[Span], bracket: int, acro: str) -> int | None:
    """"Union for Peace in the Central Highlands (UPC)": an acronym of another language
    that the English words do not spell. A body's name, then "in" or "of" and a place
    right before the bracket, is one name when the acronym opens with the body's
    initial and ends with an initial of the place's words; where the initials of the
    body's name alone spell it, the place is not part of it."""
    place = next((e for e in ents if e.end == bracket and e.label_ in _PLACE_LABELS), None)
    if place is None:
        return None
    doc = place.doc
    prep = place.start - 1
    if prep > 0 and doc[prep].lower_ == "the":
        prep -= 1
    if prep < 1 or doc[prep].lower_ not in ("in", "of"):
        return None
    body = next((e for e in ents if e.end == prep and (
        e.label_ in _GROUP_LABELS or head_type(e) is not None)), None)
    if body is None:
        return None
    start = body.start + (body[0].lower_ in _LEADING)
    name = doc[start:prep]
    if not name or name[0].text[0] != acro[0] or name[0].lower_ not in HEAD_TYPES:
        return None  # (a body's name that opens with its head word: "Union for ...")
    if acro[-1] not in {t.text[0] for t in place if t.is_title}:
        return None
    if spelled_start(doc, prep, acro, start) is not None:
        return None  # "Kivu Defence Forces in Goma (KDF)": the place only locates it
    return start


def _cut_before(ent: Span, bracket: int, close: int) -> Span:
    """"the Development of Tanzoria (" or "Renewal (3R) rebel group" read as one
    entity: the name ends at the bracket; the acronym is its alias and lower-case
    words after it only describe it."""
    if not ent.start < bracket < ent.end or (
            ent.end > close + 1 and not all(t.is_lower for t in ent.doc[close + 1 : ent.end])):
        return ent
    return Span(ent.doc, ent.start, bracket, label=ent.label_)


# Labels of words that never go on a body's name run ("On Tuesday West ...").
_NOT_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERSON", "MONEY",
                              "QUANTITY", "PERCENT"})
_MIN_RUN_WORDS = 3


def foreign_acronym_start(doc: Doc, end: int, lowest: int, acro: str) -> int | None:
    """Where the name before a bracketed acronym starts when the acronym is of the name
    in another language, so the English words do not spell it ("Northern Hills
    Liberation Army (TPBU)", "Regional Support and Recovery Mission in Velaria
    (MIRAV)"): three or more capitalised words and the joining words between them,
    with a body's head word ("Army", "Party", a "Mission" with the place it serves).
    The run stops at a date, a number, a person, a possessive, any lower-case word, or
    "and the" (the name of another body before it)."""
    lowest = max(lowest, end - _MAX_NAME)
    start = end
    while start > lowest:
        tok = doc[start - 1]
        if tok.ent_type_ in _NOT_NAME_LABELS or (tok.lower_ == "the" and start - 2 >= lowest
                                                 and doc[start - 2].lower_ == "and"):
            break  # ("the African Union and the ...": the name after "and the" is another)
        if not (tok.lower_ in _JOINERS and tok.is_lower) and tok.text not in ("'", "\u2019") and (
                not (tok.is_alpha and tok.text[0].isupper())):
            break
        start -= 1
    if start > 0 and start < end and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
        start += 1  # ("pro-Western": a word hyphened to the one before only describes)
    if start < end and doc[start].is_sent_start and doc[start].pos_ != "PROPN":
        start += 1  # a capital that only opens the sentence ("Guerrillas of the ...")
    while start < end and (doc[start].is_lower or doc[start].text in ("'", "\u2019")
                           or doc[start].lower_ in _LEADING):
        start += 1  # (the name opens with a capitalised word, not "the" or "of")
    if start + 1 < end and doc[start].lower_.endswith("s") and doc[start].lower_ not in (
            HEAD_TYPES) and doc[start + 1].lower_ in ("of", "from"):
        start += 2  # "Fighters of the ...": members of the body named after them
        while start < end and doc[start].lower_ in _LEADING:
            start += 1
    name = doc[start:end]
    if sum(t.is_alpha and t.text[0].isupper() for t in name) < _MIN_RUN_WORDS:
        return None
    if any(t.is_lower and spelled_start(doc, t.i, acro, start) is not None for t in name):
        return None  # "Kivu Defence Forces in Goma (KDF)": the body before "in" spells it
    return start if head_type(name) is not None else None


def short_form_at(doc: Doc, i: int) -> tuple[str, int] | None:
    """"(DPV Party)": a short form in brackets, an acronym and the name's own head word
    ("Democratic Path of Velaria Party (DPV Party)"); its letters and closing bracket."""
    if i + 3 >= len(doc) or doc[i].text != "(" or doc[i + 3].text != ")" or i == 0:
        return None
    acro, head = doc[i + 1], doc[i + 2]
    if not (acro.is_upper and acro.is_alpha and 2 <= len(acro) <= 6):
        return None
    if head.text != doc[i - 1].text or not head.is_title or head.lower_ not in HEAD_TYPES:
        return None
    return acro.text, i + 3


def faction_qualifier_at(doc: Doc, i: int) -> tuple[str, int] | None:
    """"(Maoist)", "(Marxist-Leninist)" at token i: a faction's word in brackets after
    its party's name; the bracketed text and the index after the closing bracket. A
    faction named after its leaders, "(Kelang)", "(Isak-Murom)", is one too: one or two
    capitalised words (hyphened) that the lists know as no place and the ruler as no
    actor of its own ("(Reuters)", "(Kenya)", "(AA)" are not)."""
    if i >= len(doc) or doc[i].text != "(":
        return None
    close = i + 1
    while close < len(doc) and close - i <= 4 and (doc[close].text == "-" or (
            doc[close].is_title and doc[close].lower_ in FACTION_QUALIFIERS)):
        close += 1
    if close == i + 1 or close >= len(doc) or doc[close].text != ")":
        named = _leaders_faction_end(doc, i)
        if named is None:
            return None
        close = named
    return doc[i : close + 1].text, close + 1


_MAX_FACTION_NAMES = 2  # capitalised words in a faction's bracketed name


def _leaders_faction_end(doc: Doc, i: int) -> int | None:
    """The closing bracket of "(Kelang)", "(Isak-Murom)" opening at token i, or None."""
    close, names = i + 1, 0
    while close < len(doc) and close - i <= 2 * _MAX_FACTION_NAMES:
        tok = doc[close]
        if tok.text == ")" and names and doc[close - 1].text != "-":
            break
        if tok.text == "-" and names and not tok.whitespace_ and not doc[close - 1].whitespace_:
            close += 1
            continue
        if not (tok.is_title and tok.is_alpha and len(tok) > 2) or names == _MAX_FACTION_NAMES or (
                names and doc[close - 1].text != "-") or tok.ent_type_ in _KNOWN_LABELS:
            return None
        names += 1
        close += 1
    else:
        return None
    inner = doc[i + 1 : close].text
    return None if is_place_name(inner) else close


# Labels the ruler gives names it knows (its own actors, a faction's name is not)
_KNOWN_LABELS = frozenset({"STATE", "ORGANIZATION", "ARMED_GROUP", "GOVERNMENT_BODY", "MEDIA",
                           "PERSON_KNOWN"})


def acronym_at(doc: Doc, i: int) -> tuple[str, int] | None:
    """"(SPLM-IO)", "(U.N.)" at token i: the acronym's letters, upper-cased, and the
    index of the closing bracket."""
    if i + 2 >= len(doc) or doc[i].text != "(":
        return None
    close = i + 1
    while close < len(doc) and close - i <= 5 and doc[close].text != ")":
        close += 1
    if close >= len(doc) or doc[close].text != ")" or close == i + 1:
        return None
    inner = doc[i + 1 : close]
    if any(t.whitespace_ for t in inner[:-1]):
        return None
    text = inner.text
    letters = text.replace(".", "").replace("-", "")
    if not letters.replace("+", "").isalnum() or len(letters) not in _ACRONYM_LETTERS:
        return None
    upper = sum(ch.isupper() for ch in letters)
    if letters.isalpha() and (upper < 2 or not text[0].isupper()):
        return None  # "(Reuters)": a word, not an acronym
    if not letters.isalpha() and (upper == 0 or not letters[0].isalnum() or any(
            ch.islower() for ch in letters)):
        return None  # "(2019)", "(+5)": a year or a figure, no acronym ("(M30)", "(3R)" are)
    return letters.upper(), close


def spelled_start(doc: Doc, end: int, acro: str, lowest: int) -> int | None:
    """Where the name ending before token `end` starts for its initials to spell
    `acro`: each capitalised word gives its first letter (a word in capitals may give
    all of its own), a joining word ("of", "in") may give one or none, and "'s",
    hyphens and commas give none. Failing that, a syllable acronym: a word may give its
    first two or three letters ("COoperative for the DEvelopment ..." for CODE...). A
    number in the name gives itself ("M30"), and a count before a letter stands for
    that many words opening with it ("3R": three R-words). None when no reading spells
    it."""
    lowest = max(lowest, end - _MAX_NAME)
    for widest in (1, _MAX_PREFIX):
        for spelling in _spellings(acro):
            start = _spell(doc, end - 1, spelling, len(spelling), lowest, None, widest)
            if start is not None and (widest == 1 or start < end - 1):
                return start  # (one word's first letters are no syllable acronym)
    last = doc[end - 1]
    if end - 2 >= lowest and last.is_title and last.lower_ in HEAD_TYPES:
        # "the March 30 Movement (M30)": the name before its head word spells it
        start = _spell(doc, end - 2, acro, len(acro), lowest, None, 1)
        if start is not None and start < end - 2:
            return start
    return None


def _spellings(acro: str) -> list[str]:
    """The acronym as written, and with each count before a letter spelled out."""
    counted = re.sub(r"([2-9])([A-Z])", lambda m: m[2] * int(m[1]), acro)
    return [acro] if counted == acro else [acro, counted]


def _spell(doc: Doc, i: int, acro: str, n: int, lowest: int, first: int | None,
           widest: int) -> int | None:
    """Reading leftwards from token i, with acro[:n] still to spell; `first` is the
    leftmost word that gave a letter; a capitalised word gives up to `widest` letters."""
    if n == 0:
        return first
    if i < lowest:
        return None
    tok = doc[i]
    text = tok.text
    if text in _SKIPPED or (text == "," and first is not None):
        return _spell(doc, i - 1, acro, n, lowest, first, widest)
    if text == "+" or (tok.like_num and any(ch.isdigit() for ch in text)):  # "M30", "5+1"
        digits = text.upper()
        if not acro[:n].endswith(digits):
            return None
        return _spell(doc, i - 1, acro, n - len(digits), lowest, i, widest)
    if text[0].isupper() and text.replace("'", "").replace("\u2019", "").isalpha():
        if tok.is_upper and 1 < len(text) <= n and acro[:n].endswith(text):
            whole = _spell(doc, i - 1, acro, n - len(text), lowest, i, widest)  # "UN Mission"
            if whole is not None:
                return whole
        upper = text.upper()
        for k in range(min(widest, n, len(text) - 1), 1, -1):
            if acro[n - k : n] == upper[:k]:
                gave = _spell(doc, i - 1, acro, n - k, lowest, i, widest)
                if gave is not None:
                    return gave
        inner = tok.is_upper and len(text) <= 3 and first is not None
        if text[0] == acro[n - 1]:
            gave = _spell(doc, i - 1, acro, n - 1, lowest, i, widest)
            if gave is not None or not inner:
                return gave
        elif not inner:
            return None
        # an abbreviation inside the name may give none ("Office of the UN High
        # Commissioner for Human Rights (OHCHR)")
        return _spell(doc, i - 1, acro, n, lowest, first, widest)
    if tok.lower_ in _JOINERS or _hyphen_piece(tok):
        # a joining word gives no first letter of the name; a hyphened piece may
        # ("al-Qaeda"), and it opens the name only when it gives a letter
        opens = _hyphen_piece(tok)
        if opens and i > lowest and doc[i - 1].text[:1] == acro[n - 1] and (
                skipped := _spell(doc, i - 1, acro, n, lowest, first, widest)) is not None:
            return skipped  # "Ahl al-Sunna (AS)": the capitalised word gives the letter
        if text[0].upper() == acro[n - 1] and (n > 1 or opens):
            gave = _spell(doc, i - 1, acro, n - 1, lowest, i if opens else first, widest)
            if gave is not None:
                return gave
        return _spell(doc, i - 1, acro, n, lowest, first, widest)
    return None


def _hyphen_piece(tok: Token) -> bool:
    """"al" in "al-Qaeda", "e" in "Tehreek-e-Taliban": a lower-case piece joined by a
    hyphen to the word after it."""
    doc = tok.doc
    return tok.is_alpha and tok.is_lower and not tok.whitespace_ and tok.i + 1 < len(doc) and (
        doc[tok.i + 1].text == "-")


# ---------------------------------------------------------------- typing
def head_type(span: Span) -> str | None:
    """The actor type a name's head word gives it ("... Defence Forces" an armed group):
    its last word, or the last head word that a joining word follows ("Movement-in-
    Exile", "Forces for the Liberation of ..."); names of two words or more."""
    if len(span) < 2:
        return None
    after: Token | None = None
    for tok in reversed(span):
        if tok.is_title and tok.lower_ in HEAD_TYPES and (
                after is None or after.text == "-" or after.lower_ in _JOINERS):
            return HEAD_TYPES[tok.lower_]
        after = tok
    return None


def name_span(doc: Doc, start: int, end: int, pieces: list[Span]) -> Span | None:
    """One entity over tokens start..end made of `pieces` (the entities inside it):
    typed by its head word, else an armed group when a piece is one, a person when
    every piece is a person; None for a name of places only ("Kurdistan Region of
    Iraq"), which the gazetteer and the model read better."""
    span = doc[start:end]
    kind = head_type(span)
    labels = {p.label_ for p in pieces}
    if kind is None:
        if "ARMED_GROUP" in labels:
            kind = "ARMED_GROUP"
        elif labels == {"PERSON"}:
            kind = "PERSON"
        elif labels and labels <= _PLACE_LABELS | {"NORP"}:
            return None
        else:
            return Span(doc, start, end, label="ORG")
    return Span(doc, start, end, label=kind, span_id=span.text)


# ---------------------------------------------------------------- other cues
def _branch_name(ents: list[Span], i: int) -> tuple[Span, int] | None:
    """"Islamic State" + "Sahel Province": a group's name run into a branch's place."""
    if (unnamed := _branch_unlabelled(ents, i)) is not None:
        return unnamed, 1
    if i + 1 >= len(ents):
        return None
    group, place = ents[i], ents[i + 1]
    if group.label_ not in _GROUP_LABELS or place.label_ not in _PLACE_LABELS:
        return None
    if place.start != group.end or not group[-1].whitespace_:
        return None
    doc = group.doc
    end = place.end
    if place[-1].lower_ not in _BRANCH_HEADS:
        if end < len(doc) and doc[end].is_title and doc[end].lower_ in _BRANCH_HEADS:
            end += 1  # "Mozambique" + "Province" the model left out
        else:
            return None
    if "ARMED_GROUP" in (group.label_, place.label_):
        text = doc[group.start : end].text  # (named as written: the gazetteer knows a piece)
        return Span(doc, group.start, end, label="ARMED_GROUP", span_id=text), 2
    return Span(doc, group.start, end, label="ORG"), 2


_MAX_BRANCH_PLACE = 3  # capitalised words of a branch's place no entity holds


def _branch_unlabelled(ents: list[Span], i: int) -> Span | None:
    """"[Islamic State] Central Africa Province": an armed group's name run straight into
    capitalised words no entity holds, up to a branch's head word, is the branch's name
    (the model labelled neither the place nor its head). Not over a line break, a
    possessive or a lower-case word ("Islamic State fighters in Niassa Province")."""
    group = ents[i]
    if group.label_ != "ARMED_GROUP" or not group[-1].whitespace_:
        return None
    doc = group.doc
    stop = ents[i + 1].start if i + 1 < len(ents) else len(doc)
    end = group.end
    while end < min(stop, group.end + _MAX_BRANCH_PLACE + 1):
        tok = doc[end]
        if not tok.is_title or tok.pos_ != "PROPN" or "\n" in tok.whitespace_:
            return None
        end += 1
        if tok.lower_ in _BRANCH_HEADS:
            break
    else:
        return None
    if end - group.end < 2 or doc[end - 1].lower_ not in _BRANCH_HEADS:
        return None
    text = doc[group.start : end].text
    return Span(doc, group.start, end, label="ARMED_GROUP", span_id=text)


# Words of a body's name that let it go on over "of" and the place it is of: the head
# words, and bodies of a state or a region whose names no head word types.
OF_PLACE_HEADS = frozenset(HEAD_TYPES) | words("service services congress police gendarmerie")
_MAX_OF_PLACE = 3  # capitalised words of a place no entity holds


def _body_of_place(ents: list[Span], i: int) -> tuple[Span, int] | None:
    """"[the State Security Service] of [Dorvania]", "[the Army] of [the Velarian
    Republic]", "[the Congress] of New Dorvania": a body's proper name (capitalised
    words, one of them a body's head word) the model ended before "of" and the state or
    region it is of is one body with the place in its name: another state's service is
    another actor, and `places.name_places` still reads the state it is part of. Not a
    title ("the Governor of Kano"), a state's own name ("the Government of X" is the
    state), a place's name that runs on ("of Kano Street") or an owner's ("of Dorvania's
    army")."""
    ent = ents[i]
    if ent.label_ not in _GROUP_LABELS:
        return None
    doc = ent.doc
    j = ent.end
    if j + 2 >= len(doc) or doc[j].lower_ != "of":
        return None
    name = [t for t in ent if t.lower_ not in _LEADING]
    if not name or not name[0].is_title or name[0].lower_ in TITLE_WORDS or (
            name[-1].lower_ in STATE_ITSELF) or not all(
                t.is_title or t.is_upper or t.lower_ in _NAME_JOINERS for t in name) or not any(
                    t.lower_ in OF_PLACE_HEADS and not t.is_lower for t in name):
        return None
    k = j + 1 + (doc[j + 1].lower_ == "the")
    taken = 1
    if i + 1 < len(ents) and ents[i + 1].start == k and ents[i + 1].label_ in _PLACE_LABELS:
        end = ents[i + 1].end
        taken = 2
    elif i + 1 < len(ents) and ents[i + 1].start < k + _MAX_OF_PLACE + 1:
        return None  # another name stands there
    else:
        end = k
        while end < len(doc) and end - k < _MAX_OF_PLACE and doc[end].is_title and (
                doc[end].is_alpha and not doc[end].ent_type_):
            end += 1
        if end == k or not is_place_name(doc[k:end].text):
            return None
    if end < len(doc) and (doc[end].lower_ in _SKIPPED or doc[end].text in ("'s", "\u2019s") or (
            doc[end].is_title and doc[end].is_alpha)):
        return None
    span = doc[ent.start : end]
    label = head_type(doc[ent.start : ent.end]) or ent.label_
    return Span(doc, ent.start, end, label=label, span_id=span.text), taken


def _headed_name(ents: list[Span], i: int) -> tuple[Span, int] | None:
    """"[Kivu Rapid] Intervention Force": an entity the model ended before the name's
    head word, run on over the capitalised words it left unlabelled; a mission's or an
    office's name takes the place it serves ("Support Mission in [Haiti]")."""
    ent = ents[i]
    if ent.label_ == "PERSON" or ent.label_ == "DATE":
        return None
    doc = ent.doc
    if ent.start > 0 and (before := doc[ent.start - 1]).is_title and not before.is_sent_start:
        return None  # "International [Syria] Support Group": where the name starts is unsure
    end, j, inside, owned = ent.end, ent.end, 1, 0
    while j < len(doc) and j - ent.end - owned < 4 and (
            (doc[j].is_title and doc[j].is_alpha) or _collective_owner(doc, j, ent.end) or (
                _and_inside(doc, j, ent.end))) and (
            not doc[j].is_sent_start):
        if doc[j].text in _SKIPPED:
            owned, j = owned + 1, j + 1  # "[Sudan] People's Liberation Movement"
            continue
        if doc[j].lower_ == "and":
            j += 1  # "[Tarsia] Development and Housing Fund"
            continue
        if doc[j].ent_type_ != "":
            # "[the Amhara] [Fano] National Movement": a name the ruler knows inside it
            if i + inside >= len(ents) or ents[i + inside].start != j or (
                    ents[i + inside].label_ not in _INNER_LABELS):
                break
            j = ents[i + inside].end
            inside += 1
            continue
        j += 1
        if doc[j - 1].lower_ in HEAD_TYPES or doc[j - 1].lower_ in _INSTITUTE_HEADS or (
                doc[j - 1].lower_ in _CENTRE_HEADS and _subject_tail(doc, j) is not None):
            end = j
    if j > end:
        return None  # the name runs on past its head ("... Guard Training Center")
    institute = doc[end - 1].lower_ in _INSTITUTE_HEADS | _CENTRE_HEADS
    if end > ent.end and institute and (tail := _subject_tail(doc, end)) is not None:
        end = j = tail  # "[Tarsia] Centre for Maritime Studies"
    taken = inside
    last = doc[end - 1]
    if last.lower_ in _SERVING_HEADS and last.is_title and end + 1 < len(doc) and (
            doc[end].lower_ in ("in", "for", "to")) and i + taken < len(ents) and (
            ents[i + taken].start == end + 1 and ents[i + taken].label_ in _PLACE_LABELS) and (
            not _seated_office(doc, end, ents[i + taken])):
        end = ents[i + taken].end
        taken += 1
    elif (theatre := _theatre_end(doc, end, ents[i + taken : i + taken + 1])) is not None:
        end = theatre  # "European Union Naval Force Somalia": the force of its theatre
        taken += 1
    if end == ent.end:
        return None
    end = _compass_suffix(doc, end)
    if ent.label_ in _STATE_LABELS and end - ent.end == 1 and taken == 1 and (
            doc[end - 1].lower_ in _STATE_FORCE_HEADS):
        return None  # "Sudan Army", "Iraqi Forces": a state's own forces, read by agents
    pieces = ents[i : i + taken]
    span = name_span(doc, ent.start, end, pieces)
    if span is None and institute:
        # (a place opens it: "[Tarsia] Development Fund" is a body, not a place)
        span = Span(doc, ent.start, end, label="ORG", span_id=doc[ent.start : end].text)
    return None if span is None else (span, taken)


# Heads of a body's name that no list of group heads holds, read after a place's name
# ("the Tarsia Development Fund", "the Tarsia Institute"); a centre only with the subject
# it is for ("the Tarsia Centre for Maritime Studies": a centre alone may be a building)
_INSTITUTE_HEADS = words("fund foundation institute")
_CENTRE_HEADS = words("center centre")


def _and_inside(doc: Doc, j: int, start: int) -> bool:
    """"Development and Housing": "and" between two capitalised words of a name
    after the first entity, the first no head of its own ("[the Tarsia Army] and Navy"
    are two)."""
    return j > start and doc[j].lower_ == "and" and j + 1 < len(doc) and (
        doc[j + 1].is_title and doc[j + 1].is_alpha and doc[j + 1].ent_type_ == "") and (
        doc[j - 1].is_title and doc[j - 1].lower_ not in HEAD_TYPES)


def _subject_tail(doc: Doc, end: int) -> int | None:
    """Where "for Maritime Studies" after an institute's head ends: "for" and one to
    three capitalised words no entity holds, closing the name."""
    if end + 1 >= len(doc) or doc[end].lower_ != "for":
        return None
    k = end + 1
    while k < len(doc) and k - end <= 3 and doc[k].is_title and doc[k].is_alpha and (
            doc[k].ent_type_ == ""):
        k += 1
    if k == end + 1 or (k < len(doc) and (doc[k].is_title or doc[k].lower_ in ("of", "and"))):
        return None
    return k


def _theatre_end(doc: Doc, end: int, place: list[Span]) -> int | None:
    """Where a force's name ends that the country it serves in closes ("the Joint Task
    Force Philippines", "the European Union Naval Force Somalia"): the country's name
    (up to three words) straight after the head word "Force", with no "in" between,
    ending the phrase; None otherwise."""
    if doc[end - 1].text != "Force" or not place or place[0].start != end or (
            place[0].label_ not in _PLACE_LABELS or len(place[0]) > 3):
        return None
    after = place[0].end
    if after < len(doc) and (doc[after].is_title or doc[after].lower_ in _SKIPPED
                             or doc[after].text in ("'s", "\u2019s")):
        return None  # "... Force Somalia National Army": names run on
    return after


def _seated_office(doc: Doc, end: int, place: Span) -> bool:
    """"[the Foreign Office] in Islamabad": a government's own office (foreign, home,
    cabinet, presidential) in a state's capital sits there; the city is no part of
    its name, as it is of a mission's or a delegation's ("the UN Mission in X")."""
    return doc[end - 1].lower_ == "office" and end >= 2 and (
        doc[end - 2].lower_ in _STATE_OFFICES) and place.label_ == "STATE" and (
        place.text != place.ent_id_)  # (the capital, not the state's own name)


# Words of a state's own offices: "the Foreign Office", "the Cabinet Office"
_STATE_OFFICES = words("foreign home cabinet presidential")
# Lower-case words a name goes on over: "Office of the UN High Commissioner for Refugees"
_NAME_JOINERS = words("of the for and on")
# Last words ("the" aside) of a name the model cut short
_OPEN_JOINERS = words("of for")


def _name_after_joiner(ents: list[Span], i: int) -> tuple[Span, int] | None:
    """"[The Office of the] [UN] High Commissioner for Refugees": a body's name the model
    ended on "of the" or "for" runs on over the capitalised words and the names after it
    to its last capitalised word; an office of a known organisation ("the UN") is the
    organisation's, others are typed by their head word."""
    ent = ents[i]
    doc = ent.doc
    cut = ent.end - 1 if ent[-1].lower_ == "the" else ent.end
    if ent.label_ != "ORG" or ent.ent_id_ or len(ent) < 3 or (
            doc[cut - 1].lower_ not in _OPEN_JOINERS) or not _headed_before_joiner(
                doc[ent.start : cut - 1], doc[cut - 1], ents[i + 1 : i + 2]):
        return None
    j, end, taken = ent.end, ent.end, 1
    while j < len(doc) and j - ent.start < _MAX_NAME:
        tok = doc[j]
        if i + taken < len(ents) and ents[i + taken].start == j:
            piece = ents[i + taken]
            if piece.label_ not in _INNER_LABELS | _PLACE_LABELS or _owning_body(ent, piece):
                break
            j = end = piece.end
            taken += 1
        elif tok.is_title and tok.is_alpha and not tok.ent_type_:
            j = end = j + 1
        elif tok.is_lower and tok.lower_ in _NAME_JOINERS and not (tok.lower_ == "and" and (
                j + 1 >= len(doc) or doc[j + 1].ent_type_ or not doc[j + 1].is_title)):
            j += 1  # (not "and the", "and Chadian police": another name opens there)
        else:
            break
    if end == ent.end:
        if i + 1 < len(ents) and ents[i + 1].start == ent.end and _owning_body(ent, ents[i + 1]):
            # "[the Ministry of Electricity of the] [Kurdistan Regional Government]"
            span = doc[ent.start : cut - 1]
            return Span(doc, span.start, span.end, label=head_type(span) or "ORG",
                        span_id=span.text), 1
        return None
    pieces = ents[i + 1 : i + taken]
    span = doc[ent.start : end]
    kind = "ORGANIZATION" if any(p.label_ == "ORGANIZATION" and p.ent_id_ for p in pieces) else (
        head_type(span) or "ORG")
    return Span(doc, ent.start, end, label=kind, span_id=span.text), taken


def _headed_before_joiner(name: Span, joiner: Token, after: list[Span]) -> bool:
    """The words before the joiner end in a body's head word: one of `HEAD_TYPES`, or
    before "of" and a region's name a service's ("[the Police Service of] [Northern
    Ireland]", "[the Fire Service of] [Wales]": no name ends on "of"; a state's service,
    "[the Security Service of] [Ukraine]", is read with the state's bodies)."""
    if head_type(name) is not None:
        return True
    return joiner.lower_ == "of" and name[-1].is_title and (
        name[-1].lower_ in OF_PLACE_HEADS) and bool(after) and (
        after[0].start == joiner.i + 1 and after[0].label_ in _REGION_LABELS)


def _owning_body(ent: Span, piece: Span) -> bool:
    """"the Ministry of [Peshmerga Affairs] of the [Kurdistan Regional Government]": a
    government body's name after a second "of", the first one's portfolio named already,
    is the body the ministry is part of, a name of its own."""
    doc = ent.doc
    of = piece.start - 1 - (doc[piece.start - 1].lower_ == "the")
    first = next((t.i for t in ent if t.lower_ in _OPEN_JOINERS), None)
    return piece.label_ == "GOVERNMENT_BODY" and doc[of].lower_ == "of" and (
        first is not None and first < of) and any(t.is_title for t in doc[first + 1 : of])


# A state's or a people's name and the word for its own forces ("Sudan Army", "Iraqi
# Forces") are read by agents; a region's name before any group word ("the Sahel Front"),
# or a state's before a group's own word ("Brigade", "Front"), opens a group's name.
_STATE_LABELS = frozenset({"STATE", "GPE", "NORP"})
# Plural nouns of a people or a class whose possessive runs inside a body's name:
# "[Sudan] People's Liberation Movement", "[Kivu] Workers' Party", "the Women's Union"
_COLLECTIVE_OWNERS = words("people peoples workers women farmers students youth patriots "
                           "citizens mothers veterans toilers")
# Compass words hyphened after a name's head, naming one wing of a split body:
# "... Movement-North", "... Front-South"
_COMPASS_SUFFIXES = words("north south east west")


def _collective_owner(doc: Doc, j: int, start: int) -> bool:
    """Token `j` is the possessive of a people's plural noun left unlabelled inside a
    name, a capitalised word after it: "People['s] Liberation", "Workers['] Party" (not
    right after the entity: "[Sudan]'s Rapid Support Forces" is the state's)."""
    return j > start and j + 1 < len(doc) and doc[j].text in _SKIPPED and (
        doc[j].text != "-") and doc[j - 1].lower_ in _COLLECTIVE_OWNERS and (
        doc[j - 1].ent_type_ == "") and doc[j + 1].is_title and doc[j + 1].is_alpha


def _compass_suffix(doc: Doc, end: int) -> int:
    """The end of a name run on over a hyphened compass word right after its head word:
    "Liberation Movement-North" (no space either side of the hyphen)."""
    if end + 1 < len(doc) and doc[end].text in ("-", "\u2013") and (
            doc[end - 1].whitespace_ == "" and doc[end].whitespace_ == "") and (
            doc[end + 1].lower_ in _COMPASS_SUFFIXES and doc[end + 1].is_title):
        return end + 2
    return end
_STATE_FORCE_HEADS = words("army forces force guard guards corps")
# Labels of a piece a longer name may hold: a group or a people, not a person, nor a
# place (whether "International [Syria] Support Group" starts at "International" is unsure).
_INNER_LABELS = _GROUP_LABELS | {"NORP"}
_AIM_WORDS = words("for of and a the")
_MAX_AIM = 8  # tokens


def _aim_name(ents: list[Span], i: int) -> tuple[Span, int] | None:
    """"[the Alliance of Patriots] for a Free and Sovereign Kivu": a body's name that
    opens with its head word goes on over "for" and the capitalised words of
    its aim, place names among them, as long as only joining words come between them
    and no noun follows that the words would modify."""
    ent = ents[i]
    if ent.label_ not in _GROUP_LABELS:
        return None
    doc = ent.doc
    first = ent[1] if len(ent) > 1 and ent[0].lower_ in _LEADING else ent[0]
    # (a name ending in its head word goes on over its aim too, "the Military Council
    # for the Salvation of X", unless the gazetteer knows the name as it is)
    opens = first.is_title and first.lower_ in HEAD_TYPES
    ends = ent[-1].is_title and ent[-1].lower_ in HEAD_TYPES and not ent.ent_id_
    if not (opens or ends) or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "for":
        return None
    end, j = ent.end, ent.end
    while j < len(doc) and j - ent.end < _MAX_AIM and (
            doc[j].lower_ in _AIM_WORDS or (doc[j].is_title and doc[j].is_alpha)):
        j += 1
        if doc[j - 1].is_title:
            end = j
    if end == ent.end or j > end or (j < len(doc) and (
            doc[j].is_title or doc[j].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"))):
        return None  # ("for Change and Kabinda residents": a list, not one name)
    if j + 1 < len(doc) and doc[j].lower_ == "to" and doc[j + 1].pos_ in ("VERB", "AUX"):
        return None  # "calls by X for Y to withdraw": who is asked, not an aim
    if not opens and all(doc[k].ent_type_ in _PLACE_LABELS for k in range(ent.end, end)
                         if doc[k].is_title):
        return None  # "X Council for Y" with Y a place only: whom it works for, or a plea
    taken = 1
    while i + taken < len(ents) and ents[i + taken].start < end:
        if ents[i + taken].end > end:
            return None
        taken += 1
    pieces = ents[i : i + taken]
    if any(p.label_ in _GROUP_LABELS for p in pieces[1:]):
        return None  # "a committee for the X Army": a body of another body
    span = name_span(doc, ent.start, end, pieces)
    return None if span is None else (span, taken)


# "the Front for the Defence of ...": a body's head word opening its name before its aim
_HEAD_BEFORE_AIM = re.compile(r"\b[Tt]he ([A-Z][a-z]+) for (?:the |a |an )?[A-Z]")


def _heads_before_aim(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"The Front for the Defence of the Mountains": a head word the model left out of
    every entity, after "the" and before "for" and the capitalised words of an aim, opens
    a body's name (read whole by `_aim_name`, or not at all: "the Front" alone stays
    unread)."""
    if " for " not in text:
        return ents
    out = ents
    for found in _HEAD_BEFORE_AIM.finditer(text):
        head = sent.char_span(found.start(1), found.end(1))
        if head is None or head[0].lower_ not in HEAD_TYPES or head[0].ent_type_:
            continue
        opened = Span(sent.doc, head.start, head.end, label=HEAD_TYPES[head[0].lower_])
        trial = _put_in(out, [], opened)
        at = trial.index(opened)
        merged = _aim_name(trial, at)
        if merged is None:
            continue
        name, taken = merged
        out = _put_in(out, trial[at + 1 : at + taken], name)
    return out


# ---------------------------------------------------------------- openers
# Arabic words that open armed groups' names, as head words close English ones
# ("army", "brigade", "movement", "battalions", "front", "companies", "supporters",
# "state", "organisation", "legion", "leagues", "soldiers"). ("Jamaat" and "Hayat" are
# left out: a party's name and a given name open with them too.)
GROUP_OPENERS = words(
    "jaysh jaish jeish liwa liwaa harakat harakah kataib katibat katibah jabhat saraya "
    "ansar dawlah dawlat tanzim faylaq asaib junud"
)
# Spanish plural articles: "Los Zetas"-like names of cartels and gangs, where the words
# are not a place ("Los Angeles", "Las Cruces").
_PLURAL_ARTICLES = words("los las")


def _opened_name(ents: list[Span], i: int) -> tuple[Span, int] | None:
    """A group's name opened by an Arabic group word ("Liwa [al-Nasr]", the model
    labelling the rest alone, or "Jaish Omar" read as a person) or by a Spanish plural
    article and no place ("Los Tigres"): one armed group. Names the gazetteer knows keep
    its reading."""
    ent = ents[i]
    if ent.ent_id_:
        return _known_group_opened(ents, i)
    if ent.label_ not in _OPENED_LABELS:
        return None
    doc = ent.doc
    start = ent.start
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.is_title and before.lower_ in GROUP_OPENERS and (
            i == 0 or ents[i - 1].end < start):
        start -= 1
    first, rest = doc[start], doc[start + 1 : ent.end]
    arabic = first.lower_ in GROUP_OPENERS and len(rest) >= 1
    core = next((t.i for t in rest if t.text in _SPANISH_OF
                 and _spanish_place_tail(doc, t.i) == ent.end), ent.end)
    spanish = first.lower_ in _PLURAL_ARTICLES and 1 <= core - start - 1 <= 2 and all(
        t.is_title for t in doc[start + 1 : core]) and not (
        is_place_name(doc[start : start + 2].text) or is_place_name(doc[start : ent.end].text))
    if not first.is_title or not (arabic or spanish):
        return None
    end, taken = ent.end, 1
    if spanish and (tail := _spanish_place_tail(doc, end)) is not None:
        # "Los Topos del Marañón": the place the gang is named for is its name's own
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if nxt is None or nxt.start >= tail:
            end = tail
        elif nxt.end <= tail and not nxt.ent_id_:
            end, taken = tail, 2
    span = doc[start:end]
    return Span(doc, start, end, label="ARMED_GROUP", span_id=span.text), taken


def _known_group_opened(ents: list[Span], i: int) -> tuple[Span, int] | None:
    """"Harakat [al-Shabaab] al-Mujahideen": a known armed group's name after an Arabic
    group word, with the hyphened words glued on after it, is the group's full name, the
    known group named by it."""
    ent = ents[i]
    doc = ent.doc
    if ent.label_ != "ARMED_GROUP" or ent.start == 0 or not doc[ent.start - 1].is_title or (
            doc[ent.start - 1].lower_ not in GROUP_OPENERS) or (
            i > 0 and ents[i - 1].end == ent.start):
        return None
    end = ent.end
    while end + 2 < len(doc) and doc[end].lower_ in _HYPHEN_ARTICLES and (
            doc[end + 1].text == "-") and not doc[end].whitespace_ and (
            not doc[end + 1].whitespace_) and doc[end + 2].is_title and not doc[end + 2].ent_type_:
        end += 3
    return Span(doc, ent.start - 1, end, label=ent.label_, span_id=ent.ent_id_), 1


_HYPHEN_ARTICLES = words("al el ad an ar as ash at az")
_SPANISH_OF = words("del de")
_SPANISH_ARTICLES = words("la las los el")


def _spanish_place_tail(doc: Doc, end: int) -> int | None:
    """Where a gang's name opened by "Los"/"Las" ends when "del" or "de" (and an article)
    and one or two capitalised words follow it: "Los Topos del Marañón", "Las Garzas de
    la Sierra"; None where no such words follow."""
    if end >= len(doc) or doc[end].text not in _SPANISH_OF:
        return None
    i = end + 1
    if i < len(doc) and doc[i].text in _SPANISH_ARTICLES:
        i += 1
    last = i
    while last < len(doc) and last - i < 2 and doc[last].is_title and doc[last].is_alpha:
        last += 1
    return last if last > i else None


# ---------------------------------------------------------------- people
_MODEL_LABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC"})
# Titles that alone before a name make it a person's, and open no body's or place's
# name ("General Motors", "King County", "Prince Edward Island" open with others).
PERSONAL_TITLES = words(
    "president minister colonel captain sergeant brigadier admiral sheikh shaykh imam "
    "ayatollah mullah emir sultan senator mayor commander lieutenant marshal " + HONORIFICS
)
_BODY_WORDS = frozenset(HEAD_TYPES) | ARMED_WORDS | GOVERNMENT_WORDS | ORG_WORDS | words(
    "county island islands province state city district region")


def _name_word(tok: Token) -> bool:
    """A capitalised word the model left out of every entity that may go on a person's
    name: no title, no head word of a body."""
    return tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and tok.ent_type_ == "" and (
        tok.lower_ not in TITLE_WORDS and tok.lower_ not in HEAD_TYPES)


_HONORIFIC_WORDS = words(HONORIFICS)


def _honorific_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"chaired by Padoh Saw Lah Htoo", "led by Maulana Noor Gul Wazir": two to five
    capitalised words the model left out of every entity after an honorific are a
    person's name (the honorific a title, not part of it), whatever the tagger read in
    them (a Karen "Saw" as a verb)."""
    lowered = text.lower()  # (once, not once per honorific tried)
    if not any(w in lowered for w in _HONORIFIC_WORDS):
        return ents
    out = ents
    doc = sent.doc
    for tok in sent:
        if tok.lower_ not in _HONORIFIC_WORDS or not tok.is_title:
            continue
        # (or the model's entity opened by the honorific: "[Padoh Saw Lay Htoo] Moo" read
        # as a body)
        opened = [e for e in out if e.start == tok.i and not e.ent_id_]
        if tok.ent_type_ and not opened:
            continue
        inside = [] if not opened else opened[:1]
        end = tok.i + 1
        while end < sent.end and end - tok.i <= 5 and doc[end].is_title and (
                doc[end].is_alpha) and (not doc[end].ent_type_ or (
                    inside and end < inside[0].end)) and (
                doc[end].lower_ not in TITLE_WORDS and doc[end].lower_ not in _BODY_WORDS):
            end += 1
        if not 2 <= end - tok.i - 1 <= 5 or (end < sent.end and doc[end].is_title) or (
                inside and inside[0].end != end):
            continue
        out = _put_in(out, inside, Span(doc, tok.i + 1, end, label="PERSON"))
    return out


def _person_run(ents: list[Span], i: int) -> tuple[Span, int] | None:
    """A person's name the model cut: "[Ana Lucia] Ferreira", or two person entities
    side by side with nothing between them. Leftwards only after a lower-case title
    ("spokesperson Ana [Lucia Ferreira]"): a capitalised word before a name is as often
    a title, "Anatomist", "Actress", as a first name."""
    ent = ents[i]
    if ent.label_ != "PERSON":
        return None
    doc = ent.doc
    start, end, taken = ent.start, ent.end, 1
    while end < len(doc) and end - ent.end < 2 and _name_word(doc[end]) and (
            doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end) and (
            not doc[end].is_sent_start):
        end += 1
    if end == ent.end and i + 1 < len(ents) and _person_tail(ents[i + 1], doc[end - 1]) and (
            ents[i + 1].start == end and ents[i + 1].end - start <= 5 and doc[end - 1].whitespace_):
        end, taken = ents[i + 1].end, 2
    given = start
    while given > max(1, start - 2) and _name_word(doc[given - 1]) and (
            not doc[given - 1].is_sent_start):
        given -= 1
    if given < start and role_noun(doc[given - 1]):
        start = given  # "spokesperson Ana Lucia [Ferreira]": after a title, no title word
    if (start, end) == (ent.start, ent.end):
        return None
    return Span(doc, start, end, label="PERSON"), taken


def _person_tail(ent: Span, last: Token) -> bool:
    """The entity right after a person's name goes on with it: a person's too, or
    capitalised words the model read as a product or a work ("[Ramón Eduardo] [Valdez
    Quiroz]") that the name's last word modifies."""
    if ent.label_ == "PERSON":
        return True
    return ent.label_ in ("PRODUCT", "WORK_OF_ART") and last.dep_ == "compound" and (
        ent.start <= last.head.i < ent.end) and all(t.is_title and t.is_alpha for t in ent)


def _given_name_as_place(ents: list[Span], i: int) -> tuple[Span, int] | None:
    """"[Andrés] [Calvo Ruiz]": a given name the model read as a place (accented and
    Spanish names often are), right before a person's name it modifies, is the person's
    first name when no place is called so ("in [Culiacán] [Ana Ruiz] was ..." keeps the
    town: it is no modifier of the name)."""
    ent = ents[i]
    if i + 1 >= len(ents) or ent.label_ not in ("GPE", "LOC") or len(ent) != 1 or ent.ent_id_:
        return None
    person, tok = ents[i + 1], ent[0]
    if person.label_ != "PERSON" or person.start != ent.end or not tok.whitespace_:
        return None
    if not (tok.is_title and tok.is_alpha) or tok.dep_ != "compound" or not (
            person.start <= tok.head.i < person.end) or is_place_name(tok.text):
        return None
    return Span(ent.doc, ent.start, person.end, label="PERSON"), 2


def _place_cut(ent: Span) -> tuple[Span, int] | None:
    """"Debre [Markos]", "Ras [Kamboni]": a town's name the model labelled from its
    last word only (often as a person), the capitalised word before it left out; the
    whole is the town when the place lists know it so and the last word alone not."""
    doc = ent.doc
    if ent.label_ not in ("PERSON", "ORG", "GPE") or len(ent) != 1 or ent.start == 0 or (
            ent.ent_id_):
        return None
    before = doc[ent.start - 1]
    if not (before.is_title and before.is_alpha and before.ent_type_ == "" and (
            before.head.i == ent.start)) or before.lower_ in TITLE_WORDS:
        return None
    whole = doc[ent.start - 1 : ent.end]
    if not is_place_name(whole.text) or is_place_name(ent.text):
        return None
    return Span(doc, whole.start, whole.end, label="GPE"), 1


def _titled_person(ent: Span) -> tuple[Span, int] | None:
    """"Field Marshal Idriss Mahamat" read as a body: a title, then a name of one to four
    capitalised words, is the person named (the title stays an alias)."""
    if ent.label_ not in _MODEL_LABELS:
        return None
    k = 0
    while k < len(ent) and ent[k].lower_ in TITLE_WORDS:
        k += 1
    if k == 0 or k == len(ent) or len(ent) - k > 3 or not any(
            t.lower_ in TITLE_HEADS for t in ent[:k]):
        return None
    if k == 1 and ent[0].lower_ not in PERSONAL_TITLES:
        return None  # "General Electric", "King County": a title word opening a name
    name = ent[k:]
    if not all(t.is_title and t.text.replace("-", "").isalpha() and t.lower_ not in _BODY_WORDS
               for t in name):
        return None  # ("Imam Ali Foundation": a body named after the person)
    return Span(ent.doc, name.start, name.end, label="PERSON"), 1
