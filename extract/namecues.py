"""What the words around a name say about its type, where the model's label is wrong.

The small model reads many surnames as places ("shot Lincoln") and many towns as
people or firms ("smoke hung over Boise"). The sentence often settles it: only a
person is shot, murdered or aged 45; a town is what one comes from or lies
north of. These cues only re-type a name the gazetteer does not know. A group's noun
after a bracket types the name before it, the bracket an acronym or a gloss of the name
("X (\"sons of the river\" in Tiv), a militia"), never a person's role ("a militia
leader"). Two towns the place lists know, listed together, are towns whatever the model
read them as. What one leads, heads, chairs or founded ("who leads X", "X, led by Y",
"the leader of X") is a body, never a person (nor one led away, "led X to a van").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from .lexicon import (
    ARMED_WORDS,
    ARMS_AND_AID,
    BODY_HEADS,
    DESCRIPTORS,
    GOVERNMENT_WORDS,
    JOB_NOUNS,
    ORG_WORDS,
    PLACE_NOUNS,
    PROVIDE_VERBS,
    ROLE_NOUNS,
    STATE_ITSELF,
    words,
)
from .placenames import is_place_name, is_state_abbreviation

# Verbs whose object is a person ("killed Lincoln"), and those whose subject is too:
# a state may "kill" in a report, but it does not "shoot" or "murder" someone.
_KILL_OBJECT_VERBS = words("kill shoot murder assassinate slay stab strangle behead")
_KILL_SUBJECT_VERBS = words("shoot murder assassinate slay stab strangle")
# "the slaying of King", "Lincoln's assassin": nouns whose "of" or owner is a person
_KILL_NOUNS = words("killing slaying murder assassination shooting stabbing")
_KILLER_NOUNS = words("killer assassin murderer widow")
# "Nolan's hometown", "Nolan's wife": what only a person has
_KIN_NOUNS = words("hometown birthplace wife husband son daughter mother father brother "
                   "sister widow widower parents grandson granddaughter")
# "X, a young spy": nouns that only a person is, as an apposition to a name (an
# organisation can be a "member" or a "representative", so those are not here).
_PERSON_NOUNS = (frozenset(ROLE_NOUNS) | frozenset(JOB_NOUNS) | words(
    "spy doctor physician nurse student teacher farmer rancher priest actor actress singer "
    "writer author poet artist novelist man woman boy girl son daughter father mother wife "
    "husband brother sister widow veteran candidate senator congressman deputy patient "
    "suspect victim defendant resident native businessman soldier"
)) - words("member representative head chair agent delegate")
# Words before "of" that make what follows a place: "north of", "a native of".
_PLACE_BEFORE_OF = PLACE_NOUNS | words(
    "north south east west northeast northwest southeast southwest outskirts native "
    "natives resident residents hometown mayor capital department"
)
# Prepositions whose object, when it is a known town name, is the town.
PLACE_PREPS = words("in near outside from over across throughout around")
# "western Kamchatka": a compass adjective before a town or region
_COMPASS = words(
    "northern southern eastern western northeastern northwestern southeastern "
    "southwestern central"
)


def person_by_context(span: Span) -> bool:
    """The name is a person's: shot or killed, a killer, described as one ("X, a
    retired farmer"), or given an age ("Warner, 70,")."""
    root = span.root
    head = root.head
    if killed_or_killer(span):
        return True  # ("shot down" a plane is no killing)
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ in _KILL_NOUNS:
        return True
    if root.dep_ == "poss" and head.lemma_ in _KILLER_NOUNS | _KIN_NOUNS and not any(
            c.lower_ == "native" for c in head.children):
        return True  # "Lincoln's assassin", "Nolan's hometown" (not "Ohio's native son")
    if _placed_by_preposition(span):
        return False  # "born in Dayton, who ...": the clause is about someone else
    if any(c.dep_ == "appos" and (c.lemma_ in _PERSON_NOUNS or _one_of_a_people(c))
           for c in root.children):
        return True  # "Surratt, a young spy", "Haddad, a Lebanese Christian"
    if root.dep_ == "appos" and head.lemma_ in _PERSON_NOUNS:
        return True  # "a spokesman for the navy, Ana Ruiz,": the name is the spokesman
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "," and (
            doc[span.end + 1].lower_ in ("who", "whom")) and not _closes_apposition(span):
        return True  # "Mason, who ...", "Mason, whom police describe as ..."
    return _aged(span) or said_of_self(span) or _named_as_person(span) or _alias_after(span)


# Verbs that give a name to a noun before them: "a man identified as X", "a woman named X"
_NAMING_VERBS = words("identify name call know")


def named_noun(span: Span) -> Token | None:
    """The noun a name is given to: "a man identified as X", "a woman named X", "a
    village known as X"."""
    root = span.root
    head = root.head
    verb = head.head if root.dep_ == "pobj" and head.lower_ == "as" else head
    if verb.lemma_ not in _NAMING_VERBS or verb.dep_ != "acl" or verb.pos_ != "VERB":
        return None
    if verb is head and root.dep_ not in ("oprd", "dobj", "attr", "xcomp", "npadvmod"):
        return None
    return verb.head


def _named_as_person(span: Span) -> bool:
    """"a man identified as X", "a commander known as X": the name a noun only a person
    is goes by."""
    noun = named_noun(span)
    return noun is not None and noun.lemma_ in _PERSON_NOUNS


def _alias_after(span: Span) -> bool:
    """"X, alias Y": a person's other name (a group's is "also known as")."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "," and (
        doc[span.end + 1].lower_ == "alias")


# Lower-case nouns of a following that a person's name goes before: "Quispe's column",
# "the Ruiz faction", "Okello loyalists"
# (not "wing": "the party's armed wing" is a body's)
_FOLLOWING_NOUNS = words("column faction camp loyalists followers supporters men")


def heads_a_following(span: Span) -> bool:
    """"Quispe's column", "the Ruiz faction": a name of one or two capitalised words
    owning or naming a following is the person who leads it (a place's is no one's, and
    is the caller's to rule out)."""
    root = span.root
    head = root.head
    if len(span) > 2 or not all(t.is_title and t.is_alpha for t in span) or (
            {t.lower_ for t in span} & (ARMED_WORDS | GOVERNMENT_WORDS | ORG_WORDS)):
        return False  # ("the Tigris Party's faction": a body's)
    if root.dep_ == "compound" and span.end != head.i:
        return False  # (the name must stand right before the noun: "the Ruiz faction")
    return root.dep_ in ("poss", "compound") and head.lower_ in _FOLLOWING_NOUNS and (
        head.is_lower and head.pos_ == "NOUN")


# "who leads X", "X was led by", "X, led by", "the leader of X": what one leads is a
# body, never a person ("Yisrael Kadima" read as a person's name by the model)
_LEAD_VERBS = words("lead head chair found")
# (not "chief": "the traditional chief of X" is a village's)
_LEADER_NOUNS = words("leader leaders head chairman chairwoman chairperson founder "
                      "co-founder commander")
# "police led Ana Ruiz away", "led him to a van": a person taken somewhere
_LED_AWAY = words("away out off to into from onto through toward towards")


def led_body(span: Span) -> bool:
    """The name is what someone leads, heads, chairs or founded: the object of the verb
    ("Moshe Ravid, who leads Kadima Tova"), its passive subject ("Kadima Tova was led
    by"), the noun a participle "led by" describes ("Kadima Tova, led by Ruth Amsel") or
    the owner after a leader's noun ("the leader of Kadima Tova"); not a person led
    somewhere ("police led Ana Ruiz away", "led Ana Ruiz to a van")."""
    if any(t.lower_ in STATE_ITSELF for t in span):
        return False  # ("the Government of X, led by": the state itself)
    root = span.root
    head = root.head
    if any(t.lower_ not in ("the", "a", "an") for t in span.doc[root.left_edge.i : span.start]):
        return False  # the name ends a longer phrase ("the Pacific Fleet Omar Kaya", "the
        # UN Country Team"): whose the head is, the phrase says
    if root.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and (
            head.lemma_ in _LEAD_VERBS):
        return not any(c.lower_ in _LED_AWAY and c.dep_ in ("prt", "advmod", "prep")
                       for c in head.children)
    if any(c.dep_ == "acl" and c.lemma_ == "lead" and c.tag_ == "VBN" and any(
            g.dep_ == "agent" for g in c.children) for c in root.children):
        return True
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and (
        head.head.lower_ in _LEADER_NOUNS)


def _one_of_a_people(tok: Token) -> bool:
    """"a Lebanese Christian", "an American": a noun naming one member of a people."""
    return tok.ent_type_ == "NORP" and tok.tag_ == "NNP" and any(
        c.lower_ in ("a", "an") for c in tok.children)


def _closes_apposition(span: Span) -> bool:
    """"Ana Ruiz, a nurse with the Red Cross, who ...": a name ending the apposition on a
    person's name; "who" after it speaks of the person the apposition describes."""
    root = span.root
    prep = root.head
    noun = prep.head
    return root.dep_ == "pobj" and prep.dep_ == "prep" and noun.dep_ == "appos" and (
        noun.pos_ == "NOUN") and noun.head.ent_type_ == "PERSON"


def _placed_by_preposition(span: Span) -> bool:
    """"in Dayton", "Kate Moss of Dayton": where a place stands, the weaker cues after
    the name (an apposition, "who") speak of the person before it."""
    doc = span.doc
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.lower_ in PLACE_PREPS:
        return True
    return before.lower_ == "of" and span.start >= 2 and doc[span.start - 2].ent_type_ == "PERSON"


# Verbs of saying or thinking whose subject, when the clause they govern is about
# "he" or "she", is a person ("Carver said he would resign").
_SAY_VERBS = words("say tell admit deny claim insist think believe testify recall explain")
_PERSONAL_PRONOUNS = words("he she")


def said_of_self(span: Span) -> bool:
    """"Carver said he ...", "Carver admitted she ...": a name that speaks of itself as
    "he" or "she" (an organisation says "it" or "we")."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_ not in _SAY_VERBS:
        return False
    verb = root.head
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "pcomp", "pobj"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _PERSONAL_PRONOUNS
               for c in clause.children):
            return True
    return False


# Abbreviations with a rank's shape that are not titles of a person
_NOT_RANKS = words("st. mt. ft. jan. feb. mar. apr. aug. sept. sep. oct. nov. dec. no. nos. "
                   "inc. co. corp. ltd. jr. sr. vs. ave. rd. dept. univ.")


def rank_before(tok: Token) -> bool:
    """"Capt.", "Sgt.", "Dr.", "Gov.": an abbreviated title, which only a person's name
    follows (a word of capitals and a period, not a state's, a month's or a firm's)."""
    text = tok.text
    return (text.endswith(".") and 3 <= len(text) <= 6 and text[0].isupper()
            and text[:-1].isalpha() and text.lower() not in _NOT_RANKS
            and not is_state_abbreviation(text))


def killed_or_killer(span: Span) -> bool:
    """Only a person is shot or murdered ("the sniper shot Corrigan"), or shoots: the
    cue holds even for a name some town also bears."""
    root = span.root
    head = root.head
    if root.dep_ == "dobj" and head.lemma_ in _KILL_OBJECT_VERBS and not any(
            c.dep_ == "prt" for c in head.children):
        return True
    return root.dep_ == "nsubj" and head.lemma_ in _KILL_SUBJECT_VERBS


def named_by_deed(span: Span) -> bool:
    """Cues strong enough to make a name the model left unlabelled a person's: killed or
    a killer, given an age, speaking of itself as "he" or "she", or described as one
    ("Ana Ruiz, a spokeswoman for ...")."""
    return killed_or_killer(span) or _aged(span) or said_of_self(span) or any(
        c.dep_ == "appos" and c.lemma_ in _ONLY_PERSONS for c in span.root.children) or (
        after_title(span)) or _personal_relative(span)


def _personal_relative(span: Span) -> bool:
    """"Tunde Bakare, whom police describe as ...", "Tunde Bakare, who ...": a name of two
    or more words that a personal relative pronoun follows, with no article before it
    (not "the Black Axe, who ...", a body's)."""
    doc = span.doc
    return len(span) >= 2 and span.end + 1 < len(doc) and doc[span.end].text == "," and (
        doc[span.end + 1].lower_ in ("who", "whom")) and not (
        span.start > 0 and doc[span.start - 1].lower_ == "the") and not _closes_apposition(span)


def after_title(span: Span) -> bool:
    """"a spokesman for the X Movement, Ana Ruiz, said", "the group's commander, Ana
    Ruiz,": a name set between commas right after a title that only a person holds,
    or after the body that title is of."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "," or span.end >= len(doc) or (
            doc[span.end].text != ","):
        return False
    noun = doc[span.start - 2]
    for step in range(3):  # the title, or the body its "for" / "of" governs
        # (a title written with a capital before its body is a noun the parser may read
        # as a name: "the Governor of Kwara State, X")
        if noun.lemma_.lower() in _TITLE_NOUNS and (
                noun.pos_ == "NOUN" or (step and noun.pos_ == "PROPN" and noun.is_title)):
            return True
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "of", "at", "with"):
            return False
        noun = noun.head.head
    return False


# Nouns that, as an apposition, only a person is: no firm is a spokeswoman or a widow
# (a firm may be a "publisher", a "leader" or a "producer", so those are not here).
_ONLY_PERSONS = words(
    "spokesman spokeswoman spokesperson lawyer attorney professor lecturer researcher "
    "scientist economist reporter correspondent journalist columnist officer soldier "
    "student teacher farmer doctor physician nurse priest widow widower actor actress "
    "singer writer author poet artist novelist senator congressman veteran man woman "
    "boy girl father mother son daughter wife husband"
)
# Titles a person holds in a body ("a native of X, Y," places; it names no one).
_TITLE_NOUNS = (frozenset(ROLE_NOUNS) | frozenset(JOB_NOUNS) | _ONLY_PERSONS) - words(
    "member representative head chair agent delegate")


def role_noun(tok: Token) -> bool:
    """"spokesperson", "commander", "chief": a lower-case title only a person holds."""
    return tok.is_lower and tok.pos_ == "NOUN" and tok.lemma_.lower() in _TITLE_NOUNS


def _aged(span: Span) -> bool:
    """"Sanders, 45, was ...": a name followed by an age between commas."""
    doc = span.doc
    end = span.end
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text not in (",", "."):
        return False
    age = doc[end + 1].text
    return age.isdigit() and 1 <= int(age) <= 120


# Kinds of place whose "of" opens a list of their names: "the towns of X, Y and Z"
_PLACES_OF_LIST = PLACE_NOUNS | words(
    "cities towns villages provinces regions districts areas counties municipalities "
    "localities settlements capitals ports")
# Labels of the entities a listed town may be (the gazetteer's place, the model's)
_TOWN_LABELS = frozenset({"GPE", "LOC", "LOCATION"})


def _list_members(first: Token) -> list[Token]:
    """The heads of a coordinated list opened by `first`: it and its conjuncts."""
    members, todo = [], [first]
    while todo:
        tok = todo.pop()
        members.append(tok)
        todo.extend(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN")
    return members


def listed_with_places(span: Span, is_town: Callable[[str], bool]) -> bool:
    """"Kidal, Tessalit and Aguelhok", "the towns of X, Y and Z", "held Lokoja and X":
    a name listed with towns (not states, which stand beside people and bodies) or
    after a plural kind of place is one more town; so is a town the lists know listed
    with a name the model read as a place ("seized X and Lokoja"), or with another town
    they know, whatever the model read either as."""
    first = span.root
    while first.dep_ == "conj" and first.head.pos_ == "PROPN":
        first = first.head
    if first.dep_ == "pobj" and first.head.lower_ == "of" and (
            first.head.head.lower_ in _PLACES_OF_LIST):
        return True
    ents = None
    for member in _list_members(first):
        if span.start <= member.i < span.end or not member.ent_type_:
            continue
        ents = ents if ents is not None else span.doc.ents
        ent = next((e for e in ents if e.start <= member.i < e.end), None)
        if ent is None or (not is_town(ent.text) and not (
                ent.label_ in _TOWN_LABELS and is_town(span.text))):
            continue
        if ent.label_ in _TOWN_LABELS or is_town(span.text):
            return True  # (two towns the lists know, whatever the model read them as)
    return False


# Prepositions whose object, a name the model read as a person's, is a place: "in
# Azawad", "in the Diaspora", "towards Dunboy"
_IN_PLACE_PREPS = words("in inside near outside towards toward off")
# Verbs of going whose "to" or "into" leads to a place: "fled to Kulm", "the troops
# withdrew to X and Y" (not "handed over to", "spoke to", "sent a letter to", nor
# "returned the weapons to X", what is given back)
_GOING_VERBS = words(
    "flee retreat withdraw deploy redeploy travel move head return relocate evacuate march "
    "advance fly sail escape deport displace")
_GOING_PREPS = words("to into")
# Verbs of sending, and what sent "to" a name makes it a place: "sent 1,100 troops to
# Kulm" (not "sent a letter to X", nor "sent weapons to X": arms go to a side)
_SENDING_VERBS = words("send dispatch")
_FORCES_SENT = words("troops soldiers forces reinforcements police policemen officers units "
                     "battalions personnel troop soldier force unit battalion")
# Verbs of leaving whose "for" is where one goes: "fled X for Kulm", "left for Kulm"
_LEAVING_VERBS = words("flee leave depart")


def in_place_slot(span: Span) -> bool:
    """"fighting in Azawad", "leaders in the Diaspora", "capsized off Kulm", or a slot of
    going (`going_slot`): a name of one or two words that a preposition of place governs,
    or listed after one that is ("in Kulm and Orsk"; the person cues are the caller's to
    weigh)."""
    prep = _slot_preposition(span)
    if prep is None:
        return _off_a_coast(span)
    return prep.lower_ in _IN_PLACE_PREPS or going_slot(span)


def going_slot(span: Span) -> bool:
    """"fled to Kulm", "withdrew to Kulm and Orsk", "fled Orsk for Kulm", "sent troops to
    Kulm": a name of one or two words where a verb of going or leaving ends, or where
    forces are sent, what is handed or given back "to" someone aside."""
    prep = _slot_preposition(span)
    if prep is None:
        return False
    verb = prep.head
    if prep.lower_ == "for":
        if verb.dep_ == "dobj":
            verb = verb.head  # "fled Korvash for Kulm": hung on the place left
        return verb.lemma_ in _LEAVING_VERBS and verb.pos_ == "VERB"
    if prep.lower_ not in _GOING_PREPS or verb.pos_ != "VERB":
        return False
    if verb.lemma_ in _SENDING_VERBS:
        return any(c.dep_ == "dobj" and c.lower_ in _FORCES_SENT for c in verb.children)
    return verb.lemma_ in _GOING_VERBS and not (
        verb.lemma_ == "return" and any(c.dep_ == "dobj" for c in verb.children))


def _slot_preposition(span: Span) -> Token | None:
    """The preposition right before the name (or "the" and the name, or the first of a
    list the name is in) that governs it."""
    doc = span.doc
    if len(span) > 2 or span.start < 1:
        return None
    first = span.root
    while first.dep_ == "conj" and first.head.pos_ == "PROPN" and first.head.i < first.i:
        first = first.head
    if first.dep_ != "pobj":
        return None
    before = first.left_edge.i - 1 if first.i != span.root.i else span.start - 1
    if before >= 1 and doc[before].lower_ == "the":
        before -= 1
    if before < 0 or first.head.i != before:
        return None
    return doc[before]


# Verbs of a ship lost at sea, whose "off" the parser hangs as a particle: "capsized
# off Kulm" ("fought off X", "paid off X" are no places)
_SEA_LOSS_VERBS = words("capsize sink drown founder")


def _off_a_coast(span: Span) -> bool:
    """"the boat capsized off Kulm", "off" read as the verb's particle."""
    doc = span.doc
    root = span.root
    return len(span) <= 2 and span.start >= 1 and doc[span.start - 1].lower_ == "off" and (
        doc[span.start - 1].dep_ == "prt") and root.dep_ == "dobj" and (
        root.head.lemma_ in _SEA_LOSS_VERBS)


def place_by_context(span: Span) -> bool:
    """A town name placed by its context: "over Boise", "north of Pinedale",
    "western Kamchatka", "Dana Hale, 30, of Marston"."""
    doc = span.doc
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.lower_ in PLACE_PREPS or before.lower_ in _COMPASS:
        return True
    if before.lower_ != "of" or span.start < 2:
        return False
    return _places_what_follows(doc[span.start - 2])


_PLACE_APPOSITIONS = PLACE_NOUNS | words("capital hometown birthplace")
# "a Memphis native", "Tulsa residents": a town's people
# ("X, the hometown of Y": a place too, but the words are as often about Y's place)
_PEOPLE_BIRTH_PLACES = words("hometown birthplace")
_PEOPLE_OF_PLACE = words("native natives resident residents")
_ONLY_PLACES_OF = words(
    "north south east west northeast northwest southeast southwest native natives "
    "outskirts suburb suburbs"
)


# Written lower-case, the parts a state is divided into ("the northern department of X";
# "the Department of X" is a ministry)
_LOWER_PLACES_OF = frozenset({"department", "prefecture", "regency", "state", "oblast"})


def place_without_gazetteer(span: Span, is_region: Callable[[str], bool]) -> bool:
    """Cues strong enough to make an unknown name a place: "Kulm, N.D.", "a native of
    Kulm", "ten miles south of Kulm", "a Kulm native"."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "," and (
            is_region(doc[span.end + 1].text)):
        return True
    root = span.root
    if root.dep_ == "compound" and root.head.lower_ in _PEOPLE_OF_PLACE | PLACE_NOUNS:
        return True  # "a Kulm native", "the Al-Sinek neighborhood"
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and (
            doc[span.start - 2].lower_ in _ONLY_PLACES_OF | PLACE_NOUNS or (
            doc[span.start - 2].text in _LOWER_PLACES_OF)):
        return True  # "south of Kulm", "the town of Kulm", "the department of Kulm"
    if span.start >= 4 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].text == (
            ",") and doc[span.start - 3].like_num and doc[span.start - 4].text == ",":
        return True  # "Ann Lowe, 52, of Kulm": where a person is from
    if (noun := named_noun(span)) is not None and noun.lemma_ in PLACE_NOUNS:
        return True  # "a village known as Kulm"
    return _described_as_place(span) or ruled_region(span) or _where_after(span) or (
        _listed_after_places_of(span))


# Prepositions of a place followed by ", where": "deployed to X, where ..."
_WHERE_PREPS = words("in to into at from near towards toward")


def _where_after(span: Span) -> bool:
    """"sent troops to Kulm, where youths had seized a barracks": a name of up to two
    words that a preposition of place governs, followed by ", where", is a place."""
    doc = span.doc
    if len(span) > 2 or span.start < 1 or span.end + 1 >= len(doc):
        return False
    prep = doc[span.start - 1]
    return doc[span.end].text == "," and doc[span.end + 1].lower_ == "where" and (
        prep.lower_ in _WHERE_PREPS and span.root.head.i == prep.i)


def _listed_after_places_of(span: Span) -> bool:
    """"the coastal neighbourhoods of Kulm and Vila Torta": names listed after a plural
    noun of places and "of" are places, the second and later ones too."""
    doc = span.doc
    root = span.root
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.i != root.i and not all(
            t.is_title or t.is_punct or t.lower_ in ("and", "do", "da", "de", "del", "dos")
            for t in doc[first.i : span.start]):
        return False  # (only names between them: "of Kulm, Tesk and Vila Torta")
    of = first.head
    if first.dep_ != "pobj" or of.lower_ != "of" or of.i != _list_start(first) - 1:
        return False
    noun = of.head
    return noun.i == of.i - 1 and noun.tag_ == "NNS" and noun.lemma_ in PLACE_NOUNS


def _list_start(tok: Token) -> int:
    """Where the name `tok` heads begins (its compound words before it)."""
    return min([tok.i, *(t.i for t in tok.lefts if t.dep_ == "compound")])


# Titles whose holder rules a region named after "of": "the Governor of Kwara State"
_REGION_RULERS = words("governor governors premier administrator")
# Capitalised last words of a region's name: "Kwara State", "Ghor Province"
_REGION_HEADS = PLACE_NOUNS | words("state")


def ruled_region(span: Span) -> bool:
    """"the Governor of Kwara State", "the administrator of Sool Region": a name that
    ends in a region's word and follows a regional ruler's title and "of" is the region
    (the model often reads "X State" as a person or a body)."""
    doc = span.doc
    if len(span) < 2 or not span[-1].is_title or span[-1].lower_ not in _REGION_HEADS:
        return False
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return False
    ruler = doc[i - 1].lower_
    # ("the Chief Minister of Shan State"; a minister of a state's portfolio is no ruler)
    return ruler in _REGION_RULERS or (
        ruler == "minister" and i >= 2 and doc[i - 2].lower_ == "chief")


def _described_as_place(span: Span) -> bool:
    """"Goma, the capital of ...", "Kulm, a town in ...": a place described as one."""
    doc = span.doc
    i = span.end + 1
    if i >= len(doc) or doc[span.end].text != ",":
        return False
    if doc[i].lower_ in ("the", "a", "an") and i + 1 < len(doc):
        i += 1
    while i + 1 < len(doc) and doc[i].pos_ == "ADJ":
        i += 1  # "a small town", "a northern city"
    # (the noun must head the apposition: "Smith, the city manager" is no place)
    return doc[i].lower_ in _PLACE_APPOSITIONS and doc[i].dep_ == "appos"


def _places_what_follows(tok: Token) -> bool:
    """The word before "of": "north", "the city", "a native", or an age's comma."""
    if tok.lower_ in _PLACE_BEFORE_OF:
        return True
    return tok.text == "," and tok.i > 0 and tok.nbor(-1).like_num


# The last word of a name that says it is a built structure or a feature of the land
# ("Samarra Barrage", "Kebara Cave"), whatever the model read.
_STRUCTURE_WORDS = words(
    "barrage dam bridge gate airport airbase airfield mosque shrine penitentiary prison "
    "jail refinery stadium palace tower port harbour harbor"
)
_LAND_WORDS = words(
    "mountain mountains mount river lake valley cave caves desert island islands peninsula "
    "plain plains hill hills canal bay strait seashore coast forest wilderness falls creek "
    "canyon glacier reservoir"
)
# First words of place names: "Camp Butner", "Fort Bragg", "Lake Chad", "Mount Blanc"
_STRUCTURE_FIRST = words("camp fort")
_LAND_FIRST = words("mount mt. lake")
# The Arabic words for a mountain, a valley, a village, a monastery, an estuary ("Jebel
# Amer", "Wadi Halfa", "Kafr Ruma", "Deir Hafer"): a place unless the name says it is a
# group or a body ("the Jabal Brigades")
_ARABIC_LAND_FIRST = words("jebel jabal jabel wadi kafr deir khor")


def feature_type(span: Span) -> str | None:
    """"FACILITY" for "Tharthar Barrage", "LOCATION" for "Zagros Mountains" or
    "Mount Blanc", else None (the caller makes sure the name has two words or more)."""
    if span[-1].lower_ == "hospital" and span[-1].is_title and span[0].is_title:
        return "FACILITY"  # "Wad Madani Teaching Hospital": a building a strike hits
    if any(t.lower_ in ORG_WORDS for t in span) or span[-1].lower_ in BODY_HEADS:
        # "Mount Hebron College", "the Lake Region Alliance": a body named after a place
        return None
    last, first = span[-1].lower_, span[0].lower_
    if last in _STRUCTURE_WORDS or first in _STRUCTURE_FIRST:
        return "FACILITY"
    if last in _LAND_WORDS or first in _LAND_FIRST or (
            last == "park" and len(span) > 2 and span[-2].lower_ == "national"):
        return "LOCATION"  # ("the Kainji Lake National Park": land, not a body)
    if first in _ARABIC_LAND_FIRST and len(span) <= 3 and not any(
            t.lower_ in ARMED_WORDS | GOVERNMENT_WORDS for t in span):
        return "LOCATION"
    return None


# Where a capital stands for its city, not its government: "flew to Caracas", "born
# in Cairo" (what is fired "at" or "over" a capital is aimed at its state)
_CITY_PREPS = words("in near outside around from to via")
# Verbs whose object is held ground (CONTROLS): a capital there is the city, not its state.
_TAKE_VERBS = words("seize capture control recapture retake occupy hold")
# Parts and facilities of a town: "the airport of X", "the outskirts of X" name the city.
_PARTS_OF_A_CITY = PLACE_NOUNS | words(
    "airport port harbour harbor outskirts streets suburbs centre center gates edge "
    "heart mayor residents"
) | words("capture seizure takeover recapture fall")  # "the fall of Kabul": the city taken


# Those who govern from a capital: "the government in Bamako", "officials in Luanda".
SEAT_RULERS = words(
    "government authorities administration regime junta leadership officials rulers")
# Words before them that keep them the capital's own ("senior officials", "the military
# junta"); any other ("US officials", "the de facto authorities", "city officials",
# "the former government") makes them someone else's, and the capital a city.
_SEAT_PLAIN = words(
    "the senior top ruling military interim transitional central federal government "
    "security civilian new current")


def governs_from(noun: Token) -> bool:
    """A ruler noun no other owner modifies, as in "the junta in Niamey" (the capital's
    state): not "UN officials in Juba" nor "the de facto authorities in Sanaa"."""
    return noun.lower_ in SEAT_RULERS and noun.pos_ == "NOUN" and all(
        c.lower_ in _SEAT_PLAIN for c in noun.lefts)


def seat_of(noun: Token) -> Token | None:
    """The head word of the place after "in" that the ruler noun governs from."""
    if not governs_from(noun):
        return None
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ != "in":
        return None
    # (right after the noun, wherever the parser hangs "in": "urged the government in X
    # to ...", "provided weapons to the government in X")
    return next((p for p in doc[noun.i + 1].children if p.dep_ == "pobj"), None)


def seated_in(prep: Token) -> bool:
    """"(urged) the authorities in X": the "in" that tells where rulers govern from."""
    return prep.lower_ == "in" and prep.i > 0 and seat_of(prep.doc[prep.i - 1]) is not None


def _given_to(prep: Token) -> bool:
    """"supplied drones to Kinshasa", "pledged aid to Kyiv": arms or aid go to a state
    (troops sent to a capital go to the city)."""
    verb = prep.head
    return verb.lemma_ in PROVIDE_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in ARMS_AND_AID for c in verb.children)


# Nouns a capital's name is set after as the city itself: "the capital, Bamako"
_CITY_NOUNS = words("capital city")


# Lower-case kind nouns after a capital's name that make it a region named after the
# city ("every inch of Khartoum state"), and the words after "state" that make it the
# state's own ("Khartoum state media", the country's)
_REGION_KINDS = words("state province region governorate prefecture oblast")
_STATE_ORGANS = words("media television tv radio news agency broadcaster run owned "
                      "department secretary")


def capital_as_city(span: Span, is_place: Callable[[str], bool],
                    government_nouns: frozenset[str]) -> bool:
    """A capital named as a place: "in Khartoum", "Caracas, Venezuela", a dateline
    ("Cairo, 2 May"), "the Baghdad mayor". As a doer ("Moscow warned") it stays its
    state, and so where those who govern from it sit ("the government in Bamako")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ == "'s":
        return False  # "in Baghdad's green zone": "in" governs the zone
    if after is not None and after.is_lower and after.lower_ in _REGION_KINDS and not (
            span.end + 1 < len(doc) and doc[span.end + 1].lower_ in _STATE_ORGANS):
        return True  # "Khartoum state", "the Kabul province governor": the region
    if span.start > 0 and doc[span.start - 1].lower_ in _CITY_PREPS:
        prep = doc[span.start - 1]
        if prep.lower_ == "to":
            return not _given_to(prep)
        seat = seat_of(doc[span.start - 2]) if span.start > 1 and prep.lower_ == "in" else None
        return seat is None or seat.i != span.root.i
    if _described_as_place(span):
        return True  # "Kampala, the hometown of X": the city
    if span.start >= 2 and doc[span.start - 1].text == "," and (
            doc[span.start - 2].lower_ in _CITY_NOUNS):
        return True  # "areas including the capital, Sanaa": named as the city
    if after is not None and after.text == "," and span.end + 1 < len(doc) and (
            is_place(doc[span.end + 1].text) or doc[span.start].is_sent_start):
        return True  # "Caracas, Venezuela", or a dateline "Cairo, 2 May"
    root = span.root
    if root.dep_ == "dobj" and root.head.lemma_ in _TAKE_VERBS:
        return True  # "the rebels seized Kabul": the city is what is held
    if root.dep_ == "pobj" and root.head.lower_ == "of" and (
            root.head.head.lower_ in _PARTS_OF_A_CITY):
        return True  # "the airport of Kabul": a part of the city
    return root.dep_ == "compound" and root.head.pos_ in ("NOUN", "PROPN") and (
        root.head.lower_ not in government_nouns)


# Last words of an institution's name ("... Training Center", "... Naturalization
# Service"); the descriptors ("army", "government") have a reading of their own.
_INSTITUTION_HEADS = (ORG_WORDS | words(
    "court service organization organisation patrol commission agency ministry council "
    "department office institute authority bureau board duma directorate tribunal "
    "secretariat federation league movement"
)) - frozenset(DESCRIPTORS)
# Lower-case words inside a name: "Immigration and Naturalization Service"
_NAME_JOINERS = words("of and for")


# Heads that make one capitalised word after a place an institution: "Tokyo University"
SCHOOL_HEADS = words("university college school academy hospital museum institute")


def institution_after(doc: Doc, start: int, words_before_head: int = 1,
                      heads: frozenset[str] = _INSTITUTION_HEADS) -> int | None:
    """The end of an institution's name that runs on from token `start` in capitalised
    words the model left unlabelled: "[Lakeland] Coast Guard Training Center",
    "[Ruritanian] Circuit Court of Appeals". None unless `words_before_head` words or
    more lead to a head word such as "Center", "Service" or "Court"."""
    j, head = start, None
    while j < len(doc) and j - start < 8:
        tok = doc[j]
        if tok.ent_type_ != "":
            if j > start and tok.lower_ in heads and tok.is_title and tok.ent_iob_ == "B" and (
                    j + 1 == len(doc) or doc[j + 1].ent_iob_ != "I"
                    or doc[j + 1].lower_ in ("'s", "\u2019s")):
                head, j = j, j + 1  # ("[US] Treasury [Department's]": the model's head alone)
            break
        if tok.is_title and tok.is_alpha:
            if tok.lower_ in heads:
                head = j
            j += 1
        elif tok.lower_ in _NAME_JOINERS and j > start and j + 1 < len(doc) and (
                doc[j + 1].is_title and doc[j + 1].ent_type_ == ""):
            j += 1
        else:
            break
    if head is None or head - start < words_before_head:
        return None
    end = head + 1
    if end < j and doc[end].lower_ == "of":
        end = j  # "Court of Appeals": the name goes on after its head
    return end


_TOWN_PREPS = words("near outside around")
# Lower-case nouns of a town standing right before its name: "the capital Sittwe"
_TOWN_NOUNS_BEFORE = PLACE_NOUNS | words("capital port")


def town_by_context(span: Span) -> bool:
    """"near Quetta", "the town of Macomia": a name the model took for a title or a
    product, placed as a town by the words before it."""
    if span.start < 2 or len(span) > 3 or not all(t.is_title for t in span):
        return False
    doc = span.doc
    before = doc[span.start - 1]
    if before.lower_ in _TOWN_PREPS or (
            before.lower_ in _TOWN_NOUNS_BEFORE and before.is_lower and (
                before.dep_ == "compound" or span.root.head.i == before.i)):
        return True  # ("the capital Sittwe", "the port city Kamala")
    return before.lower_ == "of" and doc[span.start - 2].lower_ in PLACE_NOUNS


# Titles that a firm or an agency gives its people and a town does not: a town has a
# mayor or a council, not a spokesman or an operations manager.
_BODY_TITLES = words(
    "spokesman spokeswoman spokesperson president vice-president chairman chairwoman "
    "executive manager employee engineer"
)
# Nouns between a name and a title that make the name a town's after all: "Oslo police
# spokesman", "the Leeds city council chairman"
_TOWN_SERVICES = words(
    "police fire city county state school schools district court hospital council "
    "government army military port airport"
)


def body_by_title(span: Span) -> bool:
    """"Dayton spokesman Omar Hale", "a Columbus sales manager", "a spokeswoman for the
    Bighorn National Forest": a name the model read as a place that modifies a firm's
    title, or follows it with "for" or "of", is the firm."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in ("for", "of"):
        # "a spokeswoman for the Bighorn National Forest", "manager of Dayton"
        return root.head.head.lower_ in _BODY_TITLES and root.head.head.dep_ != "compound"
    if root.dep_ != "compound" or root.i != span.end - 1:
        return False
    head = root.head
    if head.lower_ not in _BODY_TITLES and head.i == root.i + 1 and head.pos_ == "NOUN" and (
            head.lower_ not in _TOWN_SERVICES and head.lower_ not in DESCRIPTORS):
        head = head.head  # "a Columbus sales manager"
    if head.lower_ not in _BODY_TITLES or head.i > span.end + 1:
        return False
    # "Lake County police spokesman": the words between say whose title it is
    return not any(t.lower_ in _TOWN_SERVICES or t.lower_ in DESCRIPTORS
                   for t in span.doc[span.end : head.i])


# Last words that make a name a body whatever place it opens with ("District of Columbia
# Council", "Lakeland Water Authority"); buildings ("Hospital", "Center") are left out, as
# a reader may call them places.
_BODY_HEADS = words(
    "council court ministry party commission committee subcommittee agency authority "
    "bureau board institute association union corporation corp corp. inc inc. co. company "
    "federation league movement foundation society tribunal directorate secretariat service"
)


def ends_in_body_head(span: Span) -> bool:
    """"District of Columbia Council": two words or more ending in a body's head word."""
    return len(span) > 1 and span[-1].lower_ in _BODY_HEADS and span[-1].is_title


# Honorifics of clerics, scholars and elders that open a person's name in the news of
# South and Central Asia, East Africa and Myanmar ("Maulana X", "Mufti X", "Mwalimu X",
# "U X"): a title, not the name's first word.
HONORIFICS = (
    "maulana mawlana maulvi mawlawi molvi moulvi molavi mowlavi allama allamah mufti "
    "hafiz qari mwalimu ustaz ustadz padoh"
)
# Titles and ranks: before a name they make it a person's; on their own they name no one
# ("Field Marshal" read as a body, "Prime Minister" as a group).
TITLE_WORDS = words(
    "president vice prime minister premier general lieutenant major colonel captain "
    "sergeant corporal brigadier field marshal admiral commodore commander sheikh shaykh "
    "imam ayatollah mullah emir amir king queen prince princess sultan governor senator "
    "mayor chancellor pope bishop archbishop cardinal reverend rev rev. dr dr. mr mr. mrs "
    "mrs. ms ms. sir lord judge ambassador secretary chief deputy first acting interim "
    "foreign defence defense interior finance envoy speaker director rapporteur "
    "commissioner high superintendent administrator" + " " + HONORIFICS
)
# Of these, the words that are a title by themselves ("Foreign", "First" only qualify one).
TITLE_HEADS = TITLE_WORDS - words("first acting interim deputy vice foreign defence "
                                   "defense interior finance chief field high")


def title_only(span: Span) -> bool:
    """"Field Marshal", "Prime Minister", "Brigadier General": a title with no name."""
    return all(t.lower_ in TITLE_WORDS or t.text == "-" for t in span) and any(
        t.lower_ in TITLE_HEADS for t in span)


# Titles of an office whose portfolio goes before them: "Home Minister", "Public Security
# Secretary", "Mines Minister"
_OFFICE_TITLES = words("minister secretary")


def title_opening(span: Span) -> bool:
    """"[Defence] Minister X", "[Deputy Interior] Minister X": words of a title the model
    read as a body, the title's head word right after them: no actor. So too any
    portfolio's words before "Minister" or "Secretary" and a name ("[Home] Minister X",
    "[Public Security] Secretary X"), unless they name a body ("Ministry", "Council")."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    if all(t.lower_ in TITLE_WORDS for t in span):
        return after.is_title and after.lower_ in TITLE_HEADS
    return after.is_title and after.lower_ in _OFFICE_TITLES and len(span) <= 3 and (
        span.end + 1 < len(doc) and doc[span.end + 1].is_title) and all(
        t.is_title and t.is_alpha for t in span) and not (
        {t.lower_ for t in span} & (ARMED_WORDS | GOVERNMENT_WORDS | ORG_WORDS))


def titled(doc: Doc, start: int) -> bool:
    """A capitalised title or rank right before token `start` ("President", "Major
    General", "Sheikh", "Col."): what follows is a person's name."""
    if start == 0:
        return False
    before = doc[start - 1]
    if rank_before(before):
        return True
    return before.is_title and before.lower_ in TITLE_HEADS


def _placed(span: Span) -> bool:
    """The name is a preposition's object or follows a comma: where a place stands."""
    return span.root.dep_ == "pobj" or (span.start > 0 and span.doc[span.start - 1].text == ",")


# Nouns of an apposition that say what kind of actor a name is: "X, a youth militia",
# "X, a former army officer", "X, the deputy leader of Y".
_GROUP_APPOSITIONS = words(
    "militia militias group faction movement party coalition alliance organisation "
    "organization army force network outfit gang cartel insurgency "
    # a body that neither fights nor governs: "X, a Lagos-based charity"
    "charity company firm ngo foundation association"
)
# A part of a body is a body too ("X, the youth wing of Y", "X, a unit of Y's police"):
# a name the model read as a person or a place is re-typed by them (one it read as an
# organisation keeps the kind its own words give: "the Delta Squad, a unit of ...").
PART_APPOSITIONS = words("wing branch unit battalion brigade subsidiary affiliate offshoot")
_ARMED_APPOSITIONS = words("militia militias faction army force gang cartel insurgency "
                           "battalion brigade")
_ARMED_MODIFIERS = words("armed rebel militant jihadist insurgent paramilitary separatist "
                         "islamist guerrilla guerilla")
_PERSON_APPOSITIONS = _ONLY_PERSONS | words(
    "officer commander general colonel cleric politician businessman warlord militant "
    "fighter preacher activist minister diplomat envoy official")
# A person leads or speaks for something named after "of": "the deputy leader of X".
_PERSON_OF = words("leader head chief founder chair chairman chairwoman chairperson deputy "
                   "secretary president governor commissioner director administrator "
                   "spokesman spokeswoman spokesperson")


def appositive_kind(span: Span, *, parts: bool = True) -> str | None:
    """The actor type an apposition right after the name gives it: "ARMED_GROUP" for
    "X, a separatist militia", "ORGANIZATION" for "X, a party founded ...", "PERSON"
    for "X, a former army officer" or "X, the deputy leader of Y", "LOCATION" for
    "X, a market town near Y" (with `parts`, a body's part too: "X, the armed wing of
    Y"); None otherwise."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != ",":
        return None
    if (kind := _whose_kind(doc, span.end)) is not None:
        return kind
    root = span.root
    owner = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root
    for noun in doc[span.end + 1 : min(span.end + 7, len(doc))]:
        if noun.dep_ != "appos" or noun.head.i not in (root.i, owner.i):
            continue
        lemma = noun.lemma_.lower()
        if lemma in _GROUP_APPOSITIONS or (parts and lemma in PART_APPOSITIONS):
            return _group_kind(noun)
        if noun.head.i == root.i and lemma in _PLACE_APPOSITIONS - _PEOPLE_BIRTH_PLACES:
            return "LOCATION"  # "X, a farming town in Y": a name of a person's shape
        if noun.head.i != root.i or _placed(span):
            return None  # (a person apposition to "fighters of X" is about the fighters,
            # and after "of Kulm", "Kulm, N.D.," it is about the person before)
        if lemma in _PERSON_APPOSITIONS or (lemma in _PERSON_OF and any(
                c.lower_ == "of" for c in noun.rights)):
            return "PERSON"
        return None
    return None


# How far a bracket after a name may run: an acronym, or a gloss of the name in
# English ("X (\"those who guard the river\" in Fula), a militia ...").
_BRACKET_REACH = 16


def kind_over_bracket(span: Span) -> str | None:
    """"the Sons of the Desert (SOD), the faction that ...", "Kuro Bana (\"sons of the
    river\" in Tiv), a militia": a group's noun opening what follows a bracket after the
    name (an acronym or a gloss of the name; the parser seldom hangs it on the name) says
    the name is a group's."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != "(":
        return None
    close = next((t.i for t in doc[span.end + 1 : min(span.end + _BRACKET_REACH, len(doc))]
                  if t.text in ("(", ")") or t.is_sent_start), None)
    if close is not None and doc[close].text != ")":
        return None
    if close is None or close + 3 >= len(doc) or doc[close + 1].text != ",":
        return None
    noun = _described_after(doc, close + 1)
    return None if noun is None else _group_kind(noun)


def _described_after(doc: Doc, comma: int) -> Token | None:
    """"(SOD), the faction that ...": a group's noun opening what follows the comma,
    after "the" or "a" and its modifiers only."""
    if doc[comma + 1].lower_ not in ("the", "a", "an"):
        return None
    for tok in doc[comma + 2 : min(comma + 5, len(doc))]:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _GROUP_APPOSITIONS:
            # ("a militia leader" is a person)
            return None if tok.dep_ == "compound" else tok
        if tok.pos_ not in ("ADJ", "NOUN") or not tok.is_lower:
            return None
    return None


# What a group has and a person does not: "X, whose leader ...", "X, whose fighters ..."
_WHOSE_GROUP = words("leader founder founders spokesman spokesperson")
_WHOSE_ARMED = words("fighters militants commander commanders gunmen militiamen")


# What a body does for the people it gathers: "X, which represents cattle ranchers"
_SPEAKS_FOR_VERBS = words("represent lobby campaign unite gather")


def _whose_kind(doc: Doc, comma: int) -> str | None:
    """"remnants of Jundar, whose leader was killed": a name whose leader or fighters the
    next clause speaks of is a group's (an armed one's for fighters or a commander); one
    that "represents", "lobbies for" or "speaks for" people is a body."""
    if comma + 2 >= len(doc):
        return None
    verb = doc[comma + 2]
    if doc[comma + 1].lower_ == "which" and (verb.lemma_ in _SPEAKS_FOR_VERBS or (
            verb.lemma_ == "speak" and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "for")):
        return "ORGANIZATION"
    if doc[comma + 1].lower_ != "whose":
        return None
    noun = doc[comma + 2]
    if noun.lower_ in _WHOSE_ARMED:
        return "ARMED_GROUP"
    return "ORGANIZATION" if noun.lower_ in _WHOSE_GROUP else None


def _group_kind(noun: Token) -> str:
    """"ARMED_GROUP" for a militia or an armed, rebel, militant group; else
    "ORGANIZATION" (the noun is one of `_GROUP_APPOSITIONS`)."""
    return group_kind(noun.lemma_.lower(), {c.lower_ for c in noun.lefts})


def group_kind(noun: str, modifiers: set[str]) -> str:
    """"ARMED_GROUP" for a militia, a gang or a faction, or a group its modifiers make
    armed ("rebel", "Iranian-backed"); else "ORGANIZATION"."""
    if noun in _NEVER_ARMED:
        return "ORGANIZATION"  # ("a separatist party" campaigns, it does not fight)
    armed = noun in _ARMED_APPOSITIONS or bool(modifiers & _ARMED_MODIFIERS) or any(
        "-" in m for m in modifiers if m.endswith("backed"))
    return "ARMED_GROUP" if armed else "ORGANIZATION"


_NEVER_ARMED = words("party charity union association federation")


def kind_before(span: Span) -> str | None:
    """"the settler organisation X", "the rebel group X", "the militia X": a name set in
    apposition right after a group's lower-case noun is a group of that kind."""
    root = span.root
    head = root.head
    if root.dep_ != "appos" or head.i != span.start - 1 or not head.is_lower or (
            head.pos_ != "NOUN" or head.lemma_.lower() not in _GROUP_APPOSITIONS):
        return None
    return _group_kind(head)


def commander_named(span: Span) -> bool:
    """"fighters under the command of X", "a unit commanded by X", "a delegation led by
    X": a name of a person's shape in the slot of who commands (the caller checks the
    shape; a place of the lists is none: "a coalition led by X")."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_ == "command" and head.head.head.lower_ == "under"
    return root.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_ in _LEADING_VERBS \
        and head.head.tag_ == "VBN" and not is_place_name(span.text)


_LEADING_VERBS = words("command lead head")


# Titles of whoever heads a region of a state: "Kaduna State Governor X", "Bomi County
# Superintendent X", "Abyei Area Administrator X"
REGION_HEADS = words("governor mayor superintendent administrator premier")
# Capitalised last words of a region's name: "Kaduna State", "Bomi County"
_REGION_ENDS = PLACE_NOUNS | words("state area prefecture oblast governorate")


def region_before_head(span: Span) -> bool:
    """"Kaduna State Governor X": a name of two words or more ending in a kind of region,
    right before the title of the region's head, is the region (not a body)."""
    doc = span.doc
    return len(span) >= 2 and span[-1].is_title and span[-1].lower_ in _REGION_ENDS and (
        span.end < len(doc) and doc[span.end].is_title and doc[span.end].lower_ in REGION_HEADS)


def region_words_before_head(tok: Token) -> int | None:
    """Where an unlabelled region's name opens that ends at `tok` before a region head's
    title ("Nimba County Superintendent X"), else None."""
    if not (tok.is_title and tok.lower_ in _REGION_ENDS):
        return None
    return _name_before_title(tok, REGION_HEADS)


# Endings of the words that name a people or a state's citizens ("the Hazara militia"
# is the people's, "the Republican party" a party named by a word of its own).
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ic", "ch")
# The two-word titles of whoever heads a region's government: "Sindh Chief Minister X",
# "Welsh First Minister X" (a state's own head is its prime minister)
_REGION_MINISTERS = words("chief first")


def region_before_minister(tok: Token) -> int | None:
    """Where an unlabelled region's name opens that ends at `tok` before "Chief Minister"
    and a name ("Mizoram Chief Minister X", "Tamil Nadu Chief Minister X"), else None."""
    # (the tagger may take a region's name for an adjective: "Punjab", not "Punjabi")
    if not (tok.is_title and tok.is_alpha and tok.ent_type_ == "" and (
            tok.pos_ == "PROPN" or (tok.pos_ == "ADJ" and not tok.lower_.endswith(
                DEMONYM_ENDINGS))) and tok.lower_ not in TITLE_WORDS) or not (
            region_minister_at(tok.doc, tok.i + 1)):
        return None
    start = _name_before_title(tok, _REGION_MINISTERS)
    return tok.i if start is None else start  # (0 when the name opens the document)


def region_minister_at(doc: Doc, i: int) -> bool:
    """"Chief Minister X" opens at `i`: the title of a region's head and a name."""
    return i + 2 < len(doc) and doc[i].is_title and doc[i].lower_ in _REGION_MINISTERS and (
        doc[i + 1].text == "Minister" and doc[i + 2].is_title and doc[i + 2].pos_ == "PROPN")


def police_words_before_title(tok: Token) -> int | None:
    """Where an unlabelled force's name opens that ends in "Police" at `tok` before a
    title ("Assam Police Director General X", "Kano State Police Commissioner X"), else
    None."""
    if tok.text != "Police" or tok.ent_type_ != "":
        return None
    start = _name_before_title(tok, TITLE_WORDS)
    if start is not None:
        return start
    start = _name_start(tok)  # "the Inspector General of Sindh Police, X"
    return start if 0 < start < tok.i and tok.doc[start - 1].lower_ == "of" else None


_NAME_BEFORE = 3  # words of a region's or a force's own name before its last word


def _name_before_title(tok: Token, titles: frozenset[str]) -> int | None:
    """Where the capitalised words no entity holds before `tok` open, when a capitalised
    title of `titles` follows `tok`; None when none stand before it."""
    doc = tok.doc
    if not (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title
            and doc[tok.i + 1].lower_ in titles):
        return None
    start = _name_start(tok)
    return start if start < tok.i else None


def _name_start(tok: Token) -> int:
    """Where the capitalised words no entity holds before `tok` open (`tok.i` if none)."""
    doc = tok.doc
    start = tok.i
    while start > 0 and tok.i - start < _NAME_BEFORE and doc[start - 1].is_title and (
            doc[start - 1].is_alpha and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].ent_type_ == "" and doc[start - 1].lower_ not in TITLE_WORDS):
        start -= 1
    return start


def federal_state(tok: Token) -> bool:
    """"Nigeria's Borno state", "in Texas's Harris County": the word "state" (or a kind
    of place) with its own name and a possessive owner names a part of the owner."""
    if tok.lower_ not in _NAMED_PARTS:
        return False
    children = list(tok.children)
    return any(c.dep_ == "poss" for c in children) and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in children)


_NAMED_PARTS = PLACE_NOUNS | words("state states oblast prefecture")


# Arabic words that open many place names ("Tal Hamis", "Ras Kamboni", "Bir Ghbalou") but
# some people's names too, so they make a place only where the sentence places the name.
_WEAK_PLACE_FIRST = words("tal tall tell ras bir ain")
# "took control of X", "the outskirts of X", "much of X": what only ground is
_GROUND_BEFORE_OF = words(
    "control outskirts siege much most parts part rest swathes stronghold bastion heartland")
# Verbs whose object is ground, never a person: "shelled X", "entered X", "abandoned X"
_GROUND_VERBS = words(
    "enter shell bomb overrun occupy besiege storm abandon evacuate control regain")
# Verbs whose object is a realm, never a person: "has governed X since 2019"
_REALM_VERBS = words("rule govern")
_REIGN_PREPS = words("since until from")  # the time of a rule: "ruled X since 1992"
# What a side raises over ground it has taken
_FLAGS = words("flag flags banner")
# "Russian-held X", "Houthi-controlled X": a participle only ground takes
_HELD_WORDS = words("held controlled occupied")
# What "take X ..." does to a person or a firm: "to", "into custody", "as a hostage",
# "out", "in", "over", "off the air", "private"
_TAKE_AWAY = words("to into as by for with out in up down over off away private public")


# Titles a territory's ruler holds, written as the territory's: "Transnistria's leader"
_RULER_OF_LAND = words("leader president premier ruler governor")


def ruled_land(span: Span) -> bool:
    """A name the model read as a person that owns a ruler's title given a person's name
    in apposition: "Transnistria's leader, X", "X, Transnistria's leader": a territory
    (one person is no other named person's leader or president)."""
    doc = span.doc
    k = span.end
    if k + 2 >= len(doc) or doc[k].lower_ not in ("'s", "'") or (
            doc[k + 1].lower_ not in _RULER_OF_LAND):
        return False
    after, before = doc[k + 2], doc[span.start - 1] if span.start > 0 else None
    named_after = after.text == "," and k + 3 < len(doc) and doc[k + 3].ent_type_ == "PERSON"
    named_before = before is not None and before.text == "," and span.start >= 2 and (
        doc[span.start - 2].ent_type_ == "PERSON")
    return named_after or named_before


def held_ground(span: Span) -> bool:
    """A name the sentence makes a held or struck place: "took control of X", "X is under
    the control of ...", "X was in the hands of ...", "entered X", "shelled X", "raised
    their flag over X". Only for a
    name the model read as a person: an organisation, too, can be taken control of."""
    root = span.root
    while root.dep_ == "conj" and root.head.pos_ == "PROPN":
        root = root.head  # "took control of X and Y": Y stands where X does
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _GROUND_BEFORE_OF:
        held = head.head  # (under the control of X: X is who holds it)
        return not (held.dep_ == "pobj" and held.head.lower_ == "under")
    if root.dep_ == "dobj" and head.lemma_ in _GROUND_VERBS:
        return True
    if root.dep_ == "dobj" and head.lemma_ in _REALM_VERBS and not any(
            c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") for c in head.children) and (
            head.lemma_ == "govern" or any(c.dep_ == "prep" and c.lower_ in _REIGN_PREPS
                                           for c in head.children)):
        return True  # "who has ruled X since 1992" (not "ruled X guilty", "ruled X a risk")
    if root.dep_ == "pobj" and head.lower_ in ("over", "above") and (
            head.head.lemma_ in _FLAGS or any(c.dep_ == "dobj" and c.lemma_ in _FLAGS
                                              for c in head.head.children)):
        return True  # "raised their flag over X" (the parser may hang "over X" on the flag)
    if taken_ground(span):
        return True
    if any(c.dep_ == "amod" and c.lower_ in _HELD_WORDS for c in root.children):
        return True
    return root.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in ("be", "remain") and any(
        c.dep_ == "prep" and c.lower_ in ("under", "in") and any(
            p.lemma_ in ("control", "hand") for p in c.children)
        for c in head.children)  # "X is under Y's control", "X remains in the hands of Y"


def taken_ground(span: Span) -> bool:
    """"took X" of ground, not "took X to hospital", "took X hostage"; what stands before
    the verb is the time or the place of the taking ("By May they had taken X", "In the
    north they took X"), never where a person is taken."""
    root = span.root
    while root.dep_ == "conj" and root.head.pos_ == "PROPN":
        root = root.head
    head = root.head
    return root.dep_ == "dobj" and head.lemma_ == "take" and not any(
        c.dep_ in ("oprd", "xcomp", "dative", "ccomp") or c.lower_ in _TAKE_AWAY
        for c in head.rights)


# Who holds ground ("Kenya has held X", "troops have held X"), unlike a jailer ("police
# have held X since Monday", "the court held X")
_GROUND_HOLDERS = words(
    "troops troop forces force soldiers army armies fighters rebels militants militia "
    "militias insurgents guerrillas")
_HOLDER_LABELS = frozenset({"GPE", "STATE", "ARMED_GROUP"})


def held_by_a_side(span: Span) -> bool:
    """"Kenya has held X since 2012", "Moroccan troops hold X": a name held by a state or
    an armed force (a town's name the caller checks: "held Jackson" of police is a
    detention)."""
    root = span.root
    while root.dep_ == "conj" and root.head.pos_ == "PROPN":
        root = root.head
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_ != "hold":
        return False
    holders = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in holders):
        holders = [verb.head]  # "the Front, which has held X since May"
    return any(c.lower_ in _GROUND_HOLDERS or (
        c.ent_type_ in _HOLDER_LABELS and c.pos_ == "PROPN") for c in holders)


# The slots news puts a town in, for a name the model read as a person or a firm:
# verbs whose object is ground ("recaptured X", "fled X"; not "captured" or "seized",
# which people and firms are too), verbs of leaving it ("withdrew from X", "pulled out of
# X") and prepositions of going or standing about it ("troops into X", "near X").
_GROUND_OBJECT_VERBS = words(
    "recapture retake reclaim enter overrun storm besiege occupy abandon evacuate flee "
    "liberate shell encircle surround retook overran regain")  # (past forms unlemmatised)
_LEAVE_VERBS = words("withdraw flee retreat evacuate pull escape")
_AROUND_PREPS = words("near outside around")
_MOTION_PREPS = words("into towards toward")
# Sites a side holds or takes that news places "at" their town: "the base at Kolbiyow"
_SITES_AT = words("base airbase camp garrison barracks barrack outpost headquarters compound "
                  "prison jail penitentiary")
# What runs "between" two towns (relations or talks "between" two names join actors)
_ROUTE_NOUNS = words("road highway route corridor railway stretch")
# Verbs of going or sending "into" ground (not "recruited into", "merged into" a body)
_INTO_VERBS = words(
    "send deploy move advance push march drive pour infiltrate cross go come return flee "
    "head stream roll sweep storm")
# (a firm, too, is "captured" or "seized"; a person not: for a firm's reading only)
_TAKE_GROUND_VERBS = words("capture seize")


def ground_slot(span: Span, label: str) -> bool:
    """"withdrew from Walikale", "recaptured Gajiram", "troops into Kalemba", "near
    Nyakari": a one-word name (two for a firm's reading) in a slot where news puts a
    town, never a person or a body ("a statement from X", "loyal to X" are not); a
    name of up to three words where a site stands "at" it ("the prison at Villa Nueva")."""
    if site_at(span):
        return True
    if len(span) > (2 if label == "ORG" else 1) or not all(
            t.is_title and t.is_alpha for t in span):
        return False
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return False  # "recruited into the Tana Lions": a town's name takes no article
    root = span.root
    while root.dep_ == "conj" and root.head.pos_ == "PROPN":
        root = root.head  # "between X and Y": Y stands where X does
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "between":
        return head.head.lemma_ in _ROUTE_NOUNS  # "the road between X and Y"
    if root.dep_ == "dobj":
        return head.lemma_ in _GROUND_OBJECT_VERBS or (
            label == "ORG" and head.lemma_ in _TAKE_GROUND_VERBS)
    if root.dep_ != "pobj":
        return False
    prep = head.lower_
    if prep in _AROUND_PREPS:
        return True
    verb = head.head
    if prep in _MOTION_PREPS:
        return verb.pos_ == "VERB" and (prep != "into" or verb.lemma_ in _INTO_VERBS)
    if prep == "of" and verb.lower_ == "out":
        verb = verb.head  # "pulled out of X"
    elif prep != "from":
        return False
    return verb.pos_ == "VERB" and verb.lemma_ in _LEAVE_VERBS


# Lower-case sites a side holds that news names after their town: "the Dhuusa base"
# (not "camp": "the Ruiz camp" is a person's following)
_SITES_NAMED = words("base garrison outpost checkpoint")


def site_named_for(span: Span) -> bool:
    """"the attackers controlled the Qoriley base": a name of up to three capitalised
    words set between "the" and a site a side holds is the site's town (a person's base is
    "X's base")."""
    doc = span.doc
    if len(span) > 3 or not all(t.is_title and t.is_alpha for t in span):
        return False
    if span.start < 1 or doc[span.start - 1].lower_ != "the" or span.end >= len(doc):
        return False
    site = doc[span.end]
    return site.lower_ in _SITES_NAMED and span.root.head.i == site.i and (
        span.root.dep_ == "compound")


def site_at(span: Span) -> bool:
    """"the base at Kolbiyow", "the federal prison at Villa Nueva": a name of up to three
    capitalised words that a base, a camp or a prison stands at is their town (a site is
    never "at" a person or a body)."""
    if len(span) > 3 or not all(t.is_title and t.is_alpha for t in span):
        return False
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.pos_ == "PROPN":
        root = root.head
    head = root.head
    # (the parser may hang "at X" on the verb: "came from the prison at X")
    return root.dep_ == "pobj" and head.lower_ == "at" and (
        head.head.lemma_ in _SITES_AT or (head.i > 0 and doc[head.i - 1].lemma_ in _SITES_AT))


# Endings of South Asian town names ("Rahimabad", "Sitapur", "Ramnagar", "Aligarh"), some
# of which end surnames too ("Kapur")
_TOWN_ENDINGS = ("abad", "pur", "nagar", "garh")


def place_shape(span: Span) -> bool:
    """"Tal Hamis", "Ras Kamboni", "Rahimabad": a name whose first word opens place names,
    or a one-word name with a town's ending, read as a place where a place preposition or
    held ground places it."""
    if len(span) > 1:
        shaped = span[0].lower_ in _WEAK_PLACE_FIRST and span[1].is_title
    else:
        shaped = span[0].lower_.endswith(_TOWN_ENDINGS) and len(span[0]) > 6
    return shaped and (place_by_context(span) or held_ground(span))


# "Jordan Valley", "Victoria Falls": a place's or a body's head word, no surname
_NOT_SURNAMES = _LAND_WORDS | _STRUCTURE_WORDS | PLACE_NOUNS | ORG_WORDS
# Verbs only a person is the subject of, in news: "X commands the brigade", "X told ..."
_PERSON_SUBJECT_VERBS = _SAY_VERBS | words("command lead head")


def folded(word: str) -> str:
    """A word lower-cased without its accents ("Óscar" -> "oscar"): the dictionaries
    write people's names in plain capitals, so "Nicolás" is their "NICOLAS"."""
    lower = word.lower()
    if lower.isascii():
        return lower
    return "".join(ch for ch in unicodedata.normalize("NFKD", lower)
                   if not unicodedata.combining(ch))


# Titles that speak for a body: "director of public relations (information)", "press
# officer", "public information officer".
_PRESS_HEADS = words("director officer head chief")
_PRESS_TOPICS = words("relations information communication communications media press")


def press_title(tok: Token) -> bool:
    """"the army's director of public relations", "a press officer": a head or officer
    whose topic is the press speaks for the body, not leads it."""
    if tok.lower_ not in _PRESS_HEADS:
        return False
    return any(c.dep_ in ("compound", "amod", "nmod") and (
        c.lower_ in _PRESS_TOPICS or _press_unit(c)) for c in tok.children) or any(
        p.dep_ == "pobj" and (p.lower_ in _PRESS_TOPICS or _press_unit(p))
        for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
        for p in c.children)


def heads_police(title: Token, body: str) -> bool:
    """"the Inspector General of Sindh Police, X": the title of a police force's head (an
    inspector general of any other body inspects it, one of its people)."""
    doc = title.doc
    k = title.i - 2 if title.i >= 2 and doc[title.i - 1].text == "-" else title.i - 1
    return title.lower_ == "general" and k >= 0 and doc[k].lower_ == "inspector" and (
        "police" in body.lower().split())


# A body's own unit that speaks for it: "the media office", "its press centre"
_PRESS_UNITS = words("office centre center department service bureau unit wing")


def _press_unit(noun: Token) -> bool:
    """"the head of the media office of Y", "Y's press office chief": the unit whose
    topic is the press; its head speaks for Y."""
    return noun.lower_ in _PRESS_UNITS and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _PRESS_TOPICS
        for c in noun.children)


# Words that open a compound rank ("Air Commodore", "Rear Admiral", "Wing Commander") and
# the rank words a run of them ends on.
_RANK_OPENERS = words("air rear vice wing group flight squadron")
_RANK_ENDS = words("commodore marshal admiral commander captain leader lieutenant general "
                   "colonel major brigadier")


# The ranks of soldiers and police below the officers' ("Private X", "Havildar X"): before
# a name of two or three words they make it a person's, given name known or not.
ENLISTED_RANKS = words(
    "private corporal lance havildar naik sepoy jawan subedar trooper rifleman gunner "
    "sapper seaman airman constable sergeant guard guardsman gendarme")
# Words of a body's name, which no person's name after a rank holds ("Private Sector
# Federation", "Private Security Services")
_NOT_AFTER_RANK = _BODY_HEADS | ORG_WORDS | ARMED_WORDS | GOVERNMENT_WORDS | words(
    "services sector security limited ltd")


def rank_length(span: Span | Sequence[Token], given_names: frozenset[str]) -> int:
    """"Air Commodore Musa Bello" read as a body: the number of rank words opening the name
    when a person's name of two words or more, a known given name first, follows them
    (0 when not: "General Security Service" names no one); after a soldier's or a
    policeman's rank ("Private Davit Hakobyan", "Havildar Pradeep Gogoi"), a name of two
    or three words with no body's word in it. (`span` may be the name's tokens in a list:
    each `span[k]` of a Span makes a new Token, and this runs on every name.)"""
    k = 0
    while k < len(span) and span[k].is_title and (
            span[k].lower_ in TITLE_WORDS or span[k].lower_ in _RANK_OPENERS
            or span[k].lower_ in ENLISTED_RANKS):
        k += 1
    rest = span[k:]
    if k == 0 or len(rest) < 2 or not all(t.is_title and t.is_alpha for t in rest):
        return 0
    last = span[k - 1].lower_
    if last in ENLISTED_RANKS and len(rest) <= 3 and not any(
            t.lower_ in _NOT_AFTER_RANK for t in rest):
        return k
    if last not in _RANK_ENDS or folded(rest[0].text) not in given_names:
        return 0
    return k


def surname_dropped(span: Span, given_names: frozenset[str]) -> bool:
    """"Karim Haddad commands ...": the model took the given name alone for a place or a
    body and left the surname out. A one-word name that is a common given name, followed
    by a capitalised word outside any entity, the two the subject of a person's verb."""
    doc = span.doc
    if span.end >= len(doc) or folded(span[0].text) not in given_names:
        return False
    surname = doc[span.end]
    if surname.ent_type_ or surname.pos_ != "PROPN" or not surname.is_title \
            or not surname.is_alpha or surname.lower_ in _NOT_SURNAMES:
        return False
    root = surname if span[0].head.i == surname.i else span[0]
    return root.dep_ == "nsubj" and root.head.lemma_ in _PERSON_SUBJECT_VERBS


# Lower-case nouns that, after a proper name, make it a facility's name: "Tarsa prison",
# "Velka border crossing", "Orvika airport", "Tamsal market", "Kesh railway station"
FACILITY_NAME_NOUNS = words(
    "airport airfield airbase airstrip prison jail penitentiary refinery dam barracks "
    "pipeline hotel bridge port harbour harbor terminal crossing market supermarket "
    "marketplace mall camp cathedral temple mosque church shrine monastery synagogue "
    "hospital clinic headquarters station base cantonment ranch plant colony compound "
    "depot embassy consulate stadium palace checkpoint garrison outpost seaport field "
    "post line building centre center fields")
# Heads that name a facility only with a word of its kind before them ("oil field",
# "border post", "railway line", "penal colony", "power plant", "naval base", "refugee
# camp"): "the X camp" or "the X base" alone may be a town's ("overran the X base") or a
# person's following ("the Ruiz camp"), "the X Corporation headquarters" the body's seat
_FACILITY_NEEDS_KIND = words("field fields post line colony plant station building compound depot "
                             "centre center "
                             "camp base outpost garrison checkpoint headquarters")
# Lower-case words that say a facility's kind between its name and its noun ("naval
# base", "oil terminal", "children's hospital", "air control base", "island prison")
_FACILITY_KINDS = words(
    "naval air army military police oil gas fuel border railway rail train bus metro "
    "subway tram refugee displacement detention penal island international main central "
    "children women "
    "enrichment nuclear power control base teaching general district regional ferry "
    "container river sea grain cement water marine navy training correctional "
    "maximum-security high-security security transit gendarmerie health medical")
# Facilities a known town's name before them makes part of the town, not a site of
# its own: "the Jenin refugee camp", "the Zamzam camp" (news reads a strike there as on
# the town)
TOWN_PART_FACILITIES = words("camp")
# What follows a facility's noun when the words name a body or a person, not the place:
# "the Tarsa prison service", "the Velka port authority", "Orvika airport officials"
_FACILITY_BODY_WORDS = words(
    "service services authority authorities police guard guards officials staff workers "
    "director chief commander administration management spokesman spokeswoman "
    "spokesperson official officer officers company operator")
# Owners a facility's name may hold before its noun: "Okhmatdyt children's hospital"
_OWNED_KINDS = words("children women")


def facility_words(doc: Doc, end: int) -> int | None:
    """How many lower-case words from token `end` end a facility's name that capitalised
    words before them begin ("naval base" after "Flamingo"), or None: one noun of a
    facility, after up to two words of its kind, not run on into a body's noun ("the
    Tarsa prison service") or a possessive."""
    stop = min(len(doc), end + 3)
    for i in range(end, stop):
        tok = doc[i]
        if tok.text in ("'s", "\u2019s") and i > end and doc[i - 1].lower_ in _OWNED_KINDS:
            continue  # "Okhmatdyt children's hospital"
        if not (tok.is_lower and tok.is_alpha):
            return None
        lower = tok.lower_
        if lower in FACILITY_NAME_NOUNS and (i > end or lower not in _FACILITY_NEEDS_KIND) and (
                tok.pos_ in ("NOUN", "PROPN")):
            after = doc[i + 1] if i + 1 < len(doc) else None
            if after is not None and (
                    after.text in ("'s", "\u2019s") or (after.is_lower and (
                        after.lower_ in _FACILITY_BODY_WORDS))):
                return None
            if after is not None and after.is_lower and (
                    after.lower_ in FACILITY_NAME_NOUNS) and i + 1 < stop:
                continue  # "base camp": the last noun is the head
            return i + 1 - end
        if lower not in _FACILITY_KINDS:
            return None
    return None


# A body's last word that makes it a state's body where a word of the state's stands in
# its name ("the State Intelligence Service", "the Federal Revenue Agency", "the Interim
# Regional Administration"; not "the Refugee Council", a charity's)
_STATE_BODY_HEADS = words(
    "service agency office administration directorate secretariat commission council "
    "organisation organization bureau inspectorate")
# ... and a court's or a treasury's, whoever's it is
_ALWAYS_STATE_HEADS = words("tribunal treasury prosecutor's")
_STATE_NAME_WORDS = words(
    "state national federal intelligence security interim regional provincial attorney "
    "prosecutor's prosecution public supreme presidential royal military customs revenue "
    "immigration border investigation investigative counter-terrorism counterterrorism "
    "defence defense interior finance justice")
# A unit's last word: "the Eastern Theatre Command", "the Tana Rifles" (not a clan's:
# elders of a clan are no armed group)
_ARMED_HEADS = words("command rifles regiment brigade brigades column")  # ("the X Mobile Column")
# "Jamaat", a community or a group, as a name's last word: "the Baksan Jamaat", "the
# Tablighi Jamaat" (a cell or a movement; which one the sentence tells, not the word)
_JAMAAT_HEADS = words("jamaat jamaah jamaa jamaatu")
# A firm's trade or form as its name's last word: "Tern Bay Shipping", "Kasai Holdings"
_FIRM_HEADS = words("trading shipping logistics holdings industries enterprises investments "
                    "ltd llc inc")


def head_word_kind(span: Span) -> str | None:
    """The type a body's last word gives its name of two words or more: "GOVERNMENT_BODY"
    for "the State Intelligence Service", "the Special Crimes Tribunal"; "ARMED_GROUP" for
    "the Western Theatre Command"; "ORGANIZATION" for a firm, "Tern Bay Shipping"; else
    None."""
    last = span[-1].lower_
    if len(span) == 1 and last == "treasury" and span[0].is_title:
        return "GOVERNMENT_BODY"  # "the Treasury sanctioned ..."
    if len(span) < 2 or (not span[-1].is_alpha and last != "prosecutor's"):
        return None
    if last in _ARMED_HEADS:
        return "ARMED_GROUP"
    if last in _JAMAAT_HEADS and span[-1].is_title and span[0].is_title:
        return "ORGANIZATION"
    if last in _FIRM_HEADS and span[-1].is_title and span[0].is_title:
        return "ORGANIZATION"  # (a firm's "Gate" or "Tower" names no facility)
    if last in _ALWAYS_STATE_HEADS:
        return "GOVERNMENT_BODY"
    if last in _STATE_BODY_HEADS and span[-1].is_title and any(
            t.lower_ in _STATE_NAME_WORDS and t.is_title for t in span[:-1]):
        return "GOVERNMENT_BODY"
    return None


# Capitalised nouns of a facility that open its name before "of" and its town's name
# ("the Port of Dravenna", "the Harbour of Tesk")
_FACILITY_OF_FIRST = words("port harbour harbor")


def port_named(span: Span) -> bool:
    """"the Port of Dravenna": a facility's capitalised noun, "of" and a capitalised name."""
    return len(span) > 2 and span[0].is_title and span[0].lower_ in _FACILITY_OF_FIRST and (
        span[1].lower_ == "of") and span[2].is_title


# Facilities a town has and a person does not, that the town's possessive names:
# "Goma's international airport", "Tesk's main market" (not "X's base", "X's camp")
_TOWN_FACILITIES = words(
    "airport airfield airstrip port harbour harbor seaport market marketplace cathedral "
    "refinery stadium")


def owns_a_town_facility(span: Span) -> bool:
    """"seized Tesk's international airport": a name of up to three capitalised words
    whose possessive owns an airport, a port or a market is a town."""
    if len(span) > 3 or not all(t.is_title and t.is_alpha for t in span):
        return False
    root = span.root
    head = root.head
    return root.dep_ == "poss" and head.is_lower and head.lower_ in _TOWN_FACILITIES and (
        head.i - span.end <= 3)
