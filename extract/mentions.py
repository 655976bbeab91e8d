"""Actor mentions in a Doc and their resolution to one actor per real-world entity.

Named entities (entity ruler + model NER) and group descriptors ("US forces",
"Iraqi militias") become mentions; surnames, acronyms in parentheses and
"the militias" resolve to actors introduced earlier in the document. Among the name
readings here: "the Nigerian federal government" is a body ("the federal government"
later is it, when the article named one); a bracketed acronym the dictionaries give the
name's own code alone is its alias ("United Nations Children's Fund (UNICEF)"); a mine
or field's name before what it yields is the site too ("the Tarko gold mine"); a proper
noun before "district", "province", "region" is that area; a person read as "Jan K.
and Piotr W." is two; "Qari X" keeps its honorific form as an alias; a long name read
once is read whole again after "the" and a piece of it ("[the Eastern] [Chad] ...");
a post's title alone ("the Resident and Humanitarian Coordinator in X, Y,") is no body
but one of the names of the person named after it; a person's name the model ended on a
hyphened article ("Karim Saleh al-[Houthi]") keeps its surname, a group's word or not;
"the Treasury Department's Office of X" read as one name is the owner and its part;
a place read as such before "territory", "woreda", "tehsil" or "upazila" is that
division, the name with its noun one of its names ("Houthi territory" is no place); a
name the model read as a facility's, after "the town of", is the town.
"""

from __future__ import annotations

import re
from bisect import insort
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.symbols import PROPN, VERB  # type: ignore[import-not-found]  # (a .pyx)
from spacy.tokens import Doc, Span, Token

from actorgraph.domain import ActorType
from actorgraph.domain import name_key as _name_key

from .agents import (
    actor_code,
    agent_role,
    former,
    kind_of,
    member_role,
    named_group,
    office_state,
    unnamed_owner,
)
from .aliases import (
    WHOLE_SERVICE,
    ShortForms,
    gloss_after_acronym,
    glossed_acronym,
    glossed_name,
    initials_spell,
    known_as_name,
    name_before_known_as,
    name_run,
    or_acronym,
)
from .aliases import spelling_key as _spelling_key
from .context import OFFICIAL_WORDS
from .coref import name_tail, same_title_person
from .gazetteer import Entry, Gazetteer
from .groupnames import (
    HEAD_TYPES,
    NAMING_NOUNS,
    PERSONAL_TITLES,
    acronym_at,
    faction_qualifier_at,
    foreign_acronym_start,
    glued_hyphen,
    head_type,
    short_form_at,
    spelled_start,
)
from .lexicon import (
    ARMED_WORDS,
    DESCRIPTORS,
    FOREIGN_POLICE_WORDS,
    GENERIC_BODY_WORDS,
    GOVERNMENT_WORDS,
    GROUP_MARKERS,
    GROUP_NOUNS,
    JOB_NOUNS,
    NOT_NAMES,
    ORG_WORDS,
    PLACE_NOUNS,
    POLITY_HEADS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    words,
)
from .namecues import (
    DEMONYM_ENDINGS,
    ENLISTED_RANKS,
    FACILITY_NAME_NOUNS,
    HONORIFICS,
    PART_APPOSITIONS,
    PLACE_PREPS,
    SCHOOL_HEADS,
    SEAT_RULERS,
    TITLE_HEADS,
    TITLE_WORDS,
    TOWN_PART_FACILITIES,
    after_title,
    appositive_kind,
    body_by_title,
    capital_as_city,
    commander_named,
    ends_in_body_head,
    facility_words,
    feature_type,
    federal_state,
    folded,
    ground_slot,
    head_word_kind,
    heads_a_following,
    held_by_a_side,
    held_ground,
    in_place_slot,
    institution_after,
    killed_or_killer,
    kind_before,
    kind_over_bracket,
    led_body,
    listed_with_places,
    named_by_deed,
    owns_a_town_facility,
    person_by_context,
    place_by_context,
    place_shape,
    place_without_gazetteer,
    police_words_before_title,
    port_named,
    rank_length,
    region_before_head,
    region_before_minister,
    region_minister_at,
    region_words_before_head,
    ruled_land,
    seat_of,
    site_at,
    site_named_for,
    surname_dropped,
    taken_ground,
    title_only,
    title_opening,
    titled,
    town_by_context,
)
from .nameforms import FACILITY_NOUNS
from .placenames import (
    AP_STATE_ABBREVIATIONS,
    is_place_name,
    is_region,
    is_state_abbreviation,
    is_wide_region,
)
from .textprep import doc_text
from .titlednames import OFFICE_WORDS
from .words import Word, doc_words

# Names repeat within and across documents; normalising them is worth caching.
name_key = lru_cache(maxsize=65536)(_name_key)
spelling_key = lru_cache(maxsize=65536)(_spelling_key)
_LABEL_TYPES = {t.value: t for t in ActorType}
_NER_TYPES = {
    "PERSON": ActorType.PERSON,
    "ORG": ActorType.ORGANIZATION,
    "GPE": ActorType.LOCATION,
    "LOC": ActorType.LOCATION,
    "FAC": ActorType.FACILITY,
    "NORP": ActorType.STATE,
}
_TRIM_START = frozenset({"the", "a", "an", "'s"})
# Honorifics written before a name ("Qari X", "Maulvi X")
_HONORIFIC_TITLES = words(HONORIFICS)
# Fighters whose plural possessive opens a name the model read whole: the body is
# theirs, its name what follows ("the Maoists' Tarvo Division Committee")
_FIGHTERS_OWNING = frozenset({"maoists", "rebels", "militants", "insurgents", "jihadists",
                              "guerrillas", "separatists", "islamists", "naxalites"})
# Words joining a title to the subject of its office: "Special Rapporteur on Torture"
_OFFICE_PREPS = frozenset({"on", "for", "of"})
# A cleric's form of address before a name: "Father Emmanuel Okello"
_CLERGY = frozenset({"father", "pastor", "deacon", "brother", "sister"})
# Marks after which a word is capitalised whatever it is: "GOMA - Activist X said"
_OPENING_MARKS = frozenset({"-", "--", "\u2013", "\u2014", '"', "\u201c", "(", ":"})
# Plural nouns that one list of names may share: "the Terene and Seakhi gangs" (the
# names are the groups'), "the Patriotic and Liberation fronts" (the noun is part of
# each name), "the Terene and Seakhi neighbourhoods" (each a place).
_SHARED_PLACES = words("neighbourhoods neighborhoods districts villages towns camps "
                       "provinces regions suburbs")
_SHARED_HEADS = words("gangs militias cartels crews fronts brigades battalions movements "
                      "parties armies tribes clans") | _SHARED_PLACES
# "the Government of" before a gazetteer name the ruler took out of the NER span
_TRIM_END = frozenset({"'s", "of", "for", "and", "the", "in"})


def _state_after_of(doc: Doc, of: int) -> int | None:
    """Where a state's name the ruler found starts after the "of" at `of` ("of Iraq"), past
    a "the" the name leaves out ("of the Democratic Republic of the Congo"); else None."""
    at = of + 1 + (of + 1 < len(doc) and doc[of + 1].lower_ == "the")
    if at < len(doc) and doc[at].ent_iob_ == "B" and doc[at].ent_type_ == "STATE":
        return at
    return None


# Lower-case levels of government between a state's possessive and its body's name
_LEVELS = frozenset({"federal", "national", "central", "interim", "transitional"})
# "the Kabul government", "Moscow officials": a capital standing for its state
_GOVERNMENT_NOUNS = frozenset(DESCRIPTORS) | GOVERNMENT_WORDS | frozenset(
    {"official", "officials", "leadership", "leaders", "diplomats", "envoy"})
_STATE_MEDIA = frozenset({"media", "television", "tv", "news"})
# Entity labels that say nothing about an actor: a name under one may still be a person.
_UNLABELLED = frozenset({"", "PRODUCT", "WORK_OF_ART"})
_AGAINST_STATE = frozenset({"opposition", "rebel", "rebels", "insurgent", "anti-government"})
# Labels of a name that say nothing of a group ("NORP" is a people: "Amhara fighters")
_UNTYPED_NAME = _UNLABELLED | {"ORG", "PERSON"}
# Lower-case nouns after a name that describe the group it names, never part of it.
_DESCRIBING = GROUP_NOUNS | GROUP_MARKERS | frozenset(
    {"rebels", "fighters", "militants", "insurgents", "militiamen"})
# Nouns a person's name is set off after ("the minister, X Y,"), and words that end a
# body's or a place's name rather than a person's.
_PERSON_SLOT_NOUNS = frozenset(ROLE_NOUNS) | frozenset(JOB_NOUNS) | TITLE_WORDS
# Capitalised words before a title's noun that are the title's own ("the Humanitarian
# Coordinator", "the Special Envoy"), no body's name.
_TITLE_REACH = 6  # tokens from a title's noun to the name it precedes ("X in Y, Z")
_TITLE_MODIFIER_WORDS = words("resident humanitarian principal permanent special high "
                              "deputy chief senior acting interim")
# The person nouns a post's title ends on ("the Special Envoy", "the Humanitarian
# Coordinator"), and the words that join two posts held at once ("Resident and ...").
_POST_NOUNS = words("coordinator envoy rapporteur representative commissioner adviser "
                    "advisor prosecutor negotiator")
_POST_MODIFIER_WORDS = _TITLE_MODIFIER_WORDS | words("personal and")
_POST_REACH = 10  # tokens from a post's title to its holder ("of the Secretary-General for X, Y")
_BODY_NAME_WORDS = ARMED_WORDS | GOVERNMENT_WORDS | ORG_WORDS | PLACE_NOUNS | frozenset(
    HEAD_TYPES)
_NOUN_POS_NAMES = frozenset({"NOUN", "PROPN"})  # (a noun's part of speech, as `Word` has it)


# CAMEO roles of a state's own services (the code's letters after the country's three).
_SERVICE_ROLES = frozenset({"MIL", "COP", "SPY"})
_SERVICE_NAMES = frozenset(WHOLE_SERVICE)  # "Haitian National Police"
# Roles of the nouns that make the name before them an armed group's: rebels, militias.
_ARMED_ROLES = frozenset({"REB", "UAF", "INS"})
# "Russian border guards", "the Greek coast guard": a state's force guarding its lines,
# read as its forces where a demonym names the state (no state guessed without one)
_GUARD_NOUNS = frozenset({"guard", "guards", "guardsmen"})
# Nouns of bands a demonym names, no state's service: "Somali pirates"
_BAND_NOUNS = frozenset({"pirates"})
_GUARDED_LINES = frozenset({"border", "coast", "frontier"})
_ARMY_HEADS = frozenset({"army", "forces", "force"})  # "the Free Chad Army"
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Words the model labels a people that name a bloc of states or a side, not a people.
_BLOC_WORDS = frozenset({"western", "allied", "coalition", "european", "nato", "foreign"})
# Lower-case words that end a named facility: "Kufra airport", "Saydnaya prison"
_FACILITY_HEADS = words("airport airfield airbase prison refinery dam barracks")
# Nouns a group's name may follow straight on: "the group X", "the militia X"
_NAMED_BY_APPOSITION = GROUP_NOUNS | words("militia faction movement outfit")
_ORDINAL_WORD = re.compile(r"\d+(?:st|nd|rd|th)")
_BODY_TYPES = frozenset({ActorType.ORGANIZATION, ActorType.GOVERNMENT_BODY, ActorType.ARMED_GROUP})
# One-word names many states give a body of theirs: the gazetteer's "Congress" is the US
# Congress only in a story of the United States
SHARED_BODY_WORDS = words("congress parliament senate assembly")
# How strongly a mention tells its actor's type, weakest first: a name read as an actor
# already named (it tells nothing new), the model's label alone, the words around the name
# (a place preposition, a title, a list of towns), a word naming its kind (an apposition
# "X, a town", a head noun "the X gang", "X Republic"), the gazetteer. An actor keeps the
# type of its strongest mention so far (of the first, among equals).
_SAME, _BY_LABEL, _BY_CONTEXT, _BY_KIND, _BY_DICTIONARY = range(5)


@dataclass(slots=True)
class ActorRec:
    name: str
    type: ActorType
    aliases: dict[str, None] = field(default_factory=dict)
    cls: str | None = None  # descriptor class, for "the militias" / "the parliament"
    code: str | None = None  # CAMEO actor code, from the gazetteer or state + agent role


@dataclass(slots=True)
class Mentions:
    """Everything known about the actors of one document, filled sentence by sentence."""

    gaz: Gazetteer
    actors: dict[str, ActorRec] = field(default_factory=dict)  # key -> record
    token_actor: dict[int, str] = field(default_factory=dict)  # token index -> key
    descriptor_tokens: set[int] = field(default_factory=set)
    media: dict[str, None] = field(default_factory=dict)
    media_tokens: set[int] = field(default_factory=set)
    persons: list[tuple[int, str]] = field(default_factory=list)  # (token, key) in order
    # posts named by their title alone in the sentence read ("Humanitarian Coordinator")
    posts: list[Span] = field(default_factory=list)
    groups: list[tuple[int, str]] = field(default_factory=list)  # named groups, in order
    surnames: dict[str, str] = field(default_factory=dict)  # name_key -> person key
    # surnames two people of the document bear -> the first two of them
    shared_surnames: dict[str, tuple[str, str]] = field(default_factory=dict)
    local_aliases: dict[str, str] = field(default_factory=dict)  # acronyms -> key
    # a state's body named with its owner ("Kenya's Defence Ministry"): its bare name ->
    # the body's key, None once two states' bodies bore it
    owned_bodies: dict[str, str | None] = field(default_factory=dict)
    # other names ("X, better known as Y", "X (the Y)") -> key
    other_names: dict[str, str] = field(default_factory=dict)
    last_of_class: dict[str, str] = field(default_factory=dict)
    state_counts: Counter[str] = field(default_factory=Counter)
    titles: dict[str, str] = field(default_factory=dict)  # "foreign secretary" -> person
    spellings: dict[str, str] = field(default_factory=dict)  # "fasher" -> "al fasher"
    short_forms: ShortForms = field(default_factory=ShortForms)  # "observatory" -> key
    # first word of a body's name of three words or more -> (name, key), to read it
    # whole again where the model cuts it
    long_names: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    _sentence: list[Token] = field(default_factory=list)  # the tokens of the sentence read
    # a state's generic service -> the name it goes by here ("X, as Chad's army is known")
    glosses: dict[str, str] = field(default_factory=dict)
    # the actors named or described as a task force, for "the task force" later
    task_forces: dict[str, None] = field(default_factory=dict)
    # key -> how strongly its type was told (`_BY_LABEL` ...)
    type_cues: dict[str, int] = field(default_factory=dict)

    def name_end(self, i: int, key: str, stop: int) -> int:
        """The index after the run of tokens from `i` that name `key` (at most `stop`)."""
        while i < stop and self.token_actor.get(i) == key:
            i += 1
        return i

    # ---------------------------------------------------------------- registry
    def add(self, name: str, type_: ActorType, surface: str, cls: str | None = None,
            code: str | None = None, cue: int | None = None) -> str:
        """The key of the actor `name` names, recorded as `type_` if it is new; one
        recorded from weaker cues than `cue` (an entity's, `_BY_LABEL` ...) takes `type_`
        now. (The readers of other words give no `cue`: they type what they add, as told
        by the words around, and retype no one.)"""
        # (a name never holds a line break or a run of spaces: "Province\n\nNAIROBI")
        name, surface = " ".join(name.split()), " ".join(surface.split())
        key = name_key(name)
        rec = self.actors.get(key)
        spelling = spelling_key(name) if type_ is not ActorType.PERSON else key
        if rec is None and (other := self.spellings.get(spelling)) is not None and (
                self.actors[other].type is not ActorType.PERSON):
            # (whatever the model typed the second spelling: one name, one actor)
            key, rec = other, self.actors[other]  # "El Fasher" after "al-Fasher"
        if rec is None:
            code = code or self.gaz.cameo_code(name, type_)
            rec = self.actors[key] = ActorRec(name, type_, code=code)
            self.spellings.setdefault(spelling, key)
            self.short_forms.note(name, type_, key, self.gaz)
            if type_ in _BODY_TYPES and len(name.split()) >= 3:
                self.long_names.setdefault(name.split()[0].lower(), []).append((name, key))
            if type_ is ActorType.PERSON:
                self._index_surname(name, key)
            self.type_cues[key] = _BY_CONTEXT if cue is None else cue
        elif cue is not None and cue > self.type_cues.get(key, _BY_CONTEXT):
            self._retype(key, type_, cue)
        rec.aliases.setdefault(surface.strip(), None)
        if cls:
            rec.cls = cls
            self.last_of_class[cls] = key
        if rec.type is ActorType.STATE:
            self.state_counts[key] += 1
        return key

    def _retype(self, key: str, type_: ActorType, cue: int) -> None:
        """A stronger cue settles the actor's type: "Kesh" read as a person, then "Kesh,
        a town"; a person's surname indexed for it goes with the person's type."""
        rec = self.actors[key]
        self.type_cues[key] = cue
        if rec.type is type_:
            return
        if rec.type is ActorType.PERSON:
            for short in [s for s, k in self.surnames.items() if k == key]:
                del self.surnames[short]
        rec.type = type_
        if type_ is ActorType.PERSON:
            self._index_surname(rec.name, key)

    def _index_surname(self, name: str, key: str) -> None:
        for short in surname_forms(name):
            self._own_surname(name_key(short), key)

    def _own_surname(self, surname: str, key: str) -> None:
        """The surname stands for `key`, or for no one once two people who are not one
        ("Hassan Ali", "Ahmed Ali") bear it; a fuller name of the same person
        ("Sheikh Nasser al-Hadi" after "Nasser al-Hadi") leaves it as it was."""
        if surname in self.shared_surnames:
            return
        held = self.surnames.setdefault(surname, key)
        if held != key and not _same_person(self.actors[held].name, self.actors[key].name):
            del self.surnames[surname]
            self.shared_surnames[surname] = (held, key)

    def type_of(self, key: str) -> ActorType:
        return self.actors[key].type

    def note_person(self, i: int, key: str) -> None:
        """A person mentioned without a name ("the X spokesperson"), for later "he"."""
        insort(self.persons, (i, key))

    def last_person_before(self, i: int) -> str | None:
        for tok_i, key in reversed(self.persons):
            if tok_i < i:
                return key
        return None

    def last_group_before(self, i: int, *, services: bool = True) -> str | None:
        """The group named last before token `i`; with `services` false, not a state's
        army, police or intelligence ("the group" after "US Central Command" and the
        Houthis is the Houthis)."""
        for tok_i, key in reversed(self.groups):
            if tok_i < i and tok_i not in self.descriptor_tokens and (
                    services or not self.is_service(key)):
                return key
        return None

    def is_service(self, key: str) -> bool:
        """A state's army, police or intelligence, by its CAMEO code or, for a name the
        dictionaries lack, by its words ("Haitian National Police")."""
        rec = self.actors[key]
        if rec.code is not None:
            return rec.code[3:6] in _SERVICE_ROLES
        words = rec.name.split()
        return len(words) > 1 and words[-1] in _SERVICE_NAMES and (
            self.gaz.state_of_demonym(words[0]) is not None)

    def named_police(self, types: frozenset[ActorType]) -> list[str]:
        """The actors of these types named as police ("the National Police Service",
        "Kenyan police"), in the order the article names them."""
        return [key for key, rec in self.actors.items()
                if rec.type in types and "police" in rec.name.lower().split()]

    def main_state(self) -> str | None:
        return self.state_counts.most_common(1)[0][0] if self.state_counts else None

    def seat_state(self, tok: Token) -> str | None:
        """"The government in Bamako", "officials in Luanda", "the authorities in Chad":
        the state a ruler noun governs from, named or by its capital (read as that state,
        `capital_as_city`); not a region's or a city's own ("officials in Kano")."""
        if tok.lower_ not in SEAT_RULERS or (seat := seat_of(tok)) is None:
            return None
        key = self.token_actor.get(seat.i)
        if key is None or self.actors[key].type is not ActorType.STATE:
            return None
        place = seat.doc[seat.left_edge.i : seat.i + 1].text
        capital_of = self.gaz.capitals.get(name_key(place))
        return key if capital_of in (None, self.actors[key].name) else None

    def state_for_word(self, tok: Token) -> str | None:
        """The state a token names or modifies with: "Iraqi", "US", "Iraq('s)"."""
        key = self.token_actor.get(tok.i)
        if key is not None and self.actors[key].type is ActorType.STATE:
            return key
        state = None
        doc = tok.doc
        # (both readings need a capitalised word before: most words are let off here,
        # without a slice of the Doc made for each)
        if tok.i > 0 and doc[tok.i - 1].is_title:
            for first in (tok.i - 2, tok.i - 1):
                # "Papua New Guinean", "South Sudanese": the longest demonym goes first
                if first >= 0 and all(t.is_title for t in doc[first : tok.i]):
                    text = doc[first : tok.i + 1].text
                    if (state := self.gaz.state_of_demonym(text)) is not None:
                        break
        if state is None:
            text = tok.text
            state = self.gaz.state_of_demonym(text)
        if state is None:
            return None
        entry = self.gaz.entries[state]
        return self.add(entry.name, ActorType.STATE, text)

    # ---------------------------------------------------------------- mentions
    def read_sentence(self, ents: list[Span], tokens: list[Token], decoded: list[Word]
                      ) -> None:
        """The actors the sentence names (`tokens`, and the same words `decoded`)."""
        self._sentence = tokens
        if self.long_names and tokens:
            ents = self._names_read_before(ents, tokens)
        ents = _join_particle_names(ents)
        ents = self._three_part_names(ents)
        ents = _state_as_given_name(ents)
        ents = _place_as_middle_name(ents, self.gaz.given_names)
        if any(w[1] in _SHARED_HEADS for w in decoded):
            for tok in tokens:
                if tok.lower_ in _SHARED_HEADS and tok.tag_ == "NNS":
                    self._read_shared_head(tok)
        portfolio: set[int] = set()
        for at, ent in enumerate(ents):
            if _portfolio_before_name(ent, ents[at + 1] if at + 1 < len(ents) else None):
                portfolio.update(range(ent.start, ent.end))
                continue
            words = self._words(ent)
            if len(words) <= 2 and self._read_state_abbreviation(words[0]):
                continue
            ent = self._given_names_before(ent) or ent
            if (institution := _institution_of_place(ent)) is not None:
                self._read_entity(institution)
                continue
            for cut in _split_at_breaks(ent):
                pieces = _split_owned_body(cut)
                for piece in pieces:
                    for part in _split_place_list(_cut_at_bracket(piece, self._words(piece)),
                                                  self.is_place):
                        for held in _officer_set_off(part, self.gaz.given_names):
                            for one in _split_person_pair(held):
                                self._read_entity(one)
                if len(pieces) == 2 and (part_key := self.token_actor.get(pieces[1].start)):
                    # (the possessive form is one of the part's names)
                    whole = [t for t in cut if t.lower_ != "the"]
                    end = _cut_at_bracket(pieces[1], self._words(pieces[1])).end
                    self.actors[part_key].aliases.setdefault(
                        cut.doc[whole[0].i : end].text, None)
        for post in self.posts:
            if not self._read_post(post):
                self._read_entity(post)  # (no holder named: read as the model read it)
        self.posts.clear()
        if tokens:
            self._read_dateline_place(tokens[0])
        if self.titles:
            self._read_titles(tokens)
        for tok in tokens:
            if tok.i not in self.token_actor and tok.is_title:
                self._read_town_before_state(tok)
                self._read_body_before_title(tok)
                self._read_state_abbreviation(tok)
                if tok.lower_ in _NUMBERED_UNITS:
                    self._read_numbered_unit(tok)
        # (the decoded words are tested before the Token: most words are no surname and
        # no noun, and `tok.lower_` and `tok.pos_` decode a string on every call)
        for tok, lower, _, pos, _, _ in decoded:
            if tok.i in self.token_actor or tok.i in portfolio:
                continue
            if lower in self.surnames and (person := self._bare_surname(tok)) is not None:
                self._mark(tok.i, tok.i + 1, person)
                self._placed_after_all(person, tok.doc[tok.i : tok.i + 1])
                continue
            if pos not in _NOUN_POS_NAMES:
                continue
            if tok.is_upper and (joined := self._hyphened_acronym(tok)) is not None:
                self._mark(tok.i, joined[1], joined[0])  # "SPLM-IO" after its name
                continue
            if (named := self._other_name_at(tok)) is not None:
                self._mark(tok.i, named[1], named[0])  # "the Black Hats" after "X, known as"
                continue
            if (alias := self._local_alias(tok)) is not None:
                self._mark(tok.i, tok.i + 1, alias)  # "AA" after "the Arakan Army (AA)"
                self.actors[alias].aliases.setdefault(tok.text, None)
                continue
            if pos == "PROPN" and self._read_unlabelled_town(tok):
                continue
            if pos == "PROPN" and self._read_unlabelled_person(tok):
                continue
            if pos == "NOUN" and tok.is_title and self._read_unlabelled_part(tok):
                continue
            if lower in FACILITY_NAME_NOUNS and self._read_named_facility(tok):
                continue
            if lower in PLACE_NOUNS:
                self._place_alias(tok)
                continue
            if lower == "government" and self._read_region_government(tok):
                continue
            if (state := office_state(self, tok) or self.seat_state(tok)) is not None:
                # "Qatar's emir", "the authorities in Chad": the state stands in
                self._mark(tok.i, tok.i + 1, state)
                self.descriptor_tokens.add(tok.i)
                continue
            self._read_descriptor(tok)

    def _title_named_before(self, ent: Span) -> str | None:
        """"The Humanitarian Coordinator" read as a name: title words only, after "the",
        the title of the one person given it before ("X, the UN Resident and
        Humanitarian Coordinator,"): that person, not a body of that name."""
        doc = ent.doc
        if doc_words(doc).lower[ent.end - 1] not in _PERSON_SLOT_NOUNS:
            return None  # (the last word decoded: no slice nor Token made of most names)
        title = ent[1:] if ent[0].lower_ == "the" else ent
        words_ = [t.lower_ for t in title]
        if title.start == 0 or doc[title.start - 1].lower_ != "the" or len(words_) < 2 or not (
                all(t.is_title for t in title)) or words_[-1] not in _PERSON_SLOT_NOUNS or not (
                all(w in _TITLE_MODIFIER_WORDS for w in words_[:-1])):
            return None
        person = same_title_person(title[-1], self)
        if person is None:
            return None
        noun = words_[-1]
        for i, key in self.persons:
            if key != person or i >= title.start:
                continue
            name = doc[i]
            appos = [t for c in name.head.children if c.dep_ == "appos" for t in c.subtree] if (
                name.dep_ == "compound") else [t for c in name.children if c.dep_ == "appos"
                                              for t in c.subtree]
            if any(t.lower_ == noun for t in appos) or any(
                    doc[j].lower_ == noun and not any(t.pos == VERB for t in doc[j:i])
                    for j in range(max(0, i - _TITLE_REACH), i)):
                return person  # the title set beside the name, no verb between
        return None

    def _read_post(self, post: Span) -> bool:
        """"The Resident and Humanitarian Coordinator in X, Y,": the person named after a
        post's title (its place between, no verb) holds it, and the title is one of his
        names ("The Humanitarian Coordinator:" heading a list of his calls later). False
        when no person is named so."""
        doc = post.doc
        for i in range(post.end, min(post.end + _POST_REACH, len(doc) - 1)):
            if doc[i].pos == VERB or doc[i].is_sent_start:
                return False
            key = self.token_actor.get(i + 1)
            if doc[i].text == "," and key is not None and (
                    self.actors[key].type is ActorType.PERSON):
                title = " ".join(t.text for t in post if t.lower_ != "the")
                self.actors[key].aliases.setdefault(title, None)
                self.local_aliases.setdefault(name_key(title), key)
                return True
        return False

    def _read_region_government(self, tok: Token) -> bool:
        """"the Sindh government", "the Oromia regional government": a region's own
        government is a body of its own, not the state's (the words before "government"
        are a name in capitals that is no state, people, capital or city, and no actor
        but a place or an organisation the model read in it)."""
        doc = tok.doc
        if not tok.is_lower:
            return False
        if tok.i > 1 and doc[tok.i - 1].lower_ == "federal" and (
                self.gaz.state_of_demonym(doc[tok.i - 2].text) is not None):
            # "the Iraqi federal government": a federal state's central government, a
            # body apart from its regions' (the demonym still names the state)
            name = doc[tok.i - 2 : tok.i + 1].text
            if (state := self.state_for_word(doc[tok.i - 2])) is not None:
                self._mark(tok.i - 2, tok.i - 1, state)
            self._mark(tok.i - 1, tok.i + 1, self.add(name, ActorType.GOVERNMENT_BODY, name,
                                                      cue=_BY_KIND))
            return True
        if tok.i > 1 and doc[tok.i - 1].lower_ == "federal" and doc[tok.i - 2].lower_ == "the":
            # "the federal government" after "the Iraqi federal government": that body,
            # when the article named one state's alone
            named = [k for k, rec in self.actors.items() if rec.type is (
                ActorType.GOVERNMENT_BODY) and rec.name.endswith(" federal government")]
            if len(named) == 1:
                self._mark(tok.i - 1, tok.i + 1, named[0])
                return True
        stop = tok.i
        while stop > 0 and tok.i - stop < 2 and doc[stop - 1].lower_ in _REGIONAL_WORDS and (
                doc[stop - 1].is_lower):
            stop -= 1
        if stop > 1 and doc[stop - 2].lower_ == "the" and any(
                doc[i].lower_ in _OWN_REGION_WORDS for i in range(stop, tok.i)) and (
                self.gaz.state_of_demonym(doc[stop - 1].text) is not None):
            # "the Somali regional government": the region's named after the people
            # (Ethiopia's Somali Region), not the state's
            name = doc[stop - 1 : tok.i + 1].text
            self._mark(stop - 1, tok.i + 1, self.add(name, ActorType.GOVERNMENT_BODY, name,
                                                     cue=_BY_KIND))
            return True
        start = stop
        while start > 0 and stop - start < 4 and (doc[start - 1].pos == PROPN or (
                doc[start - 1].ent_type_ in _REGION_LABELS) or _after_glued_hyphen(
                    doc, start - 1) or _after_glued_hyphen(doc, start)) and (
                doc[start - 1].is_title or doc[start - 1].text == "-"):
            start -= 1  # ("Tana-Kebo": the tagger may read the second part an adjective)
        if start == stop or start == 0 or doc[start - 1].lower_ != "the" or (
                not doc[start].is_title):
            return False
        region = doc[start:stop]
        for i in range(start, stop):
            key = self.token_actor.get(i)
            if key is not None and self.actors[key].type not in _REGION_READ_AS:
                return False
            if self.state_for_word(doc[i]) is not None:
                return False  # "the Iraqi government", "the US government"
        key_ = name_key(region.text)
        entry = self.gaz.lookup(region.text)
        if key_ in self.gaz.capitals or (entry is not None and entry.type not in (
                ActorType.LOCATION,)) or (is_place_name(region.text) and not (
                is_region(region.text))) or is_wide_region(region.text):
            return False  # "the Kabul government" is the state's; "the Gaza city ..."
        name = doc[start : tok.i + 1].text
        self._mark(start, tok.i + 1, self.add(name, ActorType.GOVERNMENT_BODY, name,
                                              cue=_BY_KIND))
        return True

    def _read_shared_head(self, head: Token) -> None:
        """"the Terene and Seakhi gangs", "the Patriotic and Liberation fronts": names
        joined by "and" before one plural group noun are as many groups, each named as
        it would be alone ("the Terene gang" is Terene, "the Patriotic Front"); the noun
        stands for the first, as "US and British forces" does. Before a place's noun
        ("the Terene and Seakhi neighbourhoods") each name is a place. Names of places,
        states or peoples are left to the readings of a place's or a people's fighters."""
        first = next((c for c in head.children if c.dep_ in _MODIFIER_DEPS and c.i < head.i
                      and c.pos == PROPN and any(g.dep_ == "conj" for g in c.children)), None)
        if first is None or first.i in self.token_actor:
            return
        items = [first, *first.conjuncts]
        if len(items) < 2 or not any(t.dep_ == "cc" and t.lower_ == "and"
                                     for t in head.doc[first.i : head.i]):
            return
        lemma = head.lemma_.lower()
        place = head.lower_ in _SHARED_PLACES  # ("the Terene and Seakhi neighbourhoods")
        naming = place or lemma in NAMING_NOUNS
        spans = []
        for item in sorted(items, key=lambda t: t.i):
            start = min([item.i, *(c.i for c in item.children
                                   if c.dep_ == "compound" and c.pos == PROPN)])
            span = head.doc[start : item.i + 1]
            if item.i > head.i or not all(t.pos == PROPN and t.is_title for t in span) or (
                    any(t.i in self.token_actor for t in span)
                    or self.gaz.state_of_demonym(span.text)
                    or (not place and self._placed(span.text, naming))
                    or (item.ent_type_ == "NORP" and item.lower_.endswith(DEMONYM_ENDINGS))):
                return
            spans.append(span)
        type_ = ActorType.LOCATION if place else ActorType(
            NAMING_NOUNS[lemma] if naming else HEAD_TYPES[lemma])
        keys = []
        for span in spans:
            name = span.text if naming else f"{span.text} {lemma.title()}"
            entry = self.gaz.lookup(name)
            if entry is not None:
                name, type_ = entry.name, entry.type
            keys.append(self.add(name, type_, f"{span.text} {lemma}" if naming else name))
            self._mark(span.start, span.end, keys[-1])
        if not place:
            self._mark(head.i, head.i + 1, keys[0])
            self.descriptor_tokens.add(head.i)

    def _placed(self, text: str, naming: bool) -> bool:
        """A place's word before a group's noun: its fighters ("the Kisumu gang"); before
        a noun a name holds ("the Kivu Brigade") only a state's is."""
        if naming:
            return self.is_place(text)
        entry = self.gaz.lookup(text)
        return entry is not None and entry.type is ActorType.STATE

    def _given_name_opens(self, span: Span) -> bool:
        """Two or three capitalised words, none a body's, a place's or a title's word,
        the first a given name of the dictionaries' people or the whole set off by a
        person's noun in apposition ("X Y, the chief prosecutor")."""
        return 2 <= len(span) <= 3 and all(t.is_title and t.is_alpha for t in span) and (
            folded(span[0].text) in self.gaz.given_names or any(
                c.dep_ == "appos" and c.lemma_ in _PERSON_SLOT_NOUNS
                for c in span.root.children)) and not (
            {t.lower_ for t in span} & (ARMED_WORDS | GOVERNMENT_WORDS | ORG_WORDS | TITLE_WORDS)
        ) and not is_place_name(span.text) and self.gaz.lookup(span.text) is None

    def _given_names_before(self, ent: Span) -> Span | None:
        """"arrested María Fernanda [Quintero Salazar]", "Mr Victor [Kidal] said": a
        name of one or two words after capitalised words no entity holds that modify it,
        the first of them a given name of the dictionaries' people or, for a person the
        model read, after a personal title ("Sheikh Omar [Haddad]"), is the person's
        whole name, whatever the model or the place lists read in its last words (not a
        place's name that runs so: "Ali Sabieh")."""
        # ("Abdul-Karim al-Saadouni" is four words: a hyphen is none)
        if sum(t.text != "-" for t in ent) > (4 if ent.label_ == "PERSON" else 2) or (
                ent.label_ not in _NAME_LABELS):
            return None
        doc = ent.doc
        start = ent.start
        while start > 0 and ent.start - start < 2 and _given_name_word(doc[start - 1], ent):
            start -= 1
        if start == ent.start and _verb_read_in_name(doc, ent):
            start -= 1  # "Its leader, Saw Chit Thu, said"
        elif start == ent.start or (folded(doc[start].text) not in self.gaz.given_names
                                    and not _titled_given_name(doc[start], ent)):
            return None
        whole = doc[start : ent.end]
        if is_place_name(whole.text) or self.gaz.lookup(whole.text) is not None or (
                {t.lower_ for t in whole} & (ARMED_WORDS | GOVERNMENT_WORDS | ORG_WORDS)):
            return None
        # (its own id: a span's entity id is otherwise its root's, the place's)
        return Span(doc, start, ent.end, label="PERSON", span_id=whole.text)

    def _three_part_names(self, ents: list[Span]) -> list[Span]:
        """"met Amanda Khozi Mukwashi", "the coordinator, Chipo Tendai Moyo,": a person's
        name of two words the model read after a capitalised word of the same name (left
        out, or read as a body of its own) is one name of three words when that word opens
        the name (nothing capitalised of the name before it but a title) and is no title,
        known name, place, people or body word."""
        out: list[Span] = []
        for ent in ents:
            if ent.label_ == "PERSON" and len(ent) == 2 and (
                    whole := self._first_name_before(ent)) is not None:
                if out and out[-1].end > whole.start:
                    out.pop()  # (the word the model read alone as a body)
                out.append(whole)
                continue
            out.append(ent)
        return out

    def _first_name_before(self, ent: Span) -> Span | None:
        doc = ent.doc
        if ent.start < 2:
            return None
        first = doc[ent.start - 1]
        if not (first.is_title and first.is_alpha and first.pos == PROPN
                and first.dep_ == "compound" and ent.start <= first.head.i < ent.end
                and first.ent_type_ in ("", "ORG") and first.lower_ not in TITLE_WORDS
                and first.lower_ not in ROLE_NOUNS and first.lower_ not in JOB_NOUNS
                and first.lower_ not in OFFICE_WORDS and first.lower_ not in _CLERGY):
            return None  # ("Chief of Defence Staff X Y": "Staff" closes the office)
        if first.ent_type_ == "ORG" and (first.ent_iob_ != "B" or doc[ent.start].ent_iob_ != "B"):
            return None  # (a longer body's name, not one word read alone)
        before = doc[first.i - 1]
        if first.is_sent_start or before.text in _OPENING_MARKS:
            return None  # ("Botanist Lena Marsh said": any word is capitalised there)
        if (before.lower_ in _OFFICE_PREPS or (
                before.is_title and before.lower_ not in TITLE_WORDS
                and before.lower_ not in ROLE_NOUNS and before.lower_ not in JOB_NOUNS)):
            return None  # a name (or an office's subject) runs on before it: not where it opens
        whole = doc[first.i : ent.end]
        if self.gaz.lookup(first.text) is not None or self.gaz.state_of_demonym(first.text) \
                or is_place_name(first.text) or self.gaz.lookup(whole.text) is not None or (
                {t.lower_ for t in whole} & (ARMED_WORDS | GOVERNMENT_WORDS | ORG_WORDS)):
            return None
        return Span(doc, first.i, ent.end, label="PERSON", span_id=whole.text)

    def _names_read_before(self, ents: list[Span], tokens: list[Token]) -> list[Span]:
        """"the Union for Peace in Lakeland", read whole once (by its acronym), and cut
        by the model later ("Union for Peace" and "Lakeland", or the place alone): the
        whole name again, wherever the sentence writes it out."""
        doc = tokens[0].doc
        text = doc_text(doc)
        low, high = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        for named in self.long_names.values():
            for name, _key in named:
                at = text.find(name, low, high)
                while at != -1:
                    span = doc.char_span(at, at + len(name))
                    if span is not None:
                        ents = _with_name(ents, span)
                    at = text.find(name, at + len(name), high)
        return ents

    def _bare_surname(self, tok: Token) -> str | None:
        """A surname the model did not tag, of a person named before ("Later, Hamdani
        condemned ..."); the tagger often takes one opening a sentence for a verb or a
        common noun ("Sayed met ...", "Dauda met ..."), so a capitalised word in a
        subject's or an object's place is read too, when no other name runs on from it."""
        if tok.ent_type_ != "" or not tok.is_title or tok.lower_ not in self.surnames:
            return None
        if tok.pos_ != "PROPN" and tok.dep_ not in _NAME_DEPS:
            return None
        doc = tok.doc
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.pos_ != "PROPN" and nxt is not None and nxt.is_title:
            return None
        return self.surnames[tok.lower_]

    def _titled_surname(self, span: Span) -> str | None:
        """"Ms Konaté", "Colonel Garba": a title before the surname of the one person of
        the document who bears it is that person (a surname two people bear stays
        unread)."""
        first = 0
        while first < len(span) - 1 and span[first].lower_ in TITLE_WORDS:
            first += 1
        rest = [t for t in span[first:] if t.text != "-"]
        if first == 0 or len(rest) > 2:
            return None
        return self.surnames.get(name_key(span[first:].text))

    def _shared_surname(self, key: str) -> tuple[str, ActorType] | None:
        """"Ali" after "Hassan Ali" and "Ahmed Ali": neither, unless the dictionaries'
        one well-known bearer of the surname is one of them."""
        known = self.gaz.surnames.get(key)
        names = {self.actors[k].name for k in self.shared_surnames[key]}
        return (known, ActorType.PERSON) if known in names else None

    def _words(self, span: Span) -> list[Token]:
        """The span's tokens, taken from the sentence being read where it lies inside
        it (`doc[i]` and iterating a Span make a new Token object each time)."""
        first = self._sentence[0].i if self._sentence else 0
        if self._sentence and first <= span.start and span.end - first <= len(self._sentence):
            return self._sentence[span.start - first : span.end - first]
        return list(span)

    def _read_unlabelled_town(self, tok: Token) -> bool:
        """A one-word name the model left unlabelled, held or struck as ground ("entered
        Gode", "raised their flag over Gode") or joined in a list to the town named just
        before it ("control of Lashio and Hpakant"), is a town. (Not in every slot a town
        may stand in: "near X", "into X" take people and bodies the model missed too.)"""
        doc = tok.doc
        if tok.ent_type_ != "" or not (tok.is_title and tok.is_alpha) or (
                tok.lower_ in NOT_NAMES or tok.lower_ in TITLE_WORDS):
            return False
        if (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN") or (
                doc[tok.i - 1].pos_ == "PROPN"):
            return False  # (a longer name: not read by one word)
        span = doc[tok.i : tok.i + 1]
        listed = tok.dep_ == "conj" and doc[tok.i - 1].lower_ in (",", "and", "or") and (
            key := self.token_actor.get(tok.head.i)) is not None and (
            self.actors[key].type is ActorType.LOCATION)
        if not (listed or held_ground(span) or held_by_a_side(span) or _town_set_off(tok)
                or _region_kind_after(span)):
            return False
        self._mark(tok.i, tok.i + 1, self.add(tok.text, ActorType.LOCATION, tok.text))
        return True

    def _read_unlabelled_person(self, tok: Token) -> bool:
        """A name the model gave no person, place or group label, made a person by
        what it does or undergoes: "the sniper shot Corrigan", "Ng said he ..."."""
        if tok.ent_type_ not in _UNLABELLED or (
                tok.dep_ == "compound" and tok.head.pos_ == "PROPN"):
            return False  # (a name is read once, at its last word)
        start = tok.i
        doc = tok.doc
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_alpha and (
                doc[start - 1].dep_ == "compound") and start <= doc[start - 1].head.i <= tok.i and (
                start - 1 not in self.token_actor) and tok.i - start < 3 and (
                doc[start - 1].lower_ not in TITLE_WORDS):  # ("Colonel" is no part of it)
            start -= 1
        while start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and (
                not doc[start - 2].whitespace_) and doc[start - 2].is_title and (
                doc[start - 2].is_alpha) and start - 2 not in self.token_actor and (
                start - 1 not in self.token_actor) and (
                doc[start].lower_ not in TITLE_WORDS) and (
                doc[start - 2].lower_ not in TITLE_WORDS):
            start -= 2  # "Jean-Christophe Obelle": the given name's first part too
            # ("Secretary-General X": a title's hyphen is no given name's)
        if start == tok.i and (state := self._state_as_given_name(tok)) is not None:
            self._forget(tok.i - 1, state)  # "the defence minister, Jordan Vale,"
            self.state_counts[state] -= 1
            if state not in self.actors:
                del self.state_counts[state]
            span = doc[tok.i - 1 : tok.i + 1]
            self._mark(span.start, tok.i + 1, self.add(span.text, ActorType.PERSON, span.text))
            return True
        span = doc[start : tok.i + 1]
        if not all(t.is_title and t.is_alpha and t.lower_ not in NOT_NAMES
                   for t in span if t.text != "-") or (
                all(t.lower_ in TITLE_WORDS for t in span)):
            return False  # ("Prime Minister": a title, nobody's name)
        if (given := self._name_after_office(span)) is not None:
            start, span = given, doc[given : tok.i + 1]
            self._mark(start, tok.i + 1, self.add(span.text, ActorType.PERSON, span.text))
            return True
        if len(span) == 1 and (_common_noun(tok) or self.gaz.lookup(tok.text) is not None):
            return False
        # "Capt. Ana Ruiz", "Jorge Ortiz of Quito": a rank or a given name says person
        before = doc[start - 1] if start > 0 else None
        kind = appositive_kind(span)  # "X, a separatist militia", "X, the deputy leader of Y"
        if kind == "PERSON" and before is not None and self._given_name_opening(before, span):
            # "Tut Gatluak Jiek, the president of ...": the tagger read the sentence's
            # first word as a noun; the person's name opens there
            start, span, before = before.i, doc[before.i : tok.i + 1], None
        if kind is not None and kind != "PERSON" and (len(span) >= 2 or (
                kind != "LOCATION" and tok.pos_ == "PROPN")):  # ("Cristosal, a rights group")
            if kind != "LOCATION" and start > 0 and _ORDINAL_WORD.fullmatch(doc[start - 1].text):
                # "the 9th Military Zone, a unit of ...": the number is the body's own
                start, span = start - 1, doc[start - 1 : tok.i + 1]
            self._mark(start, tok.i + 1, self.add(span.text, _LABEL_TYPES[kind], span.text))
            return True
        if kind is None and led_body(span):
            # "Kadima Tova, led by Ruth Amsel, quit": what one leads is a body
            self._mark(start, tok.i + 1, self.add(span.text, ActorType.ORGANIZATION, span.text,
                                                  cue=_BY_CONTEXT))
            return True
        strong = killed_or_killer(span) or titled(doc, start) or kind == "PERSON" or (
            heads_a_following(span)) or (
            len(span) >= 2 and not (before is not None and before.is_title)
            and self._given_name_first(span))  # (not "San Pedro Sula")
        if not strong and len(span) <= 2 and not {t.lower_ for t in span} & _KIND_AFTER_NAME and (
                listed_with_places(span, self._is_town) or held_ground(span)):
            # "Rebels hold Lokoja and X", "X is in the hands of ...": untagged, a town (one
            # only the model's label made a person before, in a headline, is the town)
            self._mark(start, tok.i + 1, self.add(span.text, ActorType.LOCATION, span.text,
                                                  cue=_BY_CONTEXT))
            return True
        if not strong and (self.is_place(span.text) or not named_by_deed(span)):
            return False
        self._mark(start, tok.i + 1, self.add(span.text, ActorType.PERSON, span.text))
        return True

    def _given_name_opening(self, word: Token, span: Span) -> bool:
        """The sentence's first word, capitalised and joined to the name after it, no
        title, no fighters' noun and no name the gazetteer knows: a given name the tagger
        took for a noun (a small town's name may be a given name too)."""
        return bool(word.is_sent_start) and word.is_title and word.is_alpha and (
            word.dep_ == "compound") and span.start <= word.head.i < span.end and (
            word.i not in self.token_actor) and word.lower_ not in TITLE_WORDS and (
            word.lower_ not in NOT_NAMES) and agent_role(word.lower_) is None and (
            word.lower_ not in DESCRIPTORS) and self.gaz.lookup(word.text) is None

    def _state_as_given_name(self, tok: Token) -> str | None:
        """"the defence minister, Jordan Vale, said": a state's one-word name right before
        a surname no entity holds, modifying it, is a given name (the state's actor, to
        forget) where the two words stand in a person's slot: set off after an office or
        a job ("the minister, X Y,") or the subject of a speech verb ("X Y said")."""
        if tok.i < 1 or not tok.is_title or tok.pos != PROPN:
            return None
        first = tok.nbor(-1)
        key = self.token_actor.get(first.i)
        if key is None or self.actors[key].type is not ActorType.STATE or not (
                first.is_title and first.whitespace_ and first.dep_ == "compound"
                and first.head.i == tok.i and self.actors[key].name == first.text):
            return None
        if first.i > 0 and (first.nbor(-1).is_title or first.nbor(-1).text in ("'s", "-")):
            return None  # (inside a longer name, or an owner's)
        if tok.lower_ in _BODY_NAME_WORDS or self.gaz.lookup(tok.text) is not None or (
                self.is_place(tok.text) or self.gaz.state_of_demonym(tok.text)):
            return None  # ("Jordan Valley", "Kenya Airways")
        head = tok.head
        slot = (tok.dep_ == "appos" and head.lower_ in _PERSON_SLOT_NOUNS) or (
            tok.dep_ == "nsubj" and head.lemma_ in SPEECH_VERBS)
        return key if slot else None

    def _read_unlabelled_part(self, tok: Token) -> bool:
        """"the Imbonerakure, the youth wing of the ruling party": one capitalised word
        the model took for a common noun, told in apposition as a part of a body ("X, the
        armed wing of Y", "X, a unit of Y"), names that part."""
        doc = tok.doc
        if tok.ent_type_ != "" or not tok.is_alpha or tok.i == 0 or not (
                doc[tok.i - 1].lower_ == "the" or doc[tok.i - 1].is_punct) or (
                tok.lower_ in NOT_NAMES or tok.lower_ in TITLE_WORDS or _common_noun(tok)):
            return False
        kind = appositive_kind(doc[tok.i : tok.i + 1])
        if kind not in ("ARMED_GROUP", "ORGANIZATION") or not any(
                c.dep_ == "appos" and c.lemma_ in PART_APPOSITIONS and any(
                    p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
                for c in tok.children):
            return False
        self._mark(tok.i, tok.i + 1, self.add(tok.text, _LABEL_TYPES[kind], tok.text))
        return True

    def _name_after_office(self, span: Span) -> int | None:
        """"the Special Rapporteur on Torture Anna Lindqvist", "Envoy for Sahel Affairs
        Karim Ouali": after a title and the subject of its office, the person's name
        opens at a given name of the dictionaries' people before its last word; where
        it opens, or None."""
        doc = span.doc
        j = span.start - 1  # (back over the subject's words: "on Freedom of Expression")
        while j >= 1 and not (doc[j].lower_ in _OFFICE_PREPS and doc[j - 1].is_title and (
                doc[j - 1].lower_ in TITLE_HEADS)):
            if span.start - j > 5 or not (doc[j].is_title or doc[j].lower_ in _OFFICE_PREPS
                                          or doc[j].lower_ in ("and", "the")):
                return None
            j -= 1
        if j < 1:
            return None
        for tok in span[:-1]:
            if folded(tok.text) in self.gaz.given_names:
                return tok.i
        if len(span) >= 2 and _stands_alone_elsewhere(span[-1]):
            # "... for Human Rights Volker Türk" and later "Türk said": a given name and
            # the surname (the parser may hang the office's subject on the name too)
            return span[-2].i
        return None

    def _place_dropped(self, surface: str) -> str | None:
        """"the Military Police" after "the Bahia Military Police": the one body met
        before whose name is this name after a place's (or a people's) name."""
        tail = " " + name_key(surface)
        found = [k for k in self.actors if k.endswith(tail)]
        if len(found) != 1 or self.actors[found[0]].type not in _PLACED_BODY_TYPES:
            return None
        return found[0] if self._names_place(found[0][: -len(tail)]) else None

    def _names_place(self, text: str) -> bool:
        key = name_key(text)
        rec = self.actors.get(key)
        return bool(key) and ((rec is not None and rec.type in (
            ActorType.LOCATION, ActorType.STATE)) or self.is_place(text) or bool(
            self.gaz.state_of_demonym(text)))

    def _acronym_with_place(self, doc: Doc, start: int) -> tuple[str, int] | None:
        """An acronym and a place named as one name of a body before ("OHCHR Colombia"
        after "the UN Human Rights Office in Colombia (OHCHR Colombia)"): its actor and
        where the name ends."""
        for end in range(min(start + 4, len(doc)), start + 1, -1):
            key = self.local_aliases.get(name_key(doc[start:end].text))
            if key is not None:
                return key, end
        return None

    def _acronym_branch(self, doc: Doc, start: int, end: int) -> tuple[int, str] | None:
        """"the PLA Navy" after "the People's Liberation Army Navy (PLAN)": an
        acronym and the capitalised word after it (in the name read or just after it) is
        the actor named before as the acronym's full name with that word, when there is
        one; where it ends and its key."""
        acro = doc[start]
        if end - start > 2 or not (acro.is_upper and acro.is_alpha and len(acro.text) >= 2):
            return None
        word = start + 1
        if word >= len(doc) or not (doc[word].is_title and doc[word].is_alpha) or (
                word in self.token_actor) or (end == word and doc[word].ent_iob_ != "O"):
            return None
        whole = self.local_aliases.get(name_key(acro.text))
        full = self.actors[whole].name if whole in self.actors else (
            known.name if (known := self.gaz.lookup(acro.text)) is not None else None)
        if full is None or name_key(full) == name_key(acro.text):
            return None
        key = name_key(f"{full.removeprefix('the ')} {doc[word].text}")
        return (word + 1, key) if key in self.actors else None

    def _hyphened_acronym(self, tok: Token) -> tuple[str, int] | None:
        """"SPLM-IO" (three tokens) as an acronym introduced in this document, and where
        it ends; not its first part alone, which may be another body's."""
        doc = tok.doc
        end = tok.i + 1
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and (
                not doc[end].whitespace_ and doc[end + 1].is_upper):
            end += 2
        if end == tok.i + 1 or not self.local_aliases:
            return None
        key = self.local_aliases.get(name_key(doc[tok.i : end].text))
        return None if key is None else (key, end)

    def _other_name_at(self, tok: Token) -> tuple[str, int] | None:
        """An other name of an actor met before ("X, better known as the Black Hats"),
        whole at `tok`, which the model read as no actor here (or as a people): its
        actor and where the name ends."""
        if not tok.is_title or not self.other_names:
            return None
        doc = tok.doc
        if tok.i > 0 and doc[tok.i - 1].is_title and doc[tok.i - 1].lower_ != "the":
            return None  # (inside a longer name)
        end = name_run(doc, tok.i)
        key = self.other_names.get(name_key(doc[tok.i : end].text))
        return None if key is None else (key, end)

    def _local_alias(self, tok: Token) -> str | None:
        """An acronym introduced in this document, or a short form ("the Observatory")."""
        if tok.is_upper and len(tok.text) >= 2:
            return self.local_aliases.get(name_key(tok.text))
        if not tok.is_title:
            return None
        return self.short_forms.actor_for(tok) or (
            self._opened_by(tok) if tok.pos == PROPN else None)

    def _opened_by(self, tok: Token) -> str | None:
        """"Radaa's commander": the group whose name the word opens, unless the word is
        a person's surname or a place here ("fighting in Radaa" is the town)."""
        key = self.short_forms.opened_by(tok)
        if key is None or tok.lower_ in self.surnames or tok.lower_ in self.gaz.surnames:
            return None
        if (tok.i > 0 and tok.nbor(-1).lower_ in PLACE_PREPS) or self.is_place(tok.text):
            return None
        if any(c.dep_ == "appos" and c.lemma_.lower() in POLITY_HEADS for c in tok.children):
            return None  # "Puntland, a semi-autonomous region, ...": the place itself
        return key

    def _read_state_abbreviation(self, tok: Token) -> bool:
        """"Chisholm, Minn.": a state abbreviation after a place and a comma."""
        if not is_state_abbreviation(tok.text) or tok.i < 2:
            return False  # (the cheap test first: this runs on every capitalised word)
        doc = tok.doc
        if doc[tok.i - 1].text != ",":
            return False
        before = self.token_actor.get(tok.i - 2)
        if before is None or self.actors[before].type is not ActorType.LOCATION:
            return False
        end = tok.i + 1
        if end < len(doc) and doc[end].text == "." and not tok.text.endswith("."):
            end += 1  # "Minn ." in text tokenised by an earlier tool
        state = AP_STATE_ABBREVIATIONS[tok.text.rstrip(".")]
        self._mark(tok.i, end, self.add(state, ActorType.LOCATION, doc[tok.i : end].text))
        return True

    def _read_town_before_state(self, tok: Token) -> None:
        """"in Harlow, Ind.": a town the model left unlabelled before a comma and a US
        state's abbreviation."""
        if not is_state_abbreviation(tok.text) or tok.i < 2:
            return
        doc = tok.doc
        end = tok.i - 1
        if doc[end].text != "," or doc[end - 1].pos_ != "PROPN":
            return
        start = end
        while start > 0 and end - start < 3 and doc[start - 1].pos_ == "PROPN" and (
                doc[start - 1].is_title and doc[start - 1].ent_type_ == ""
                and start - 1 not in self.token_actor):
            start -= 1
        if start < end:
            town = doc[start:end].text
            self._mark(start, end, self.add(town, ActorType.LOCATION, town))

    def _read_body_before_title(self, tok: Token) -> None:
        """"Nimba County Superintendent X", "Assam Police Director General X": the region
        or the force the model left unlabelled before its head's title."""
        start = region_words_before_head(tok)
        if start is None:  # (a region's name may open the sentence: start 0)
            start = region_before_minister(tok)
        if start is not None and not any(k in self.token_actor for k in range(start, tok.i)):
            region = tok.doc[start : tok.i + 1].text
            self._mark(start, tok.i + 1, self.add(region, ActorType.LOCATION, region))
        start = police_words_before_title(tok)
        if start is not None and not any(k in self.token_actor for k in range(start, tok.i)):
            force = tok.doc[start : tok.i + 1].text  # "Assam Police Director General X"
            self._mark(start, tok.i + 1, self.add(force, ActorType.ARMED_GROUP, force))

    def _read_titles(self, tokens: list[Token]) -> None:
        """"The Interior Minister added": the person introduced with that title."""
        doc = tokens[0].doc
        for tok in tokens:
            if tok.lower_ != "the" or tok.i + 2 >= len(doc):
                continue
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 4 and doc[end].is_title and (
                    doc[end].pos_ == "PROPN") and end not in self.token_actor:
                end += 1
            words = " ".join(t.lower_ for t in doc[tok.i + 1 : end])
            person = self.titles.get(words)
            if person is not None and (end >= len(doc) or doc[end].pos_ != "PROPN"):
                self._mark(tok.i + 1, end, person)
                self.actors[person].aliases.setdefault(doc[tok.i : end].text, None)

    def _read_dateline_place(self, first: Token) -> None:
        """"Boise, Idaho (AP) -": the place opening a dateline, where the model saw none."""
        doc = first.doc
        end = first.i
        while end < len(doc) and end - first.i < 3 and doc[end].pos_ == "PROPN" and (
                end not in self.token_actor):
            end += 1
        if end == first.i or end + 1 >= len(doc) or doc[end].text not in (",", "("):
            return
        if doc[end].text == "," and not self.is_place(doc[end + 1].text):
            return  # "Jackson, the spokesman, said": a name, not a dateline
        surface = doc[first.i : end].text
        if is_place_name(surface) and self.gaz.lookup(surface) is None:
            self._mark(first.i, end, self.add(surface, ActorType.LOCATION, surface))

    def is_place(self, text: str) -> bool:
        """A city, region or US state, or a state or place of the gazetteer."""
        if is_place_name(text) or is_state_abbreviation(text):
            return True
        entry = self.gaz.lookup(text)
        return entry is not None and entry.type in (ActorType.STATE, ActorType.LOCATION)

    def _place_alias(self, tok: Token) -> None:
        """"Gao province", "the city of Kidal": the longer name is an alias of the place."""
        doc = tok.doc
        key = self.token_actor.get(tok.i - 1) if tok.i > 0 else None
        if key is not None and self.actors[key].type is ActorType.LOCATION and (
                tok.dep_ != "compound"):
            start = tok.i - 1
            while start > 0 and self.token_actor.get(start - 1) == key:
                start -= 1
            self.actors[key].aliases.setdefault(doc[start : tok.i + 1].text, None)
            return
        if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of":
            key = self.token_actor.get(tok.i + 2)
            if key is not None and self.actors[key].type is ActorType.LOCATION:
                end = tok.i + 2
                while end + 1 < len(doc) and self.token_actor.get(end + 1) == key:
                    end += 1
                self.actors[key].aliases.setdefault(doc[tok.i : end + 1].text, None)

    def _mark(self, start: int, end: int, key: str) -> None:
        for i in range(start, end):
            self.token_actor[i] = key
        type_ = self.actors[key].type
        if type_ is ActorType.PERSON:
            self.persons.append((start, key))
        elif type_ is ActorType.ARMED_GROUP:
            self.groups.append((start, key))

    def _read_entity(self, ent: Span) -> None:
        doc = ent.doc
        start, end = ent.start, ent.end
        if start in self.token_actor:
            return  # already part of a longer name ("the Government of Iraq")
        if (titled := self._title_named_before(ent)) is not None:
            self._mark(start, end, titled)  # "the Humanitarian Coordinator": X, so titled
            return
        if _title_only(ent) and ent not in self.posts:
            self.posts.append(ent)  # "the Resident and Humanitarian Coordinator for X, Y":
            return  # a post, no body (its holder is read once the sentence is)
        if doc[start].is_upper and (run := self._acronym_with_place(doc, start)) is not None:
            self._mark(start, run[1], run[0])  # "OHCHR Colombia" after its full name
            return
        # (each doc[i] builds a Token: read every word once)
        words = self._words(ent)
        while start < end and (words[0].lower_ in _TRIM_START or words[0].is_punct
                               or words[0].is_space):
            words = words[1:]
            start += 1
        if len(words) > 3 and words[1].text in ("'", "\u2019") and (
                words[0].lower_ in _FIGHTERS_OWNING) and all(w.is_title for w in words[2:]):
            words, start = words[2:], start + 2  # "the Maoists' Tarvo Division Committee"
        if len(words) > 2 and words[0].lower_ in _MEMBERS_OF and words[1].lower_ == "of" and (
                words[2].is_title):
            words, start = words[2:], start + 2  # "Fighters of Brigade 313": the unit's
        # (a name a name reading set whole, "the Kabir clan militia", keeps its noun)
        whole = bool(ent.id_) and ent.id_ == ent.text
        while end > start and (words[-1].lower_ in _TRIM_END or words[-1].is_punct
                               or words[-1].is_space or words[-1].text == "/" or (
                               words[-1].lower_ in _DESCRIBING and words[-1].is_lower
                               and len(words) > 1 and not whole) or (
                               words[-1].pos == VERB and words[-1].is_lower) or (
                               _acronym_party(words) and not whole)):
            # ("the CPC rebel group": the noun only describes it; "the Front for the
            # Liberation of X attacked": the model ran the name on over its verb)
            words = words[:-1]
            end -= 1
        if not whole and (cut := _lower_of_tail(words)):
            words = words[:cut]  # "accused the Sword Front of war crimes": not the name's
            end = start + cut
        if start >= end or (end - start == 1 and words[0].is_lower and words[0].is_alpha):
            return  # ("held its congress", "the senate met": a common word, no name)
        if end - start == 1 and words[0].lower_ in _LANDFORM_HEADS and end < len(doc) and (
                doc[end].lower_ == "of"):
            return  # ("the Valley of the X and Y Rivers" cut: a landform's word names none)
        if start > 1 and doc[start - 1].lower_ == "of" and port_named(doc[start - 2 : end]) and (
                not self.is_place(doc[start - 2 : end].text)):
            start -= 2  # "the Port of Antwerp": the model read the town alone
            words = [doc[start], doc[start + 1], *words]
        if _general_office_cut(doc, start, end):
            start -= 1  # "the Attorney General's Office": the model left out "Attorney"
            words = [doc[start], *words]
        if _the_in_acronym(doc, start, end):
            start -= 1  # "The Resistance Wing (TRW)": the acronym spells "The" too
            words = [doc[start], *words]
        if (branched := self._acronym_branch(doc, start, end)) is not None:
            stop, key = branched  # "the PLA Navy": the branch named before
            self._mark(start, stop, key)
            self.actors[key].aliases.setdefault(doc[start:stop].text, None)
            return
        span = doc[start:end]
        label = ent.label_
        if (label != "PERSON" or words[0].lower_ in ENLISTED_RANKS) and (
                ranks := rank_length(words, self.gaz.given_names)):
            # "Air Commodore Musa Bello" read as a body, "Sepoy Ramesh Kumar" as a person
            # whole: the rank is no part of the name
            start += ranks
            span, words, label = doc[start:end], words[ranks:], "PERSON"
        if end - start == 1 and surname_dropped(span, self.gaz.given_names):
            end += 1  # "Karim Haddad commands ..." read as the place "Karim"
            span, words, label = doc[start:end], [*words, doc[end - 1]], "PERSON"
        surface = _text(words)
        # (a span's id is its root's: "al-Houthi" ends a person's name, the group's id
        # on its last word is not the person's)
        ent_id = ent.id_ or ("" if _article_surname(span, label) else ent.ent_id_)
        resolved = self._resolve_name(span, surface, label, ent_id)
        if resolved is None:
            return
        name, type_, cue = resolved
        extra_alias = bare_facility = None
        if (not whole or type_ is ActorType.LOCATION) and type_ in _FEATURE_NAMED and (
                feature := self._feature_after(words, end, type_)) is not None:
            # "Inmates escaped from Tarsa prison", "near the Tamaro massif", "a drone hit
            # Hodeidah port": a name run into a facility's lower-case noun (with the words
            # that say its kind, "naval base", "oil terminal") is that facility's name;
            # the name alone is an alias of it unless it is a known place, which stays
            # the place; before a landform's noun the place keeps its own name, the
            # longer one an alias
            kind, extra, place = feature
            if kind is ActorType.FACILITY and not place:
                bare_facility = surface
            if place:
                self.add(name, type_ if type_ is ActorType.LOCATION else ActorType.LOCATION,
                         surface, cue=cue)
            type_, cue = kind, _BY_KIND
            if kind is ActorType.LOCATION:
                extra_alias = doc[start : end + 1].text
            else:
                words, end = [*words, *doc[end : end + extra]], end + extra
                span = doc[start:end]
                name = surface = span.text
        elif type_ is ActorType.LOCATION and _kind_after_place(words, end):
            # "in Blue Nile state", "across the Bab el-Mandeb strait": the place keeps its
            # name; the name with its lower-case kind noun is one of its names too
            extra_alias = doc[start : end + 1].text
        elif type_ is ActorType.LOCATION and name == surface and _kind_closing(words) and (
                self._bare_place(doc[start : end - 1].text)):
            # "in Tarsa zone" read whole by the model: the same place as "Tarsa" alone
            extra_alias = surface
            name = surface = doc[start : end - 1].text
        if not whole and type_ is not ActorType.STATE and (
                branch := self._branch_of_group(words, start, end)) is not None:
            # "the Islamic State's Khorasan province": an armed group's province, branch
            # or wing named by its possessive is an armed group of its own (the place in
            # its name stays a place wherever it is named alone)
            end, branch_name = branch
            type_, cue = ActorType.ARMED_GROUP, _BY_KIND
            extra_alias = branch_name  # (the possessive form is an alias; the name is its own)
            words = list(doc[start:end])
            span = doc[start:end]
        place_words: list[str] = []
        if type_ is not ActorType.STATE and (
                governed := _regional_government(doc, span)) is not None:
            # "the Karoo regional government", "Tana State's government": the region's
            # own government, a body, whatever the model read in the region's name
            end, name, type_ = governed, _government_name(doc[start:governed]), (
                ActorType.GOVERNMENT_BODY)
            cue = _BY_KIND
            surface = doc[start:end].text
        elif type_ is not ActorType.STATE and label != "NORP" and (
                local := _local_body(span, type_)) is not None:
            # "the Tolam police", "Bokwe local council", "the Ralu prison service": a
            # place's (or a people's) own body, named by the place and its lower-case head
            if type_ is ActorType.LOCATION:
                # (the place is named too: its name alone later is the place's)
                self.add(name, type_, surface, cue=cue)
            place_words, (end, type_) = [t.lower_ for t in words], local
            cue = _BY_KIND
            name = surface = doc[start:end].text
        if (end < ent.end and doc[end].lower_ == "of" and not ent.ent_id_
                and (state_at := _state_after_of(doc, end)) is not None):
            # "the Government of Iraq", "... of the Central African Republic": the ruler
            # took the state's name out of the NER name; the whole name is one actor (its
            # own, not the state's: a reader's gold may call it either, and the name
            # matches both)
            stop = state_at + 1
            while stop < len(doc) and doc[stop].ent_iob_ == "I":
                stop += 1
            name = surface = doc[start:stop].text
            end = stop
        bare_owned = None
        if (owned := self._owned_by_state(span)) is not None:
            name, surface = owned  # "Kenya's Defence Ministry" is not Somalia's
            bare_owned = span.text
        elif type_ is ActorType.GOVERNMENT_BODY and name == span.text:
            bare_owned = self._state_named_first(words)
        if type_ in _BODY_TYPES and (faction := faction_qualifier_at(doc, end)) is not None and (
                not _syllable_acronym(faction[0], name)):
            # "Communist Party of India (Maoist)": the word in brackets names a faction,
            # an actor apart from the party it split from
            qualifier, end = faction
            name, surface = f"{name} {qualifier}", f"{surface} {qualifier}"
        if type_ is ActorType.MEDIA:
            self.media.setdefault(name, None)
            self.media_tokens.update(range(start, end))
            return
        cls = None
        root = span.root
        if root.lower_ in DESCRIPTORS and len(span) > 1 and (
            DESCRIPTORS[root.lower_][0] != "forces" or self.gaz.state_of_demonym(span[0].text)
        ):
            # "the parliament" after "Iraqi parliament"; "foreign troops" only after
            # forces named by their state ("US forces"), not "Popular Mobilization Forces"
            cls = DESCRIPTORS[root.lower_][0]
        key = self.add(name, type_, surface, cls, cue=cue)
        if bare_owned is not None:
            self._own_bare_name(bare_owned, key)
        if extra_alias is not None:
            self.actors[key].aliases.setdefault(extra_alias, None)  # ("the Tamaro massif")
        if bare_facility is not None:
            self.actors[key].aliases.setdefault(bare_facility, None)  # ("Tarsa" for its prison)
        if (camp := _CAMP_KIND.search(name)) is not None:
            # "the Kalma displacement camp" is "the Kalma camp" too
            self.actors[key].aliases.setdefault(name[: camp.start()] + " camp", None)
        elif extra_alias is None and len(words) >= 2 and name == surface == span.text and (
                words[-1].is_lower) and (
                words[-1].lower_ in _KIND_NOUNS) and not words[-2].is_lower:
            # "Badakhshan province", "the Green Dawn party": the name without its kind
            # noun, as the text may also write it, is a name of the same actor
            self.actors[key].aliases.setdefault(_text(words[:-1]), None)
        elif type_ is ActorType.FACILITY and (bare := self._facility_bare_name(words)):
            # "the Tarko gold mine" read whole: "Tarko" alone is the mine too, as it is
            # where the model read the name apart from its noun (not a known town's)
            self.actors[key].aliases.setdefault(bare, None)
        for word in place_words:
            # (the place's name alone later is the place's, not its body's)
            for table in (self.short_forms.words, self.short_forms.openers):
                if table.get(word) == key:
                    del table[word]
        if type_ is ActorType.GOVERNMENT_BODY and (owner := self._state_before(start)) is not None:
            # "the U.S. State Department", "the United States Department of State": the
            # body named with its state is a name of it too
            self.actors[key].aliases.setdefault(doc[owner:end].text, None)
        if name.lower().endswith("task force"):
            self.task_forces.setdefault(key, None)  # "the Kora Lima task force"
        self._code_rebels(span, key)
        if type_ is ActorType.PERSON and start > 0:
            # "Foreign Minister Julie Bishop": the titled form is an alias too
            j = start
            # (an honorific the model read into the name, "Qari X", is a title of it too)
            while j > 0 and doc[j - 1].pos_ == "PROPN" and (
                    not doc[j - 1].ent_type_ or doc[j - 1].lower_ in _HONORIFIC_TITLES) \
                    and doc[j - 1].is_title and start - j < 4:
                j -= 1
            if j > 0 and j < start and self.gaz.state_of_demonym(doc[j - 1].text):
                j -= 1  # "Iraqi President Fuad Masum"
            if j < start:
                self.actors[key].aliases.setdefault(doc[j:end].text, None)
                title = " ".join(t.lower_ for t in doc[j:start] if t.is_alpha)
                if len(title.split()) >= 2:
                    self.titles.setdefault(title, key)  # "the Foreign Secretary" later
        self._mark(start, end, key)
        self._read_fighters_named(doc, start, end, key, type_)
        if type_ in _BODY_TYPES and end < len(doc) and doc[end].lower_ in NAMING_NOUNS and (
                doc[end].is_lower and doc[end].i not in self.token_actor) and not (
                    doc[end].lower_ == "group" and _group_of_other(doc, start, end)):
            # "the Kanu Seke gang attacked ...": the noun the name goes before is the
            # group, and an armed group's noun makes an untyped body one ("the KRM militia")
            rec = self.actors[key]
            if NAMING_NOUNS[doc[end].lower_] == "ARMED_GROUP" and rec.code is None and (
                    rec.type is ActorType.ORGANIZATION):
                rec.type = ActorType.ARMED_GROUP
            self._mark(end, end + 1, key)
            self.descriptor_tokens.add(end)
            rec.aliases.setdefault(doc[start : end + 1].text, None)  # ("the Zadran network")
            if rec.type is ActorType.ARMED_GROUP and end - start == 1 and (
                    doc[start].tag_ == "NNPS") and doc[start].text.endswith("s") and (
                    self.gaz.state_of_demonym(doc[start].text[:-1])):
                # "the Americans gang ... the Americans held the flats": a people's plural
                # that names a gang is the gang's name here, not the people's
                self.local_aliases[name_key(doc[start].text)] = key
        # "Popular Mobilization Forces (PMF)": the acronym is an alias from here on.
        if end + 2 < len(doc) and doc[end].text == "(" and (
                read := acronym_at(doc, end) or short_form_at(doc, end)) is not None:
            letters, close = read
            acro = doc[end + 1 : close].text
            spelled = spelled_start(doc, end, letters, start) == start
            # (an acronym of the name in another language: "... Liberation Army (TPBU)")
            foreign = foreign_acronym_start(doc, end, start, letters) == start
            if (acro.isupper() or close - end == 3) and self._acronym_of(
                    acro, name, letters, spelled, foreign=foreign):
                self.local_aliases[name_key(acro)] = key
                self.actors[key].aliases.setdefault(acro, None)
                self._mark(end + 1, close, key)
                if type_ in _BODY_TYPES:  # "X (EMC), or Central General Staff, ..."
                    self._read_other_name(doc, end, name, key, gloss_after_acronym(doc, close))
        elif type_ in _BODY_TYPES and (or_at := or_acronym(doc, end)) is not None and (
                or_at not in self.token_actor or self.token_actor[or_at] == key) and (
                initials_spell(name.removeprefix("the ").split(), doc[or_at].text)):
            # "the Frente Unido del Norte, or FUN, ...": the acronym so glossed
            self.local_aliases[name_key(doc[or_at].text)] = key
            self.actors[key].aliases.setdefault(doc[or_at].text, None)
            self._mark(or_at, or_at + 1, key)
        elif type_ in _BODY_TYPES and (
                closed := _country_office_acronym(doc, start, end)) is not None:
            # "UN Human Rights Office in Colombia (OHCHR Colombia)": the office's acronym
            # with its country, as its releases name it
            self.local_aliases[name_key(doc[end + 1 : closed].text)] = key
            self.actors[key].aliases.setdefault(doc[end + 1 : closed].text, None)
            self._mark(end + 1, closed, key)
        elif type_ in _BODY_TYPES and (glossed := glossed_acronym(doc, end)) is not None and (
                initials_spell(name.removeprefix("the ").split(), doc[glossed[2]].text)):
            # "X (Red Command, CV)": the acronym of the name and its English gloss
            acro = doc[glossed[2]].text
            self.local_aliases[name_key(acro)] = key
            self.actors[key].aliases.setdefault(acro, None)
            self._mark(glossed[2], glossed[3], key)
            self._read_other_name(doc, end, name, key, glossed[:2])
        if type_ in _BODY_TYPES or type_ is ActorType.PERSON:
            self._read_other_name(doc, end, name, key)
        if type_ in _BODY_TYPES:
            self._read_long_name(doc, start, end, key)
        if type_ in _BODY_TYPES and end + 2 < len(doc) and doc[end].text == "(" and (
                read := acronym_at(doc, end)) is not None and not (
                start > 1 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ == "of"):
            # "the 30th Brigade of the X Forces (XF), known as Brigade 30": the other name
            # glossed after an acronym in brackets (the acronym the name's or not; not
            # when the name is the object of another's "of the": "the 12th Brigade of the
            # X Units (XU), known as ..." may gloss the whole)
            self._read_other_name(doc, read[1] + 1, name, key)

    def _read_fighters_named(self, doc: Doc, start: int, end: int, key: str,
                             type_: ActorType) -> None:
        """"the Issa militias", "Murle armed youth": one capitalised word the gazetteer
        knows as no actor (a clan's or a people's name), then fighters' plural noun, name
        an armed group by those words. A body so read is that group; a word the model
        read as a place or a person is no actor there, the group named by all the words
        is."""
        stop = _fighters_noun_end(doc, end)
        if stop is None or end - start != 1 or not doc[start].is_title or (
                stop - 1 in self.token_actor) or (
                self.gaz.lookup(doc[start].text) is not None) or (
                self.actors[key].code is not None):
            return
        rec = self.actors[key]
        if rec.type in _BODY_TYPES:
            self._retype(key, ActorType.ARMED_GROUP, _BY_CONTEXT)
            rec.aliases.setdefault(doc[start:stop].text, None)
            self._mark(end, stop, key)
        else:
            self._forget(start, key)
            key = self.add(doc[start:stop].text, ActorType.ARMED_GROUP, doc[start:stop].text)
            self._mark(start, stop, key)
        self.descriptor_tokens.update(range(end, stop))

    def _read_numbered_unit(self, tok: Token) -> None:
        """"Brigade 313", "Task Force 71", "Division II": a unit's capitalised noun and the
        number or roman numeral after it are an armed unit's name (the model reads the
        number alone, as a date or a count, or nothing)."""
        doc = tok.doc
        end = tok.i + 1
        if end >= len(doc) or end in self.token_actor:
            return
        num = doc[end].text
        if not ((num.isdigit() and len(num) <= 3) or _ROMAN.fullmatch(num)):
            return
        if end + 1 < len(doc) and (doc[end + 1].like_num or doc[end + 1].text in ("%", ":")):
            return  # ("Division 3 4", "Front 3:1": no name)
        start = tok.i
        while start > 0 and tok.i - start < 2 and doc[start - 1].is_title and (
                doc[start - 1].pos == PROPN) and start - 1 not in self.token_actor:
            start -= 1
        name = doc[start : end + 1].text
        if (named := self.local_aliases.get(name_key(name))) is not None:
            self._mark(start, end + 1, named)  # "X, known as Brigade 30": X's other name
            return
        self._mark(start, end + 1, self.add(name, ActorType.ARMED_GROUP, name, cue=_BY_KIND))

    def _branch_of_group(self, words: list[Token], start: int, end: int
                         ) -> tuple[int, str] | None:
        """(end, name) of an armed group's branch named after the group's possessive,
        "X's Khorasan province", "X's Sahel branch"; None for any other name."""
        doc = words[0].doc
        if start < 2 or doc[start - 1].text not in ("'s", "\u2019s"):
            return None
        owner = self.token_actor.get(start - 2)
        if owner is None or self.actors[owner].type is not ActorType.ARMED_GROUP:
            return None
        if not (words[-1].is_lower and words[-1].lower_ in _BRANCH_NOUNS):
            if end >= len(doc) or not (doc[end].is_lower and doc[end].lower_ in _BRANCH_NOUNS):
                return None
            end += 1
        first = start - 2
        while first > 0 and self.token_actor.get(first - 1) == owner:
            first -= 1
        return end, doc[first:end].text

    def _feature_after(self, words: list[Token], end: int, type_: ActorType
                       ) -> tuple[ActorType, int, bool] | None:
        """The type of the facility or landform whose lower-case noun follows the name
        `words` (ending before token `end`), how many lower-case words the facility's
        name takes ("naval base", "oil terminal"), and whether the name alone stays a
        place of its own ("Hodeidah port": the town Hodeidah is no alias of its port)."""
        doc = words[0].doc
        if end >= len(doc) or end in self.token_actor or not _facility_name(words):
            return None
        nxt = doc[end]
        if (kind := _LANDFORM_HEADS.get(nxt.lower_)) is not None:
            if not all(w.is_title or _joins_name(w) for w in words) or not nxt.is_lower or (
                    type_ is ActorType.PERSON and len(words) > 1) or (
                    end + 1 < len(doc) and doc[end + 1].is_lower
                    and doc[end + 1].pos_ == "NOUN"):
                return None
            text = _text(words)
            if self.is_place(text) or self.gaz.lookup(text) is not None:
                return None
            return kind, 0, False
        extra = facility_words(doc, end)
        if extra is None:
            return None
        text = _text(words)
        entry = self.gaz.lookup(text)
        place = self.is_place(text)
        if (entry is not None and not place) or (
                place and doc[end + extra - 1].lower_ in TOWN_PART_FACILITIES):
            return None  # (a known group's or body's prison or port is its own; a known
            # town's refugee camp is the town's)
        return ActorType.FACILITY, extra, place

    def _facility_bare_name(self, words: list[Token]) -> str | None:
        """The capitalised words of a site's name before the resource it yields and its
        noun ("Tarko" in "Tarko gold mine", "Kiru oil field"), when they are no known
        place, actor or name of the article; else None (a town's police station is the
        town's)."""
        if len(words) < 3 or words[-1].lower_ not in FACILITY_NOUNS:
            return None
        cut = len(words) - 1
        while cut > 0 and words[cut - 1].is_lower:
            cut -= 1
        if cut == 0 or len(words) - cut != 2 or words[cut].lower_ not in _RESOURCE_KINDS or (
                not all(w.is_title for w in words[:cut])):
            return None
        bare = _text(words[:cut])
        if self.is_place(bare) or self.gaz.lookup(bare) is not None or (
                name_key(bare) in self.actors):
            return None
        return bare

    def _owned_by_state(self, span: Span) -> tuple[str, str] | None:
        """"Kenya's Defence Ministry", "Somalia's Armed Forces": a name every state has
        one of, owned by the state named before it, is that state's body (named with
        its demonym, "Kenyan Defence Ministry", as the text of another article may call
        it): one "Defence Ministry" for two states would join them. (name, surface)."""
        doc = span.doc
        # (a level of government between: "Somalia's federal Ministry of Defence")
        owner = span.start - 1 - (span.start > 2 and doc[span.start - 1].lower_ in _LEVELS
                                    and doc[span.start - 1].is_lower)
        if owner < 1 or doc[owner].text not in ("'s", "\u2019s") or not all(
                t.lower_ in GENERIC_BODY_WORDS for t in span) or span[0].is_lower:
            return None
        for start in range(max(0, owner - 3), owner):
            if not doc[start].is_alpha:
                continue  # (". Kenya's Foreign Office": the sentence before is no owner)
            entry = self.gaz.lookup(doc[start:owner].text)
            if entry is not None and entry.type is ActorType.STATE:
                adj = self.gaz.state_adj.get(entry.name)
                name = f"{adj} {span.text}" if adj else f"{span.text} of {entry.name}"
                return name, doc[start : span.end].text
        return None

    def _state_named_first(self, words: list[Token]) -> str | None:
        """"the US Department of Homeland Security", "the Iraqi Ministry of Oil": a body
        named with its state's name or demonym first; its name without it (the
        "Department of Homeland Security" said later is the same body), or None."""
        if len(words) < 3 or not words[1].is_title or words[1].lower_ not in GOVERNMENT_WORDS:
            return None
        entry = self.gaz.lookup(words[0].text)
        if (entry is None or entry.type is not ActorType.STATE) and (
                self.gaz.state_of_demonym(words[0].text) is None):
            return None
        return _text(words[1:])

    def _own_bare_name(self, bare: str, key: str) -> None:
        """"Kenya's Defence Ministry ... the Defence Ministry said": the bare name of a
        state's body is that body later in the document, and one of its names; not once
        another state's body of that name was named ("Kenya's Defence Ministry ...
        Somalia's Defence Ministry": the bare name then is neither's)."""
        bare_key = name_key(bare)
        if bare_key not in self.owned_bodies:
            self.owned_bodies[bare_key] = key
            if bare_key not in self.local_aliases:
                self.local_aliases[bare_key] = key
                self.actors[key].aliases.setdefault(bare, None)
            return
        first = self.owned_bodies[bare_key]
        if first is None or first == key:
            return
        self.owned_bodies[bare_key] = None
        if self.local_aliases.get(bare_key) == first:
            del self.local_aliases[bare_key]
            self.actors[first].aliases.pop(bare, None)

    def _read_long_name(self, doc: Doc, start: int, end: int, key: str) -> None:
        """"Jama'at X fi Bilad Y, better known as Z": the long name opening the clause is
        the body's other name, whether the body was read at Z or at the long name's last
        words ("Bilad Y", the model's cut)."""
        other = known_as_name(doc, end)
        named_end = other[1] if other is not None else end
        if named_end < len(doc) and doc[named_end].tag_ == "POS":
            return  # "X, better known as Z's treasurer": X holds a post of Z's, is not Z
        longer = name_before_known_as(doc, other[0] if other is not None else start)
        if longer is None or (other is not None and (longer[1] != end or longer[0] >= start)):
            return  # (the body read whole is its own name already)
        self.actors[key].aliases.setdefault(doc[longer[0] : longer[1]].text, None)
        self._mark(longer[0], longer[1], key)

    def _read_other_name(self, doc: Doc, end: int, name: str, key: str,
                         named: tuple[int, int] | None = None) -> None:
        """"X, better known as Y", "X (the Y)": Y is X's other name here and later (not
        a place's, a state's or another known actor's name, which stays that actor);
        `named`, the span of Y when the caller found it."""
        named = named or known_as_name(doc, end)
        if named is None or any(i in self.token_actor for i in range(*named)):
            return
        other = doc[named[0] : named[1]].text
        known = self.gaz.lookup(other)
        if name_key(other) == name_key(name) or self.is_place(other) or (
                known is not None and known.name != name) or any(
                self.gaz.state_of_demonym(word) for word in other.split()):
            return  # (nor a state's service: "X (the Sudanese Army)" is another actor)
        self.local_aliases[name_key(other)] = key
        self.other_names[name_key(other)] = key
        rec = self.actors[key]
        rec.aliases.setdefault(other, None)
        group = _group_kind(doc[named[0] : named[1]])
        if rec.type is ActorType.PERSON and rec.code is None and group is not None:
            # "Jamaat X (the X Brigade)": a group's name the model took for a person's
            rec.type = group
            self.persons = [(t, k) for t, k in self.persons if k != key]
            self.groups.append((end - 1, key))
        self._mark(named[0], named[1], key)

    def _acronym_of(self, acro: str, name: str, letters: str, spelled: bool, *,
                    foreign: bool = False) -> bool:
        """"(PMF)" after "Popular Mobilization Forces", not "(ISIS)" after "the coalition
        against the Islamic State". Initials that spell the acronym make it this name's
        within the document, whatever other body the gazetteer gives it; an acronym no
        body holds is the name's after a body's name read whole (`foreign`) or when it
        opens with the name's initial."""
        if spelled:
            return True
        known = self.gaz.lookup(acro)
        if known is not None:
            return known.name == name or self._same_coded(known, name) or (
                known.type is not ActorType.MEDIA and (
                    self._glossed_known_acronym(known.name, name)))  # (not "X (AFP)")
        return foreign or letters[0].casefold() == name.removeprefix("the ")[:1].casefold()

    def _same_coded(self, known: Entry, name: str) -> bool:
        """The dictionaries hold the name and its acronym as two entries of one body, with
        one CAMEO code and type ("United Nations Children's Fund (UNICEF)")."""
        entry = self.gaz.lookup(name)
        code = known.cameo_code
        # (a code two entries of the type alone bear, "IGOUNOKID"; not a kind's, "NGO")
        return entry is not None and code is not None and entry.cameo_code == code and (
            entry.type is known.type) and known.type is not ActorType.STATE and sum(
            e.cameo_code == code and e.type is known.type
            for e in self.gaz.entries.values()) == 2

    def _glossed_known_acronym(self, known: str, name: str) -> bool:
        """"The UN Refugee Agency (UNHCR)": a body's name the gazetteer does not hold,
        glossed by a known body's acronym, is that body's other name; not when the name
        holds a name of the acronym's own ("the coalition against the Islamic State
        (ISIS)": the acronym is of the words inside) or is a known actor's."""
        if self.gaz.lookup(name) is not None:
            return False
        words = name_key(name).split()
        inner = (" ".join(words[i:j]) for i in range(len(words))
                 for j in range(i + 1, len(words) + 1))
        return not any((entry := self.gaz.lookup(part)) is not None and entry.name == known
                       for part in inner)

    def _bare_place(self, bare: str) -> bool:
        """No body, person or state the dictionaries or the article know goes by the
        name ("the United Nations buffer zone" is no place "United Nations")."""
        entry = self.gaz.lookup(bare)
        rec = self.actors.get(name_key(bare))
        return (entry is None or entry.type is ActorType.LOCATION) and (
            rec is None or rec.type is ActorType.LOCATION)

    def _body_by_initials(self, tok: Token) -> str | None:
        """The one body named before whose words' initials an acronym in capitals spells
        ("the Tana People's Front" ... "the TPF"), where no bracket introduced it; None
        when none or two do."""
        if not (tok.is_alpha and tok.is_upper and 2 <= len(tok.text) <= 6) or (
                (entry := self.gaz.lookup(tok.text)) is not None
                and entry.type is ActorType.STATE):
            return None
        spelt = [key for key, rec in self.actors.items() if len(rec.name.split()) >= 2 and (
            rec.type in _BODY_TYPES or rec.name.split()[-1].lower() in HEAD_TYPES) and (
                initials_spell(rec.name.removeprefix("the ").split(), tok.text))]
        # (a body's name the model read as a person's is a body by its head word)
        return spelt[0] if len(spelt) == 1 else None

    def _elsewhere(self, span: Span, state: str) -> bool:
        """The story read so far is of another state than `state` (the one named most),
        and the sentence names `state` nowhere."""
        main = self.main_state()
        if main is None or self.actors[main].name == state:
            return False
        sent = span.sent
        return not any(
            tok.is_title and self.gaz.state_named(sent.doc[tok.i : tok.i + n].text) == state
            for tok in sent if not span.start <= tok.i < span.end
            for n in (1, 2, 3) if tok.i + n <= sent.end)  # ("the United States")

    def _body_bearing(self, word: str) -> str | None:
        """The one body named before whose name holds `word` ("Congress" after "the
        Indian National Congress")."""
        found = [key for key, rec in self.actors.items() if rec.type in _BODY_TYPES
                 and len(rec.name.split()) > 1 and word in rec.name.split()]
        return found[0] if len(found) == 1 else None

    def _same(self, key: str, span: Span) -> tuple[str, ActorType, int]:
        """The actor named before, as it was typed (`_placed_after_all`)."""
        rec = self.actors[key]
        if self._placed_here(key, span):
            return rec.name, ActorType.LOCATION, _BY_CONTEXT
        return rec.name, rec.type, _SAME

    def _placed_here(self, key: str, span: Span) -> bool:
        """A person only the model's label made one, named here where the words around
        place a town: "attack on Rumamier" (a headline), then "the village of Rumamier"."""
        # (the whole name only: "Abaka, a town" after "Malo Abaka" is another's)
        return self.actors[key].type is ActorType.PERSON and self.type_cues.get(
            key, _BY_CONTEXT) <= _BY_LABEL and len(span) <= 3 and (
            name_key(self.actors[key].name) == name_key(span.text)) and (
            town_by_context(span) or (_misread_place(span, "PERSON", self.is_place)
                                      and not person_by_context(span)))

    def _placed_after_all(self, key: str, span: Span) -> None:
        if self._placed_here(key, span):
            self._retype(key, ActorType.LOCATION, _BY_CONTEXT)

    def _resolve_name(
        self, span: Span, surface: str, label: str, ent_id: str
    ) -> tuple[str, ActorType, int] | None:
        """The name and type of an entity the model or the rulers read, and how strongly
        the type was told (`_SAME`, `_BY_LABEL` ... `_BY_DICTIONARY`)."""
        key = name_key(surface)
        if key in self.local_aliases:
            return self._same(self.local_aliases[key], span)
        if len(span) == 1 and key not in self.actors and (
                spelt := self._body_by_initials(span[0])) is not None:
            # "the Tana Liberation Army ... the TLA": the article's body, over another
            # the dictionaries know by those letters
            return self._same(spelt, span)
        if ent_id and label in _LABEL_TYPES:  # from the gazetteer's entity ruler
            entry = self.gaz.entries.get(ent_id)
            if entry is not None and not entry.curated and entry.type is ActorType.PERSON:
                # (the dictionary's transliteration is no better)
                return surface, entry.type, _BY_DICTIONARY
            if entry is not None and entry.type is ActorType.STATE and (
                    self.gaz.capitals.get(key) == entry.name) and capital_as_city(
                    span, self.is_place, _GOVERNMENT_NOUNS):
                return surface, ActorType.LOCATION, _BY_DICTIONARY  # "flew to Caracas"
            if entry is not None and entry.part_of and len(span) == 1 and (
                    other_owner(span, entry.part_of, self.gaz.lookup)):
                return surface, entry.type, _BY_DICTIONARY  # "the Congress of Colombia"
            if entry is not None and entry.part_of and len(span) == 1 and (
                    span[0].lower_ in SHARED_BODY_WORDS) and self._elsewhere(span, entry.part_of):
                # "the Congress politician", "asked Congress to" in a story of India or
                # Chile: a word many states' bodies bear is its own state's only where the
                # story is of that state or the sentence names it
                held = self._body_bearing(span[0].text)
                if held is not None:
                    return self.actors[held].name, self.actors[held].type, _SAME
                if span.end < len(span.doc) and span.doc[span.end].lower_ == "party":
                    return surface, ActorType.ORGANIZATION, _BY_DICTIONARY  # "Congress party"
                return surface, entry.type, _BY_KIND
            if entry is None:
                return surface, _LABEL_TYPES[label], _BY_CONTEXT
            return entry.name, entry.type, _BY_DICTIONARY
        entry = self.gaz.lookup(surface)
        if entry is not None:
            return entry.name, entry.type, _BY_DICTIONARY
        if len(span) > 1 and key not in self.actors and (
                placed := self._place_dropped(surface)) is not None:
            return self.actors[placed].name, self.actors[placed].type, _SAME
        if len(span) == 1 and (short := self.short_forms.actor_for(span[0]) or (
                self._opened_by(span[0]))) is not None:
            return self.actors[short].name, self.actors[short].type, _SAME  # "the Observatory"
        if len(span) == 1 and (self.short_forms.ambiguous(span[0]) or _common_noun(span[0])):
            return None  # "Guerrillas attacked ...": a common noun the model capitalised
        if label in _UNLABELLED and label and (town_by_context(span) or (
                len(span) <= 2 and listed_with_places(span, self._is_town)) or (
                _kind_noun_after(span))):
            # "near Quetta", "in Pakistan's Kurram district" read as a title
            return surface, ActorType.LOCATION, _BY_CONTEXT
        if label == "WORK_OF_ART" and span[0].is_title and span[0].lower_ not in _DESCRIBING and (
                kind := head_type(span) or _plural_head_type(span)) not in (None, "PERSON"):
            # '"The Kalimba Army attacked us," he said': the model reads a name opening a
            # quote as a title; its head word ("Army", "Front", "the Four Federations of
            # X") says what it is
            return surface, _LABEL_TYPES[kind or ""], _BY_KIND
        if label in _UNLABELLED and _CODE_NAME.fullmatch(surface) and _unit_by_words(span):
            # "the C-60, the anti-Maoist commando force", "two C-60 commandos": a unit's
            # code name, not a weapon's ("F-16 jets")
            return surface, ActorType.ARMED_GROUP, _BY_CONTEXT
        if label in ("EVENT", "PRODUCT") and len(span) > 1 and span[-1].is_title and (
                span[-1].lower_ in ARMED_WORDS) and all(t.is_title for t in span) and not (
                self.gaz.state_of_demonym(span[0].text) or (
                    (opener := self.gaz.lookup(span[0].text)) is not None
                    and opener.type is ActorType.STATE) or (
                    span.end < len(span.doc) and span.doc[span.end].like_num)):
            # "a commando force of the Gadchiroli Police": a force's name the model read
            # as an event or a product, its last word a force's (a state's own force,
            # "the Kosovo Police", is read as the state's; "Task Force 71" goes on, the
            # numbered unit's reading takes it)
            return surface, ActorType.ARMED_GROUP, _BY_KIND
        if label in _NOT_NAME_LABELS and self._given_name_opens(span):
            # '..." Nicola Gratteri, the chief prosecutor, said': a person's name the
            # model labelled a product or a title, opened by a known given name
            return surface, ActorType.PERSON, _BY_CONTEXT
        if label == "LAW" and ends_in_body_head(span):
            label = "ORG"  # "the National Anti-Terrorism Committee" read as a law's name
        if label not in _NER_TYPES:
            return None
        # ("Matthews-Okoro": a double surname is one word of a name, whatever its tokens)
        few = len([t for t in span if t.text != "-"]) <= 2
        if key in self.surnames and few:
            return self._same(self.surnames[key], span)
        if label == "PERSON" and (titled := self._titled_surname(span)) is not None:
            return self._same(titled, span)  # "Ms Konaté", "Colonel Garba"
        if key in self.shared_surnames and few:
            return (*shared, _SAME) if (shared := self._shared_surname(key)) else None
        if key in self.gaz.surnames and len(span) <= 2 and label in ("PERSON", "ORG", "NORP"):
            return self.gaz.surnames[key], ActorType.PERSON, _BY_DICTIONARY
        if title_only(span) or title_opening(span):
            return None  # "Field Marshal", "Prime Minister": a rank or a title, no actor
        if region_before_head(span) or (label in ("PERSON", "ORG") and region_minister_at(
                span.doc, span.end)):
            # "Kaduna State Governor X", "Tamil Nadu Chief Minister X": the state
            return surface, ActorType.LOCATION, _BY_CONTEXT
        if (named := self._name_kind(span, label)) is not None:
            return surface, named, _BY_KIND
        if label in ("GPE", "LOC", "FAC") and ends_in_body_head(span):
            label = "ORG"  # "District of Columbia Council": a body, whatever place it names
        if label == "NORP" or (len(span) <= 3 and self.gaz.state_of_demonym(surface)):
            # ("Ugandan" read as an organisation: a demonym modifies, like NORP)
            state = self.gaz.state_of_demonym(surface.rstrip("s"))
            # Only the plural names the state ("the Americans"); "Iranian" modifies.
            if state and surface.endswith("s") and surface.casefold() != state.casefold():
                return state, ActorType.STATE, _BY_DICTIONARY
            if state is None and label == "NORP" and (
                    _norp_place(span) or _region_kind_after(span)):
                # "a Memphis native": a town, not a people
                return surface, ActorType.LOCATION, _BY_CONTEXT
            return None
        if label in ("GPE", "LOC", "FAC", "ORG") and body_by_title(span) and (
                not _holds_towns(surface)):
            # "Dayton spokesman Omar Hale": a firm; "a spokesman for Delta Rangers": a force
            armed = bool({t.lower_ for t in span} & ARMED_WORDS)
            return surface, ActorType.ARMED_GROUP if armed else ActorType.ORGANIZATION, _BY_CONTEXT
        if label != "PERSON" and port_named(span) and not self.is_place(surface):
            # "the Port of Antwerp": the port, not its town (a town named so, "Port of
            # Spain", is a known place)
            return surface, ActorType.FACILITY, _BY_KIND
        if label in ("PERSON", "ORG") and len(span) > 1 and (kind := feature_type(span)):
            # "the Samarra Barrage", "Mount Blanc"; not "the Sons of the Desert (SOD), the
            # faction ..."
            return surface, _LABEL_TYPES[kind_over_bracket(span) or kind], _BY_KIND
        if label in ("ORG", "GPE", "LOC", "FAC") and (
                _misread_person(span) or self._given_name_first(span) or (
                heads_a_following(span) and not self.is_place(surface))):
            return surface, ActorType.PERSON, _BY_CONTEXT  # ("Quispe's column": its leader)
        if label in ("PERSON", "ORG") and _misread_place(span, label, self.is_place) and not (
                label == "PERSON" and person_by_context(span)):  # "near Nolan's hometown"
            return surface, ActorType.LOCATION, _BY_CONTEXT
        if label == "FAC" and site_at(span):
            return surface, ActorType.LOCATION, _BY_CONTEXT  # "the prison at Villa Nueva"
        if label in ("PERSON", "ORG") and self._placed_among_places(span, label):
            # "Kidal, Tessalit and X", "fighting in X"
            return surface, ActorType.LOCATION, _BY_CONTEXT
        if label == "PERSON" and ({t.lower_ for t in span} & ORG_WORDS or _outlet(span) or (
                span[0].lower_ in FOREIGN_POLICE_WORDS and len(span) > 1)):
            label = "ORG"  # "Oberlin College", "Radio Monte Carlo", "Garda Siochana"
        elif label == "ORG" and _person_shape(span):
            label = "PERSON"  # "Ulf D. Merbold"
        if label == "PERSON" and len(span) > 1 and span[-1].is_title and (
                span[-1].lower_ in POLITY_HEADS):
            return surface, ActorType.LOCATION, _BY_KIND  # "the neighbouring Chechen Republic"
        if label == "PERSON" and led_body(span):
            return surface, ActorType.ORGANIZATION, _BY_CONTEXT  # "who leads Kadima Tova"
        if label == "PERSON":
            if key in NOT_NAMES or not surface[:1].isupper() or any(
                t.like_num or (t.lower_ in NOT_NAMES and not _said_as_name(t, span))
                for t in span
            ):
                return None
            return surface, ActorType.PERSON, _BY_LABEL
        if label == "ORG":
            words = {t.lower_ for t in span}
            if (span[-1].lower_ in _STATE_MEDIA and len(span) <= 3) or _outlet(span):
                return None  # an outlet: provenance, not an actor
            if words & ARMED_WORDS:
                return surface, ActorType.ARMED_GROUP, _BY_LABEL
            if words & GOVERNMENT_WORDS:
                return surface, ActorType.GOVERNMENT_BODY, _BY_LABEL
            return surface, ActorType.ORGANIZATION, _BY_LABEL
        if label in ("LOC", "GPE", "FAC") and {t.lower_ for t in span} & ARMED_WORDS and (
                span[-1].lower_ not in FACILITY_NOUNS):
            # "the Black Sea Fleet" (not "X police station")
            return surface, ActorType.ARMED_GROUP, _BY_LABEL
        if label in ("GPE", "LOC") and town_by_context(span):
            # "the village of X": the words around say so too, over a label read before
            # (a headline's "attack on X" read as a person)
            return surface, ActorType.LOCATION, _BY_CONTEXT
        if label == "FAC" and _town_of(span):
            return surface, ActorType.LOCATION, _BY_CONTEXT  # "the border town of X"
        return surface, _NER_TYPES[label], _BY_LABEL

    @staticmethod
    def _name_kind(span: Span, label: str) -> ActorType | None:
        """What the name itself and the words around it say, over the model's label: its
        last word ("the State Intelligence Service", "the Eastern Theatre Command"), a
        head word ("... Defence Forces"), an apposition ("X, a youth militia", "the rebel
        group X": a person's name of two words or more there is the person), a title
        before it ("Colonel X")."""
        if _outlet(span):
            return None
        # (a name the model read as an organisation keeps the typing by its words)
        label_of_kind = head_word_kind(span) or (
            head_type(span) if label != "ORG" else None) or appositive_kind(
            span, parts=label != "ORG") or (
            kind_before(span) if label != "PERSON" or len(span) == 1 else None) or (
            kind_over_bracket(span) if label != "ORG" else None)
        if label_of_kind == "PERSON" and is_place_name(span.text):
            return None  # "Jamestown, the daughter of ...": the apposition is someone's
        if label_of_kind is not None:
            return _LABEL_TYPES[label_of_kind]
        if label != "PERSON" and len(span) <= 4 and titled(span.doc, span.start) and all(
                t.is_title and t.text.replace("-", "").isalpha() for t in span) and not (
                {t.lower_ for t in span} & (ARMED_WORDS | GOVERNMENT_WORDS | ORG_WORDS)):
            return ActorType.PERSON  # "Colonel Gatluak" read as a place
        return None

    def _placed_among_places(self, span: Span, label: str) -> bool:
        """A name of one or two words, no person's by any cue (a title, a given name, an
        age, what is said of it), listed with towns, or a place preposition's object
        where the model read a person ("in Azawad")."""
        if len(span) > 2 or not all(t.is_title and t.is_alpha for t in span) or (
                {t.lower_ for t in span} & (ARMED_WORDS | GOVERNMENT_WORDS | ORG_WORDS)):
            return False
        doc = span.doc
        if label == "ORG" and span.start > 0 and doc[span.start - 1].lower_ == "the":
            return False  # ("Kidal and the Kel Tamasheq": a body beside a town)
        if person_by_context(span) or after_title(span) or titled(doc, span.start) or (
                self._given_name_first(span) or commander_named(span)):
            return False
        # (an organisation's name is as rarely the object of "in" or "near" as a
        # person's: "officials in Ladakh", "a camp near Tarvo")
        return listed_with_places(span, self._is_town) or in_place_slot(span)

    def _is_town(self, text: str) -> bool:
        """A place of the place lists or the gazetteer that is no state."""
        entry = self.gaz.lookup(text)
        if entry is not None:
            return entry.type is ActorType.LOCATION
        return is_place_name(text)

    def _given_name_first(self, span: Span) -> bool:
        """"Jorge Almeida" read as a firm or a town: two or three capitalised words
        opening with a given name of the dictionaries' people, and nothing in them that
        names a group, a body or a place."""
        # ("Jean-Luc Morel": a given name hyphened to another counts as one word)
        hyphened = _glued_hyphens(span)
        if not 2 <= len(span) - 2 * hyphened <= 3 or (
                folded(span[0].text) not in self.gaz.given_names):
            return False
        if not all((t.is_title and t.text.replace("-", "").isalpha())
                   or (t.text == "-" and 0 < t.i - span.start <= 2 * hyphened)
                   for t in span):
            return False
        words = {t.lower_ for t in span}
        if words & (ARMED_WORDS | GOVERNMENT_WORDS | ORG_WORDS | PLACE_NOUNS | _STREET_WORDS) or (
                _outlet(span)):
            return False
        return not (is_place_name(span.text) or feature_type(span) or any(
            self.gaz.state_of_demonym(t.text) or self.gaz.lookup(t.text) for t in span[1:]))

    def _read_state_media(self, tok: Token) -> bool:
        """"Iraqi state media": an outlet, so provenance, never an actor."""
        if tok.lower_ not in _STATE_MEDIA or not any(
            c.lower_ == "state" for c in tok.children if c.dep_ in ("amod", "compound", "nmod")
        ):
            return False
        left = tok.left_edge.i
        doc = tok.doc
        while left < tok.i and doc[left].lower_ in ("the", "a", "an"):
            left += 1
        self.media.setdefault(doc[left : tok.i + 1].text, None)
        self.media_tokens.update(range(left, tok.i + 1))
        return True

    def _read_descriptor(self, tok: Token) -> None:
        if self._read_state_media(tok) or self._read_named_noun(tok) or (
                self._read_task_force(tok)):
            return
        if (named := name_tail(tok, self)) is not None:
            self._mark(tok.i, tok.i + 1, named)  # "the naval force" after "X Naval Force Y"
            return
        if tok.dep_ in ("attr", "appos"):
            return  # "X is an Iranian-backed militia group": the noun is X, see rules
        if federal_state(tok):
            return  # "Nigeria's Borno state": a named part of the country, not its state
        if former(tok):
            return  # "former Chadian soldiers": no longer the state's forces
        if tok.lower_ in _BAND_NOUNS and self._read_band(tok):
            return
        lower = tok.lower_
        role = None if tok.dep_ == "compound" else agent_role(lower) or member_role(tok)
        if lower in DESCRIPTORS:
            cls, suffix, type_ = DESCRIPTORS[lower]
        elif lower in _GUARD_NOUNS and any(
                c.lower_ in _GUARDED_LINES for c in tok.children if c.dep_ == "compound"):
            cls, suffix, type_ = DESCRIPTORS["forces"]  # "Russian border guards"
        elif lower in GROUP_NOUNS and any(
            c.lower_ in GROUP_MARKERS for c in tok.children if c.dep_ in ("compound", "amod")
        ):
            cls, suffix, type_ = DESCRIPTORS["militias"]
        elif role is not None:  # "police", "guerrillas", "Colombian commandos"
            cls, suffix, type_ = role.cls, role.suffix, role.type
        else:
            return
        if cls == "militias" or (role is not None and role.code in _ARMED_ROLES):
            self._arm_named_body(tok)
        if self._read_regime(tok) or self._read_opposition(tok, cls) or (
                cls == "forces" and self._read_army_name(tok)):
            return
        if cls != "state" and (group := named_group(self, tok)) is not None:
            self._mark(tok.i, tok.i + 1, group)  # "ELN guerrillas", "RSF troops"
            self.descriptor_tokens.add(tok.i)
            return
        # "US forces", "US Special Operations forces": the state among the modifiers
        modifiers = [t for c in tok.lefts if c.dep_ == "compound" for t in c.subtree]
        modifiers += [c for c in tok.children if c.i < tok.i]
        state = next((s for c in modifiers if c.dep_ in ("amod", "compound", "poss", "nmod")
                      if (s := self.state_for_word(c))), None)
        if state is None and tok.i > 0 and tok.nbor(-1).dep_ != "poss":
            state = self.state_for_word(tok.nbor(-1))
        if state is None and (cls in ("state", "forces") or role is not None):
            owner = unnamed_owner(self, tok, role)
            if owner is not None and self.actors[owner].type is not ActorType.STATE:
                self._mark(tok.i, tok.i + 1, owner)  # "the guerrillas": the ELN named before
                self.descriptor_tokens.add(tok.i)
                return
            state = owner
        if state is None and cls in ("forces", "militias") and (
                people := self._people_before(tok)) is not None:
            # "Amhara forces", "Druze militias": the fighters of a people or a region
            # that is no state; named so, with no state to tie them to
            fighters = self.add(f"{people.text} {suffix}", ActorType.ARMED_GROUP,
                                self._np_text(tok), cls)
            self._mark(tok.i, tok.i + 1, fighters)
            self.descriptor_tokens.add(tok.i)
            return
        if state is None:
            # "the militias", "the parliament": the one met before.
            foreign = any(c.lower_ == "foreign" for c in tok.children)
            if cls == "state" or (cls == "forces" and not foreign):
                return
            if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "whose")
                   for c in tok.children):
                return  # "its fighters", "X, whose fighters": whose the pronoun says
                # (coref), not the last met
            if cls != "forces" and kind_of(tok):
                return  # "ethnic militias": a kind, not the militia met before ("foreign
                # troops" are still the foreign forces told of)
            key = self.last_of_class.get(cls)
            if key is not None:
                self.actors[key].aliases.setdefault(self._np_text(tok), None)
                self._mark(tok.i, tok.i + 1, key)
                self.descriptor_tokens.add(tok.i)
            return
        if cls == "state":
            self._mark(tok.i, tok.i + 1, state)
            self.descriptor_tokens.add(tok.i)
            return
        name, type_ = self._descriptor_name(state, suffix, type_)
        key = self.add(name, type_, self._np_text(tok), cls,
                       actor_code(self.actors[state].code, cls))
        self._service_alias(tok, key, state)
        self._read_gloss(tok, key)
        self._mark(tok.i, tok.i + 1, key)
        self.descriptor_tokens.add(tok.i)
        self._read_joint_descriptor(tok, suffix, type_, cls)

    def _code_rebels(self, span: Span, key: str) -> None:
        """"the Zambian National Army, a rebel group": a group named after a state and
        described as fighting it is that state's rebels (CAMEO "ZMBREB"), never its
        army, whatever the name's words."""
        rec = self.actors[key]
        if rec.type is not ActorType.ARMED_GROUP or rec.code is not None or not any(
                c.dep_ == "appos" and (c.lower_ in _AGAINST_STATE or any(
                    a.lower_ in _AGAINST_STATE for a in c.lefts))
                for c in span.root.children):
            return
        state = self.gaz.state_of_demonym(span[0].text) or self.gaz.state_of_demonym(
            self.gaz.state_adj.get(span[0].text, ""))
        code = self.gaz.cameo_code(state, ActorType.STATE) if state else None
        if code:
            rec.code = f"{code}REB"

    def _read_army_name(self, tok: Token) -> bool:
        """"the Free Chad Army": a capitalised army's name opening with a word that names
        no state and no official service ("Chadian National Army" is the state's) is a
        group of its own, named after the state it fights or claims."""
        if not tok.is_title or tok.dep_ == "compound" or tok.lower_ not in _ARMY_HEADS:
            return False
        names = [c for c in tok.lefts if c.dep_ in _MODIFIER_DEPS]
        # (a few words right before the head: a headline's run of capitals is no name)
        if not names or len(names) > 3 or names[0].i != tok.i - len(names) or not all(
                c.is_title for c in names):
            return False
        first = names[0]
        if first.lower_ in OFFICIAL_WORDS or self._names_state(first) or not any(
                self._names_state(c) for c in names[1:]):
            return False
        if (key := self.token_actor.get(first.i)) is not None:
            if self.actors[key].name != first.text:
                return False  # (a name of its own the army's name holds)
            self._forget(first.i, key)  # "Free" alone, misread as an organisation
        name = self._np_text(tok)
        self._mark(first.i, tok.i + 1, self.add(name, ActorType.ARMED_GROUP, name))
        return True

    def _names_state(self, tok: Token) -> bool:
        """"Chad", "Chadian": a state or its demonym (read, unlike `state_for_word`,
        without counting a mention of the state)."""
        key = self.token_actor.get(tok.i)
        if key is not None:
            return self.actors[key].type is ActorType.STATE
        return self.gaz.state_of_demonym(tok.text) is not None

    def _read_gloss(self, tok: Token, key: str) -> None:
        """"X, as Chad's army is known": X is the state's service under its own name (the
        model may take a name in another language for a person's); the two are one actor,
        merged when the document is assembled."""
        named = glossed_name(tok)
        other = None if named is None else self.token_actor.get(named.i)
        if named is None or other is None or other == key or key in self.glosses or (
                named.i in self.descriptor_tokens):
            return
        rec, service = self.actors[other], self.actors[key]
        if rec.type is ActorType.STATE or rec.code not in (None, service.code):
            return
        if rec.type is ActorType.PERSON:
            self.persons = [(t, k) for t, k in self.persons if k != other]
            self.groups.append((named.i, other))
        rec.type, rec.code = service.type, service.code
        self.glosses[key] = other

    def _read_band(self, tok: Token) -> bool:
        """"Somali pirates", "Nigerian pirates": the bands of a country's coast, named
        by the demonym and the noun, an armed group of their own and no forces of the
        state; "the pirates" after them are the same band."""
        people = next((c for c in tok.lefts if c.dep_ in _MODIFIER_DEPS and c.is_title
                       and c.i == tok.i - 1 and (self.gaz.state_of_demonym(c.text)
                                                  or c.ent_type_ == "NORP")), None)
        if people is None:
            key = self.last_of_class.get(tok.lower_)
            if key is None or not any(c.lower_ == "the" for c in tok.lefts) or any(
                    c.dep_ in _MODIFIER_DEPS or c.dep_ == "poss" for c in tok.lefts):
                return False  # "pirates" named by nobody; "Houthi pirates" are Houthis
        else:
            key = self.add(f"{people.text} {tok.lower_}", ActorType.ARMED_GROUP,
                           self._np_text(tok), tok.lower_)
        self._mark(tok.i, tok.i + 1, key)
        self.descriptor_tokens.add(tok.i)
        return True

    def _people_before(self, tok: Token) -> Token | None:
        """"Kurdish" in "Kurdish forces": a people the model names (NORP) modifying the
        noun, that no actor holds; not a bloc ("Western", "Allied")."""
        return next((c for c in tok.lefts if c.dep_ in _MODIFIER_DEPS and c.ent_type_ == "NORP"
                     and c.is_title and c.i not in self.token_actor
                     and c.lower_ not in _BLOC_WORDS), None)

    def _service_alias(self, tok: Token, key: str, state: str) -> None:
        """"a Beninese army post", "a Nigerien army patrol": the demonym and the service
        noun as written name the state's forces too, whatever noun they modify (a reader
        calls them by those words, not by the phrase's head); only the demonym of the
        forces' own state ("Mali Junta Orders French Troops" names no Malian troops)."""
        doc = tok.doc
        for noun in (tok.i, tok.i - 1):
            if noun < 1 or (noun < tok.i and not (
                    doc[noun].dep_ == "compound" and doc[noun].lower_ in DESCRIPTORS)):
                continue
            named = self.gaz.state_of_demonym(doc[noun - 1].text)
            if named is not None and self.gaz.entries[named].name == self.actors[state].name:
                self.actors[key].aliases.setdefault(doc[noun - 1 : noun + 1].text, None)
                return

    def _read_named_facility(self, tok: Token) -> bool:
        """"seized Kufra airport", "a drone hit Tamsal market", "struck the Haleb naval
        base": capitalised words no actor holds, run straight into a facility's lower-case
        noun (after up to two words of its kind), name that facility (the model labels
        the words alone, or as a people, or not at all); a known place's name stays the
        place's too."""
        doc = tok.doc
        kind_start = tok.i
        while kind_start > 0 and tok.i - kind_start < 3 and (
                doc[kind_start - 1].is_lower or doc[kind_start - 1].text in ("'s", "\u2019s")
                ) and not doc[kind_start - 1].is_punct:
            kind_start -= 1
        while kind_start < tok.i and not (
                doc[kind_start - 1].pos == PROPN and doc[kind_start - 1].is_title):
            kind_start += 1
        start = kind_start
        while start > 0 and kind_start - start < 4 and start - 1 not in self.token_actor and (
                (doc[start - 1].pos == PROPN and doc[start - 1].is_title)
                or _joins_name(doc[start - 1])):
            start -= 1
        while start < kind_start and not doc[start].is_title and not _article_glued(doc, start):
            start += 1  # (the name opens with a capitalised word, or "al-" before one)
        if start == kind_start or not tok.is_lower or (
                facility_words(doc, kind_start) != tok.i + 1 - kind_start):
            return False
        bare = doc[start:kind_start].text
        entry = self.gaz.lookup(bare)
        place = self.is_place(bare)
        if (entry is not None and not place) or self.gaz.state_of_demonym(bare) or (
                place and tok.lower_ in TOWN_PART_FACILITIES):
            return False  # (a known group's or body's base is its own; "the Ugandan army
            # camp" is a state's, unnamed)
        name = doc[start : tok.i + 1].text
        if place:
            self.add(entry.name if entry is not None else bare, ActorType.LOCATION, bare)
        key = self.add(name, ActorType.FACILITY, name)
        if not place:
            self.actors[key].aliases.setdefault(bare, None)
        self._mark(start, tok.i + 1, key)
        return True

    def _state_before(self, start: int) -> int | None:
        """Where the name of a state that runs straight into token `start` begins."""
        key = self.token_actor.get(start - 1) if start > 0 else None
        if key is None or self.actors[key].type is not ActorType.STATE:
            return None
        owner = start - 1
        while owner > 0 and self.token_actor.get(owner - 1) == key:
            owner -= 1
        return owner

    def _read_task_force(self, tok: Token) -> bool:
        """"X, the army's special task force", "X is a task force": X is one; then "the
        task force" and "task force spokesperson Y" are the one task force the article
        named or described so (none when it has two)."""
        if tok.lower_ != "force":
            return False
        task = next((c for c in tok.lefts if c.lower_ == "task" and c.dep_ == "compound"),
                    None)
        if task is None:
            return False
        if tok.dep_ in ("appos", "attr"):
            head = tok.head if tok.dep_ == "appos" else next(
                (c for c in tok.head.children if c.dep_ == "nsubj"), None)
            key = None if head is None else self.token_actor.get(head.i)
            if key is not None and self.actors[key].type in _BODY_TYPES:
                self.task_forces.setdefault(key, None)
            return True
        named = [k for k in self.task_forces if k in self.actors]
        if len(named) != 1 or not (tok.dep_ == "compound" or any(
                c.lower_ == "the" for c in tok.lefts)):
            return False
        self._mark(task.i, tok.i + 1, named[0])
        self.descriptor_tokens.update(range(task.i, tok.i + 1))
        return True

    def _read_named_noun(self, tok: Token) -> bool:
        """"members of the jihadist group X", "the militia X": the noun is the group
        named right after it (no comma: "the group, X said," is someone speaking)."""
        if tok.lower_ not in _NAMED_BY_APPOSITION:
            return False
        for child in tok.children:
            key = self.token_actor.get(child.i)
            if child.dep_ == "appos" and child.left_edge.i == tok.i + 1 and key is not None and (
                    self.actors[key].type in _BODY_TYPES):
                self._mark(tok.i, tok.i + 1, key)
                self.descriptor_tokens.add(tok.i)
                return True
        return False

    def _arm_named_body(self, tok: Token) -> None:
        """"the CPC rebel group", "the ADF militia", "3R fighters": the name before an
        armed group's noun is an armed group. A body the dictionaries do not type is
        typed so, and an acronym no one introduced is the group's name; the noun only
        describes it."""
        named = [c for c in tok.lefts if c.dep_ in _MODIFIER_DEPS] + [
            p for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj"]  # "fighters of the X"
        for child in named:
            if child.i in self.descriptor_tokens:
                continue
            key = self.token_actor.get(child.i)
            if key is None:
                if (_bare_acronym(child) or (self._bare_name_word(child) and (
                        child.ent_type_ in _UNTYPED_NAME))) and self.gaz.lookup(child.text) is None:
                    key = self.add(child.text, ActorType.ARMED_GROUP, child.text)
                    self._mark(child.i, child.i + 1, key)
                continue
            rec = self.actors[key]
            if rec.code is None and (rec.type is ActorType.ORGANIZATION or (
                    rec.type in (ActorType.PERSON, ActorType.LOCATION)
                    and self._bare_name_word(child) and rec.name == child.text)):
                # "militants of Karavan", "Tamzar fighters": one unknown word in the slot
                # of whose fighters they are names their group, not a person or a town
                rec.type = ActorType.ARMED_GROUP
                self.persons = [(t, k) for t, k in self.persons if k != key]
                self.groups.append((child.i, key))

    def _bare_name_word(self, tok: Token) -> bool:
        """One capitalised word the model read as a name, not a word of a title or an
        agent noun, and no place, state or people the gazetteer or the place lists know."""
        doc = tok.doc
        return tok.pos == PROPN and tok.is_title and tok.is_alpha and len(tok) > 2 and (
            tok.lower_ not in NOT_NAMES and tok.lower_ not in TITLE_WORDS) and not (
            _common_noun(tok) or self.is_place(tok.text)
            or self.gaz.state_of_demonym(tok.text)) and not any(
            doc[i].is_title and doc[i].pos == PROPN
            for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc) and i != tok.head.i)

    def _descriptor_name(self, state: str, suffix: str,
                         type_: ActorType) -> tuple[str, ActorType]:
        """"US" + "forces" -> "US forces", as the gazetteer names and types it if known."""
        adj = self.gaz.state_adj.get(self.actors[state].name, self.actors[state].name)
        name = f"{adj} {suffix}"
        entry = self.gaz.lookup(name)
        return (entry.name, entry.type) if entry is not None else (name, type_)

    def _read_joint_descriptor(self, tok: Token, suffix: str, type_: ActorType,
                               cls: str) -> None:
        """"US and British forces": British forces too, marked on "British"."""
        for mod in tok.lefts:
            for other in (c for c in mod.children if c.dep_ == "conj"):
                state = self.state_for_word(other)
                if state is None:
                    continue
                name, kind = self._descriptor_name(state, suffix, type_)
                code = actor_code(self.actors[state].code, cls)
                self._mark(other.i, other.i + 1, self.add(name, kind, name, cls, code))
                self.descriptor_tokens.add(other.i)

    def _read_regime(self, tok: Token) -> bool:
        """"the Assad regime", "Asad's brutal regime": the ruler's government, a body
        of its own (a state's government is the state: "the Syrian government")."""
        if tok.lower_ != "regime":
            return False
        ruler = next((c for c in tok.children if c.dep_ in ("compound", "poss")
                      and c.pos_ == "PROPN" and not self.gaz.state_of_demonym(c.text)), None)
        if ruler is None:
            return False
        key = self.token_actor.get(ruler.i)
        if key is not None and self.actors[key].type is ActorType.ORGANIZATION and (
                self.actors[key].name == ruler.text):
            # "Asad" alone, misread by the model as an organisation: the ruler's name
            self._forget(ruler.i, key)
            key = None
        if key is not None and self.actors[key].type is not ActorType.PERSON:
            return False
        surname = self.actors[key].name.split()[-1] if key else ruler.text
        name = f"{surname.removeprefix('al-')} regime"
        regime = self.add(name, ActorType.GOVERNMENT_BODY, self._np_text(tok), "regime")
        self._mark(tok.i, tok.i + 1, regime)
        return True

    def _forget(self, i: int, key: str) -> None:
        """Unmark a token; drop its actor when no other token names it."""
        self.token_actor.pop(i, None)
        if key not in self.token_actor.values():
            del self.actors[key]
            self.spellings = {s: k for s, k in self.spellings.items() if k != key}
            self.groups = [(t, k) for t, k in self.groups if k != key]
            self.persons = [(t, k) for t, k in self.persons if k != key]

    def _read_opposition(self, tok: Token, cls: str) -> bool:
        """"Syrian opposition forces", "Libyan rebel militias": fighters against the
        state, never its own forces."""
        if cls not in ("forces", "militias"):
            return False
        if not any(c.lower_ in _AGAINST_STATE for c in tok.lefts) or (
                named_group(self, tok) is not None):
            return False  # ("the CPC rebel group": the group named, read below)
        if not any(c.pos_ == "PROPN" or self.gaz.state_of_demonym(c.text) for c in tok.lefts):
            return True  # "another insurgent group": a common noun, no actor of its own
        name = self._np_text(tok)
        self._mark(tok.i, tok.i + 1, self.add(name, ActorType.ARMED_GROUP, name, "militias"))
        return True

    @staticmethod
    def _np_text(tok: Token) -> str:
        left = tok.left_edge.i
        doc: Doc = tok.doc
        while left < tok.i and doc[left].lower_ in ("the", "a", "an"):
            left += 1
        return doc[left : tok.i + 1].text


# Words between a region's name and "government" that make it the region's own:
# "the Karoo regional government", "the Tana provincial administration"
_REGIONAL_WORDS = words("regional provincial state local county district municipal "
                        "autonomous interim")
_GOVERNMENT_HEADS = words("government administration")
# Words that make a people's government a region's: "the Kurdish regional government"
_OWN_REGION_WORDS = words("regional provincial")
# Last words of a region's name that may own a government with "'s": "Tana State's"
_REGION_ENDS = words("state region province county district territory prefecture oblast "
                     "governorate")


def _title_only(ent: Span) -> bool:
    """"Humanitarian Coordinator", "the Personal Envoy": a name of title words only, a
    person's post, never a body of that name ("the Office of the Special Envoy" is one)."""
    words_ = [t for t in ent if t.lower_ != "the"]
    return len(words_) >= 2 and words_[-1].lower_ in _POST_NOUNS and all(
        t.is_title or t.lower_ == "and" for t in words_) and all(
        t.lower_ in _POST_MODIFIER_WORDS for t in words_[:-1])


def _country_office_acronym(doc: Doc, start: int, end: int) -> int | None:
    """"X Office in Colombia (OHCHR Colombia)": a body's name that ends "in <place>",
    then in brackets an acronym and the same place; where the acronym and place end."""
    if end + 3 >= len(doc) or doc[end].text != "(":
        return None
    acro = doc[end + 1]
    if not (acro.is_upper and acro.is_alpha and 2 <= len(acro) <= 8):
        return None
    inside = end + 2
    while inside < len(doc) and inside - end <= 5 and doc[inside].text != ")":
        inside += 1
    place = [t.text for t in doc[end + 2 : inside]]
    if not place or inside >= len(doc) or doc[inside].text != ")" or end - len(place) - 1 <= start:
        return None
    if doc[end - len(place) - 1].lower_ != "in" or (
            [t.text for t in doc[end - len(place) : end]] != place):
        return None
    return inside


# Bodies a later mention may name without the place their name opens with.
_PLACED_BODY_TYPES = frozenset({ActorType.ARMED_GROUP, ActorType.GOVERNMENT_BODY})
# What the model may have read in a region's name before "government" ("the Sindh
# government"): a place, or an organisation.
_REGION_READ_AS = frozenset({ActorType.LOCATION, ActorType.ORGANIZATION})
# ... and the labels of a region's name the parser reads as an adjective ("Bihar").
_REGION_LABELS = frozenset({"GPE", "LOC", "ORG"})


def _regional_government(doc: Doc, span: Span) -> int | None:
    """Where "the X regional government" or "X State's government" ends, for the name X
    of a region (not a state, which is its government): the words after X are regional
    words then "government" or "administration", one regional word at least unless X,
    ending in a region's word, owns it ("Tana State's government")."""
    i = span.end
    owned = i < len(doc) and doc[i].lower_ in ("'s", "\u2019s") and (
        span[-1].lower_ in _REGION_ENDS)
    i += owned
    first = i
    while i < len(doc) and i - first < 2 and doc[i].lower_ in _REGIONAL_WORDS and (
            doc[i].is_lower):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in _GOVERNMENT_HEADS or not doc[i].is_lower or (
            i == first and not owned):
        return None
    if not all(t.is_title or t.is_upper for t in span if t.is_alpha):
        return None
    return i + 1


# Lower-case heads of a body a place's name (or a people's) may stand before, by the type
# they give, and the lower-case words that may come between ("Bokwe local council", "the
# Ralu prison service", "the Tarn special forces"); a head that needs one of them needs it.
_LOCAL_HEADS = {
    **dict.fromkeys(("police", "army", "regiment", "hunters"), ActorType.ARMED_GROUP),
    **dict.fromkeys(("council", "service"), ActorType.GOVERNMENT_BODY),
    "forces": ActorType.ARMED_GROUP,
    "committee": ActorType.ORGANIZATION,  # "the Kora refugee committee": its people's
}
_LOCAL_WORDS = words("local municipal district county city provincial regional prison "
                     "penitentiary special refugee")
_HEADS_NEEDING_WORD = {"service": words("prison penitentiary"), "forces": words("special"),
                       "committee": words("refugee")}
# Types of the names before such a head that the head may settle (a model's misreading of
# a town's or a people's name among them: "Bokwe" read as a person).
_LOCAL_NAME_TYPES = frozenset({ActorType.LOCATION, ActorType.PERSON, ActorType.FACILITY,
                               ActorType.ORGANIZATION})


def _local_body(span: Span, type_: ActorType) -> tuple[int, ActorType] | None:
    """Where "the Tolam police" or "Bokwe local council" ends, and the body's type: a
    name in capitals, one word if the model read a person, then at most one lower-case
    qualifier and a body's lower-case head. Not a facility the head qualifies ("the Tolam
    police station"), not a person's full name, not a known body's name."""
    doc = span.doc
    if type_ not in _LOCAL_NAME_TYPES or (type_ is ActorType.PERSON and len(span) > 1) or (
            type_ is ActorType.ORGANIZATION and span.root.ent_id_):
        return None
    if not all(t.is_title or t.is_upper or not t.is_alpha for t in span) or not any(
            t.is_alpha for t in span):
        return None
    i = span.end
    word = None
    if i < len(doc) and doc[i].lower_ in _LOCAL_WORDS and doc[i].is_lower:
        word, i = doc[i].lower_, i + 1
    if (office := _office_of_officer(doc, i)) is not None:
        return office, ActorType.GOVERNMENT_BODY  # "the Tolam prosecutor's office"
    if i >= len(doc) or not doc[i].is_lower or (head := doc[i].lower_) not in _LOCAL_HEADS:
        return None
    if head in _HEADS_NEEDING_WORD and word not in _HEADS_NEEDING_WORD[head]:
        return None
    if i + 1 < len(doc) and doc[i + 1].lower_ in FACILITY_NOUNS | _LOCAL_NOT_AFTER:
        return None
    if i + 2 < len(doc) and doc[i + 1].lower_ in _PERSON_SLOT_NOUNS and doc[i + 2].is_title:
        # "Tolam County police spokesman Amos Ndu": the words are the title of a person
        # of the place, read as such by the title readers
        return None
    return i + 1, _LOCAL_HEADS[head]


# Lower-case officers whose office a place's name may stand before ("the Tolam
# prosecutor's office", "the Ralu public prosecutor's office")
_OFFICERS = words("prosecutor prosecutors attorney ombudsman coroner auditor")
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})


def _office_of_officer(doc: Doc, i: int) -> int | None:
    """Where "prosecutor's office" after a place's name ends ("the Tolam prosecutor's
    office", "the Tolam public prosecutor's office"): an officer's lower-case noun,
    its possessive and "office"; None when the words are not so."""
    if i < len(doc) and doc[i].lower_ == "public" and doc[i].is_lower:
        i += 1
    if i + 2 < len(doc) and doc[i].is_lower and doc[i].lower_ in _OFFICERS and (
            doc[i + 1].lower_ in _POSSESSIVE) and doc[i + 2].lower_ == "office" and (
                doc[i + 2].is_lower):
        return i + 3
    return None


# Nouns after such a head that make the words a place's, a unit's or a person's, not the
# body's name ("the Tolam police headquarters", "the Tolam South police division", "a
# Tolam police officer")
_LOCAL_NOT_AFTER = words("headquarters base post division district area zone precinct "
                         "command department unit officer officers constable constables")


def _government_name(span: Span) -> str:
    """"Tana State's government" -> "Tana State government": the body's name."""
    return " ".join(t.text for t in span if t.lower_ not in ("'s", "\u2019s"))


# Labels of a name that given names before it make a person's
_NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "LOCATION", "ORG", "NORP", "STATE"})


def _glued_hyphens(span: Span) -> int:
    """How many hyphens with no space around them join the first words of a name
    ("Jean-Luc Morel": one; "Marie-Anne-Sophie X": two), the hyphen tokens read alone."""
    n = 0
    while 2 * n + 2 < len(span) and glued_hyphen(span.doc, span.start + 2 * n + 1):
        n += 1
    return n


def _titled_given_name(tok: Token, ent: Span) -> bool:
    """"Sheikh Omar [Haddad]": the word opening a person's name the model read in part
    comes right after a personal title, where only a name's words stand."""
    return ent.label_ == "PERSON" and tok.i > 0 and tok.nbor(-1).is_title and (
        tok.nbor(-1).lower_ in PERSONAL_TITLES)


# Labels the model gives names of things, which a person's name sometimes gets
_NOT_NAME_LABELS = frozenset({"PRODUCT", "WORK_OF_ART"})


def _verb_read_in_name(doc: Doc, ent: Span) -> bool:
    """"Its leader, Saw Chit Thu, said", "sanctioned Saw Chit Thu": a capitalised word
    the tagger read as a verb, inside a sentence and right before a person's name the
    model read, opens that name (no verb is capitalised there); not in a headline, where
    every word is."""
    if ent.label_ != "PERSON" or ent.start < 2:
        return False
    tok = doc[ent.start - 1]
    if not (tok.is_title and tok.is_alpha and tok.tag_.startswith("VB")) or (
            tok.is_sent_start or tok.ent_type_ != "" or tok.lower_ in TITLE_WORDS
            or doc[tok.i - 1].text in _OPENING_MARKS):
        return False
    return any(t.is_lower and t.is_alpha and not t.is_stop for t in tok.sent)


def _given_name_word(tok: Token, ent: Span) -> bool:
    """A capitalised word outside every entity modifying the name `ent` (no title)."""
    return tok.is_title and tok.is_alpha and tok.pos == PROPN and tok.ent_type_ == "" and (
        tok.dep_ == "compound" and ent.start <= tok.head.i < ent.end) and (
        tok.lower_ not in TITLE_WORDS)


def _with_name(ents: list[Span], span: Span) -> list[Span]:
    """The entities with `span` in place of those inside it; as they were when the
    model read it whole or read something that runs past it."""
    inside = [e for e in ents if e.start < span.end and e.end > span.start]
    # (an entity opened by "the" before the name is inside it: "[the Eastern] [Sudan]
    # Liberation Movement", the model's first piece holding the article)
    if any(e.end > span.end or (e.start < span.start and not _the_before(e, span))
           for e in inside) or any(
            e.end == span.end and (e.start == span.start or _the_before(e, span))
            for e in inside):
        return ents
    whole = Span(span.doc, span.start, span.end, label="ORG")
    kept = [e for e in ents if e not in inside]
    at = next((k for k, e in enumerate(kept) if e.start >= span.end), len(kept))
    return [*kept[:at], whole, *kept[at:]]


def _the_before(ent: Span, span: Span) -> bool:
    """The entity opens with the "the" right before `span`."""
    return ent.start == span.start - 1 and ent[0].lower_ == "the"


def _portfolio_before_name(ent: Span, after: Span | None) -> bool:
    """"Minister of Local Government and Police X", "Secretary for Home Affairs X": the
    words between the title's "of" and the holder's name are his office's subject, no
    body of their own (the holder's ministry, named so, is read by `ministers`)."""
    doc = ent.doc
    return ent.label_ == "ORG" and after is not None and after.label_ == "PERSON" and (
        after.start == ent.end) and ent.start >= 2 and doc[ent.start - 1].lower_ in (
        "of", "for") and doc[ent.start - 2].is_title and doc[ent.start - 2].lower_ in TITLE_HEADS


# A code name of letters and a number: "C-60", "Task Force" aside ("Unit 8200" is read
# as a numbered unit)
_CODE_NAME = re.compile(r"[A-Z]{1,4}-?\d{1,4}")
# Nouns of men a unit's code name stands before, or heads an apposition to it with
_UNIT_MEN = words("commando commandos team teams unit units squad squads personnel force")


def _unit_by_words(span: Span) -> bool:
    """"two C-60 commandos", "the C-60 teams", "the C-60, the anti-Maoist commando force
    of ...": a code name before a noun of a unit's men, or set off by an apposition
    whose head is one."""
    doc = span.doc
    end = span.end
    if end < len(doc) and doc[end].is_lower and doc[end].lower_ in _UNIT_MEN:
        return True
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("the", "a", "an"):
        return False
    for tok in doc[end + 2 : min(end + 7, len(doc))]:
        if (tok.is_punct and tok.text != "-") or tok.lower_ in ("of", "in", "that", "which"):
            return False
        if tok.lower_ in _UNIT_MEN and tok.is_lower and (
                tok.i + 1 >= len(doc) or doc[tok.i + 1].pos_ != "NOUN"):
            return True
    return False


def _place_as_middle_name(ents: list[Span], given: frozenset[str]) -> list[Span]:
    """"killed Mohamed Aden Qoorsheel": a place's one-word name the ruler read between a
    known given name and a capitalised surname (a capitalised word no entity holds, or a
    person's the model read), the three opening no longer name, is the person's middle
    name, the three one person's name."""
    out: list[Span] = []
    for at, ent in enumerate(ents):
        doc = ent.doc
        if ent.label_ not in _MIDDLE_PLACE_LABELS or len(ent) != 1 or ent.start == 0 or (
                ent.end >= len(doc)):
            out.append(ent)
            continue
        first, surname = doc[ent.start - 1], doc[ent.end]
        nxt = ents[at + 1] if at + 1 < len(ents) else None
        opens = ent.start < 2 or first.is_sent_start or not (
            doc[ent.start - 2].is_title or doc[ent.start - 2].text in ("'s", "-"))
        named = first.is_title and first.lower_ in given and first.ent_type_ in ("", "PERSON") and (
            opens and surname.is_title and surname.is_alpha and surname.pos_ == "PROPN"
            and surname.lower_ not in _BODY_NAME_WORDS and not is_place_name(surname.text)
            and (nxt is None or nxt.start > ent.end or (nxt.label_ == "PERSON"
                                                        and len(nxt) == 1))
            and (ent.end + 1 >= len(doc) or not doc[ent.end + 1].is_title))
        if not named:
            out.append(ent)
            continue
        if out and out[-1].end > first.i:
            out.pop()  # (the given name the model read as a person alone)
        whole = doc[first.i : ent.end + 1]
        out.append(Span(doc, first.i, ent.end + 1, label="PERSON", span_id=whole.text))
    return _without_taken(out)


# (not a state's: the document's state is read from the ruler's states too)
_MIDDLE_PLACE_LABELS = frozenset({"GPE", "LOCATION", "LOC"})


def _without_taken(ents: list[Span]) -> list[Span]:
    """The entities, each one a name read before it overlaps dropped."""
    out: list[Span] = []
    for ent in ents:
        if out and ent.start < out[-1].end:
            continue
        out.append(ent)
    return out


def _state_as_given_name(ents: list[Span]) -> list[Span]:
    """"Defence Minister Israel Katz said": a state's one-word name between a title and a
    one-word surname (read as a person's by the model, or a capitalised word no entity
    holds, no body's or place's word) is the person's given name, the two one name (a
    title opens a person's name, and no state's)."""
    out: list[Span] = []
    taken = -1
    for at, ent in enumerate(ents):
        if ent.start < taken:
            continue
        doc = ent.doc
        if ent.label_ != "STATE" or len(ent) != 1 or not ent[0].is_title or (
                ent.start == 0 or ent.end >= len(doc)) or not (
                (title := doc[ent.start - 1]).is_title and title.lower_ in TITLE_WORDS):
            out.append(ent)
            continue
        nxt = ents[at + 1] if at + 1 < len(ents) else None
        surname = doc[ent.end]
        if nxt is not None and nxt.start == ent.end:
            named = nxt.label_ == "PERSON" and len(nxt) == 1
        else:
            named = surname.is_title and surname.is_alpha and surname.pos_ == "PROPN" and (
                surname.lower_ not in _BODY_NAME_WORDS) and not is_place_name(surname.text) and (
                ent.end + 1 >= len(doc) or not doc[ent.end + 1].is_title)
        if not named:
            out.append(ent)
            continue
        whole = doc[ent.start : ent.end + 1]
        out.append(Span(doc, ent.start, ent.end + 1, label="PERSON", span_id=whole.text))
        taken = ent.end + 1
    return out


def _join_particle_names(ents: list[Span]) -> list[Span]:
    """"Jorge dos Santos", "Pieter van der Berg": a person's name the model cut in two at
    the lower-case particles of its surname, read whole again."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == ent.label_ == "PERSON" and (
                1 <= ent.start - prev.end <= 2) and all(
                t.lower_ in _JOINING_PARTICLES and t.is_lower
                for t in prev.doc[prev.end : ent.start]):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="PERSON")
            continue
        if prev is not None and prev.label_ == "PERSON" and len(prev) >= 2 and (
                ent.start - prev.end == 1) and ent.label_ in ("GPE", "ORG", "PERSON") and (
                prev.doc[prev.end].text == "y") and len(ent) <= 2 and all(
                t.is_title for t in ent):
            # "Carlos Mendes y Paredo": a Spanish name's two surnames joined by "y" (the
            # model may read the second one as a place)
            out[-1] = Span(ent.doc, prev.start, ent.end, label="PERSON")
            continue
        if prev is not None and _article_cut(prev, ent):
            # "Karim Saleh al-Houthi": the surname after the article is a group's or a
            # people's name the dictionaries know, still the person's own
            out[-1] = Span(ent.doc, prev.start, ent.end, label="PERSON")
            continue
        out.append(ent)
    return out


# Arabic articles a surname is joined to by a hyphen ("al-", "el-", "ad-").
_ARTICLES = words("al el ad ar as ash at az an")


def _article_surname(span: Span, label: str) -> bool:
    """A person's name whose surname follows a hyphened article ("Karim Saleh al-Houthi")."""
    return label == "PERSON" and len(span) >= 4 and span[-2].text == "-" and (
        span[-3].lower_ in _ARTICLES)


def _article_cut(prev: Span, ent: Span) -> bool:
    """A person's name ending on a hyphened article ("Karim Saleh al-") and the one
    capitalised word touching it: the name cut before its surname."""
    return prev.label_ == "PERSON" and len(prev) >= 3 and ent.start == prev.end and (
        prev[-1].text == "-" and prev[-2].lower_ in _ARTICLES) and len(ent) == 1 and (
        ent[0].is_title)


def _lower_of_tail(words: list[Token]) -> int:
    """Where a name's "of" starts a tail of lower-case words only ("the Sword Front of war
    crimes", "the Kivu Force of abuses"): the model ran the name on over its verb's
    object; a name's own "of" is followed by a capital ("the Front of the Enclave of X")."""
    for k in range(len(words) - 2, 0, -1):
        if words[k].lower_ == "of" and words[k].is_lower:
            tail = words[k + 1:]
            return k if all(w.is_lower and w.is_alpha for w in tail) else 0
    return 0


# Offices whose holder's title ends in "General" and names the body ("the Attorney
# General's Office", "the Auditor General's Office")
_GENERAL_OFFICES = words("attorney solicitor auditor inspector accountant prosecutor "
                         "comptroller surveyor")


def _general_office_cut(doc: Doc, start: int, end: int) -> bool:
    """"General's Office" read without the title word before it that names the office."""
    return start > 0 and end - start >= 3 and doc[start].text == "General" and (
        doc[start + 1].text in ("'s", "\u2019s")) and doc[start - 1].is_title and (
        doc[start - 1].lower_ in _GENERAL_OFFICES)


def _the_in_acronym(doc: Doc, start: int, end: int) -> bool:
    """A capital "The" before the name is part of it when the bracketed acronym after
    the name spells it ("The Resistance Wing (TRW)") and the name alone does not."""
    if start < 1 or doc[start - 1].text != "The" or end + 2 >= len(doc) or doc[end].text != "(":
        return False
    read = acronym_at(doc, end)
    if read is None or not read[0].startswith("T") or doc[start].text.startswith("T"):
        return False
    return spelled_start(doc, end, read[0], start - 1) == start - 1


def _group_kind(name: Span) -> ActorType | None:
    """The type a group's other name gives it: its head word's ("the Victory Group"), or
    an armed group's for a people's plural ("the Karamists"); None for any other name."""
    if (kind := head_type(name)) is not None:
        return ActorType(kind)
    last = name[-1]
    return ActorType.ARMED_GROUP if last.tag_ == "NNPS" else None


def _bare_acronym(tok: Token) -> bool:
    """"ADF", "3R": a name in capitals, with no dots, that no one introduced."""
    text = tok.text
    return tok.pos == PROPN and 2 <= len(text) <= 6 and text.isalnum() and text.isupper() and (
        not is_state_abbreviation(text))


def _stands_alone_elsewhere(last: Token) -> bool:
    """The name's last word is used on its own elsewhere in the document, as a surname
    is ("Türk said"): no capitalised word but a sentence's first stands right before it."""
    doc = last.doc
    for tok in doc:
        if tok.i != last.i and tok.text == last.text and tok.pos_ == "PROPN" and (
                tok.i + 1 >= len(doc) or not doc[tok.i + 1].is_title) and (
                tok.is_sent_start or not doc[tok.i - 1].is_title):
            return True
    return False


def _acronym_party(words: list[Token]) -> bool:
    """"the ruling CNDD-FDD party": an acronym's lower-case "party" only says what it
    names (the "Party" of "the DEM Party" is its name's)."""
    return len(words) > 1 and words[-1].text == "party" and all(
        w.is_upper or w.text == "-" for w in words[:-1])


def _group_of_other(doc: Doc, start: int, end: int) -> bool:
    """"the pro-Islamic State group Dawlah Islamiyah", "the Hamas-allied group Y": "group"
    after the name (at `start`..`end`) is another group's kind, not the name's: "pro-"
    or a hyphen's word binds the name into a description, or a capitalised name follows
    the noun."""
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "pro":
        return True
    if start >= 1 and doc[start - 1].lower_ == "pro-":
        return True
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    return nxt is not None and nxt.is_title and nxt.pos_ == "PROPN"


def _plural_head_type(span: Span) -> str | None:
    """The type the plural of a body's head word gives a name read as a title ("the
    Four Federations of the Lowlands", "the Two Councils of X"): a capitalised word
    after a number word, or before "of", whose singular is a head word."""
    for i, tok in enumerate(span):
        if not (tok.is_title and tok.lower_.endswith("s")) or tok.lower_[:-1] not in HEAD_TYPES:
            continue
        after = span[i + 1] if i + 1 < len(span) else None
        if (i > 0 and span[i - 1].like_num) or (after is not None and after.lower_ == "of"):
            kind = HEAD_TYPES[tok.lower_[:-1]]
            return kind if kind != "PERSON" else None
    return None


# The words saying whom a camp holds, which a text may leave out of its name
# What a mine or field yields, between its name and its noun ("the Tarko gold mine")
_RESOURCE_KINDS = words("gold copper diamond coal oil gas cobalt uranium lithium tin")
_CAMP_KIND = re.compile(r"(?<=\w) (?:refugee|refugees|displacement|displaced|IDP|IDPs) camp$")
# Fighters' plural nouns after a people's or a clan's name: "the Issa militias"
_FIGHTERS_PLURALS = words("militias")
# ... and those the word "armed" opens: "Murle armed youth", "Misseriya armed men"
_ARMED_PLURALS = words("youth youths")


def _fighters_noun_end(doc: Doc, end: int) -> int | None:
    """Where the lower-case fighters' noun at token `end` ends, or None: "militias",
    "armed youth"."""
    if end < len(doc) and doc[end].lower_ in _FIGHTERS_PLURALS and doc[end].is_lower:
        return end + 1
    if end + 1 < len(doc) and doc[end].lower_ == "armed" and (
            doc[end + 1].lower_ in _ARMED_PLURALS) and doc[end + 1].is_lower:
        return end + 2
    return None


def _syllable_acronym(bracketed: str, name: str) -> bool:
    """"(Confemin)" after "Confederación Nacional de ... Mineros": a short form built from
    the name's syllables (opening as its first word does, its letters in the name's
    order) is the name's own, no faction ("(Sabit)" after "Sudan ..." is one)."""
    word, letters = bracketed.strip("()").lower(), name.lower()
    if " " in word or len(word) < 4 or word[:2] != letters[:2]:
        return False
    at = 0
    for letter in word:  # its letters in the name's order
        at = letters.find(letter, at) + 1
        if not at:
            return False
    return True


def _common_noun(tok: Token) -> bool:
    """An agent noun or an armed descriptor ("Guerrillas", "Troops"), not a name."""
    return agent_role(tok.lower_) is not None or (
        tok.lower_ in DESCRIPTORS and DESCRIPTORS[tok.lower_][0] in ("forces", "militias")
        and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "of"))


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Where a bare surname stands in a clause: a subject, an object, an owner.
_NAME_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos"})
# Lower-case particles a surname opens with ("Pieter van Dijk", "Jorge dos Santos"): the
# short name keeps them ("Van Dijk") or drops them ("Dijk").
SURNAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "del", "della", "di", "da",
                               "das", "do", "dos", "du", "le", "la", "bin", "ibn", "ben"})
# Lower-case words that join a person's names in other traditions too: Mauritanian "ould"
# (son of), Tuareg "ag", Swahili and Kikuyu "wa", "bint" (daughter of).
_JOINING_PARTICLES = SURNAME_PARTICLES | frozenset({"ould", "ag", "wa", "bint"})
# An Arabic article joined to a surname by a hyphen: "al-Karimi", "el-Sayed" -> "Karimi".
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)-(?=\w{3})", re.IGNORECASE)


# Given names spelled as a word that names nothing ("Said" as "said"): written
# capitalised inside a name of two words or more, they are the name's own
_GIVEN_NAME_WORDS = frozenset({"Said"})


def _said_as_name(tok: Token, span: Span) -> bool:
    """"Ahmed Said Farah", "Ali Said": the word is a given name, not the verb the model
    ran a name on over ("Deni said")."""
    return tok.text in _GIVEN_NAME_WORDS and len(span) > 1 and all(
        t.is_title for t in span)


def surname_forms(name: str) -> list[str]:
    """The short names a person's full name goes by later in a story: the last word
    ("Jama"), without its hyphened article ("Karimi" for "Ahmed al-Karimi"), with the
    particles before it ("van Dijk", "dos Santos"); a kunya of two words ("Abu Hamza")
    is a name as given, not a surname."""
    words = name.split()
    if len(words) > 2 and words[-1].rstrip(".,").lower() in _NAME_SUFFIXES:
        words.pop()  # "Martin Luther King Jr.": the surname is "King"
    if len(words) < 2 or (len(words) == 2 and words[0].lower() == "abu"):
        return []
    last = words[-1]
    forms = [last]
    if (bare := _ARTICLE_PREFIX.sub("", last)) != last:
        forms.append(bare)
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in SURNAME_PARTICLES:
        start -= 1
    if start < len(words) - 1:
        forms.append(" ".join(words[start:]))
    elif len(words) >= 3 and all(w[:1].isupper() and w.isalpha() for w in words[-2:]):
        # "Vladimir Padrino López" ... "Padrino López": the two surnames of a Spanish or
        # Portuguese name, written together
        forms.append(" ".join(words[-2:]))
    return forms


def _same_person(first: str, second: str) -> bool:
    """Two names of one person: the words of one are all in the other ("Nasser al-Hadi",
    "Sheikh Nasser al-Hadi")."""
    one, other = set(name_key(first).split()), set(name_key(second).split())
    return one <= other or other <= one
# "Nelson Street", "Grace Avenue": a street named after a person is a place
_STREET_WORDS = frozenset({"street", "st", "st.", "avenue", "ave", "ave.", "road", "rd",
                           "boulevard", "lane", "drive", "square", "plaza", "highway"})
_OUTLET_WORDS = frozenset({"radio", "television", "tv", "newspaper"})
_OUTLET_ENDS = frozenset({"times", "post", "journal", "press", "tribune", "herald", "gazette"})


def _outlet(span: Span) -> bool:
    """"Radio Monte Carlo", "The Washington Post": a news outlet."""
    return span[-1].lower_ in _OUTLET_ENDS or any(t.lower_ in _OUTLET_WORDS for t in span)


def _person_shape(span: Span) -> bool:
    """"Ulf D. Merbold": first name, a middle initial, surname."""
    texts = [t.text for t in span]
    return (len(texts) == 3 and texts[0].istitle() and texts[2].istitle()
            and len(texts[1]) == 2 and texts[1][0].isupper() and texts[1][1] == ".")




def other_owner(span: Span, state: str, lookup: Callable[[str], Entry | None]) -> bool:
    """A state's body named by one word ("Congress", "Knesset") written as another
    place's: "the Congress of Colombia", "Colombia's Congress", "the Congress of Kanaky"
    (a name after "of" or before "'s" that is not the body's own state)."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
        owner = doc[span.end + 1]
        if owner.lower_ == "the" and span.end + 2 < len(doc):
            owner = doc[span.end + 2]
    elif span.start >= 2 and doc[span.start - 1].lower_ in ("'s", "\u2019s"):
        owner = doc[span.start - 2]
    else:
        return False
    if not owner.is_title or owner.pos_ != "PROPN":
        return False
    end = owner.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1  # "the Congress of the United States": the whole name
    start = owner.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
        start -= 1  # "South Sudan's Parliament"
    entry = lookup(doc[start:end].text)
    return entry is None or (entry.name != state and entry.type is ActorType.STATE) or (
        entry.type is ActorType.LOCATION)


def _misread_person(span: Span) -> bool:
    """A person the model took for a place or a firm: "shot Lincoln", "Sanders, 45,"."""
    if len(span) > 3 or not all(t.is_title for t in span if t.is_alpha):
        return False
    if {t.lower_ for t in span} & (ARMED_WORDS | GOVERNMENT_WORDS | ORG_WORDS):
        return False
    # "its commander, X, said"; "fighters under the command of X"
    return person_by_context(span) or after_title(span) or (
        len(span) > 1 and commander_named(span))


def _norp_place(span: Span) -> bool:
    """A town the model read as a people ("a Memphis native", "near St. Albans, Vt."):
    a town's name placed by the words around it, and not modifying a noun ("in Arab
    countries")."""
    if span.root.dep_ not in ("amod", "compound", "nmod") and town_by_context(span):
        return True  # "the village of Robotyne", "near Bakhmut": not a people
    if not is_place_name(span.text):
        return False
    if place_without_gazetteer(span, _holds_towns):
        return True
    return span.root.dep_ not in ("amod", "compound", "nmod") and place_by_context(span)


def _holds_towns(text: str) -> bool:
    """A US state (or its abbreviation) or a region: "Kulm, N.D.", "Tell Abyad, Syria"."""
    return is_region(text) or is_state_abbreviation(text)


# Lower-case nouns that, right after a name, make it a place's name.
# (plurals after a list of names: "the Irob and Adwa districts")
# Small words inside a Romance place's name ("Carmen de Bolivar", "Puerto del Sol")
_PLACE_PARTICLES = words("de del la las los do da dos das")
# Nouns of the areas a state is divided into
_REGION_KINDS = words("district province region county governorate municipality prefecture "
                      "territory commune upazila tehsil woreda kebele "
                      "oblast")
_KIND_AFTER_NAME = PLACE_NOUNS | frozenset({"state", "oblast", "prefecture", "regency",
                                            "woreda", "tehsil", "upazila",
                                            "districts", "provinces", "regions", "territories",
                                            "woredas", "counties"})
# A division's noun that follows a group's or a people's name too ("Houthi territory"):
# only a name read as a place already is the division's ("in Lubero territory")
_PLACE_ONLY_KIND = words("territory")


# Nouns of an armed group's part that its possessive names ("X's Khorasan province").
_BRANCH_NOUNS = words("province branch wing affiliate chapter")
# "X, a trading centre in Y": a centre that is a town by the word before it
_TOWN_CENTRES = words("trading market commercial administrative district urban")


def _town_set_off(tok: Token) -> bool:
    """"X, a farming town in Y", "X, a trading centre in Y": a name set off by the noun
    of a settlement placed somewhere is a town."""
    if tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].text != ",":
        return False
    return any(
        c.dep_ == "appos" and c.i <= tok.i + 5 and (c.lemma_ in PLACE_NOUNS or (
            c.lemma_ in ("centre", "center") and any(
                d.lower_ in _TOWN_CENTRES for d in c.children if d.dep_ in ("compound", "amod"))))
        and any(p.dep_ == "prep" and p.lower_ in ("in", "of", "near") for p in c.children)
        for c in tok.children)

# Plural nouns of a group's people that the model reads into its name ("Fighters of X").
_MEMBERS_OF = words("fighters members militants supporters soldiers troops gunmen "
                    "followers leaders")
# A unit's noun that a number or a roman numeral after it makes a name ("Brigade 313").
_NUMBERED_UNITS = words("brigade battalion front division regiment force squadron column "
                        "legion")
_ROMAN = re.compile(r"[IVX]{1,4}")
# Lower-case nouns of a landform or a facility that name one with the words before them.
_LANDFORM_HEADS = dict.fromkeys(words(
    "massif mountains hills highlands plateau forest valley lake strait peninsula river "
    "desert"), ActorType.LOCATION)
# ("the X camp" may be the place's or a group's camp: only a kind makes it a facility)
_FEATURE_FACILITIES = _FACILITY_HEADS | words("pipeline hotel bridge")
_FEATURE_NAMED = frozenset({ActorType.PERSON, ActorType.ORGANIZATION, ActorType.LOCATION,
                            ActorType.FACILITY})
# Lower-case kind nouns a name may be written with or without ("X province", "X party").
_KIND_NOUNS = _KIND_AFTER_NAME | frozenset(_LANDFORM_HEADS) | _FEATURE_FACILITIES | words(
    "party")


# Lower-case compass adjectives that set a region: "northern Kandor"
_COMPASS_WORDS = words("northern southern eastern western northeastern northwestern "
                       "southeastern southwestern north-eastern north-western "
                       "south-eastern south-western")
_NOT_REGION_WORDS = ARMED_WORDS | GOVERNMENT_WORDS | ORG_WORDS


# Words inside a facility's name between its capitalised words: "Tana-Benue", "al-Dumayr",
# "Saint-Malo", "Puerto de la Cruz"
_FACILITY_NAME_JOINERS = words("- \u2013 de del du des di da la le el al")


def _kind_after_place(words: list[Token], end: int) -> bool:
    """The place named by `words` (ending before token `end`) is followed by a lower-case
    noun of its kind ("state", "province", "valley", "strait") that closes the phrase."""
    doc = words[0].doc
    if end >= len(doc) or not all(w.is_title or w.is_upper or _joins_name(w) for w in words):
        return False
    nxt = doc[end]
    return nxt.is_lower and (nxt.lower_ in _KIND_AFTER_NAME or nxt.lower_ in _LANDFORM_HEADS
                             or nxt.lower_ in _PLACE_ONLY_KIND) and (
        not (end + 1 < len(doc) and doc[end + 1].is_lower and doc[end + 1].pos_ == "NOUN"))


def _kind_closing(words: list[Token]) -> bool:
    """A place's capitalised name closed by a lower-case noun of its kind inside the
    entity ("Tarsa zone", "Kebo province")."""
    return len(words) >= 2 and words[-1].is_lower and (
        words[-1].lower_ in _KIND_AFTER_NAME or words[-1].lower_ == "zone") and (
        all(w.is_title or w.is_upper or _joins_name(w) for w in words[:-1]))


_GLUED_ARTICLES = words("al el")


def _after_glued_hyphen(doc: Doc, i: int) -> bool:
    """A capitalised word glued by a hyphen to the capitalised word before it."""
    return i >= 2 and doc[i].is_title and doc[i - 1].text == "-" and not (
        doc[i - 1].whitespace_ or doc[i - 2].whitespace_) and doc[i - 2].is_title


def _article_glued(doc: Doc, i: int) -> bool:
    """"al-Dumayr": an Arabic article glued by a hyphen to a capitalised word opens the
    name with it."""
    return doc[i].lower_ in _GLUED_ARTICLES and i + 2 < len(doc) and (
        doc[i + 1].text == "-") and not doc[i].whitespace_ and not doc[i + 1].whitespace_ and (
        doc[i + 2].is_title)


def _joins_name(tok: Token) -> bool:
    return tok.text in ("-", "\u2013") or (tok.is_lower and tok.lower_ in _FACILITY_NAME_JOINERS)


def _facility_name(words: list[Token]) -> bool:
    """Capitalised words, perhaps joined by hyphens or particles ("Tana-Benue",
    "al-Dumayr"), ending in a capitalised one."""
    return bool(words) and words[-1].is_title and all(
        w.is_title or _joins_name(w) for w in words)


def _region_kind_after(span: Span) -> bool:
    """"in Tarko district", "the Bela region": a proper noun the model read as a people
    or left unlabelled, before the lower-case noun of an area a state is divided into,
    is the area's name (not "Kurdish areas": an adjective, a people's word)."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].tag_ == "POS":
        return False  # ("Cox's Bazar district": the name's end, not the name)
    return span.end < len(doc) and doc[span.end].lower_ in _REGION_KINDS and (
        doc[span.end].is_lower) and span[-1].tag_ in ("NNP", "NNPS") and all(
        t.is_title for t in span)


def _town_of(span: Span) -> bool:
    """"the town of X", "the border village of X": a name the model read as a facility's,
    no facility's noun in it, after "of" and a noun of a settlement, is the place."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and (
        doc[span.start - 2].lower_ in PLACE_NOUNS) and not any(
        t.lower_ in FACILITY_NOUNS for t in span) and all(t.is_title for t in span
                                                          if t.is_alpha)


def _kind_noun_after(span: Span) -> bool:
    """"in Kurram district", "across Kherson province": a name a kind of place follows."""
    return len(span) <= 3 and all(t.is_title for t in span) and span.end < len(span.doc) and (
        span.doc[span.end].lower_ in _KIND_AFTER_NAME and span.doc[span.end].is_lower)


def _misread_place(span: Span, label: str, is_place: Callable[[str], bool]) -> bool:
    """A town the model took for a person or an organisation: "DAYTON, Ohio", "in Boise";
    a Romance particle may join its words ("the municipalities of X and Puerto del Sol")."""
    if len(span) > 3 or not all(t.is_title or t.is_upper or (
            0 < k < len(span) - 1 and t.lower_ in _PLACE_PARTICLES)
            for k, t in enumerate(span) if t.is_alpha):
        return False
    words = {t.lower_ for t in span}
    if not words & (ARMED_WORDS | GOVERNMENT_WORDS | ORG_WORDS) and (
            place_without_gazetteer(span, _holds_towns) or place_shape(span)
            or (label == "PERSON" and (held_ground(span) or ruled_land(span)))
            or (label == "ORG" and taken_ground(span))  # ("took X": ground, not a firm)
            or (label == "PERSON" and site_named_for(span))  # "the X base"
            or (label == "PERSON" and owns_a_town_facility(span))  # "X's airport"
            or ground_slot(span, label)):
        return True
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in _KIND_AFTER_NAME:
        return True  # "in Rakhine state", "across Kherson province": a kind of place follows
    if span.start > 0 and doc[span.start - 1].text in _COMPASS_WORDS and (
            doc[span.start - 1].head.i == span.root.i) and not words & _NOT_REGION_WORDS:
        return True  # "across northern Duhok": a compass adjective makes a name a region
    if label == "PERSON" and span.end < len(doc) and doc[span.end].lower_ == "police":
        return True  # "the Central Java police chief": a place's police, no one's own
    if label == "PERSON" and span.end < len(doc) and doc[span.end].lower_ == "territory" and (
            span.root.dep_ == "compound"):
        return True  # "in Kivu's Lubero territory" (a group's, "Houthi territory", is no place)
    if not is_place_name(span.text):
        return False
    if label == "ORG":
        # ("a researcher at the University of X": a listed town's name that is a body's
        # word, read as a body, is the body)
        return not words & (ARMED_WORDS | GOVERNMENT_WORDS | ORG_WORDS)
    after = doc[span.end + 1] if span.end + 1 < len(doc) and doc[span.end].text == "," else None
    if place_by_context(span) or (label == "PERSON" and held_by_a_side(span)):
        return True
    return after is not None and is_place(after.text)


_FIRM_SUFFIXES = frozenset({"corp.", "corp", "inc.", "inc", "co.", "ltd.", "ltd", "corporation"})


def _split_firm_place(ent: Span, is_place: Callable[[str], bool]) -> list[Span] | None:
    """"Acme Corp. of Pittsburgh" read as one entity is a firm and its town."""
    doc = ent.doc
    for tok in ent[2:-1]:
        if (tok.lower_ == "of" and doc[tok.i - 1].lower_ in _FIRM_SUFFIXES
                and is_place(doc[tok.i + 1 : ent.end].text)):
            return [Span(doc, ent.start, tok.i, label="ORG"),
                    Span(doc, tok.i + 1, ent.end, label="GPE")]
    return None


# Labels of a place or its people, which may open an institution's name
_PLACE_LABELS = frozenset({"STATE", "GPE", "NORP", "LOCATION", "LOC"})


def _institution_of_place(ent: Span) -> Span | None:
    """"Ruritanian Coast Guard Training Center", "Lakeland Highway Patrol": the model read
    only the place, or the name's first words, and left the rest unlabelled; the whole
    is one organisation, named as written; never across a line break: a heading's
    words run on over it into the name opening the next line are the name alone."""
    if any(t.is_space for t in ent):
        doc = ent.doc
        if not ent[-1].is_space or ent.end >= len(doc):
            return None
        start = ent.end + (doc[ent.end].lower_ == "the")
        end = institution_after(doc, start, 0)
        return None if end is None else Span(doc, start, end, label="ORG")
    if ent.label_ == "ORG":
        end = institution_after(ent.doc, ent.end, 0)  # "[Lakeland Highway] Patrol"
        return None if end is None else Span(ent.doc, ent.start, end, label="ORG")
    if ent.label_ not in _PLACE_LABELS or len(ent) > 3:
        return None
    end = institution_after(ent.doc, ent.end) or institution_after(
        ent.doc, ent.end, 0, SCHOOL_HEADS)  # "Tokyo University"
    if end is None:
        return None
    return Span(ent.doc, ent.start, end, label="ORG")


def _text(words: list[Token]) -> str:
    """The text of a run of tokens, as `Span.text` gives it, from Token objects at hand."""
    return "".join(t.text_with_ws for t in words[:-1]) + words[-1].text if words else ""


def _split_at_breaks(ent: Span) -> list[Span]:
    """An entity the model ran over a line break or a run of spaces (a headline's last
    word and the dateline after it) is a name on each side of the break, if any."""
    if not any(t.is_space for t in ent):
        return [ent]
    pieces, start = [], ent.start
    for tok in ent:
        if tok.is_space:
            if tok.i > start:
                pieces.append(Span(ent.doc, start, tok.i, label=ent.label_))
            start = tok.i + 1
    if start < ent.end:
        pieces.append(Span(ent.doc, start, ent.end, label=ent.label_))
    return pieces


# Last words of a body that owns other bodies by its possessive ("the Treasury
# Department's Office of X"): a government's body or a force.
_OWNER_BODY_WORDS = GOVERNMENT_WORDS | words("army navy police guard corps command")


def _split_owned_body(ent: Span) -> list[Span]:
    """"the Treasury Department's Office of Foreign Assets Control", "the Interior
    Ministry's Counter-Terrorism Unit" read as one name: two bodies, the owner and its
    part (not "the People's Army", "the Attorney General's Office": no body owns there)."""
    at = next((t.i for t in ent[1:-1] if t.text in ("'s", "’s")), None)
    if at is None or ent.label_ != "ORG":
        return [ent]
    doc = ent.doc
    owner = [t for t in doc[ent.start : at] if t.lower_ != "the"]
    owned = doc[at + 1 : ent.end]
    if not owner or not all(t.is_title or t.is_upper for t in owner) or (
            owner[-1].lower_ not in _OWNER_BODY_WORDS) or not owned[0].is_title or not any(
            t.lower_ in _BODY_NAME_WORDS for t in owned):
        return [ent]
    return [Span(doc, ent.start, at, label=ent.label_),
            Span(doc, at + 1, ent.end, label=ent.label_)]


def _cut_at_bracket(ent: Span, words: list[Token]) -> Span:
    """"Welfare Party ( RP" read as one name ends at the bracket; the acronym after it
    is read as the name's alias (`words`: the entity's tokens)."""
    texts = [t.text for t in words]
    if "(" not in texts[1:] or ")" in texts:
        return ent
    return Span(ent.doc, ent.start, ent.start + texts.index("(", 1), label=ent.label_,
                span_id=ent.id_)


def _split_person_place(ent: Span, is_place: Callable[[str], bool]) -> list[Span] | None:
    """"Dana Kirsch of Dayton" read as one person is a person and her town."""
    for tok in ent[2:-1]:
        if tok.lower_ == "of" and is_place(ent.doc[tok.i + 1 : ent.end].text):
            return [Span(ent.doc, ent.start, tok.i, label="PERSON"),
                    Span(ent.doc, tok.i + 1, ent.end, label="GPE")]
    return None


def _split_town_pair(ent: Span, is_place: Callable[[str], bool]) -> list[Span] | None:
    """"attacked [Bentiu and Malakal]" read as one entity is two places, when each side
    is a place of the lists or the gazetteer (a body's name joins words with "and" too)."""
    ands = [t.i for t in ent[1:-1] if t.lower_ == "and"]
    if len(ands) != 1:
        return None
    doc = ent.doc
    left, right = doc[ent.start : ands[0]], doc[ands[0] + 1 : ent.end]
    if not (is_place(left.text) and is_place(right.text)):
        return None
    return [Span(doc, left.start, left.end, label="GPE"),
            Span(doc, right.start, right.end, label="GPE")]


def _officer_set_off(ent: Span, given_names: frozenset[str]) -> list[Span]:
    """"The mayor of Kidira, Mamadou Sy, said" read as one entity: after an office's noun
    and "of", a name, a comma and a person's name set off by a second comma (its first
    word a known given name) are the place or body the office is of, and its holder."""
    doc = ent.doc
    commas = [t.i for t in ent if t.text == ","]
    if ent.label_ not in ("ORG", "GPE", "LOC") or len(commas) != 1 or ent.start < 2 or (
            ent.end >= len(doc) or doc[ent.end].text != ","):
        return [ent]
    comma = commas[0]
    if doc[ent.start - 1].lower_ != "of" or (
            doc[ent.start - 2].lower_ not in _PERSON_SLOT_NOUNS) or comma == ent.start:
        return [ent]
    person = doc[comma + 1 : ent.end]
    if not 2 <= len(person) <= 4 or not all(t.is_title and t.is_alpha for t in person) or (
            folded(person[0].text) not in given_names):
        return [ent]
    return [Span(doc, ent.start, comma, label=ent.label_),
            Span(doc, comma + 1, ent.end, label="PERSON")]


def _split_person_pair(ent: Span) -> list[Span]:
    """"Jan K. and Piotr W." read as one person: two names of two words or more joined by
    "and", each a capitalised word then capitalised words or initials, are two people."""
    if ent.label_ != "PERSON" or len(ent) < 5:
        return [ent]
    joins = [t.i for t in ent if t.lower_ == "and"]
    if len(joins) != 1:
        return [ent]
    parts = [ent.doc[ent.start : joins[0]], ent.doc[joins[0] + 1 : ent.end]]
    if not all(len(part) >= 2 and all(_person_word(t) for t in part) for part in parts):
        return [ent]
    return [Span(ent.doc, part.start, part.end, label="PERSON") for part in parts]


def _person_word(tok: Token) -> bool:
    """A word of a person's name: capitalised, or an initial ("K.")."""
    text = tok.text
    return (tok.is_title and tok.is_alpha) or (
        len(text) == 2 and text[0].isupper() and text[1] == ".")


def _split_place_list(ent: Span, is_place: Callable[[str], bool]) -> list[Span]:
    """"Lubbock, Texas" read as one entity is two places, one inside the other."""
    if ent.label_ == "ORG" and (firm := _split_firm_place(ent, is_place)):
        return firm
    if ent.label_ == "PERSON" and (person := _split_person_place(ent, is_place)):
        return person
    if ent.label_ in ("GPE", "LOC", "ORG") and (pair := _split_town_pair(ent, is_place)):
        return pair
    if ent.label_ not in ("GPE", "LOC", "ORG", "PERSON") or "," not in ent.text:
        return [ent]
    commas = [t.i for t in ent if t.text == ","]
    if len(commas) != 1:
        return [ent]
    comma = commas[0]
    tail = ent.doc[comma + 1 : ent.end]
    if comma == ent.start or not len(tail) or not is_place(tail.text):
        return [ent]
    doc = ent.doc
    return [Span(doc, ent.start, comma, label="GPE"), Span(doc, comma + 1, ent.end, label="GPE")]

