"""The state a head of state's title belongs to when no state stands before the title.

"President William Ruto of Kenya": the state named after the name with "of".
"KYIV, Ukraine, 14 October 2026 — ... President X called on ...": a title with no state
at all, in a report datelined in a country, is that country's (the report is about it);
in an analysis with no dateline, the state the article tells of (named at least twice as
often as any other), read once the article is. "Algeria has said it opposes the plan.
President X called it a threat": a head whose sentence names no state leads the state the
sentence before told as the doer of its main verb, before the dateline's.
`rules._state_titles` asks these only after the state before the title ("Kenyan
President X") and only for the titles of a state's own offices.

A leader may be named with no title at all: "Colonel X, who seized power in 2021" leads
the state the power was seized in ("took power in Guinea"), else the dateline's state.

Also here, the helpers the title readings share: the doer of "led from exile (since
2019) by X" given after a place or a time, and the bodies a secretary heads ("the
secretary of the Y Committee"); a title ranked under the head ("X is regarded as Y's
second-ranking leader") makes a member; a bare noun of a group's part ("the cell was
headed by X") names no whole for its head to lead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from actorgraph.domain import ActorType, name_key

from .context import article_state
from .dates import DATELINE_HEAD, dateline_region
from .lexicon import (
    ATTACK_NOUNS,
    DEPUTY_WORDS,
    FORMER_WORDS,
    GROUP_PARTS,
    JOB_NOUNS,
    NAMING_PARTICIPLES,
    ONE_PERSON_NOUNS,
    POLITY_HEADS,
    STATE_ITSELF,
)
from .placenames import city_country
from .resolve import (
    PLACES_OR_STATES,
    RANK_WORDS,
    Candidate,
    R,
    actor_of,
    candidate,
    past_ranks,
    pobjs,
    rule,
    subjects,
)
from .textprep import sentence_of

if TYPE_CHECKING:
    from .mentions import Mentions
    from .resolve import Context


_HEAD_TOKENS = 100  # a dateline sits in the first words of a document
_DATELINE_START = 3  # characters (blank ones) before a dateline that opens the text
# A line opened by a dateline of any form, one the dateline reader gives no state for
# too ("ADDIS ABABA/NAIROBI, May 5 (Reuters) -", "YEREVAN -"; the text is parsed with
# its datelines in title case): such a report is filed from somewhere.
_ANY_DATELINE = re.compile(r"(?m)^[A-Z][\w'.-]+(?:[ /][A-Z][\w'.-]+)*(?:,| \(| [-—–] )")
# A line of its own under a headline that gives only a city and a date: "Addis Ababa, 27
# April 2026", "Lagos, March 3, 2026" (a release's or a backgrounder's dateline)
_PLACE_DATE_LINE = re.compile(
    r"(?m)^[ \t]*(?P<city>[A-Z][A-Za-z'.-]+(?:[ -][A-Z][A-Za-z'.-]+){0,3}),[ \t]+"
    r"(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},)[ \t]+\d{4}[ \t]*$")
_SEIZE_VERBS = frozenset({"seize", "take", "grab", "assume", "win"})
_LED_VERBS = frozenset({"lead", "head", "command"})
_LED_BODIES = frozenset({ActorType.ARMED_GROUP, ActorType.ORGANIZATION, ActorType.GOVERNMENT_BODY})
# The links a "commanded by" clause may climb from the noun it hangs on to the body it
# describes: "the faction loyal to X, now commanded by Y" (Y leads the faction, not X)
_CLIMB_DEPS = frozenset({"pobj", "prep", "amod", "appos", "compound"})
_CLIMB = 6
# Common nouns a descriptive phrase uses for a named body: "the X, an armed group headed
# by Y", "Y heads a militia of his own, the X" (not "a delegation", "a committee": the
# body named beside those is the other side of the talks).
BODY_KINDS = frozenset({
    "group", "militia", "faction", "force", "movement", "coalition", "alliance", "army",
    "brigade", "unit", "network", "organisation", "organization", "party", "outfit", "gang",
    "cartel", "front", "wing", "offshoot", "splinter"})
# Adverbs that put a holder in the past: "formerly led by Y", "which was once led by Y".
_PAST_WORDS = frozenset({"formerly", "once", "previously"})
# Modals that make a post a prospect, not a post held: "Y, who could lead the X".
_PROSPECT_MODALS = frozenset({"could", "might", "may", "would", "will", "should", "can"})


@rule
def seized_power(sent: Span, ctx: Context) -> list[Candidate]:
    """"X seized power (in Y)": X LEADS Y, or the dateline's state when no state is named.
    Only a person: a group that "took power" in a town holds it (read as CONTROLS)."""
    out: list[Candidate] = []
    if "power" not in ctx.lowers:
        return out  # (most sentences: no walk over their tokens)
    for tok, lower, _, _, dep, _ in ctx.words:
        if lower != "power" or dep != "dobj" or tok.head.lemma_ not in _SEIZE_VERBS:
            continue
        verb = tok.head
        m = ctx.m
        leaders = [k for k in subjects(verb, ctx) if m.type_of(k) is ActorType.PERSON]
        if not leaders:
            continue
        named = [k for t in pobjs(verb, {"in"}) for k in [m.token_actor.get(t.i)]
                 if k is not None and m.type_of(k) is ActorType.STATE]
        state = named[0] if named else home_state(sent.doc, m)
        if state is not None:
            out += [candidate(k, R.LEADS, state, verb, ctx, 0.6) for k in leaders]
    return out


@rule
def led_by(verb: Token, ctx: Context) -> list[Candidate]:
    """"B, now commanded by his son Y", "the faction loyal to X, led by Y": Y leads the
    body the clause describes, found up the tree past a person it names on the way
    ("loyal to X"). A clause on a named body itself is `rules._compound_backing`'s."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_ not in _LED_VERBS:
        return []
    m = ctx.m
    agents = pobjs(verb, {"by"})
    if not agents:
        return []
    leader = titled_name(agents[0], ctx) or m.token_actor.get(agents[0].i)
    if leader is None or m.type_of(leader) is not ActorType.PERSON:
        return []
    tok = described_noun(verb)
    direct = m.token_actor.get(tok.i)
    if direct is not None and m.type_of(direct) is not ActorType.PERSON and (
            verb.lower_ in ("led", "headed")):
        return []
    rel = held_role(verb)
    if (named := body_set_off_before(tok, ctx)) is not None:
        # "the X (XF), the Z faction commanded by Y": the body set off, not Z
        return [candidate(leader, rel, named, verb, ctx, 0.6)] if rel else []
    for _ in range(_CLIMB):
        key = m.token_actor.get(tok.i)
        if key is not None and m.type_of(key) in _LED_BODIES:
            return [candidate(leader, rel, k, verb, ctx, 0.6)
                    for k in (key, *slash_partners(key, verb.sent, ctx))] if rel else []
        if tok.dep_ not in _CLIMB_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
    # "the X, an armed group headed by Y", however the parser hangs the phrase
    key = body_set_off_before(verb.head, ctx)
    return [candidate(leader, rel, key, verb, ctx, 0.6)] if key and rel else []


def slash_partners(key: str, sent: Span, ctx: Context) -> list[str]:
    """The bodies a name is written with across a slash: "the AFC/M23, led by X" names
    two allied bodies, and the clause says of both what it says of the one the parser
    hangs it on."""
    if "/" not in ctx.text:
        return []  # (most sentences: no walk over their tokens)
    m = ctx.m
    out: list[str] = []
    for tok in sent:
        if tok.text != "/" or tok.i - 1 < sent.start or tok.i + 1 >= sent.end:
            continue
        left, right = m.token_actor.get(tok.i - 1), m.token_actor.get(tok.i + 1)
        other = left if right == key else right if left == key else None
        if other is not None and other != key and other not in out and (
                m.type_of(other) in _LED_BODIES):
            out.append(other)
    return out


def kind_named_twice(noun: Token, ctx: Context) -> bool:
    """"X, who has led the brigade since 2021" after the Red Ridge Brigade and the Blue
    Nile Brigade: a bare "the" noun that ends the names of two bodies of the article says
    not which one a leader heads (with one such body, it is that one)."""
    if noun.pos_ != "NOUN" or noun.i in ctx.m.token_actor or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    heads = (noun.lower_, noun.lemma_.lower())
    named = [k for k, rec in ctx.m.actors.items() if rec.type in _LED_BODIES
             and rec.name and rec.name.split()[-1].lower() in heads]
    return len(named) > 1


def part_for_whole(noun: Token, ctx: Context) -> bool:
    """"The cell was headed by X", "X runs the wing" after a group named: a bare noun of
    a group's part read as the whole group; the head of its part is not the whole's head
    (a part named so, "the Tamsi cell", is itself; "led a faction of Y" names its whole,
    and is read as one of Y's people)."""
    if noun.pos_ != "NOUN" or noun.i in ctx.m.token_actor or noun.lemma_ not in GROUP_PARTS:
        return False
    if any(c.dep_ in ("prep", "poss") for c in noun.children):
        return False
    key = actor_of(noun, ctx)
    name = ctx.m.actors[key].name if key is not None and key in ctx.m.actors else None
    return key is not None and not (name and name.split()[-1].lower() in (
        noun.lower_, noun.lemma_.lower()))


def described_noun(verb: Token) -> Token:
    """The noun a participle describes: the one the parser hangs it on, save an
    appositive's noun that names another actor than the name it is set beside ("X, the
    sworn enemy of Y led by P": Y is led, not X), where the name of its "of" phrase ends
    right before the participle. A body's kind stands for the name ("X, a faction of Y
    led by P" stays with X, as the parser reads it)."""
    head = verb.head
    if head.dep_ != "appos" or head.pos_ != "NOUN" or head.lemma_ in BODY_KINDS:
        return head
    return next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"
                 and p.right_edge.i == verb.i - 1), head)


# Leading verbs that, with an object and "to" and a verb, tell an order
_ORDERING_LEADS = frozenset({"direct", "command"})


def held_role(verb: Token) -> R | None:
    """What a leading verb says of its doer: LEADS for a post held, MEMBER_OF for one
    held in the past ("formerly led by Y": a former holder is one of the body's people,
    as with "its former leader"), None for a prospect ("Y, who could lead the X")."""
    if any(c.dep_ == "aux" and c.lower_ in _PROSPECT_MODALS for c in verb.children):
        return None
    if verb.lemma_ in _ORDERING_LEADS and any(c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)
            for c in verb.children):
        return None  # "directed the police to restore order": an order given, no post
    if any(c.dep_ == "advmod" and c.lower_ in _PAST_WORDS for c in verb.children):
        return R.MEMBER_OF
    if any(t.dep_ == "amod" and t.lower_ in FORMER_WORDS and t.head.lemma_ in _HEAD_TITLES
           and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.head.children)
           for a in pobjs(verb, {"by"}) for t in a.subtree):
        # "led by its former commander X" (not "by a former general", nor "by former
        # commission head X": another body's post)
        return R.MEMBER_OF
    return R.LEADS


def post_held(title: Token) -> R | None:
    """What the verb a title is the doer of says of the post: "formerly led by its
    chairman X" (MEMBER_OF), "could be led by its chairman X" (None); the death of the
    holder ends it ("since the death of its founder Z": None); LEADS otherwise."""
    if title.dep_ == "pobj" and title.head.dep_ == "agent" and title.head.head.pos_ == "VERB":
        return held_role(title.head.head)
    if title.dep_ == "pobj" and title.head.lower_ == "of" and title.head.head.lemma_ == "death":
        return None  # "since the death of its founder Z": a post left, no tie held now
    return R.LEADS


# Prepositions of a time or a place a passive leading verb may give before its doer:
# "has been led since the death of Z in 2016 by his son, X", "led from exile by X" (the
# parser hangs "by" on the phrase's noun).
_SINCE_PREPS = frozenset({"since", "after", "following", "from"})


# Bodies a secretary heads: a party's committees, a security council.
_SECRETARIATS = frozenset({"committee", "council", "commission", "bureau", "politburo"})


def secretaries_head(name: str) -> bool:
    """"the Central Committee", "the Supreme Defence Council": a body whose secretary is
    its head, by the last word of its name."""
    parts = name.split()
    return bool(parts) and parts[-1].lower() in _SECRETARIATS


def agent_after_time(verb: Token) -> list[Token]:
    """The doer of a passive verb given after a time or a place the parser hung it on:
    "has been led since the death of its founder in 2016 by his son, X", "is run from
    exile by X"."""
    return [a for c in verb.children if c.dep_ == "prep" and c.lower_ in _SINCE_PREPS
            for t in c.children if t.dep_ == "pobj" for a in pobjs(t, {"by"})]


def body_set_off_before(noun: Token, ctx: Context) -> str | None:
    """The body named right before a phrase set off by a comma whose head is a common
    noun for a body: "the X (XF), an armed group ...", "the X, a splinter faction ..."."""
    if noun.pos_ != "NOUN" or noun.lemma_ not in BODY_KINDS:
        return None
    doc = noun.doc
    k = noun.left_edge.i - 1
    if k < 1 or doc[k].text != ",":
        return None
    k -= 1
    if doc[k].text == ")" and k >= 3 and doc[k - 2].text == "(":
        k -= 3  # past the acronym: "the X (XF),"
    key = ctx.m.token_actor.get(k)
    return key if key is not None and ctx.m.type_of(key) in _LED_BODIES else None


@rule
def leads_body_named_after(verb: Token, ctx: Context) -> list[Candidate]:
    """"Y, who heads a militia of his own, the X, ...", "Y runs an armed group, the X":
    the body named after the comma that closes the verb's object, a common noun for a
    body. The parser hangs the name on the person, so no object link says it."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_ not in BODY_KINDS:
        return []
    doc = verb.doc
    k = obj.right_edge.i + 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return []
    k += 2 if doc[k + 1].lower_ == "the" else 1
    m = ctx.m
    body = m.token_actor.get(k)
    rel = held_role(verb)
    if body is None or m.type_of(body) not in _LED_BODIES or rel is None:
        return []
    k = m.name_end(k, body, len(doc))
    if k < len(doc) and doc[k].text not in (",", ".", ";", "("):
        return []  # "Y runs a militia, the X said": the name after the comma is a speaker
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    return [candidate(p, rel, body, verb, ctx, 0.55) for p in subjects(verb, ctx)
            if m.type_of(p) is ActorType.PERSON]


# Forms of a leading verb after a relative pronoun and a name: "Y, which X heads" (the
# parser often reads "X heads" as a noun phrase, so no verb link says it).
_LEAD_FORMS = frozenset({
    "heads", "leads", "commands", "runs", "chairs", "headed", "led", "commanded", "ran",
    "chaired"})
# Words that may stand between the name and the verb: "which X has headed since 2017"
_BETWEEN_WORDS = frozenset({"has", "have", "had", "now", "still", "also", "long", "jointly"})


@rule
def which_person_leads(sent: Span, ctx: Context) -> list[Candidate]:
    """"Y, which X heads, ...", "Y, which X has commanded since 2019": X LEADS the body
    set off before "which" (a militia "that X leads" is read by its verb link)."""
    out: list[Candidate] = []
    doc = sent.doc
    m = ctx.m
    for tok in _set_off_words("which", sent, ctx):
        person = m.token_actor.get(tok.i + 1)
        if person is None or m.type_of(person) is not ActorType.PERSON:
            continue
        k = m.name_end(tok.i + 1, person, sent.end)
        between: list[str] = []
        while k < sent.end and (doc[k].lower_ in _BETWEEN_WORDS | _PAST_WORDS
                                or doc[k].lower_ in _PROSPECT_MODALS):
            between.append(doc[k].lower_)
            k += 1
        if k >= sent.end or doc[k].lower_ not in _LEAD_FORMS or any(
                w in _PROSPECT_MODALS for w in between):
            continue  # (nor "which X could lead": a prospect)
        if k + 1 < sent.end and doc[k + 1].lower_ in ("to", "by"):
            continue  # "the crisis, which X led to": no body led
        body, _ = _body_set_off_before(tok, sent, ctx)
        if body is None:
            continue
        rel = R.MEMBER_OF if any(w in _PAST_WORDS for w in between) else R.LEADS
        out.append(candidate(person, rel, body, doc[k], ctx, 0.6))
    return out


def _set_off_words(word: str, sent: Span, ctx: Context) -> list[Token]:
    """The sentence's `word`s set off by a comma after a name: ", which", ", under"."""
    doc = sent.doc
    # (the sentence's decoded words: most have no such word, and iterating the Span would
    # make a new Token of every word)
    if word not in ctx.lowers:
        return []  # (most sentences: a set lookup, no walk)
    return [tok for tok, lower, *_ in ctx.words
            if lower == word and tok.i - 2 >= sent.start and doc[tok.i - 1].text == ","]


def _body_set_off_before(tok: Token, sent: Span, ctx: Context) -> tuple[str | None, bool]:
    """The body named before the comma before `tok` (not "the X in Tripoli"), and True
    when it is a part of a body with no name of its own ("the armed wing of X")."""
    last = before_acronym(tok.i - 2, sent)
    body = ctx.m.token_actor.get(last)
    if body is None:
        return None, False
    body, part = set_off_holder(sent.doc[last], body, ctx)
    return (body, part) if body is not None and ctx.m.type_of(body) in _LED_BODIES else (
        None, False)


# Nouns of a post a body is "under": "under the command of Y", "under Y's leadership".
_UNDER_POSTS = frozenset({"command", "leadership"})


@rule
def under_set_off(sent: Span, ctx: Context) -> list[Candidate]:
    """"The X, under General Y, has answered ...", "the X, under the command of Y,":
    a phrase set off by commas after a body's name says who heads it."""
    out: list[Candidate] = []
    doc = sent.doc
    m = ctx.m
    for tok in _set_off_words("under", sent, ctx):
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is None or obj.right_edge.i + 1 >= sent.end or (
                doc[obj.right_edge.i + 1].text != ","):
            continue  # (set off on both sides)
        if obj.lemma_ in _UNDER_POSTS:
            # "under the command of Y", "under Y's leadership"
            held = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]
            obj = next(iter(held or [c for c in obj.children if c.dep_ == "poss"]), obj)
        leader = titled_name(obj, ctx) or m.token_actor.get(obj.i)
        if leader is None or m.type_of(leader) is not ActorType.PERSON:
            continue
        body, part = _body_set_off_before(tok, sent, ctx)
        if body is not None:
            # (the head of a part of X, "the armed wing of X, under Y": one of X's)
            rel = R.MEMBER_OF if part else R.LEADS
            out.append(candidate(leader, rel, body, tok, ctx, 0.6))
    return out


def set_off_holder(last: Token, key: str, ctx: Context) -> tuple[str | None, bool]:
    """Whom a participle or a clause set off after a name describes, when the name
    closes a phrase of another noun: "the Government of National Unity in Tripoli, led
    by Y" (the body, not the town it sits in; "the administration in Goma, led by Y":
    no one named), "the Qalam faction of the X, led by Y" (the faction), "the Parliament
    of Kenya, led by Y" (not Kenya), "the assault on X, led by Y" (an event: no one).
    True with a part of X that has no name of its own ("the armed wing of X, led by
    Y"): its head is one of X's people."""
    m = ctx.m
    root = last
    while root.head.i != root.i and m.token_actor.get(root.head.i) == key:
        root = root.head
    if root.dep_ != "pobj" or root.head.dep_ != "prep":
        return key, False
    prep, noun = root.head, root.head.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return key, False
    named = next((k for c in noun.children if c.dep_ == "compound"
                  and (k := m.token_actor.get(c.i)) not in (None, key)), None)
    if prep.lower_ == "of" and noun.lemma_ in GROUP_PARTS:
        return (named, False) if named is not None else (key, True)
    if noun.lemma_ in ATTACK_NOUNS:
        return None, False  # "the assault on X, led by Y": an event is led
    owner = named or m.token_actor.get(noun.i)
    if prep.lower_ != "of" and m.type_of(key) is ActorType.LOCATION and owner != key:
        return (owner if owner is not None and m.type_of(owner) in _ACTING else None), False
    if prep.lower_ == "of" and m.type_of(key) in PLACES_OR_STATES and (
            noun.lemma_.lower() not in STATE_ITSELF | POLITY_HEADS):
        # "the Parliament of Kenya, led by its speaker Y": the body, not the state
        return (owner if owner not in (None, key) else None), False
    return key, False


_ACTING = frozenset(ActorType) - {ActorType.LOCATION, ActorType.FACILITY, ActorType.MEDIA}


def before_acronym(k: int, sent: Span) -> int:
    """The last token of the name before "(XF)" ending at `k`, else `k`."""
    doc = sent.doc
    if doc[k].text == ")" and k - 3 >= sent.start and doc[k - 2].text == "(":
        return k - 3
    return k


# A state's office named by its portfolio ("Defence Minister X", "Foreign Secretary X"),
# and its government's spokesperson: the holder serves or speaks for the state.
_PORTFOLIOS = frozenset({
    "defence", "defense", "foreign", "interior", "finance", "security", "justice", "home",
    "information", "communications", "energy", "health", "education", "trade", "economy"})
_OFFICES = {"minister": R.MEMBER_OF, "secretary": R.MEMBER_OF}
_GOVERNMENT_VOICES = frozenset({"spokesperson", "spokesman", "spokeswoman"})


@rule
def home_office(first: Token, person: str, sent: Span, ctx: Context) -> list[Candidate]:
    """"Defence Minister X", "Government spokesperson X" with no state in front of the
    title: the state the report is filed from (its dateline) is the one X serves."""
    doc = sent.doc
    k = first.i
    if k - 2 < sent.start:
        return []
    office, portfolio = doc[k - 1], doc[k - 2]
    if not (office.is_title and portfolio.is_title):
        return []  # (capitalised in front of a name: "the defence minister X" is no title)
    word = portfolio.lower_
    if office.lower_ in _OFFICES and word in _PORTFOLIOS:
        rel = _OFFICES[office.lower_]
    elif office.lower_ in _GOVERNMENT_VOICES and word == "government":
        rel = R.SPOKESPERSON_FOR
    else:
        return []
    m = ctx.m
    if k - 3 >= sent.start:
        before = doc[k - 3]
        if before.lower_ in ("'s", "'") or before.i in m.token_actor or m.state_for_word(before):
            return []  # "Kenya's", "Kenyan", "Hamas": the owner is named (rules._state_titles)
    state = home_state(doc, m)
    if state is None or any(m.state_for_word(t) not in (None, state) or _state_named(t, m)
                            not in (None, state) for t in sent):
        return []  # (another state named with it, or its capital ("In Damascus, Interior
        # Minister X said"): the title may be that state's office)
    return [candidate(person, rel, state, first, ctx, 0.6)]


def named_after_name(first: Token, person: str, sent: Span, ctx: Context) -> str | None:
    """The actor named right after the name with "of": "President X of Kenya", "President
    X of the Farmers Union" (a body's president)."""
    m = ctx.m
    end = m.name_end(first.i, person, sent.end)
    if end + 1 >= sent.end or sent.doc[end].lower_ != "of":
        return None
    key = m.token_actor.get(end + 1)
    if key is None and end + 2 < sent.end and sent.doc[end + 1].lower_ == "the":
        key = m.token_actor.get(end + 2)
    return key


def dateline_state(doc: Doc, m: Mentions) -> str | None:
    """The state named as the country of the document's dateline, if any."""
    span = dateline_region(doc[:_HEAD_TOKENS].text)  # (offsets from 0 hold for the head)
    if span is None:
        return None
    region = doc.char_span(span[0], span[1], alignment_mode="expand")
    if region is None:
        return None
    keys = {m.token_actor.get(t.i) for t in region}
    states = [k for k in keys if k is not None and m.type_of(k) is ActorType.STATE]
    return states[0] if len(states) == 1 and None not in keys else None


# Military ranks that stand between a title and a name ("KDF spokesperson Brigadier X",
# "its commander, Admiral X"): part of how the person is called, not another office.
# Titles whose holder a nationality adjective only describes: "a Malian militant" is
# from Mali, not one of its people (unlike "an Iranian general", who serves Iran).
NATIONALITY_TITLES = frozenset({"militant", "militants", "fighter", "fighters"})


def named_after_comma(k: int, sent: Span, ctx: Context) -> str | None:
    """The person named after a title and its comma, past a job noun ("engineer X")."""
    doc = sent.doc
    if k < sent.end and doc[k].lower_ in JOB_NOUNS and doc[k].is_lower:
        k += 1
    k = past_ranks(k, sent, ctx)  # "its commander, Admiral X"
    key = ctx.m.token_actor.get(k) if k < sent.end else None
    if key is None or ctx.m.type_of(key) is not ActorType.PERSON:
        return None
    k = ctx.m.name_end(k, key, sent.end)
    return None if k < sent.end and doc[k].lower_ == "'s" else key  # not "X's brother"


# Words that bring in a nickname between a name and its title: 'X, alias "Y", the leader
# of Z', 'X, known as "Y", ...'.
_NICKNAME_WORDS = frozenset({"alias", "aka", "a.k.a.", "nicknamed", "dubbed", "called"})
_NICKNAME_SPAN = 6  # opening quote to closing quote: a nickname is a word or a few


def past_nickname(comma: int, sent: Span) -> int:
    """The comma before 'alias "Y"' when `comma` closes such a nickname, so that the title
    after it is the named person's ('X, alias "Lobo", the leader of Z'); else `comma`."""
    doc = sent.doc
    k = comma - 1
    if k <= sent.start or doc[k].text not in ('"', "'", "\u201d", "\u2019"):
        return comma
    opening = next((i for i in range(k - 1, max(sent.start, k - _NICKNAME_SPAN) - 1, -1)
                    if doc[i].text in ('"', "'", "\u201c", "\u2018")), None)
    if opening is None or opening - 1 <= sent.start:
        return comma
    word = opening - 1
    if doc[word].lower_ == "as" and doc[word - 1].lower_ == "known":
        word -= 1
    elif doc[word].lower_ not in _NICKNAME_WORDS:
        return comma
    return word - 1 if word - 1 > sent.start and doc[word - 1].text == "," else comma


def title_end(title: Token, sent: Span) -> int:
    """The last token of a title that runs on: "chief of staff", "chief of the general
    staff" (else the title itself)."""
    doc = sent.doc
    if title.lower_ != "chief":
        return title.i
    for k in range(title.i + 2, min(title.i + 5, sent.end)):
        if doc[k].lower_ == "staff" and doc[title.i + 1].lower_ == "of":
            return k
    return title.i


def titled_name(noun: Token, ctx: Context) -> str | None:
    """The person named in apposition to a common noun: "the veteran guerrilla X"; or
    by a nickname alone: 'a man known as "Z"' (`nameforms.nicknamed_persons`)."""
    if noun.pos_ != "NOUN":
        return None
    m = ctx.m
    return next((k for c in noun.children if c.dep_ == "appos"
                 and (k := m.token_actor.get(c.i)) is not None
                 and m.type_of(k) is ActorType.PERSON), None) or known_as(noun, ctx)


def known_as(noun: Token, ctx: Context) -> str | None:
    """The person a common noun for one person is named by: 'a man known (only) as
    "Z"', 'a commander called "Z"'."""
    if noun.lemma_ not in ONE_PERSON_NOUNS or noun.tag_ != "NN":
        return None
    m = ctx.m
    for c in noun.children:
        if not (c.dep_ == "acl" and c.lower_ in NAMING_PARTICIPLES) and not (
                c.dep_ == "relcl" and c.lemma_ == "go"):
            continue
        names = [t for t in c.children if t.dep_ in ("oprd", "xcomp", "attr", "dobj")]
        names += [t for a in c.children if a.dep_ == "prep" and a.lower_ == "as"
                  for t in a.children if t.dep_ == "pobj"]
        # 'a commander known by the nom de guerre Z', '... who goes by the alias Z'
        names += [n for a in c.children if a.dep_ in ("prep", "agent") and a.lower_ == "by"
                  for t in a.children if t.dep_ == "pobj"
                  for n in (t, *(x for x in t.children if x.dep_ == "appos"))]
        for t in names:
            if (k := m.token_actor.get(t.i)) is not None and m.type_of(k) is ActorType.PERSON:
                return k
    return None


def home_state(doc: Doc, m: Mentions) -> str | None:
    """The state a report is filed from: the dateline's country ("KYIV, Ukraine, ..."),
    else the state whose capital is the dateline's city ("NIAMEY (Agency) -")."""
    state = dateline_state(doc, m)
    if state is not None:
        return state
    head = doc[:_HEAD_TOKENS].text
    found = DATELINE_HEAD.search(head[:400])
    if found is None:
        line = _PLACE_DATE_LINE.search(head[:400])  # "Addis Ababa, 27 April 2026"
        city = line.group("city") if line is not None else ""
    elif found.group("region") is not None or not _opens_report(head, found):
        return None  # (a dateline opens the report; a later line start is text)
    else:
        # "NIAMEY (Agency) -", "LIMA, March 3 (Reuters) -": the words before the date
        city = found.group(0).strip().split("(")[0].split(",")[0].strip(" -\u2013\u2014")
    if not city:
        return None
    country = m.gaz.capitals.get(name_key(city)) or _city_state(city, m)
    if country and found is not None and found.start() > _DATELINE_START and not (
            _headline_names(head[:found.start()], country, m)):
        return None  # (filed from a city abroad: "BANGKOK -" under a headline on Myanmar)
    return m.add(country, ActorType.STATE, city) if country else None


def _opens_report(head: str, found: re.Match[str]) -> bool:
    """The dateline opens the report: the text's first line, or, dated ("YEREVAN, 21
    April 2026 -", "CONAKRY, March 9 (Reuters) -"), the line under its headline."""
    if found.start() <= _DATELINE_START:
        return True
    dated = found.group("y1") is not None or found.group("m2") is not None or (
        "(" in found.group(0))
    return dated and "\n" not in head[:found.start()].strip()


def _headline_names(headline: str, country: str, m: Mentions) -> bool:
    """The headline names the state, its people or its capital ("Guinea deploys troops",
    "Armenian soldier killed", "how little room Tbilisi has left")."""
    if re.search(rf"\b{re.escape(country)}\b", headline):
        return True
    return any(m.gaz.state_of_demonym(w) == country or m.gaz.capitals.get(name_key(w)) == country
               for w in re.findall(r"[A-Z][\w'-]+", headline))


def _city_state(city: str, m: Mentions) -> str | None:
    """The state of a dateline's city that is no capital ("LAGOS (Agency) -"), as the
    gazetteer names it."""
    country = city_country(city)
    entry = m.gaz.lookup(country) if country else None
    return entry.name if entry is not None and entry.type is ActorType.STATE else None


def agent_set_off(verb: Token, ctx: Context) -> str | None:
    """"created by a former officer, Y, in 2024": the person named after the comma that
    closes a common noun agent (the parser hangs the name on the verb). The name must be
    closed in turn ("by a soldier, Y said" names a speaker)."""
    agents = pobjs(verb, {"by"})
    if len(agents) != 1 or agents[0].pos_ != "NOUN":
        return None
    noun = agents[0]
    if (named := known_as(noun, ctx)) is not None:
        return named  # "was led by a man known as 'Z'"
    sent = sentence_of(noun)
    doc = noun.doc
    k = noun.right_edge.i + 1
    if k + 1 >= sent.end or doc[k].text != ",":
        return None
    key = named_after_comma(k + 1, sent, ctx)
    if key is None:
        return None
    start = next((i for i in range(k + 1, sent.end) if ctx.m.token_actor.get(i) == key), k + 1)
    end = ctx.m.name_end(start, key, sent.end)
    return key if end >= sent.end or doc[end].text in (",", ".", ";") else None


# Verbs that name a person for what the speaker holds him to be: "whom police describe as
# the leader of X", "whom the authorities consider the head of X", "described by police
# as X's leader".
_HOLDING_VERBS = frozenset({"describe", "consider", "regard", "identify", "call", "label",
                            "brand", "name", "believe", "see"})
_HEAD_TITLES = frozenset({"leader", "head", "chief", "commander", "founder", "chairman",
                          "ringleader", "kingpin", "boss", "mastermind"})
# Nouns of one of a body's people a clause of holding may name: "whom police describe as
# a member of Y", "whom he described as a Y operative".
_MEMBER_TITLES = frozenset({"member", "operative", "militant", "fighter", "financier"})
_ONE_OF = frozenset({"a", "an", "one"})
_NOT_HEAD = DEPUTY_WORDS | FORMER_WORDS
_MAX_CLIMB = 3  # "described by police as X": "as" may hang on "police", under "by"


def _holding_verb(title: Token) -> Token | None:
    """The verb of holding a title is named by: its object or complement, or "as" Y."""
    node = title
    if node.dep_ in ("dobj", "oprd", "attr", "xcomp", "ccomp") and (
            node.head.lemma_ in _HOLDING_VERBS):
        return node.head
    if node.dep_ == "attr" and node.head.lemma_ == "be" and node.head.dep_ == "xcomp" and (
            node.head.head.lemma_ in _HOLDING_VERBS):
        return node.head.head  # "whom police believe to be the leader of Y"
    if node.dep_ != "pobj" or node.head.lower_ != "as":
        return None
    node = node.head
    for _ in range(_MAX_CLIMB):
        node = node.head
        if node.lemma_ in _HOLDING_VERBS and node.pos_ == "VERB":
            return node
    return None


# Adverbs that take back what a verb of holding says: "whom police wrongly described as
# the leader of Y".
_MISTAKEN = frozenset({"wrongly", "falsely", "mistakenly", "erroneously", "wrongfully"})


def doubted(verb: Token) -> bool:
    """The holding is denied or taken back: "do not consider", "no longer consider",
    "wrongly described"."""
    return any(c.dep_ == "neg" or c.lower_ in _MISTAKEN or (
        c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children))
        for c in verb.children)


@rule
def described_head(sent: Span, ctx: Context) -> list[Candidate]:
    """"X, whom police describe as the leader of Y", "X, described by police as Y's
    leader": the person the clause hangs on leads Y; "a commander of Y", "a member of
    Y", "a fighter of Y" is one of its people ("X, a trader whom police describe as ...":
    the name the noun is set beside); no reading under a negation."""
    m = ctx.m
    out: list[Candidate] = []
    if ctx.lowers.isdisjoint(_HEAD_TITLES) and ctx.lowers.isdisjoint(_MEMBER_TITLES):
        return out  # (most sentences: no such title, no token walked)
    for title, lower, _, _, _, _ in ctx.words:
        if lower not in _HEAD_TITLES and lower not in _MEMBER_TITLES:
            continue
        named = _identified_as(title, ctx)
        person = named if named is not None else _described_person(title, ctx)
        if person is None or m.type_of(person) is not ActorType.PERSON:
            continue
        owners = [c for c in title.children if c.dep_ == "poss"] + pobjs(title, {"of"})
        if lower in _MEMBER_TITLES or named is not None:
            owners += [c for c in title.children if c.dep_ in _NAME_MODIFIERS  # "a Y operative"
                       and (k := m.token_actor.get(c.i)) is not None
                       and m.type_of(k) is not ActorType.STATE]
        part = False
        if not any(o.i in m.token_actor for o in owners):
            # "the head of Y's operations in Z", "the leader of Y's armed wing": one of
            # Y's people, who heads a part of it
            owners = [c for o in owners if o.lemma_ in _PARTS_HEADED
                      for c in o.children if c.dep_ == "poss"]
            part = bool(owners)
        org = next((k for o in owners if (k := m.token_actor.get(o.i)) is not None
                    and m.type_of(k) not in (ActorType.PERSON, ActorType.LOCATION)), None)
        if org is None:
            continue
        one_of = part or lower in _MEMBER_TITLES or _ranked_below_head(title) or any(
            c.lower_ in _ONE_OF or c.lower_ in _NOT_HEAD for c in title.children
            if c.dep_ in ("det", "amod", "nummod", "compound"))
        out.append(Candidate(person, R.MEMBER_OF if one_of else R.LEADS, org, False, 0.75))
    return out


# Ordinals that rank a title below its body's head: "second-ranking", "third-highest".
_BELOW_HEAD = frozenset({"second", "third", "fourth", "fifth", "no.", "number"})


def _ranked_below_head(title: Token) -> bool:
    """"Y's second-ranking leader", "the third-highest commander of Y": one of Y's
    leaders ranked under its head, a member (not "the top-ranking leader")."""
    return any(g.lower_ in _BELOW_HEAD for c in title.children if c.dep_ == "amod"
               for g in c.children if g.dep_ in ("advmod", "amod", "npadvmod"))


def _described_person(title: Token, ctx: Context) -> str | None:
    """The person a clause of holding gives the title to: "X is regarded as the leader of
    Y", "police consider X the leader of Y", "X, whom police describe as ..."."""
    m = ctx.m
    verb = _holding_verb(title)
    if verb is None or doubted(verb):
        return None
    held = next((c for c in verb.children if c.dep_ == "nsubjpass"
                 and c.tag_ not in ("WP", "WDT")), None)
    small = next((c for c in title.children if c.dep_ == "nsubj"), None)
    if held is not None:
        return m.token_actor.get(held.i)
    if small is not None and title.dep_ == "ccomp":
        return m.token_actor.get(small.i)
    if verb.dep_ not in ("relcl", "acl"):
        return None
    person = m.token_actor.get(verb.head.i)
    if person is None and verb.head.dep_ == "appos":
        person = m.token_actor.get(verb.head.head.i)  # "X, a Ruvian national whom police
        # describe as ...": the name the noun is set beside
    return person


# How the parser hangs a name before a title: "a Y operative", "an MS-13 leader" (a number
# in the name).
_NAME_MODIFIERS = frozenset({"compound", "nmod", "nummod"})
# A body's parts a person described as their head may head: he is one of its people.
_PARTS_HEADED = GROUP_PARTS | frozenset({"operation", "network", "unit", "command"})


# Verbs that put a name to a title: "a Y commander identified as X".
_IDENTIFYING_VERBS = frozenset({"identify", "name"})
# "a Y commander known as X": a participle giving the name the title's holder goes by
# (a participle, so "a commander he called a friend" is not read).


def _identified_as(title: Token, ctx: Context) -> str | None:
    """"a Y commander identified as X", "a Y leader he identified as X", "a Y commander
    known as X": the person the clause on the title names (not "wrongly identified as
    X")."""
    for verb in title.children:
        naming = verb.dep_ == "acl" and verb.lower_ in NAMING_PARTICIPLES
        if verb.dep_ not in ("acl", "relcl") or (
                verb.lemma_ not in _IDENTIFYING_VERBS and not naming) or doubted(verb):
            continue
        for named in pobjs(verb, {"as"}):
            key = ctx.m.token_actor.get(named.i)
            if key is not None and ctx.m.type_of(key) is ActorType.PERSON:
                return key
    return None


def heads_of_unnamed_states(doc: Doc, ctx: Context, found: list[tuple[Candidate, Span]]
                            ) -> list[tuple[Candidate, Span]]:
    """"President X" where the sentence names no state for the title ("protests against
    President X", "Prime Minister X's government"), read once the whole article is: the
    state the article writes with X's title elsewhere ("Kenya's president, X"), else the
    country of X's CAMEO code, else the dateline's state (with no dateline, the state the
    article tells of) when X is tied to no other and no one else holds that title of it
    (two presidents of one state: one is a guest's)."""
    open_heads = [(p, t, s) for p, t, s, state in ctx.titled_heads if state is None]
    if not open_heads:
        return []
    m = ctx.m
    written: dict[str, set[str]] = {}
    for cand, _ in found:
        if (cand.type is R.LEADS and not cand.negated
                and m.type_of(cand.source) is ActorType.PERSON
                and m.type_of(cand.target) is ActorType.STATE):
            written.setdefault(cand.source, set()).add(cand.target)
    holders: dict[tuple[str, str], set[str]] = {}  # (state, title) -> persons
    for person, title, _, state in ctx.titled_heads:
        if state is not None:
            holders.setdefault((state, title), set()).add(person)
    read: dict[str, str | None] = {}  # person -> the state the article writes for him
    homes: dict[str, tuple[str, str]] = {}  # person -> (the dateline's state, his title)
    for person, title, _ in open_heads:
        if person in read:
            continue
        read[person] = _written_state(person, written.get(person, set()), ctx)
        if read[person] is None and not written.get(person) and (
                home := _home_state_of(person, doc, ctx)) is not None:
            homes[person] = (home, title)
            holders.setdefault(homes[person], set()).add(person)
    out: list[tuple[Candidate, Span]] = []
    for person, _, sent in open_heads:
        state = read[person]
        if state is None and person in homes and holders[homes[person]] == {person}:
            state = homes[person][0]  # the dateline's: he alone holds that title of it
        if state is not None:
            ctx.roles.setdefault(person, []).append((R.LEADS, state))
            out.append((Candidate(person, R.LEADS, state, False, 0.6,
                                  pattern="leaders.heads_of_unnamed_states"), sent))
    return out


# Nouns for the government a ruler heads: "the government of Capt. X", "X's cabinet".
_RULING_NOUNS = frozenset({"government", "administration", "cabinet", "junta"})
# Words that make a government one its ruler no longer heads: "the ousted government
# of X", "the previous administration of X", "the government of former President X".
_PAST_RULE = FORMER_WORDS | DEPUTY_WORDS | frozenset(
    {"previous", "ousted", "toppled", "overthrown", "deposed", "fallen", "exiled", "then",
     "last", "past", "old", "late", "future", "next", "caretaker", "shadow"}) - frozenset(
    {"acting"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@rule
def government_of_ruler(sent: Span, ctx: Context) -> list[Candidate]:
    """"the (military) government of Capt. X", "President X's government", "the
    government of X" with no title: X leads the state that government is. That state is
    the one the phrase names ("the government of X in Ouagadougou"), else the one the
    government stands for (the article's, or the one state told of), when the sentence
    names no other state as a doer and names that one only as a doer; else, when the
    sentence names no state, the one state the sentence before names. Not a past or
    future government, nor a deputy's or a former holder's, nor a person whose title the
    article gave another state."""
    text = ctx.text
    if not any(w in text for w in _RULING_NOUNS):
        return []  # (most sentences: no walk over their words)
    m = ctx.m
    out: list[Candidate] = []
    for tok, lower, *_ in ctx.words:
        if lower not in _RULING_NOUNS or tok.pos_ != "NOUN":
            continue
        if any(c.lower_ in _PAST_RULE for c in tok.children if c.i < tok.i):
            continue
        person, titled = _ruler_of(tok, ctx)
        if person is None or any(
                m.type_of(org) is ActorType.STATE for _, org in ctx.roles.get(person, ())):
            continue  # (a title already gave him his state: read there)
        state = _government_state(tok, sent, ctx, titled)
        coded = m.gaz.state_of_code(m.actors[person].code)
        if state is not None and (coded is None or name_key(coded) == state):
            # (a ruler the dictionaries know leads his own state, not the article's)
            out.append(Candidate(person, R.LEADS, state, False, 0.6))
    return out


# Titles and ranks a ruler is named with: "President X", "Capt. X".
_RULER_TITLES = RANK_WORDS | frozenset(
    {"president", "premier", "minister", "king", "emir", "sultan", "chancellor"})


def _ruler_of(gov: Token, ctx: Context) -> tuple[str | None, bool]:
    """The person a government noun is owned by ("X's government") or named with after
    "of" ("the government of Capt. X"), not a former or deputy holder; and whether a
    ruler's title or a rank names him."""
    m = ctx.m
    owners = [c for c in gov.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    owners += pobjs(gov, {"of"})
    for owner in owners[:1]:
        key = m.token_actor.get(owner.i)
        if key is None and owner.lower_ in RANK_WORDS and owner.i + 1 < len(owner.doc):
            key = m.token_actor.get(owner.i + 1)  # "of Capt. X": the parser stops at the rank
        if key is None or m.type_of(key) is not ActorType.PERSON:
            break
        if any(t.lower_ in _PAST_RULE or t.lower_ in ("elect", "-elect")
               for t in owner.subtree):
            break  # "the government of former President X", "President-elect X"
        return key, any(t.lower_ in _RULER_TITLES for t in owner.subtree)
    return None, False


def _government_state(gov: Token, sent: Span, ctx: Context, titled: bool) -> str | None:
    """The state a ruler's government is, as `government_of_ruler` reads it (the
    article's own only for a titled ruler: "the government of X" alone may be a foreign
    one's)."""
    m = ctx.m
    key = m.token_actor.get(gov.i)
    if key is not None and m.type_of(key) is ActorType.STATE and any(
            _state_named(c, m) == key for c in gov.lefts):
        return key  # "the Colombian government of President X in Doha": its own state
    phrase = {t.i for t in gov.subtree}
    for t in gov.subtree:  # "the government of X in Chad", "... in Ouagadougou"
        if t.dep_ == "pobj" and t.head.lower_ == "in" and (
                k := _state_or_capital(t, m)) is not None:
            return k
    start = _dateline_end(sent.doc)
    others = [(t, k) for t in ctx.tokens if t.i not in phrase and t.idx >= start
              and (k := _state_named(t, m)) is not None]
    key = m.token_actor.get(gov.i)
    if key is not None and m.type_of(key) is ActorType.STATE:
        # "the government of X criticised Sudan" is not Sudan's, nor is it the article's
        # state's when another state acts in the sentence ("Kenya said X's government")
        if not all(_own_mention(t) if k == key else t.dep_ not in _SUBJECT_DEPS
                   for t, k in others):
            return None
        if titled or any(k == key for _, k in others) or any(
                t.i != gov.i and _state_named(t, m) == key for t in gov.subtree):
            return key
    elif key is not None:
        return None
    if gov.dep_ not in _SUBJECT_DEPS:
        return None
    # "Syria accused Turkey of ... . The government of X said ...": the state the
    # sentence before told as its doer, the government going on as the doer of this one
    doer = state_doer_before(sent, m)
    return doer if doer is not None and key in (None, doer) and all(
        k != doer and t.dep_ not in _SUBJECT_DEPS for t, k in others) else None


def state_doer_before(sent: Span, m: Mentions, main: bool = False) -> str | None:
    """The one state the sentence before tells as its doer ("Syria accused Turkey of
    ...", "Algeria has said it opposes ..."), by its name or its capital; with `main`,
    the doer of its main verb only (not "X warned that Y would pay")."""
    if sent.start == 0:
        return None
    start = _dateline_end(sent.doc)
    before = sent.doc[sent.start - 1].sent
    doers = {k for t in before if t.idx >= start and t.dep_ in _SUBJECT_DEPS
             and (not main or _main_verb(t.head))
             and (k := _state_named(t, m)) is not None}
    return next(iter(doers)) if len(doers) == 1 else None


def _main_verb(verb: Token) -> bool:
    """The sentence's main verb, or one joined to it ("X shares a border and has said")."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _own_mention(tok: Token) -> bool:
    """A state named as a doer, or as where things happen ("near Gimbi in western
    Ethiopia"), not as one acted on ("criticised Sudan", "protested to Khartoum")."""
    return tok.dep_ in _SUBJECT_DEPS or (tok.dep_ == "pobj" and tok.head.lower_ == "in")


def _state_or_capital(tok: Token, m: Mentions) -> str | None:
    """The state a token names, or whose capital it is ("in Ouagadougou")."""
    key = m.token_actor.get(tok.i)
    if key is not None and m.type_of(key) is ActorType.STATE:
        return key
    if key is not None and m.type_of(key) is not ActorType.LOCATION:
        return None
    country = m.gaz.capitals.get(name_key(m.actors[key].name if key else tok.text))
    return m.add(country, ActorType.STATE, country) if country else None


def _state_named(tok: Token, m: Mentions) -> str | None:
    """The key of the state a token names ("Chad"), stands for by its capital ("protested
    to Khartoum") or qualifies as a demonym no actor holds ("Kenyan"), else None."""
    key = m.token_actor.get(tok.i)
    if key is not None and m.type_of(key) is ActorType.LOCATION:
        state = m.gaz.capitals.get(name_key(m.actors[key].name))
    elif key is not None:
        return key if m.type_of(key) is ActorType.STATE else None
    else:
        state = m.gaz.state_of_demonym(tok.text)
    return name_key(state) if state is not None else None


def owns_body(first: Token, person: str, sent: Span, ctx: Context) -> bool:
    """The name owns a body ("President X's party", "the movement of President X"): the
    title may be that body's, not a state's."""
    doc = sent.doc
    root = first
    while ctx.m.token_actor.get(root.head.i) == person and root.head.i != root.i:
        root = root.head  # (the name's head word)
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in BODY_KINDS:
        return True
    end = ctx.m.name_end(first.i, person, sent.end)
    if end + 1 >= sent.end or doc[end].lower_ != "'s":
        return False
    noun = doc[end + 1]
    return noun.lemma_ in BODY_KINDS or (
        noun.pos_ == "ADJ" and end + 2 < sent.end and doc[end + 2].lemma_ in BODY_KINDS)


def _written_state(person: str, written: set[str], ctx: Context) -> str | None:
    """The one state the article gives the person's title, else the person's CAMEO
    country."""
    if written:
        return next(iter(written)) if len(written) == 1 else None
    return coded_state(person, ctx.m)


def coded_state(person: str, m: Mentions) -> str | None:
    """The state of the person's CAMEO code, when the dictionaries know him ("USAELI")."""
    country = m.gaz.state_of_code(m.actors[person].code)
    return m.add(country, ActorType.STATE, country) if country is not None else None


def _home_state_of(person: str, doc: Doc, ctx: Context) -> str | None:
    """The dateline's state if the person is tied to no other; with no dateline, the
    state the article tells of (named at least twice as often as any other)."""
    m = ctx.m
    home = home_state(doc, m)
    if home is None and not _ANY_DATELINE.search(doc[:_HEAD_TOKENS].text[:400]):
        # (an analysis with no dateline: its state, unless a sentence naming the person
        # names it or a place too: "X said he had spoken with Y's president" tells of
        # Y's head, "President X during her visit to Minsk" of a visitor)
        home = article_state(m, doc[0])
        if home is not None and _named_with(person, home, doc, m):
            return None
    if home is None or any(org != home for _, org in ctx.roles.get(person, ())):
        return None  # (a post in another body: "X, who also chairs the Y party")
    return None if _tied_elsewhere(person, home, doc, m) else home


def _named_with(person: str, state: str, doc: Doc, m: Mentions) -> bool:
    """A sentence that names the person names the state too, or a place ("during her
    visit to Minsk": the place may be the state the article's state was read from)."""
    sents = {doc[i].sent.start for i, k in m.token_actor.items() if k == person}
    return any(doc[i].sent.start in sents and (
        k == state or m.type_of(k) is ActorType.LOCATION) for i, k in m.token_actor.items())


def _acted_on(tok: Token, near: set[int]) -> bool:
    """A place anyone acts towards ("send arms to Ukraine"), or the object of a verb the
    person's phrase is the doer of ("X's government asked Kenya to")."""
    return tok.dep_ == "pobj" or (tok.dep_ in ("dobj", "dative") and any(
        c.dep_ == "nsubj" and c.i in near for c in tok.head.children))


def _tied_elsewhere(person: str, home: str, doc: Doc, m: Mentions) -> bool:
    """A sentence that names the person names another state ("talks with President X
    on French aid"), or the dateline's own as one anyone acts towards ("urged President X
    to send arms to Ukraine", "X's government asked Kenya to"): X may be another state's
    head (a wrong head of state is dearer than a missed one, so any other state in the
    sentence holds him back, however far from him)."""
    start = _dateline_end(doc)
    names = {i: k for i, k in m.token_actor.items() if k == person}
    for sent in {doc[i].sent for i in names}:
        near: set[int] | None = None  # (the phrase naming him, walked only when needed)
        for tok in sent:
            if tok.idx < start:
                continue  # the dateline's country
            key = m.token_actor.get(tok.i)
            if key is None or m.type_of(key) is not ActorType.STATE:
                # "Ukrainian border guards", "the government in Tripoli": another state
                # by its people's word or by its capital
                state = m.gaz.state_of_demonym(tok.text) or m.gaz.capitals.get(
                    name_key(tok.text)) if tok.is_title else None
                if state is not None and name_key(state) != home:
                    return True
                continue
            if key != home:
                return True
            if near is None:
                near = person_phrase(person, sent, names, m)
            if _acted_on(tok, near):
                return True
    return False


_SET_OFF = 12  # tokens of a phrase set off by commas after a name


def _set_off_after(i: int, person: str, sent: Span, m: Mentions) -> range:
    """The tokens of a phrase set off by commas right after the name at `i`, however the
    parser hangs it ("President X, on a visit to Chad, said ...")."""
    doc = sent.doc
    end = m.name_end(i, person, sent.end)
    if end >= sent.end or doc[end].text != ",":
        return range(0)
    close = next((k for k in range(end + 1, min(end + _SET_OFF, sent.end))
                  if doc[k].text == ","), None)
    return range(end + 1, close) if close is not None else range(0)


def person_phrase(person: str, sent: Span, names: dict[int, str], m: Mentions) -> set[int]:
    """The tokens of the phrases that name the person, up to the verb each hangs on
    ("supporters of President X", "talks with President X on French aid"), and the
    doers of that verb when the person is its object ("Kenya hosted President X")."""
    out: set[int] = set()
    for i in range(sent.start, sent.end):
        if names.get(i) != person:
            continue
        node = sent.doc[i]
        while node.head.i != node.i and m.token_actor.get(node.head.i) == person:
            node = node.head  # (the name's head word)
        while node.head.i != node.i and node.head.pos_ not in ("VERB", "AUX"):
            node = node.head
        out.update(t.i for t in node.subtree)
        out.update(_set_off_after(i, person, sent, m))
        if node.dep_ in ("dobj", "pobj", "dative") and node.head.i != node.i:
            out.update(t.i for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")
                       for t in c.subtree)
    return out


def _dateline_end(doc: Doc) -> int:
    """The character offset where the document's dateline ends (0 with none)."""
    head = doc[:_HEAD_TOKENS].text[:400]
    return max((d.end() for d in DATELINE_HEAD.finditer(head)), default=0)
