"""Where actors are and whom they work for, read from appositions,
prepositions, possessives and the nouns in front of a name.

- "Dana Hale of Riverton", "a lawyer from Tulsa", "the Kurdish party in Syria",
  "X met Y in Sochi", "X's presence in Palmyra", "X is based in the Tamsi forest (hills)"
  -> LOCATED_IN (not a place left:
  "returned from exile in Z", "fled from their homes in Z"; not those an act done in Z
  bans or lists, "in Z, the ministry banned X"; not a body whose delegate is in Z; not
  "X, a former preacher from Z"; not a birthplace beside a home, "a Z-born resident of W");
  "the Government of Yemen" -> PART_OF.
- "Omar Kaya, an analyst at the Brookings Institution", "Lena Park of Acme Corp",
  "Acme's Omar Kaya", "the deputy head of the ministry, X" -> MEMBER_OF (or the
  title's own relation).
- "Samsung, a Seoul electronics maker" -> LOCATED_IN Seoul; "an Acme Corp employee"
  -> MEMBER_OF Acme Corp; "Jordanian journalist Rami Haddad" -> LOCATED_IN Jordan.
- "Iraq's Imam Ali Foundation" (an organisation, a person) -> LOCATED_IN Iraq.
- "X joined the Y Front" -> MEMBER_OF; not "young Zambians joined Y" (a state's people,
  not the state).
- "Minister for Lands X, whose Department of Lands ...", "commander X, whose Y Army
  controls ..." -> LEADS: a head's title before the name and the body of its kind that
  "whose" names ("X, whose Y party" -> MEMBER_OF).
("X, as part of the Y coalition" is the pattern people.as_part_of.)

Role nouns right after a name ("X, leader of Y") stay with rules._titles.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeGuard

from spacy.tokens import Span, Token

from actorgraph.domain import ActorType, name_key

from .filters import asked_of_another
from .leaders import (
    before_acronym,
    doubted,
    home_office,
    home_state,
    leads_body_named_after,
    led_by,
    named_after_comma,
    post_held,
    secretaries_head,
)
from .lexicon import (
    ATTACK_NOUNS,
    CHARGE_VERBS,
    CIVILIAN_NOUNS,
    DEPUTY_WORDS,
    DESCRIPTORS,
    FORMER_WORDS,
    GROUP_PARTS,
    JOB_NOUNS,
    KILL_NOUNS,
    KILL_VERBS,
    KILLER_NOUNS,
    PLACE_NOUNS,
    ROLE_NOUNS,
    SHOOT_VERBS,
    SPEECH_VERBS,
    TO_COME,
    WOUND_VERBS,
    words,
)
from .namecues import heads_police, press_title, seated_in
from .placenames import is_region
from .resolve import (
    PLACES,
    PLACES_OR_STATES,
    Candidate,
    Context,
    R,
    actor_of,
    actors_of_tokens,
    candidate,
    chief_of_staff,
    expand,
    name_just_before,
    named_actor,
    office_body,
    office_body_start,
    past_ranks,
    pobjs,
    rule,
    subjects,
    titled_person,
)
from .textprep import sentence_of

_ORGS = frozenset({ActorType.ORGANIZATION, ActorType.GOVERNMENT_BODY, ActorType.ARMED_GROUP})
_STATE_BODIES = frozenset({ActorType.GOVERNMENT_BODY, ActorType.ARMED_GROUP})
_PLACES = frozenset({ActorType.LOCATION, ActorType.STATE})
_HOLDERS = _ORGS | {ActorType.PERSON, ActorType.FACILITY}
_WHERE_PREPS = words("of from in at")
_WORK_PREPS = words("of at with for")
# Nouns that relate a person to another person or a place, not to an employer.
_KIN = words(
    "son daughter wife husband father mother brother sister friend widow nephew niece cousin "
    "uncle aunt child children grandson granddaughter parent parents partner"
)
_NOT_JOBS = _KIN | words(
    "victim fan critic supporter opponent rival target native resident citizen home site "
    "capital part one some many most all none member-state victims hostage hostages "
    "captive captives prisoner prisoners critics opponents rivals"
)

# Nouns for a body made of others: "X, an alliance of A and B" (its members).
_GROUPING_NOUNS = words("alliance coalition bloc confederation federation union grouping "
                        "pact league axis")
_MEMBERS = frozenset({ActorType.STATE, ActorType.ARMED_GROUP, ActorType.ORGANIZATION,
                      ActorType.GOVERNMENT_BODY})
# People who have left the place named with them: "a Syrian refugee", "an exile from Y"
_AWAY_NOUNS = words("immigrant immigrants emigrant emigrants emigre refugee refugees exile "
                    "exiles expatriate expatriates expat migrant migrants defector defectors "
                    "deportee evacuee national nationals citizen citizens")
# Nouns for a share of a place: "X and parts of Y" (the "of" is theirs, not X's)
_SHARES = words("part parts portion portions section sections stretch stretches")
# "X's son / envoy in Y": another person, who is in Y (X need not be); "X's fiercest
# critic in Y": the critic is there
_OTHER_PEOPLE = _KIN | words(
    "representative representatives envoy envoys ambassador emissary critic critics delegate "
    "delegates negotiator negotiators")
# Bodies one sends abroad: "the Union's mission in Y", "its forces in Y"
_SENT_BODIES = words("force troop soldier mission embassy delegation contingent")
# "X, an adviser to Y": works for Y
_ADVISERS = words("adviser advisor advisers advisors consultant counsel counselor")
_PLACE_NOUNS = PLACE_NOUNS | words("state port capital")
_SETTLEMENTS = words("city town village port capital hamlet settlement")
# Kinds of place whose "of" names the place itself ("the town of X"), unless a region
# or state follows ("a farming town of western Kenya")
_NAMED_KINDS = words("city town village township hamlet settlement island")
# Nouns for a kind of body, named by the words in front: "the Acme company"
BODY_NOUNS = words("company firm group corporation bank agency institute party union "
                    "association organization organisation network newspaper")


# "a commander in Y", "an adviser to Y", "a militant from Y": a post's body after a noun
_POST_PREPS = words("in to from")
_LINK_PREPS = _WHERE_PREPS | _WORK_PREPS  # (made once, not per word)


@rule
def link_candidates(sent: Span, ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    m = ctx.m
    for tok, lower, lemma, pos, dep, tag in ctx.words:
        if dep == "prep" and (lower in _LINK_PREPS
                              or (lower == "to" and tok.head.lower_ in _ADVISERS)):
            out += _prep_link(tok, ctx)
            if lower == "in" and tok.i not in m.token_actor:
                out += _where_done(tok, ctx)
        elif dep == "appos" and pos == "NOUN":
            out += _appos_modifiers(tok, ctx)
            if lemma in _BRANCH_NOUNS:
                out += _unit_after_title(tok, ctx)
        elif dep == "attr" and pos == "NOUN" and tok.head.lemma_ == "be":
            out += _copula_modifiers(tok, ctx)
        if (lemma in _SET_OFF_PARTS or lemma in _STATE_SERVICES) and pos == "NOUN" and (
                tok.i not in m.token_actor):
            out += _set_off_part(tok, sent, ctx)
        elif dep == "poss" and tok.i in m.token_actor:
            out += _possessive_place(tok, ctx)
        if lower in _OFFICE_TITLES and pos in ("NOUN", "PROPN"):
            out += _title_org_name(tok, sent, ctx)
        if lower == "second" and tok.i not in m.token_actor:
            out += _second_in_command(tok, sent, ctx)
        if lower in _OWNED_TITLES and tok.i not in m.token_actor:
            out += _owned_title_named(tok, ctx)
        elif pos == "NOUN" and tok.i not in m.token_actor and (lemma in _PART_NOUNS or (
                lemma == "group" and any(c.lower_ in _ARMED_WORDS for c in tok.children))):
            # ("a member of the Y's armed group": its armed wing)
            out += _member_through_part(tok, ctx)
        elif lemma == "join" and pos == "VERB":
            out += _joined(tok, ctx)
        elif lemma in _ABSORB_VERBS and pos == "VERB":
            out += _folded_into(tok, ctx)
        elif dep == "acl" and tag == "VBN":
            out += led_by(tok, ctx)
        elif lemma in _RUN_VERBS and pos == "VERB":
            out += leads_body_named_after(tok, ctx)
        elif lemma == "say" and dep == "ROOT":
            out += _bare_title_speaker(tok, ctx)
        elif lower == "government" and tok.i not in m.token_actor:
            out += _government_title(tok, sent, ctx)
        elif lower == "whose" and dep == "poss":
            out += _whose_party(tok, ctx)
            out += _whose_body(tok, ctx)
        key = m.token_actor.get(tok.i)
        if (key is not None and tok.i > sent.start and m.token_actor.get(tok.i - 1) != key
                and m.type_of(key) is ActorType.PERSON):
            out += _nouns_before_name(tok, key, sent, ctx)
            out += home_office(tok, key, sent, ctx)
        if key is not None and tok.i + 1 < sent.end and tok.nbor(1).text == "(" and (
                m.type_of(key) is ActorType.PERSON):
            out += _party_in_brackets(tok, key, sent, ctx)
    return out


def _holder(head: Token, ctx: Context) -> tuple[str, Token | None] | None:
    """Who a prepositional phrase describes: a name, or the noun in apposition to one
    ("X, a lawyer from Y"), or a place noun ("the Ghouta area of Damascus")."""
    m = ctx.m
    key = named_actor(head.i, ctx)
    if key is not None:
        return key, None
    if head.dep_ == "conj" and head.head.dep_ == "appos" and head.pos_ == "NOUN":
        # "X, leader of the Y and president of the Z"
        key = named_actor(head.head.head.i, ctx)
        if key is not None:
            return key, head
    if head.dep_ == "appos" and (head.pos_ == "NOUN" or _common_propn(head, ctx)):
        key = named_actor(head.head.i, ctx)
        if key is not None:
            return key, head
    if (head.dep_ == "pobj" and head.pos_ == "NOUN" and head.head.lower_ == "of"
            and head.head.head.lower_ == "one"):
        # "X, one of the leading experts in Y", "X, an executive and one of the ..."
        key = _described(head.head.head, ctx)
        if key is not None:
            return key, head
    if head.lower_ == "one" and head.dep_ == "appos" and (post := _one_of_posts(head)):
        # "X, one of the Y's commanders": one of its people
        key = named_actor(head.head.i, ctx)
        if key is not None:
            return key, post
    if (head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.lower_ in ROLE_NOUNS)) and (
            head.i not in m.token_actor):
        # "the deputy head of the Y, X": the name in apposition to the title (or to Y);
        # a title may be capitalised, as releases print it ("the Chairman of Y, X")
        key = titled_person(head, ctx)
        if key is not None:
            return key, head
    if head.dep_ == "attr" and head.pos_ == "NOUN" and head.head.lemma_ == "be":
        # "X is a native of Y", "X is a lawyer at Y"
        key = _copula_subject(head.head, ctx)
        if key is not None:
            return key, head
    if head.dep_ == "pobj" and head.pos_ == "NOUN" and head.head.lower_ == "as":
        # "X served as a commander in Y", "appointed X as head of Y", "X, whom police
        # described as a member of Y"
        key = _post_holder(head.head.head, ctx)
        if key is not None:
            return key, head
    if head.dep_ in ("oprd", "attr") and head.pos_ == "NOUN" and head.head.lemma_ in _MADE_VERBS:
        # "X was appointed commander of Y", "the board named X publisher of Y"
        key = _appointee(head, ctx)
        if key is not None:
            return key, head
    if head.lemma_ == "be" and (attr := _job_attr(head, ctx)) is not None:
        # "X was comptroller at Y": the parser hung the place of work on the copula
        key = _copula_subject(head, ctx)
        if key is not None:
            return key, attr
    if head.lower_ in _PLACE_NOUNS:
        key = actor_of(head, ctx)
        if key is not None and m.type_of(key) is ActorType.LOCATION:
            return key, None
    return None


def _one_of_posts(one: Token) -> Token | None:
    """The posts "one of" counts: "one of its commanders", "one of the Y's founders"."""
    return next((p for c in one.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"
                 and (p.lemma_ in ROLE_NOUNS or p.lemma_ in JOB_NOUNS)), None)


# "X served / works / acts as a Y": the post is X's
# ... and "X took over / succeeded Z / replaced Z as head of Y": the subject takes the post
_SERVE_VERBS = words("serve work act take succeed replace")
# Verbs that give someone a post: "was named / elected / appointed / became head of Y"
_MADE_VERBS = words("name appoint elect reelect nominate choose select promote install "
                    "become")


# "X, whom police described as a member of Y", "X was identified as a commander in Y"
_DESCRIBE_VERBS = words("describe identify")


def _post_holder(verb: Token, ctx: Context) -> str | None:
    """The person a post after "as" is said of: the subject of "served as", the one
    appointed or described "as" (the object, the passive subject, the name a relative or
    participle clause hangs on)."""
    m = ctx.m
    if verb.lemma_ in _SERVE_VERBS:
        return next((k for k in subjects(verb, ctx) if m.type_of(k) is ActorType.PERSON), None)
    if verb.lemma_ not in _MADE_VERBS | _DESCRIBE_VERBS or verb.lemma_ == "become" or (
            doubted(verb)):
        return None  # (nor "whom police wrongly described as ...")
    # (the parser may take the name after "named" for a predicate: "named X as ...")
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "oprd")]
    if verb.dep_ == "acl" and not found:
        found = [verb.head]  # "X, described by police as ..."
    for tok in found:
        if tok.lower_ in ("whom", "who") and verb.dep_ == "relcl":
            tok = _past_alias(verb.head)
        key = named_actor(tok.i, ctx)
        if key is not None and m.type_of(key) is ActorType.PERSON:
            return key
    return None


# Participles that give a person's other name: "X, known as "Y", whom ...".
_ALIAS_VERBS = words("know call nickname dub")


def _past_alias(tok: Token) -> Token:
    """The person a nickname is given to, where the parser hangs what follows the
    nickname on it: 'X, known as "Y", whom police described as ...' describes X."""
    while tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.dep_ == "acl" and (
            tok.head.head.lemma_ in _ALIAS_VERBS):
        tok = tok.head.head.head
    return tok


def _appointee(title: Token, ctx: Context) -> str | None:
    """The person a post is given to: the passive subject ("X was appointed head"), the
    object ("named X head"), the subject of "became", or a name the parser hung on the
    title itself ("named X chief executive")."""
    verb = title.head
    deps = ("nsubj",) if verb.lemma_ == "become" else ("nsubjpass", "dobj")
    found = [c for c in verb.children if c.dep_ in deps]
    found += [c for c in title.children if c.dep_ == "nmod" and c.i < title.i]
    for tok in found:
        if tok.lower_ == "who" and verb.dep_ == "relcl":
            tok = verb.head  # "X, who was elected leader of Y"
        key = named_actor(tok.i, ctx)
        if key is not None and ctx.m.type_of(key) is ActorType.PERSON:
            return key
    return None


def _described(noun: Token, ctx: Context) -> str | None:
    """The name a noun is in apposition to, also as a later conjunct ("X, a and b")."""
    if noun.dep_ == "conj" and noun.head.dep_ == "appos":
        noun = noun.head
    return named_actor(noun.head.i, ctx) if noun.dep_ == "appos" else None


def _common_propn(tok: Token, ctx: Context) -> bool:
    """"X, a Republican from Y": one capitalised word with its article, naming no actor
    (a capitalised title, "the Special Advisor to Y", is no such word)."""
    return (tok.pos_ == "PROPN" and tok.i not in ctx.m.token_actor
            and any(c.dep_ == "det" for c in tok.children)
            and not any(c.dep_ in ("compound", "amod") for c in tok.children)
            and (key := named_actor(tok.head.i, ctx)) is not None
            and ctx.m.type_of(key) is ActorType.PERSON)


def _copula_subject(verb: Token, ctx: Context) -> str | None:
    """The named subject of "is": "X is ...", "X, who is ...", "His wife, X, is ..."."""
    for subj in verb.children:
        if subj.dep_ != "nsubj":
            continue
        key = named_actor(subj.i, ctx) or _relative(subj, ctx)
        if key is None and subj.pos_ == "NOUN":
            key = next((k for c in subj.children if c.dep_ == "appos"
                        and (k := named_actor(c.i, ctx)) is not None
                        and ctx.m.type_of(k) is ActorType.PERSON), None)
        if key is not None:
            return key
    if verb.dep_ == "xcomp" and verb.head.lemma_ in _BELIEF_VERBS:
        return _believed(verb.head, ctx)
    return None


# "X, believed to be a commander of Y", "X is said to be a member of Y"
_BELIEF_VERBS = words("believe say think consider know report allege suspect")


def _believed(verb: Token, ctx: Context) -> str | None:
    """Who "believed to be ..." describes: the verb's subject, or the name set off just
    before it ("police arrested X, believed to be ...")."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if found:
        key = named_actor(found[0].i, ctx)
        return key if key is not None and ctx.m.type_of(key) is ActorType.PERSON else None
    k = verb.left_edge.i - 1
    if verb.dep_ not in ("acl", "advcl") or k < 1 or verb.doc[k].text != ",":
        return None
    key = named_actor(k - 1, ctx)
    return key if key is not None and ctx.m.type_of(key) is ActorType.PERSON else None


def _job_attr(verb: Token, ctx: Context) -> Token | None:
    """The unnamed noun after "was" ("was acting comptroller"), if any."""
    return next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"
                 and c.i not in ctx.m.token_actor), None)


def _relative(pronoun: Token, ctx: Context) -> str | None:
    """"X, who is a major in the Y": the name the relative clause describes."""
    if pronoun.lower_ not in ("who", "which") or pronoun.head.dep_ != "relcl":
        return None
    return named_actor(pronoun.head.head.i, ctx)


def place_targets(tokens: list[Token], ctx: Context) -> list[str]:
    """Actors of the tokens, with a place in apposition: "in Tulsa, Oklahoma"."""
    out: list[str] = []
    for tok in tokens:
        for t in expand(tok):
            for u in (t, *(c for c in t.children if c.dep_ == "appos")):
                key = city_of(u, ctx) or actor_of(u, ctx)
                if key and key not in out:
                    out.append(key)
    return out


# Lower-case nouns of a landform written after its name: "in the Tamsi forest (hills)"
_LANDFORM_NOUNS = words("forest forests mountains hills highlands massif plateau valley "
                        "desert swamps marshes")


def _landform_names(tokens: list[Token], ctx: Context) -> list[Token]:
    """"based in the Tamsi forest": the name before a landform's noun that is no actor of
    its own is the place (the model reads "Tamsi" as the place, "forest" outside it)."""
    return [c for tok in tokens if tok.lower_ in _LANDFORM_NOUNS and tok.i not in (
        ctx.m.token_actor) for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1
        and c.pos_ == "PROPN"]


def named_places(tokens: list[Token], ctx: Context) -> list[str]:
    """Where someone is, done or living: "born in Dayton, Ohio" places the person in
    Dayton; Ohio says which Dayton (the town's own edge puts it in Ohio), so it is read
    as the place only when the tokens themselves name none; "in the Tamsi forest" names
    Tamsi."""
    tokens = tokens + _landform_names(tokens, ctx)
    found = place_targets(tokens, ctx)
    own = {city_of(t, ctx) or actor_of(t, ctx) for tok in tokens for t in expand(tok)}
    named = [k for k in found if k in own]
    # (a town swallowed by a longer name, "the mosque in X", names no place of its own)
    return named if any(ctx.m.type_of(k) in _PLACES for k in named) else found


def city_of(tok: Token, ctx: Context) -> str | None:
    """A capital named as a place ("born in Moscow") is the city, not its state."""
    m = ctx.m
    key = m.token_actor.get(tok.i)
    if key is None or m.type_of(key) is not ActorType.STATE:
        return None
    start = tok.i
    while start > 0 and m.token_actor.get(start - 1) == key:
        start -= 1
    if start > 1 and tok.doc[start - 1].lower_ == "in" and (
            m.seat_state(tok.doc[start - 2]) == key):
        return None  # "the government in Bamako": the state
    surface = tok.doc[start : tok.i + 1].text
    if m.gaz.capitals.get(name_key(surface)) != m.actors[key].name:
        return None
    return m.add(surface, ActorType.LOCATION, surface)


def _event_phrase(prep: Token) -> bool:
    """"the shelling by X of the town of Y": the parser hangs the attack's own "of Y" (or
    "on Y") on its doer's name; Y is what was hit, not where X is."""
    by = prep.head.head
    if not (prep.lower_ in ("of", "on", "against") and prep.head.dep_ == "pobj"
            and by.lower_ == "by"):
        return False
    # ("deplored the shelling by X of Y": "by X" itself may hang on the verb)
    return by.head.lower_ in ATTACK_NOUNS or any(
        c.dep_ == "dobj" and c.lower_ in ATTACK_NOUNS for c in by.head.children)


@rule
def _prep_link(prep: Token, ctx: Context) -> list[Candidate]:
    m = ctx.m
    if prep.i in m.token_actor or _event_phrase(prep):
        return []  # inside a name: "the Government of Iraq"; "the shelling by X of Y"
    if prep.head.pos_ == "PROPN" and any(prep.head.i < c.i < prep.i and c.lower_ in _SHARES
                                         for c in prep.head.conjuncts):
        return []  # "much of X and parts of Y": the parser hung the later "of" on X
    if _staff_office(prep):
        return []  # "the chief of staff of the Y, X": the office's own reading (_title_org_name)
    found = _holder(prep.head, ctx)
    if found is None:
        return []
    holder, appos = found
    if appos is not None and (_unnamed_speaker(appos) or _set_against(appos)):
        return []
    htype = m.type_of(holder)
    if htype not in _HOLDERS and not (htype is ActorType.LOCATION and prep.lower_ in ("in", "of")):
        return []
    noun = appos.lower_ if appos is not None else ""
    if prep.lower_ == "of" and noun.replace("-", "") in _BEARINGS:
        return []  # "X, north of Y": a bearing from Y, and X lies outside it
    if appos is not None and any(c.lower_ in _NOT_YET for c in appos.children):
        return []  # "X, who could become the next leader of Y": not (yet) its leader
    if appos is not None and prep.lower_ in ("from", "in") and any(
            c.lower_ in _NO_LONGER for c in appos.children if c.dep_ == "amod"):
        return []  # "X, a former preacher from Y": where a past post was, not X's home
    job = noun not in _NOT_JOBS
    role = noun in _OFFICE_TITLES  # ("X, the chief administrator of Y": Y's head, read
    # by rules._titles; not one of its people)
    through_part = False
    pobjs = [c for c in prep.children if c.dep_ == "pobj"]
    tgts = place_targets(pobjs, ctx)
    if not tgts and htype is ActorType.PERSON and prep.lower_ in _WORK_PREPS:
        # "of the Acme company", "with the Brookings research group": the body named
        # in front of a noun for a kind of body
        tgts = [k for k in actors_of_tokens([c for p in pobjs if p.lower_ in BODY_NOUNS
                                             for c in p.children if c.dep_ == "compound"], ctx)
                if m.type_of(k) in _ORGS]
    if not tgts and (appos is not None or (
            htype is ActorType.PERSON and all(p.pos_ == "NOUN" for p in pobjs))):
        # "a professor of history at Queens College", "X of the law firm of Y":
        # one more preposition down
        inner = [g for p in pobjs for c in p.children if c.dep_ == "prep"
                 and c.lower_ in _WORK_PREPS | _WHERE_PREPS for g in c.children
                 if g.dep_ == "pobj"]
        tgts = place_targets(inner, ctx)
        # "the leader of a local cell of Y": who heads a part of Y is one of Y's people
        through_part = bool(tgts) and any(p.lower_ in GROUP_PARTS for p in pobjs)
        if not tgts and htype is ActorType.PERSON and prep.lower_ in _WORK_PREPS:
            # "X, of the UNHCR's legal division": the owner of the unit
            tgts = [k for k in actors_of_tokens([c for p in pobjs for c in p.children
                                                 if c.dep_ == "poss"], ctx)
                    if m.type_of(k) in _ORGS]
            through_part = bool(tgts)
    out: list[Candidate] = []
    if htype is ActorType.LOCATION and prep.lower_ == "of" and appos is None and (
            prep.head.lower_ in _SETTLEMENTS) and m.token_actor.get(prep.head.i) != holder:
        # "the Kesh State city of X": the town named after the noun is in the region before
        # ("the Kesh district of Y" names Kesh by the noun: Kesh is in Y; "the town of X
        # and nearby Y": the noun names X itself, and Y is only listed with it)
        return [] if holder in tgts else [
            Candidate(t, R.LOCATED_IN, holder, False, 0.6) for t in tgts
            if m.type_of(t) is ActorType.LOCATION]
    for tgt in tgts:
        if tgt == holder:
            continue
        if htype is ActorType.PERSON and appos is None:
            # "A and B of Y": the earlier people named with B share B's phrase
            out += [replace(c, source=other) for other in _conjoined_people(prep.head, ctx)
                    for c in _link(holder, htype, tgt, appos, prep, role, job, ctx)]
        out += _link(holder, htype, tgt, appos, prep, role, job, ctx)
    if through_part:
        # "the head of the Y's operations in W": who heads a part of Y is one of Y's
        out = [replace(c, type=R.MEMBER_OF) if c.type is R.LEADS else c for c in out]
    return out


def _unnamed_speaker(appos: Token) -> bool:
    """"... the outskirts of X, a military source in Y said": the parser hangs the unnamed
    speaker of a verb that has no subject of its own on the name before it; the speaker
    is no apposition of X's."""
    after = appos.right_edge.i + 1
    if after >= len(appos.doc):
        return False
    verb = appos.doc[after]
    return verb.lemma_ in SPEECH_VERBS and verb.pos_ == "VERB" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _set_against(appos: Token) -> bool:
    """"X, not our brothers in Y", "X rather than its allies in Y": a contrast, no
    apposition (what the other noun says is not said of X)."""
    head = appos.head
    return any(c.dep_ == "neg" and head.i < c.i < appos.i for c in (*head.children,
                                                                     *appos.children)) or any(
        c.dep_ == "cc" and c.lower_ in ("rather", "instead") for c in appos.children)


def _staff_office(prep: Token) -> bool:
    """Either "of" of "the chief of staff of the Y"."""
    doc = prep.doc
    i = prep.i
    return (i + 2 < len(doc) and doc[i - 1].lower_ == "chief" and doc[i + 1].lower_ == "staff"
            and doc[i + 2].lower_ in ("of", "for")) or (
        i >= 3 and doc[i - 1].lower_ == "staff" and doc[i - 2].lower_ == "of"
        and doc[i - 3].lower_ == "chief")


# Words that make a title one not (yet) held: "the next leader", "a would-be commander".
_NOT_YET = words("next future prospective would-be potential")
# Words that make a post one no longer held: "a former preacher from Y"
_NO_LONGER = words("former onetime one-time erstwhile ex")


def _conjoined_people(last: Token, ctx: Context) -> list[str]:
    """The people named before `last` in "A, B and C of Y", when none of them has a
    phrase of their own ("A of X and B of Y" gives A nothing from Y)."""
    out: list[str] = []
    node = last
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
        key = named_actor(node.i, ctx)
        if key is None or ctx.m.type_of(key) is not ActorType.PERSON or any(
                c.dep_ in ("prep", "appos") for c in node.children):
            return []
        out.append(key)
    return out


def _link(holder: str, htype: ActorType, tgt: str, appos: Token | None, prep: Token,
          role: bool, job: bool, ctx: Context) -> list[Candidate]:
    """The edge a holder's prepositional phrase gives to one target."""
    m = ctx.m
    noun = appos.lower_ if appos is not None else ""
    ttype = m.type_of(tgt)
    if noun in _GROUPING_NOUNS and prep.lower_ == "of":
        # "X, an alliance of A, B and C": each is one of X's members, not where X is
        return [Candidate(tgt, R.MEMBER_OF, holder, False, 0.55)] if (
            ttype in _MEMBERS and htype in _ORGS) else []
    if ttype in _PLACES and prep.lower_ in _WHERE_PREPS:
        if _fronted_title(appos, prep) and prep.lower_ == "of" and _holds_title(appos) and (
                (role and ttype is ActorType.STATE) or noun in _PLACE_TITLES):
            if _counted(appos):
                return []  # "the 18th president of Y, X": one in a line of holders
            # "the president of Kenya, X", "the mayor of Goma, X" (a governor or mayor
            # heads a place; "X, president of Y" is read by rules._titles)
            return [Candidate(holder, _title_role(noun, appos), tgt, False, 0.6)]
        if noun in _AWAY_NOUNS and prep.lower_ in ("of", "from"):
            return []  # "X, a refugee from Y": no longer there
        if noun in _NAMED_KINDS and prep.lower_ == "of" and htype is ActorType.LOCATION and (
                ttype is ActorType.LOCATION and not is_region(m.actors[tgt].name)) and all(
                p.pos_ == "PROPN" for p in prep.children if p.dep_ == "pobj"):
            # "A, the island township of B and C": a list, and "of B" names B (not "a
            # town of X province")
            return []
        if (role and ttype is ActorType.STATE) or htype is ActorType.STATE:
            return []  # "X, president of Y": a title, see rules._titles
        if (htype in (ActorType.GOVERNMENT_BODY, ActorType.ARMED_GROUP) and appos is None
                and ttype is ActorType.STATE and prep.lower_ == "of"):
            # "the Government of Yemen", "the army of Chad"
            return [Candidate(holder, R.PART_OF, tgt, False, 0.6)]
        return [Candidate(holder, R.LOCATED_IN, tgt, False, 0.55)]
    if not (ttype in _ORGS and htype is ActorType.PERSON and job and (
            prep.lower_ in _WORK_PREPS or (appos is not None and prep.lower_ in _POST_PREPS))):
        return []
    if appos is not None and prep.lower_ in _POSTED_AT and any(
            c.dep_ == "poss" for c in appos.children):
        return []  # "Y's representative at the UN, X", "Y's commander in Z": Y's post, held
        # at Z (the owner's reading gives Y)
    if prep.lower_ == "from" and noun not in ROLE_NOUNS and noun not in JOB_NOUNS:
        return []  # "a defector from Y", "a refugee from Y": no longer one of its people
    if appos is not None and noun == "secretary" and prep.lower_ == "of" and (
            secretaries_head(m.actors[tgt].name)) and not any(
            c.lower_ in DEPUTY_WORDS | _ONE_OF_MANY for c in appos.children):
        return []  # "X, the secretary of the Y Committee": its head, read by rules._titles
    if not role or prep.lower_ in ("with", "from"):
        # "X, a fighter / an official with Y" (one of its people, never its head)
        return [Candidate(holder, R.MEMBER_OF, tgt, False, 0.55)]
    if _fronted_title(appos, prep) and not _anothers_title(appos):
        # "the deputy head of Y, X" ("X, head of Y" is read by rules._titles; not "the
        # wife of the commander of Y, X")
        return [Candidate(holder, _title_role(noun, appos, m.actors[tgt].name), tgt, False,
                          0.6)]
    return []


# Prepositions after an owned title that tell where the post is held, not whose it is
_POSTED_AT = words("at in to")
_ONE_OF_MANY = words("a an")
# The people named by their tie to a title's holder: "the wife of the commander of Y, X".
_TIES_TO_HOLDER = words("wife husband widow son daughter brother sister mother father "
                        "nephew niece cousin relative aide adviser advisor bodyguard lawyer")


def _anothers_title(title: Token) -> bool:
    """A title named as another person's tie: "the wife of the commander of Y, X" (X is
    the wife); not "talks with the leader of Y, X"."""
    return title.dep_ == "pobj" and title.head.lower_ in ("of", "to") and (
        title.head.head.lower_ in _TIES_TO_HOLDER or title.head.head.lower_ in JOB_NOUNS)


def _fronted_title(appos: Token | None, prep: Token) -> TypeGuard[Token]:
    """A title before its holder's name: "the leader of Y, X" (not "X, leader of Y")."""
    return appos is not None and appos.i < prep.i and appos.dep_ != "appos"


def _title_role(noun: str, title: Token, body: str = "") -> R:
    """What a title says of its holder (of the body named `body`); a deputy's or a former
    holder's, or one of many ("served as a commander in Y"), makes them one of the body's
    people."""
    rel = _OFFICE_TITLES[noun]
    if noun == "general" and (_office_general(title) or heads_police(title, body)):
        # "the Secretary-General of Y", "the director general of Y", "the Inspector
        # General of Y Police"
        rel = R.LEADS
    if noun == "minister" and any(c.lower_ == "prime" for c in title.children):
        rel = R.LEADS  # "the prime minister of Y, X"
    if rel is R.LEADS and any(c.lower_ in DEPUTY_WORDS | _ONE_OF_MANY for c in title.children):
        rel = R.MEMBER_OF
    return rel


# Titles read before "of" and the body: the role nouns, and an administrator, who runs
# the body or area named ("the Chief Administrator of the Y Area, X").
_OFFICE_TITLES = {**ROLE_NOUNS, "administrator": R.LEADS}
# Offices whose head is titled "<office> general": "Secretary-General", "director general"
OFFICE_GENERALS = words("secretary director")


def _office_general(title: Token) -> bool:
    """"Secretary-General", "Director General", "director-general": an office's head,
    not a general's rank."""
    doc = title.doc
    k = title.i - 2 if title.i >= 2 and doc[title.i - 1].text == "-" else title.i - 1
    return k >= 0 and doc[k].lower_ in OFFICE_GENERALS


@rule
def _title_org_name(title: Token, sent: Span, ctx: Context) -> list[Candidate]:
    """"the former head of the Northern Fleet Omar Kaya": title, organisation and
    name run together without a comma; "the president of Kenya, X, ...", "the governor
    of Borno, X, ...": set off by commas (the parser may hang the name on the state)."""
    m = ctx.m
    doc = sent.doc
    k = office_body_start(title, sent.end)  # ("the chief of staff of the Y": its head)
    if k is None:
        return []
    found = office_body(doc, k, ctx)
    if found is None:
        return []
    org, k = found
    otype = m.type_of(org)
    k = m.name_end(k, org, sent.end)
    set_off = k + 1 < sent.end and doc[k].text == ","
    if set_off:
        if not _holds_title(title) or _counted(title) or not (otype in _ORGS or (
                doc[title.i + 1].lower_ == "of" and (otype is ActorType.STATE or (
                    otype is ActorType.LOCATION and title.lower_ in _PLACE_TITLES)))):
            return []  # (an envoy "for" a state or place works on it, not for it)
        k = past_ranks(k + 1, sent, ctx)  # "the commander of the Y, Colonel X,"
    elif otype not in _ORGS | {ActorType.STATE}:
        return []
    person = named_actor(k, ctx) if k < sent.end else None
    if person is None or m.type_of(person) is not ActorType.PERSON:
        return []
    end = m.name_end(k, person, sent.end)
    if set_off and end < sent.end and doc[end].text not in (",", ".", ";"):
        return []  # "... the leader of Y, X said": a speaker, not the title's holder
    rel = _title_role(title.lower_, title, m.actors[org].name) if set_off else (
        _OFFICE_TITLES[title.lower_])
    if rel is R.LEADS and any(c.lower_ in DEPUTY_WORDS for c in title.children):
        rel = R.MEMBER_OF
    if rel is R.LEADS and chief_of_staff(title) and otype is not ActorType.ARMED_GROUP:
        rel = R.MEMBER_OF  # a chief of staff heads a force, but only the staff of an office
    ctx.roles.setdefault(person, []).append((rel, org))
    return [Candidate(person, rel, org, False, 0.6)]


def _counted(title: Token) -> bool:
    """A title counted in a line of holders ("the 18th president of Y", "its first
    mayor"): a history of the post, not who holds it."""
    return any(c.ent_type_ == "ORDINAL" or c.lower_ in _ORDINAL_WORDS
               or _NUMBERED.fullmatch(c.lower_) is not None for c in title.children)


_ORDINAL_WORDS = words("first second third fourth fifth sixth seventh eighth ninth tenth last")
_NUMBERED = re.compile(r"\d+(?:st|nd|rd|th)")


def _holds_title(title: Token) -> bool:
    """A title its own phrase holds, not another's: not "a spokesman for the governor of
    Y, X", "the wife of the president of Y, X" (but "his successor as president of Y,
    X": the successor holds it)."""
    if title.dep_ == "pobj" and title.i >= 1 and title.nbor(-1).text == "-" and (
            title.head.lower_ == "in" and title.head.head.i != title.head.i):
        return _holds_title(title.head.head)  # "the Commander-in-Chief of Y, X": one title
    return not (title.dep_ == "pobj" and title.head.head.pos_ in ("NOUN", "PROPN")) or (
        title.head.lower_ == "as" and title.head.head.lemma_ == "successor")


# Titles read with their owner and the holder named after a comma ("its leader, X");
# "co-chair" shares the head's office.
_OWNED_TITLES = {**ROLE_NOUNS, "co-chair": R.LEADS, "co-leader": R.LEADS,
                 "chairwoman": R.LEADS}
_OWN_PRONOUNS = words("its their")
_PLACE_TITLES = words("governor mayor")


@rule
def _owned_title_named(title: Token, ctx: Context) -> list[Candidate]:
    """"the party and its leader, X", "a faction led by its chairman, X": the title's
    owner (the body the title is joined to, else the one "its" reads back to) and the
    person named in apposition to the title."""
    m = ctx.m
    doc = title.doc
    holder = title
    if title.i >= 2 and doc[title.i - 1].text == "-" and doc[title.i - 2].lower_ == "co":
        holder = doc[title.i - 2]  # "its co-chair": the owner hangs on "co"
    owner = next((c for c in holder.children if c.dep_ == "poss"), None) or (
        _whose_before(holder))
    person = next((k for c in title.children if c.dep_ == "appos"
                   and (k := m.token_actor.get(c.i)) is not None
                   and m.type_of(k) is ActorType.PERSON), None) or _set_off(title, ctx) or (
        _given_post(title, ctx))
    if person is None and owner is not None and owner.lower_ == "whose":
        person = named_after_comma(title.i + 1, sentence_of(title), ctx)  # "Y, whose leader X, ..."
    if owner is None or person is None:
        return []
    org = None
    if owner.lower_ in _OWN_PRONOUNS and title.dep_ == "conj":
        org = m.token_actor.get(title.head.i)  # "the Y and its leader, X": Y's
    if org is None:
        org = actor_of(owner, ctx) if owner.lower_ != "whose" else _whose(owner, ctx)
    if org is None or m.type_of(org) not in _ORGS | {ActorType.STATE}:
        return []
    if title.lower_ in _PLACE_TITLES and m.type_of(org) is ActorType.ARMED_GROUP:
        return []  # "Its governor, X": a governor or mayor heads a place, not a militia
    rel = R.SPOKESPERSON_FOR if press_title(title) else _OWNED_TITLES[title.lower_]
    if (held := post_held(title)) is None:
        return []  # ("could be led by its chairman X")
    if rel is R.LEADS and (held is R.MEMBER_OF or any(c.lower_ in DEPUTY_WORDS or (
            c.dep_ == "compound" and c.i not in m.token_actor) or _office_in_place(c, org, ctx)
            for c in title.children)):
        rel = R.MEMBER_OF  # a deputy, or the head of a part: "Y's army chief, X"
    if rel is R.SPOKESPERSON_FOR and any(c.lower_ in FORMER_WORDS for c in title.children):
        rel = R.MEMBER_OF  # "its former spokesman, X": one of its people, as a former leader
    ctx.roles.setdefault(person, []).append((rel, org))
    return [Candidate(person, rel, org, False, 0.7)]


# Words before a title that make it the head of one of a body's parts: "regional director".
SUB_UNIT_WORDS = words("regional zonal country field")


def _office_in_place(word: Token, org: str, ctx: Context) -> bool:
    """A word before a title that makes it the head of the body's office in a place:
    "its Nigeria director", "Y's regional director"."""
    if word.lower_ in SUB_UNIT_WORDS:
        return ctx.m.type_of(org) not in PLACES_OR_STATES
    key = ctx.m.token_actor.get(word.i)
    return word.dep_ == "compound" and key not in (None, org) and (
        ctx.m.type_of(key) in PLACES_OR_STATES)


@rule
def _second_in_command(second: Token, sent: Span, ctx: Context) -> list[Candidate]:
    """"X, the Y's second-in-command", "Its second-in-command, X", "X, second in command
    of Y": the parser makes "second" an adjective with "in command" hung on it. A
    deputy is one of the body's people (MEMBER_OF), never its head."""
    doc = sent.doc
    words_after = [t.lower_ for t in doc[second.i + 1 : min(second.i + 5, sent.end)]
                   if t.text != "-"]
    if words_after[:2] != ["in", "command"]:
        return []
    command = next(t for t in doc[second.i + 1 : sent.end] if t.lower_ == "command")
    m = ctx.m
    owner = next((c for t in (second, command) for c in t.children if c.dep_ == "poss"), None)
    if owner is not None:
        body = actor_of(owner, ctx)
    else:
        body = next((k for t in (second, command) for o in pobjs(t, {"of"})
                     if (k := m.token_actor.get(o.i)) is not None), None)
    if body is None or m.type_of(body) not in _ORGS:
        return []
    person = m.token_actor.get(second.head.i) if second.dep_ == "appos" else None
    if person is None and command.i + 2 < sent.end and doc[command.i + 1].text == ",":
        person = named_after_comma(command.i + 2, sent, ctx)  # "Its second-in-command, X"
    if person is None or m.type_of(person) is not ActorType.PERSON:
        return []
    ctx.roles.setdefault(person, []).append((R.MEMBER_OF, body))
    return [candidate(person, R.MEMBER_OF, body, second, ctx, 0.6)]


# Nouns of a political body a person is told to have as his own: "X, whose Y party"
_OWN_PARTY_NOUNS = words("party movement")


@rule
def _whose_party(whose: Token, ctx: Context) -> list[Candidate]:
    """"Prime Minister X, whose Y party has governed since 2012": X is one of Y's people."""
    m = ctx.m
    noun = whose.head
    clause = next((a for a in whose.ancestors if a.dep_ == "relcl"), None)
    if noun.lemma_ not in _OWN_PARTY_NOUNS or clause is None:
        return []
    party = m.token_actor.get(noun.i) or next(
        (k for c in noun.children if c.dep_ == "compound" and (k := m.token_actor.get(c.i))),
        None)
    person = actor_of(clause.head, ctx)
    if party is None or person is None or m.type_of(person) is not ActorType.PERSON or (
            m.type_of(party) is not ActorType.ORGANIZATION):
        return []
    return [Candidate(person, R.MEMBER_OF, party, False, 0.6)]


# The title words before a name that make its holder the head of the body "whose" then
# names: a minister's (secretary's) ministry or department, a commander's (general's,
# field marshal's) armed force; "P, whose Y has pressed for ...".
_WHOSE_HEADS: dict[str, frozenset[ActorType]] = {
    **dict.fromkeys(words("minister secretary"), frozenset({ActorType.GOVERNMENT_BODY})),
    **dict.fromkeys(words("commander general marshal"), frozenset({ActorType.ARMED_GROUP})),
}
_TITLE_SPAN = 5  # words of a title before the name: "Minister for Home Affairs"


@rule
def _whose_body(whose: Token, ctx: Context) -> list[Candidate]:
    """"Minister for Justice P, whose Department of Justice has pressed for ...",
    "commander P, whose Y Army controls the east": a head's title before P and the body
    of that title's kind that "whose" makes his own; P leads it (not "P, whose Y Army
    attacked", a name with no title; nor a president's army, a minister's police)."""
    m = ctx.m
    doc, sent = whose.doc, sentence_of(whose)
    body = m.token_actor.get(whose.head.i)
    if body is None or whose.i + 1 >= sent.end or m.token_actor.get(whose.i + 1) != body:
        return []  # (the name right after "whose": not "whose own army", "whose allies")
    if whose.i - 2 < sent.start or doc[whose.i - 1].text != ",":
        return []
    # the name set off before "whose" (the parser may make the clause's verb the
    # sentence's own: "ally, commander P, whose Y controls ..." read with "controls" as root)
    k = whose.i - 2
    person = m.token_actor.get(k)
    if person is None or m.type_of(person) is not ActorType.PERSON:
        return []
    while k > sent.start and m.token_actor.get(k - 1) == person:
        k -= 1  # (the name's first word)
    kinds: frozenset[ActorType] = frozenset()
    portfolio: set[str] = set()
    for j in range(k - 1, max(sent.start, k - 1 - _TITLE_SPAN) - 1, -1):
        word = doc[j]
        if not (word.is_title or word.lower_ in _WHOSE_HEADS or (
                word.lower_ in ("for", "of") and j > sent.start)) or (
                word.i in m.token_actor and m.token_actor[word.i] != body):
            break  # (past the title's words: "said Minister X", "Kenya's")
        kinds = kinds | _WHOSE_HEADS.get(word.lower_, frozenset())
        if word.lower_ not in _WHOSE_HEADS and word.lower_ not in ("for", "of"):
            portfolio.add(word.lower_)  # ("Energy", "Justice": the post's field)
    if m.type_of(body) not in kinds:
        return []
    if m.type_of(body) is ActorType.GOVERNMENT_BODY and portfolio and portfolio.isdisjoint(
            m.actors[body].name.lower().split()):
        return []  # ("Energy Minister X, whose Ministry of Oil and Gas": another post's)
    return [Candidate(person, R.LEADS, body, False, 0.6)]


def _whose(owner: Token, ctx: Context) -> str | None:
    """"Y, whose commander ...": the body the relative clause is said of (or the title
    is apposed to, as the parser may read "Y, whose leader, X, ..."); where the parser
    hangs the clause elsewhere ("fighters of Y, whose commander X was captured" read as
    a clause of its own), the actor "whose" follows, past its comma ("the movement whose
    leader": the body the noun is set beside)."""
    clause = next((a for a in owner.ancestors if a.dep_ == "relcl"), None)
    if clause is None and owner.head.dep_ == "appos":
        clause = owner.head
    key = actor_of(clause.head, ctx) if clause is not None else None
    if clause is not None and clause.head.i not in ctx.m.token_actor and (
            near := name_just_before(owner, ctx)) is not None and near[0] != key and (
            clause.head.is_ancestor(near[1])) and ctx.m.type_of(near[0]) in _ORGS:
        return near[0]  # "the armed wing of Y, whose leader": the name nearest "whose"
    if key is not None and ctx.m.type_of(key) in _ORGS | {ActorType.STATE}:
        return key
    k = owner.i - 1
    sent = sentence_of(owner)
    if k > sent.start and owner.doc[k].text == ",":
        k = before_acronym(k - 1, sent)  # (past the acronym: "the X (XF), whose chief")
    return actor_of(owner.doc[k], ctx) if k >= sent.start else key


# Words between "whose" and a title the parser may read as the name's modifier ("whose
# chief X", "whose founder and leader X", "whose top commander X"): none makes a holder
# other than the head (a former, deputy or acting holder is left to the parse).
_WHOSE_MODIFIERS = frozenset(_OWNED_TITLES) | words(
    "and top overall supreme new longtime long-time self-styled self-proclaimed military "
    "political spiritual")
_WHOSE_REACH = 4


def _whose_before(title: Token) -> Token | None:
    """The "whose" a title follows past modifiers and other titles, when the parser
    hung it on something else ("whose chief Camilo Vargas": "whose" on the name)."""
    doc = title.doc
    start = max(sentence_of(title).start, title.i - _WHOSE_REACH)
    for k in range(title.i - 1, start - 1, -1):
        if doc[k].lower_ == "whose":
            return doc[k]
        if doc[k].lower_ not in _WHOSE_MODIFIERS:
            return None
    return None


def _given_post(title: Token, ctx: Context) -> str | None:
    """"Y named X (as) its new leader", "X took over as its commander": whom the post
    is given to or said of."""
    if title.dep_ == "pobj" and title.head.lower_ == "as":
        return _post_holder(title.head.head, ctx)
    if title.dep_ == "oprd" and title.head.lemma_ in _MADE_VERBS:
        return _appointee(title, ctx)
    return None


def _set_off(title: Token, ctx: Context) -> str | None:
    """"Its co-chair, X, said": the person named after the title's comma, when the parser
    hangs the name on the verb rather than on the title."""
    sent = sentence_of(title)
    end = title.i
    if title.right_edge.i > end and all(t.dep_ == "prep" or t.head.i != title.i
                                        for t in title.rights):
        end = title.right_edge.i  # "the air force's director of public relations, X"
    if end + 2 >= sent.end or title.doc[end + 1].text != ",":
        return None
    return named_after_comma(end + 2, sent, ctx)


_UNIT_PREPS = words("in of with")


# Parts of a body named by a common noun: "the group's drone unit", "its executive
# committee"; whoever heads or sits on one is a member of the body.
_PART_NOUNS = words("unit wing branch cell committee council bureau division department "
                    "office command leadership front")
_RUN_VERBS = words("run head lead command chair direct oversee")
_ARMED_WORDS = words("armed military")


@rule
def _member_through_part(part: Token, ctx: Context) -> list[Candidate]:
    """"X, a member of the Y's executive committee", "X, who ran the group's drone
    unit": X belongs to the body that owns the part."""
    m = ctx.m
    owner = next((c for c in part.children if c.dep_ == "poss"), None)
    body = actor_of(owner, ctx) if owner is not None else None
    if body is None or m.type_of(body) not in _ORGS:
        return []
    people: list[str] = []
    head = part.head
    if part.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in ROLE_NOUNS \
            and head.head.dep_ == "appos":
        people = [k for k in [m.token_actor.get(head.head.head.i)] if k is not None]
    elif part.dep_ == "dobj" and head.lemma_ in _RUN_VERBS:
        people = subjects(head, ctx)
    return [candidate(k, R.MEMBER_OF, body, head, ctx, 0.6) for k in people
            if m.type_of(k) is ActorType.PERSON]


# A part's noun that names the body beside it: "X, the Y's armed wing", "the Y's backbone,
# X"; and the words that make the part another's or no longer Y's ("Y's rival faction").
_SET_OFF_PARTS = words("wing arm branch affiliate offshoot unit faction division battalion "
                       "brigade cell chapter contingent component backbone section")
# Parts only a group or body has: a state's "faction" or "affiliate" is one in the country
_GROUP_PARTS = words("faction affiliate offshoot cell chapter branch")
_NOT_OWNED_PARTS = words("rival breakaway splinter former ex estranged dissident renegade "
                         "new old")
# A state's own services set off by its name: "X (XA), Russia's military intelligence
# agency", "X, Kenya's domestic spy service" (a state's, not a group's: "Y's news agency")
_STATE_SERVICES = words("agency service directorate ministry department army navy police")
_NOT_SERVICES = words("news wire press proxy allied")
_PART_REACH = 4  # the part's modifiers between the owner and the noun ("Arab-majority")
_PART_ENDS = words(", . ; ) in on of across")


@rule
def _set_off_part(part: Token, sent: Span, ctx: Context) -> list[Candidate]:
    """"X, the Y's Arab-majority component in the province", "the Y's backbone, X (XB),",
    "Y, whose armed wing, X, ...": the name set off by a comma beside the owner's part
    noun is part of Y; read in the order of the words, as the parser often hangs such
    appositions on another word."""
    m = ctx.m
    doc = part.doc
    k = part.i - 1
    while k >= sent.start and part.i - k <= _PART_REACH and doc[k].tag_ != "POS" and (
            doc[k].lower_ != "whose"):
        if doc[k].lower_ in _NOT_OWNED_PARTS or (k in m.token_actor and m.type_of(
                m.token_actor[k]) not in PLACES) or not (
                doc[k].pos_ in ("ADJ", "NOUN", "PROPN") or doc[k].text == "-"):
            return []
        k -= 1
    if k <= sent.start or part.i - k > _PART_REACH:
        return []
    owner = _whose_part_owner(doc[k], ctx) if doc[k].lower_ == "whose" else (
        m.token_actor.get(k - 1))
    if owner is None or m.type_of(owner) not in _ORGS | {ActorType.STATE}:
        return []
    if m.type_of(owner) is ActorType.STATE and part.lemma_ in _GROUP_PARTS:
        return []  # "X, Brazil's oldest criminal faction": a faction in Brazil, not its state's
    service = part.lemma_ in _STATE_SERVICES and part.lemma_ not in _SET_OFF_PARTS
    if service and (m.type_of(owner) is not ActorType.STATE or any(
            doc[i].lower_ in _NOT_SERVICES for i in range(k, part.i))):
        return []  # "Y's armed service" of a group, "Russia's news agency": no state body
    parts: list[str] = []
    j = part.i + 1
    if j + 1 < sent.end and doc[j].text == ",":
        j += 2 if doc[j + 1].lower_ == "the" else 1  # "the Y's backbone, (the) X"
        if (after := m.token_actor.get(j)) is not None and m.token_actor.get(j - 1) != after:
            parts.append(after)
    if doc[k].tag_ == "POS" and (part.i + 1 >= sent.end or doc[part.i + 1].lower_ in _PART_ENDS):
        start = k - 1
        while start > sent.start and m.token_actor.get(start - 1) == owner:
            start -= 1
        if start > sent.start and doc[start - 1].lower_ == "the":
            start -= 1
        if start - 2 >= sent.start and doc[start - 1].text == ",":
            end = start - 2
            if doc[end].text == ")":  # "X (XB), the Y's wing": the name before its short form
                while end > sent.start and doc[end].text != "(":
                    end -= 1
                end -= 1
            if (before := m.token_actor.get(end)) is not None:
                parts.append(before)
    return [candidate(p, R.PART_OF, owner, part, ctx, 0.6) for p in dict.fromkeys(parts)
            if p != owner and m.type_of(p) in (_STATE_BODIES if service else _ORGS)]



def _whose_part_owner(whose: Token, ctx: Context) -> str | None:
    """The body "whose" speaks of, also past a description before it that the parser
    broke off: "Y (YU), the oldest party in the hills, whose armed wing": Y."""
    if (key := _whose(whose, ctx)) is not None:
        return key
    k = whose.i - 2 if whose.i >= 2 and whose.doc[whose.i - 1].text == "," else whose.i - 1
    for t in (whose.doc[k], *whose.doc[k].ancestors):
        if t.pos_ in ("VERB", "AUX"):
            return None
        if (key := actor_of(t, ctx)) is not None:
            return key
    return None

@rule
def _unit_after_title(branch: Token, ctx: Context) -> list[Candidate]:
    """"X, a commander in the Y Brigades, the armed wing of Z": the second apposition
    describes Y, though the parse hangs it on the person: Y PART_OF Z."""
    m = ctx.m
    person = m.token_actor.get(branch.head.i)
    if person is None or m.type_of(person) is not ActorType.PERSON:
        return []
    wholes = [k for t in pobjs(branch, {"of"}) if (k := m.token_actor.get(t.i)) is not None
              and m.type_of(k) in _ORGS | {ActorType.STATE}]
    units = [k for title in _person_titles(branch.head) if title.i < branch.i
             for t in pobjs(title, _UNIT_PREPS)
             if (k := m.token_actor.get(t.i)) is not None and m.type_of(k) in _ORGS]
    if not wholes or len(units) != 1 or units[0] == wholes[0]:
        return []
    return [candidate(units[0], R.PART_OF, wholes[0], branch, ctx, 0.6)]


def _person_titles(name: Token) -> list[Token]:
    """The titles said of a name: in apposition ("X, a commander in Y") or after "as" in
    a clause on it ("X, whom police described as a commander in Y")."""
    out = [c for c in name.children if c.dep_ == "appos" and c.lower_ in ROLE_NOUNS]
    for clause in name.children:
        if clause.dep_ in ("relcl", "acl") and clause.lemma_ in _DESCRIBE_VERBS:
            out += [t for t in pobjs(clause, {"as"}) if t.lower_ in ROLE_NOUNS]
    return out


# What forces do side by side: "joined the army in the counter-attack", "joined police
# on patrols", "joined Y for the push on Z".
_JOINT_ACTION_NOUNS = ATTACK_NOUNS | words(
    "counter-attack counterattack counter-offensive counteroffensive operation operations "
    "patrol patrols fight fighting battle push campaign hunt crackdown advance defence "
    "defense war sweep mission"
)


@rule
def _joined(verb: Token, ctx: Context) -> list[Candidate]:
    """"X joined the Islamic State in 2014" -> MEMBER_OF; "X joined the army in the
    counter-attack", "X's men joined police on patrols" -> COOPERATES_WITH (a body acting
    side by side, not a member; a person who joins Y in an attack fights in its ranks);
    not "X joined Y in calling for Z" (acting together), "X plans to join Y" (not yet
    a member), nor "Zambians joined Y" (a state's people, not the state)."""
    m = ctx.m
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "xcomp" or any(
            c.dep_ == "prep" and c.lower_ == "in" and c.i + 1 < len(verb.doc)
            and verb.doc[c.i + 1].tag_ == "VBG" for t in (verb, *objects) for c in t.children):
        return []  # ("joined Y in patrolling Z": acting together, no member)
    groups = [k for k in actors_of_tokens(objects, ctx) if m.type_of(k) in _ORGS]
    members = [k for k in subjects(verb, ctx) if m.type_of(k) in _DOERS | {ActorType.STATE}]
    said = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(t.tag_ in ("NNS", "NNPS") and t.text.casefold() in m.gaz.peoples
           for t in [*said, *(p for c in said for p in pobjs(c, {"of"}))]):
        # "for young Zambians (hundreds of Zambians) to join Y": a state's people, each
        # for himself, not the state
        members = [k for k in members if m.type_of(k) is not ActorType.STATE]
    side_by_side = any(t.lemma_ in _JOINT_ACTION_NOUNS or t.lower_ in _JOINT_ACTION_NOUNS
                       for t in pobjs(verb, {"in", "on", "for"}))
    if not side_by_side and any(c.dep_ == "aux" and c.lower_ in _MERGER_TO_COME
                                for c in verb.children):
        return []  # ("will join Y": not yet a member)
    return [candidate(mb, R.COOPERATES_WITH if side_by_side and m.type_of(mb) is not
                      ActorType.PERSON else R.MEMBER_OF, g, verb, ctx, 0.6)
            for mb in members for g in groups if mb != g]


# Verbs that put a body or its people inside a larger one ("was folded into Y").
_ABSORB_VERBS = words("fold integrate merge absorb incorporate")
# Auxiliaries of a merger still to come ("will be folded into Y"): not yet a part.
_MERGER_TO_COME = TO_COME | words("would")
# Some of a body, not all of it: "hundreds of fighters of X were integrated".
_SOME = words("hundred thousand dozen dozens some many several part half most")
# A body told through its people: "the X's fighters were integrated into the army".
_BODY_PEOPLE = words("fighters combatants members men troops units rebels guerrillas "
                     "militiamen")


@rule
def _folded_into(verb: Token, ctx: Context) -> list[Candidate]:
    """"X was folded into Y", "X merged into Y", "Y absorbed X into the Z": a body put
    inside another is its part (PART_OF), a person its member (MEMBER_OF). Not an aim
    ("was proposed to be merged into Y": the verb under another; "will be merged"),
    nor a thing ("folded into the budget": no actor)."""
    m = ctx.m
    if verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in _MERGER_TO_COME
                                   for c in verb.children):
        return []
    wholes = [k for k in actors_of_tokens(pobjs(verb, {"into"}), ctx)
              if m.type_of(k) in _ORGS | {ActorType.STATE}]
    if not wholes:
        return []
    moved = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        moved = [verb.head]  # "the militia, integrated into the army in 2019,"
    parts = _body_of_people(moved, ctx) if moved else subjects(verb, ctx)
    out = []
    for part in parts:
        kind = m.type_of(part)
        rel = R.MEMBER_OF if kind is ActorType.PERSON else R.PART_OF
        if kind in _DOERS and (rel is R.PART_OF or m.type_of(wholes[0]) in _ORGS):
            out += [candidate(part, rel, w, verb, ctx, 0.6) for w in wholes if w != part]
    return out


def _body_of_people(nouns: list[Token], ctx: Context) -> list[str]:
    """The actors the nouns name, or for "the X's fighters", "fighters of X", "X, whose
    fighters ..." the body; a body only ("Colonel X, whose men were folded into Y" tells
    nothing of X's post)."""
    if any(n.tag_ == "CD" or n.lemma_ in _SOME for n in nouns):
        return []  # "hundreds of fighters of X were integrated": some of X, not X
    found = actors_of_tokens(nouns, ctx)
    if found:
        return found
    # all of them ("the fighters of X", "X's fighters"), not some ("former rebels of X")
    people = [n for n in nouns if n.lower_ in _BODY_PEOPLE and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in n.children)]
    owners = [_whose(c, ctx) if c.lower_ == "whose" else actor_of(c, ctx)
              for n in people for c in n.children if c.dep_ == "poss"]
    owners += actors_of_tokens([p for n in people for p in pobjs(n, {"of"})], ctx)
    return [k for k in owners if k is not None and ctx.m.type_of(k) in _ORGS]


@rule
def _appos_modifiers(noun: Token, ctx: Context) -> list[Candidate]:
    """"X, a Seoul trading firm" / "X, an Acme Corp employee" / "X, a Jordanian lawyer"."""
    m = ctx.m
    holder = named_actor(noun.head.i, ctx)
    if holder is None or noun.lower_ in _NOT_JOBS or noun.lower_ in DESCRIPTORS \
            or noun.lower_ in ROLE_NOUNS or noun.lower_ in KILLER_NOUNS:
        return []
    htype = m.type_of(holder)
    if htype not in _HOLDERS:
        return []
    if htype is ActorType.PERSON and noun.lower_ in _SET_OFF_BODIES:
        # "X, a researcher at the Y, a Lima-based rights organisation": the parser hangs the
        # body's own apposition on the person; it tells the body named between the two
        bodies = [k for i in range(noun.left_edge.i - 1, noun.head.i, -1)
                  if (k := m.token_actor.get(i)) is not None and m.type_of(k) in _ORGS]
        if not bodies:
            return []
        holder, htype = bodies[0], m.type_of(bodies[0])
    return _modifier_links(holder, htype, noun.left_edge.i, noun.i, noun, ctx)


# Kinds of body an apposition may name: "a Lima-based rights organisation"
_SET_OFF_BODIES = BODY_NOUNS | words("organizations organisations groups ngo charity "
                                     "centre center institution foundation")


@rule
def _copula_modifiers(noun: Token, ctx: Context) -> list[Candidate]:
    """"X is a former Acme Corp engineer", "X was a Tulsa schoolteacher"."""
    holder = _copula_subject(noun.head, ctx)
    if holder is None or ctx.m.type_of(holder) is not ActorType.PERSON:
        return []
    if noun.lower_ in ROLE_NOUNS:
        # "X is the Hamas leader", "X is Hamas's deputy leader"
        rel = ROLE_NOUNS[noun.lower_]
        if rel is R.LEADS and any(c.lower_ in DEPUTY_WORDS for c in noun.children):
            rel = R.MEMBER_OF
        orgs = [k for k in actors_of_tokens([c for c in noun.children
                                              if c.dep_ in ("compound", "poss")], ctx)
                if ctx.m.type_of(k) in _ORGS]
        return [Candidate(holder, rel, org, False, 0.6) for org in orgs[:1]]
    if noun.lower_ in _NOT_JOBS or noun.lower_ in DESCRIPTORS or noun.lower_ in KILLER_NOUNS:
        return []
    return _modifier_links(holder, ActorType.PERSON, noun.left_edge.i, noun.i, noun, ctx)


# Participles after a hyphen that make the name before it a backer: "the Tehran-backed group"
_BACKED_FORMS = words("backed led supported funded sponsored armed allied aligned")


def _dashed_before(tok: Token, forms: frozenset[str]) -> bool:
    """Whether a hyphen and one of `forms` follow the word: "Tehran-backed"."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and (
        doc[tok.i + 2].lower_ in forms)


def _backer_word(tok: Token) -> bool:
    return _dashed_before(tok, _BACKED_FORMS)


# Participles after a state's name that tell a ship's registry: "a Panama-flagged tanker"
_FLAG_FORMS = words("flagged registered")


def _flag_word(tok: Token) -> bool:
    doc = tok.doc
    k = tok.i + 2 if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" else tok.i + 1
    return k < len(doc) and doc[k].lower_ in _FLAG_FORMS


def _modifier_links(holder: str, htype: ActorType, start: int, end: int, noun: Token,
                    ctx: Context) -> list[Candidate]:
    m = ctx.m
    doc = noun.doc
    out: list[Candidate] = []
    seen: set[str] = set()
    # "a Jordanian immigrant", "a Tajik national" live elsewhere; "a Chadian group
    # based in Libya": the home the clause tells, not the one the modifier names
    away = noun.lower_ in _AWAY_NOUNS or home_told(noun)
    for i in range(start, end):
        tok = doc[i]
        if tok.lower_ in ROLE_NOUNS or tok.lower_ in DESCRIPTORS:
            return []  # a title: rules._titles reads it
        key = named_actor(i, ctx)
        if key is not None and m.type_of(key) is ActorType.STATE:
            key = city_of(tok, ctx) or key  # "a Seoul electronics maker": the city
        if key is None and tok.pos_ in ("ADJ", "PROPN", "NOUN") and tok.i + 1 < len(doc) \
                and doc[tok.i + 1].lower_ != "'s":
            key = m.state_for_word(tok) if m.gaz.state_of_demonym(tok.text) else None
        if key is None or key == holder or key in seen:
            continue
        seen.add(key)
        ttype = m.type_of(key)
        if _backer_word(tok):
            continue  # "X, the Tehran-backed group": its backer, not its home nor its body
        if _flag_word(tok):
            continue  # "X, a Liberia-flagged carrier": where a ship is registered, not where
        if htype is ActorType.PERSON and noun.dep_ == "appos" and (
                ttype is ActorType.STATE or (ttype in _PLACES and _people_word(tok))) and (
                not _based_word(tok)):
            continue  # "X, a Russian diplomat", "a Libya analyst": whose, or what one
            # studies, not where one is (a city is: "an Istanbul lawyer")
        if ttype in _PLACES and htype is not ActorType.STATE and not away:
            out.append(Candidate(holder, R.LOCATED_IN, key, False, 0.5))
        elif ttype in _ORGS and htype is ActorType.PERSON and not _people_word(tok):
            out.append(Candidate(holder, R.MEMBER_OF, key, False, 0.5))
    return out


def _based_word(tok: Token) -> bool:
    """"a Kenya-based analyst": the name is where one is based."""
    return _dashed_before(tok, _BASED)


_BASED = words("based")


def _people_word(tok: Token) -> bool:
    """"X, a young Kurdish woman", "a Baluch lawyer": an adjective naming a people tells
    whom one is born among, not a body one belongs to (a name does: "a Hamas official")."""
    return tok.pos_ == "ADJ" and tok.ent_type_ == "NORP"


# Verbs that tell where one is kept or lives: "X, a Chadian group based in Libya"
_HOME_VERBS = words("base headquarter locate station live reside")


def home_told(noun: Token) -> bool:
    """The phrase describing a holder ("an Afghan-born trader based in Y", "a Swedish
    gangster who is believed to be living in Y"), or the holder itself ("X, a Chadian
    group, is based in Y"), is told to be somewhere by a verb of its own: an origin or
    nationality the phrase also names is not where the holder is."""
    told = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    told += [x for c in told for x in c.children if x.dep_ in ("xcomp", "conj")]
    if noun.dep_ == "appos" and noun.head.dep_ in ("nsubj", "nsubjpass"):
        told.append(noun.head.head)
    if noun.lemma_ in _RESIDENT_NOUNS and any(
            c.dep_ == "prep" and c.lower_ in ("of", "in") for c in noun.children):
        return True  # "a Lebanese-born resident of Y": the noun itself tells the home
    return any(v.lemma_ in _HOME_VERBS and any(
        c.dep_ == "prep" and c.lower_ in ("in", "at") for c in v.children) for v in told)


_RESIDENT_NOUNS = words("resident inhabitant")


@rule
def _party_in_brackets(last: Token, person: str, sent: Span, ctx: Context
                       ) -> list[Candidate]:
    """"Lawmaker X (Y Party) said": the body in brackets right after a person's name is
    the one the person sits for."""
    m = ctx.m
    doc = sent.doc
    k = last.i + 1  # (called on the name's last word, before its bracket)
    if k + 2 >= sent.end:
        return []
    body = m.token_actor.get(k + 1)
    if body is None or m.type_of(body) not in _ORGS or not doc[k + 1].is_title or (
            " " not in m.actors[person].name):
        return []  # (a full name and a name in brackets: not "Twitter (@handle)")
    end = m.name_end(k + 1, body, sent.end)
    if end >= sent.end or doc[end].text != ")":
        return []
    return [Candidate(person, R.MEMBER_OF, body, False, 0.55)]


@rule
def _nouns_before_name(first: Token, person: str, sent: Span, ctx: Context) -> list[Candidate]:
    """"Jordanian journalist Rami Haddad", "Acme Corp engineer Dan Ruiz": a common
    noun (the job) between the modifier and the name."""
    doc = sent.doc
    j = first.i - 1
    nouns = 0
    while j >= sent.start and doc[j].pos_ == "NOUN" and doc[j].text.islower() \
            and j not in ctx.m.token_actor:
        nouns += 1
        j -= 1
    if nouns == 0 or any(doc[k].lower_ in _NOT_JOBS or doc[k].lower_ in ROLE_NOUNS
                         or doc[k].lower_ in KILLER_NOUNS for k in range(j + 1, first.i)):
        return []
    start = j
    while start >= sent.start and (
            start in ctx.m.token_actor or doc[start].pos_ in ("ADJ", "PROPN")):
        start -= 1
    if start + 1 > j:
        return []
    return _modifier_links(person, ActorType.PERSON, start + 1, j + 1, doc[first.i - 1], ctx)


@rule
def _possessive_place(tok: Token, ctx: Context) -> list[Candidate]:
    """"Iraq's Imam Ali Foundation": an organisation or a person of that place."""
    m = ctx.m
    place = m.token_actor[tok.i]
    if tok.i + 1 >= len(tok.doc) or tok.nbor(1).lower_ != "'s" or tok.i in m.descriptor_tokens:
        return []
    key = named_actor(tok.head.i, ctx)
    if key is None or key == place:
        return []
    if m.type_of(place) is ActorType.PERSON and m.type_of(key) in _ORGS:
        # "Omar Kaya's party", "Hakim's militia"; "Assad's regime" is the one he leads
        rel = R.LEADS if m.actors[key].cls == "regime" else R.MEMBER_OF
        return [Candidate(place, rel, key, False, 0.5)]
    if m.type_of(place) in _ORGS and m.type_of(key) is ActorType.PERSON:
        # "said the World Bank's Omar Kaya": one of the body's people
        return [Candidate(key, R.MEMBER_OF, place, False, 0.5)]
    if m.type_of(place) not in _PLACES:
        return []
    if m.type_of(key) in PLACES:
        # "Louisiana's Cameron Parish": a place within a region (a state's or capital's
        # own landmarks, "Baghdad's green zone", are read as part of their name)
        if m.type_of(place) is not ActorType.LOCATION:
            return []
        return [Candidate(key, R.LOCATED_IN, place, False, 0.5)]
    if m.type_of(key) not in (ActorType.PERSON, ActorType.ORGANIZATION):
        return []
    return [Candidate(key, R.LOCATED_IN, place, False, 0.5)]


MEMBER_WORDS = words("part member")


def as_part(tok: Token) -> bool:
    """"as part of" / "as a member of": the word naming membership."""
    return tok.lower_ in MEMBER_WORDS and tok.dep_ == "pobj" and tok.head.lower_ == "as"


def part_of_parties(part: Token, ctx: Context) -> tuple[list[str], list[str]]:
    """The members and the groups of "X, as part (a member) of Y, ..." or "X works as
    part of Y"."""
    groups = actors_of_tokens(pobjs(part, {"of"}), ctx)
    head = part.head.head  # "as" hangs on the verb or on the member itself
    members = [k] if (k := named_actor(head.i, ctx)) else subjects(head, ctx)
    return members, groups


_DOERS = _ORGS | {ActorType.PERSON}


@rule
def _where_done(prep: Token, ctx: Context) -> list[Candidate]:
    """"X met Y in Canberra", "to defeat X in Syria", "the defeat of X in Syria",
    "X's presence in Palmyra": who acts (or is acted on) there is there."""
    m = ctx.m
    head = prep.head
    places = [t for t in named_places([c for c in prep.children if c.dep_ == "pobj"], ctx)
              if m.type_of(t) in _PLACES]
    if not places:
        return []
    who: list[str] = []
    if head.pos_ == "VERB" and head.lemma_ in _JUDGING_VERBS | _SPEAKING_VERBS:
        # "X calls Y's presence in Z a disgrace": X is not there; "X told reporters
        # in Z": where a statement was made is no home
        return []
    if head.pos_ == "VERB" and head.lemma_ in _LEGAL_VERBS and not any(
            c.dep_ == "dobj" for c in head.children):
        return []  # "X, a man wanted in Z", "a group banned in Z": where a law reaches
    # "X pledged to rebuild roads in Z", "X is ready to train mediators in Z": an aim, not
    # a presence of X's (what it would act on is there: "vowed to defeat Y in Z")
    aim = head.pos_ == "VERB" and (_aim_only(head) or _not_yet(head))
    if head.pos_ == "VERB" and _charged(head):
        return []  # "Y accused X of genocide in Z": where a charged act is, nobody is
    if head.pos_ == "VERB" and head.lemma_ in _WATCHING_VERBS:
        return []  # "a researcher who follows crime in Z", "the office recorded attacks in
        # Z": what is watched or counted is there, not the one who watches it
    if seated_in(prep):
        return []  # "X urged the authorities in Z": they govern Z; X need not be there
    if _left_from(head):
        return []  # "X returned from exile in Z", "fled from their homes in Z": X left Z
    if head.dep_ == "acl" and head.lemma_ in _SEATED_VERBS:
        return []  # "X, a spokeswoman for a firm based in Z": the firm is there (rules.where)
    if head.pos_ == "VERB" and any(d.dep_ == "det" and d.lower_ == "no" for c in head.children
                                   if c.dep_ == "dobj" for d in c.children):
        return []  # "X has no presence in Z", "X keeps no troops in Z": nobody there
    if head.pos_ == "VERB" and _deal_made(head, ctx):
        # "the accord, signed in Z", "since a peace deal was signed in Z": where a deal was
        # signed tells where its signers were only when it names them ("signed by X")
        who = actors_of_tokens(pobjs(head, {"by"}), ctx)
    elif head.pos_ == "VERB":
        # (a passive's own subject is done to there, and its doers are its agents: "since
        # a truce was signed in Z" places no subject of the verb it hangs on; but "X, whose
        # men were tried in Z": X's people are)
        passive = any(c.dep_ == "nsubjpass" and not any(
            w.lower_ == "whose" for w in c.children) for c in head.children)
        doers = [] if aim else actors_of_tokens(pobjs(head, {"by"}), ctx) if passive else (
            subjects(head, ctx))
        who = doers + actors_of_tokens(
            [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")], ctx)
        # "representatives of X met in Z": only the envoys are there, not the body sending
        sent = actors_of_tokens([p for c in head.children if c.dep_ in ("nsubj", "dobj")
                                 and c.lemma_ in _ENVOY_NOUNS for p in pobjs(c, {"of", "from"})],
                                ctx)  # (also "delegations from X and Y met in Z")
        if head.lemma_ in _LISTING_VERBS | _LEGAL_VERBS or _put_on_list(head):
            # "the US designated X as a terrorist group in Z", "in Z, the ministry banned
            # X", "in Z, the council added X to its list": where it was decided, not
            # where the listed or banned are
            sent += actors_of_tokens([c for c in head.children if c.dep_ in ("dobj", "nsubjpass")],
                                     ctx)
        who = [w for w in who if w not in sent]
    elif (head.pos_ == "NOUN" and head.i not in m.token_actor and head.lower_ not in _PLACE_NOUNS
          and head.lower_ not in _OTHER_PEOPLE and head.lemma_ not in _BRANCH_NOUNS):
        # (not "X's branch in Z": the branch is there, X need not be)
        who = actors_of_tokens([c for c in head.children if c.dep_ == "poss"]
                               + pobjs(head, {"of", "by"}), ctx)
        if head.lemma_ in _SENT_BODIES:
            # "the Union's mission in Z", "the ministry said its forces in Z": the body
            # sent is there, its owner need not be (an armed group's own men are the group)
            owners = actors_of_tokens([c for c in head.children if c.dep_ == "poss"], ctx)
            who = [w for w in who if w not in owners or m.type_of(w) is ActorType.ARMED_GROUP]
        if head.lemma_ in CIVILIAN_NOUNS and head.dep_ == "dobj" and (
                _harm_event(head.head) or head.head.lemma_ in _STRIKE_VERBS):
            who = []  # "to bomb our people in Z": a people struck there, not a body's men
        if any(c.dep_ == "poss" and c.lower_ == "our" for c in head.children):
            # "our positions in Z" said by a ministry's or a state's spokesman: its
            # forces are there, not the ministry (an armed group's own are the group)
            who = [w for w in who if m.type_of(w) is ActorType.ARMED_GROUP]
    harm = _harm_event(head) or head.lemma_ in _STRIKE_VERBS
    return [Candidate(w, R.LOCATED_IN, p, False, 0.45) for w in dict.fromkeys(who)
            for p in places if w != p and m.type_of(w) in _DOERS and not harm]


# Verbs of leaving a place behind: "returned from exile in Z" ("in Z" hung on the verb
# or on the noun after "from")
_LEAVING_VERBS = words("return flee escape come")


def _left_from(head: Token) -> bool:
    """The place is where the doer came from: a verb of leaving and its "from" phrase
    ("returned from exile in Z", "fled from their homes in Z", "returned in 2019 from
    exile in Z"); not "leads X from his base in Z", "a patrol from its base in Z"."""
    if head.dep_ == "pobj" and head.head.lower_ == "from":
        head = head.head.head  # (not "leads X from his base in Z": he is there)
    return head.pos_ == "VERB" and head.lemma_ in _LEAVING_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "from" for c in head.children)


# Verbs that make a deal, and the deals they make ("the accord signed in Z")
_DEAL_VERBS = words("sign agree conclude broker negotiate seal reach ink")
_DEALS = words("agreement agreements deal deals accord accords treaty treaties pact pacts "
               "truce ceasefire framework memorandum protocol roadmap")


def _deal_made(verb: Token, ctx: Context) -> bool:
    """The verb makes a deal it is said of: "the accord (which was) signed in Z", "a deal
    was signed in Z", "the framework agreed in Z" (a deal by its name too: "the X
    Agreement, signed in Z")."""
    if verb.lemma_ not in _DEAL_VERBS:
        return False
    said_of = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if verb.dep_ in ("acl", "relcl"):
        said_of.append(verb.head)
    return any(t.lemma_ in _DEALS or t.lower_ in _DEALS or (
        (k := ctx.m.token_actor.get(t.i)) is not None
        and ctx.m.actors[k].name.split()[-1].lower() in _DEALS) for t in said_of)


# Harm and the courts: "X shot Y in Z", "X pleaded guilty in Z" say where it happened,
# not where the people in it live, nor where a group that raids far from its bases is
# (one held in Z is there: "detained in Z").
_HARM_VERBS = KILL_VERBS | SHOOT_VERBS | WOUND_VERBS | words(
    "attack assault rape execute behead hang stab strangle plead sentence convict indict "
    "raid ambush storm overrun shell bomb")
# Verbs of a strike from afar, read on the verb the place hangs on only ("X's jets struck
# targets in Z"; not "was struck by a rock and taken to hospital in Z": the hospital is)
_STRIKE_VERBS = words("strike hit pound bombard target")
_HARM_NOUNS = KILL_NOUNS | ATTACK_NOUNS | words("shooting shootings death deaths")


# Forms the small model's lemmatizer misreads ("raped" -> "rap")
_HARM_FORMS = words("raped raping")


def _harm_event(head: Token) -> bool:
    node = head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "raped X and then stabbed her": the first verb too
    # "robbed X in Z, then shot her": the later verb of the same subject too (the parser
    # may hang it as a bare "dep")
    later = [c for c in node.children if c.dep_ == "dep" and c.pos_ == "VERB"]
    return any(t.lemma_ in _HARM_VERBS or t.lower_ in _HARM_NOUNS or t.lower_ in _HARM_FORMS
               for t in (head, node, *node.conjuncts, *later))


# Auxiliaries of an act still to come, and verbs whose "to" clause is done where they send
_YET_TO_COME = words("will shall")
_SENDING = words("send deploy dispatch move rush fly")


def _not_yet(verb: Token) -> bool:
    """"X will get a hostile welcome in Z", "X has fought for a year to take over Y in
    Z": an act to come, or only the aim of another (not "troops were sent to fight in
    Z": they are there)."""
    return any(c.dep_ == "aux" and c.lower_ in _YET_TO_COME for c in verb.children) or (
        verb.dep_ == "advcl" and verb.head.lemma_ not in _SENDING
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _charged(verb: Token) -> bool:
    """The verb of a charge, or of the act charged under it ("accused Y of letting X
    shelter in Z"): no one is placed by what another says they did."""
    node = verb
    for _ in range(5):
        if node.lemma_ in CHARGE_VERBS and node.pos_ == "VERB":
            return True
        if node.dep_ not in ("xcomp", "ccomp", "pcomp", "prep") or node.head.i == node.i:
            return False
        node = node.head
    return False


_SEATED_VERBS = words("base headquarter locate")
# Heads under which a verb is only aimed at or offered: "pledged to rebuild", "ready to help"
_AIM_HEADS = words("pledge vow promise swear try attempt plan intend seek hope aim want "
                   "ready willing prepared prepare offer")
# Participles of a legal status a state gives: "wanted in Z", "banned in Z"
_LEGAL_VERBS = words("want ban outlaw proscribe prohibit")


def _aim_only(verb: Token) -> bool:
    """A verb only aimed at, offered or asked of another: "pledged to build schools",
    "ready to help train mediators", "urged Y to hold talks"."""
    node = verb
    while node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
        if node.dep_ == "xcomp" and node.head.lemma_ in _AIM_HEADS:
            return True
        node = node.head
    return asked_of_another(verb)
# Verbs that judge an event ("calls Y's presence in Z a disgrace"): the judge is
# not where the event is ("said in Cairo" does put the speaker there).
_SPEAKING_VERBS = words("tell speak brief address")
# Bearings from a place: "X, north of Y", "X, south-east of Y"
_BEARINGS = words("north south east west northeast northwest southeast southwest")
# Verbs of watching or counting: "follows crime in Z", "recorded 30 attacks in Z"
_WATCHING_VERBS = words("follow monitor record document track study research observe")
# Those sent to speak for a body: "representatives of X met in Z"
_ENVOY_NOUNS = words("representative delegate delegation envoy emissary")
# Verbs that list or name a body as something: "designated X a terrorist group in Z"
_LISTING_VERBS = words("designate list blacklist label classify proscribe")
_LISTS = words("list lists register registry blacklist")


def _put_on_list(verb: Token) -> bool:
    """"added X to its list of ...": a verb whose "to" names a list."""
    return any(p.lemma_ in _LISTS for p in pobjs(verb, {"to"}))
_BRANCH_NOUNS = words("branch affiliate wing arm offshoot franchise faction chapter cell")
_JUDGING_VERBS = words("call describe condemn denounce criticize criticise welcome deplore")


# Words that may stand before a bare title without naming whose it is: "a senior official"
_TITLE_WORDS = DEPUTY_WORDS | words("a an the chief top")


@rule
def _bare_title_speaker(verb: Token, ctx: Context) -> list[Candidate]:
    """"Acme will close the plant, said spokesman Tom Ellery" (or "said Tom Ellery, a
    spokesman"): a title with no owner of its own, spoken after the news it gives,
    is held in the one body the news is about."""
    m = ctx.m
    speakers = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if len(speakers) != 1 or len(clauses) != 1:
        return []
    speaker = speakers[0]
    person = m.token_actor.get(speaker.i)
    if person is None or m.type_of(person) is not ActorType.PERSON or ctx.roles.get(person):
        return []  # ("said General X, spokesman of Y": his body is named, Y)
    title = next((c for c in speaker.children if c.lower_ in ROLE_NOUNS and _bare(c) and (
        c.dep_ == "appos" or (c.dep_ == "compound" and c.i == verb.i + 1))), None)
    if title is None:
        return []
    doers = [c for c in clauses[0].children if c.dep_ in ("nsubj", "nsubjpass")]
    bodies = [k for k in dict.fromkeys(actors_of_tokens(doers, ctx)) if m.type_of(k) in _ORGS]
    if len(bodies) != 1:
        return []
    return [candidate(person, ROLE_NOUNS[title.lower_], bodies[0], verb, ctx, 0.5)]


def _bare(title: Token) -> bool:
    """A title with nothing that names whose it is: no owner, no "for" or "of"."""
    return all(c.lower_ in _TITLE_WORDS or c.is_punct for c in title.children)


# Titles a government's people hold: "Government spokesperson X", "a government official, X"
_GOVERNMENT_ROLES = {"spokesperson": R.SPOKESPERSON_FOR, "spokesman": R.SPOKESPERSON_FOR,
                     "spokeswoman": R.SPOKESPERSON_FOR, "official": R.MEMBER_OF,
                     "minister": R.MEMBER_OF}


@rule
def _government_title(gov: Token, sent: Span, ctx: Context) -> list[Candidate]:
    """"Government spokesperson X said ...": with no state named for it, the government is
    the one of the state the report is filed from (its dateline)."""
    doc = sent.doc
    m = ctx.m
    k = gov.i + 1
    if k >= sent.end or (rel := _GOVERNMENT_ROLES.get(doc[k].lower_)) is None:
        return []
    before = doc[gov.i - 1] if gov.i > sent.start else None
    if before is not None and (before.i in m.token_actor or before.lower_ in ("'s", "'")
                               or m.gaz.state_of_demonym(before.text)):
        return []  # "Kenya's government spokesman": that state's, read by rules._titles
    k += 1
    if k < sent.end and doc[k].text == ",":
        k += 1
    person = m.token_actor.get(past_ranks(k, sent, ctx)) if k < sent.end else None
    if person is None or m.type_of(person) is not ActorType.PERSON:
        return []
    state = home_state(doc, m)
    return [] if state is None else [Candidate(person, rel, state, False, 0.6)]
