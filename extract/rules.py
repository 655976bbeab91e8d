"""Clause rules: titles, "X-backed Y", possessives, verbs with their subjects and objects."""

from __future__ import annotations

from spacy.tokens import Span, Token

from actorgraph.domain import ActorType, RelationType, name_key

from .combat import (
    acting_as_part,
    asked_of_another,
    combat_candidates,
    fighter_supported,
    fighters_backed,
)
from .events import nominal_events, quoted_group
from .lexicon import (
    ATTACK_NOUNS,
    DEPUTY_WORDS,
    KILL_NOUNS,
    PHRASAL,
    PLACE_NOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STATE_TITLES,
    VERBS,
    words,
)
from .links import city_of, link_candidates, place_targets
from .origins import origin_candidates
from .placenames import is_region
from .resolve import (
    ROLE_RELS,
    Candidate,
    Context,
    R,
    actor_of,
    actors_of_tokens,
    candidate,
    pobjs,
    subjects,
)

_BACK_WORDS = {
    "backed": R.BACKS, "supported": R.BACKS, "sponsored": R.BACKS, "funded": R.BACKS,
    "armed": R.BACKS, "aligned": R.BACKS, "allied": R.ALLIED_WITH, "led": R.LEADS,
    "headed": R.LEADS, "represented": R.MEMBER_OF,
}


_NOT_ORGS = frozenset({ActorType.PERSON, ActorType.LOCATION, ActorType.FACILITY})


def sentence_candidates(sent: Span, ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    out += _titles(sent, ctx)
    out += _state_titles(sent, ctx)
    out += _compound_backing(sent, ctx)
    out += _possessive_part_of(sent, ctx)
    out += _verbs(sent, ctx)
    out += nominal_events(sent, ctx)
    out += _places(sent, ctx)
    out += _state_bodies(sent, ctx)
    out += link_candidates(sent, ctx)
    out += origin_candidates(sent, ctx)
    out += combat_candidates(sent, ctx)
    out += _through_towns(out, ctx)
    out += acting_as_part(out, ctx)
    return [c for c in out if c.source != c.target and _typed_ok(c, ctx)]


def _through_towns(cands: list[Candidate], ctx: Context) -> list[Candidate]:
    """"NRC headquarters in Rockville, Md.": what is in a town is in the state or region
    the same sentence puts the town in."""
    m = ctx.m
    towns: dict[str, list[str]] = {}
    for c in cands:
        if c.type is R.LOCATED_IN and not c.negated and m.type_of(c.source) is ActorType.LOCATION \
                and _holds_towns(c.target, ctx):
            towns.setdefault(c.source, []).append(c.target)
    return [
        Candidate(c.source, R.LOCATED_IN, region, False, 0.45)
        for c in cands
        if c.type is R.LOCATED_IN and not c.negated and c.target in towns
        for region in towns[c.target]
        if region != c.source
    ]


_PLACES = frozenset({ActorType.LOCATION, ActorType.FACILITY})
# Relations whose target may be a place; every other relation joins two actors.


_PLACES_OR_STATES = _PLACES | {ActorType.STATE}
_PLACE_TARGETS = frozenset({R.TARGETS, R.CONTROLS, R.LOCATED_IN, R.WITHDRAWS_FROM})
_REGION_WORDS = words(
    "north south east west northern southern eastern western central northeastern "
    "northwestern southeastern southwestern northeast northwest southeast southwest "
    "upper lower greater"
)


_COMPASS_FILLERS = _REGION_WORDS | {"-"}
# "in the southeastern part of Rwanda", "in the northwest province of Latakia"
_REGION_FILLERS = _REGION_WORDS | PLACE_NOUNS | words("the part parts of -")


def _typed_ok(c: Candidate, ctx: Context) -> bool:
    """Places do not criticise, lead or back anyone; only some relations end in one;
    nobody leads, joins or speaks for a person."""
    src, tgt = ctx.m.type_of(c.source), ctx.m.type_of(c.target)
    if src in _PLACES and c.type is not R.LOCATED_IN:
        return False
    if tgt is ActorType.PERSON and c.type in ROLE_RELS:
        return False
    if c.type is R.LOCATED_IN and tgt is ActorType.LOCATION and _holds_towns(c.source, ctx) \
            and not _holds_towns(c.target, ctx):
        return False  # "the Texas city of Waco": a state or region is in no town
    return tgt not in _PLACES or c.type in _PLACE_TARGETS


def _places(sent: Span, ctx: Context) -> list[Candidate]:
    """"Mosul, Iraq" and "the embassy in Baghdad": a place located in another."""
    m = ctx.m
    doc = sent.doc
    out: list[Candidate] = []
    for tok in ctx.tokens:
        key = m.token_actor.get(tok.i)
        if key is None or m.type_of(key) is ActorType.PERSON:
            continue
        nxt = tok.i + 1
        if nxt < sent.end and m.token_actor.get(nxt) == key:
            continue  # not the last token of the mention
        other = None
        if nxt + 2 < sent.end and doc[nxt].text == "," and doc[nxt + 1].lower_ == "in":
            nxt += 1  # "the Savannah River Plant, in Aiken": set off, so the plant's
        elif nxt + 2 < sent.end and doc[nxt].lower_ in _GEO_NOUNS and doc[nxt + 1].lower_ == "in":
            nxt += 1  # "the Al-Sinek neighborhood in Baghdad": a place, whatever the model said
        elif m.type_of(key) not in _PLACES_OR_STATES and not _misread_town(tok, key, ctx):
            continue
        at = nxt + 1  # where the containing place starts
        if nxt + 1 < sent.end and doc[nxt].text == ",":
            k = nxt + 1
            while k < min(nxt + 4, sent.end - 1) and doc[k].lower_ in _COMPASS_FILLERS:
                k += 1  # "Mosul, northern Iraq", "Mohammadia, south-east Algeria"
            at = k
            other = m.token_actor.get(k)
            if other is not None and (
                    _in_list(tok, doc[k], key, other, ctx) or _placed_itself(doc[k], ctx)):
                continue  # "Bolivia, Ecuador and Peru": a list, not containment
        elif nxt + 1 < sent.end and doc[nxt].lower_ == "in":
            k = nxt + 1
            # "Kassala in eastern Sudan", "Bugesera in the southeastern part of Rwanda";
            # "in the north of Syria" stays out (no actor next)
            while k < min(nxt + 6, sent.end - 1) and (doc[k].lower_ in _REGION_FILLERS):
                k += 1
            at = k
            other = m.token_actor.get(k)
            if other is not None:
                # "Brazoria, Fort Bend and Galveston in southeast Texas": the whole list
                first = tok
                while first.dep_ == "conj" and first.head.i != first.i:
                    first = first.head
                for conj in (first, *first.conjuncts):
                    c_key = m.token_actor.get(conj.i)
                    if c_key not in (None, key, other) and m.type_of(c_key) is ActorType.LOCATION \
                            and not _placed_itself(conj, ctx):
                        out.append(Candidate(c_key, R.LOCATED_IN, other, False, 0.5))
        if other is None or m.type_of(other) not in (ActorType.STATE, ActorType.LOCATION):
            continue
        if m.type_of(other) is ActorType.STATE and m.type_of(key) is not ActorType.STATE:
            other = _capital_city(at, other, sent, ctx) or other  # "a district in Baghdad"
        if m.type_of(key) is ActorType.STATE:
            # "Moscow, Russia": a capital is a city here; "Bolivia, Ecuador": a list
            key = city_of(tok, ctx) if other == key else None
        if key is not None and other != key:
            out.append(Candidate(key, R.LOCATED_IN, other, False, 0.6))
            out += _address_tail(key, other, at, sent, ctx)
    return out


def _state_bodies(sent: Span, ctx: Context) -> list[Candidate]:
    """"the U.S. Congress", "the Haitian Parliament" are part of their state; "the U.S.
    space agency NASA", "the Syrian city of Raqqa" are located in it. Armed groups are
    left out: "Syrian Democratic Forces" are not Syria's army."""
    m = ctx.m
    out: list[Candidate] = []
    for tok in ctx.tokens:
        key = m.token_actor.get(tok.i)
        if key is None or tok.i in m.descriptor_tokens:
            continue  # "the Iraqi parliament" describes; "the Haitian Parliament" names
        if tok.i > sent.start and m.token_actor.get(tok.i - 1) == key:
            continue  # not the first word of the name
        type_ = m.type_of(key)
        name = m.actors[key].name.split()
        state = _state_opening(tok, key, ctx) if len(name) > 1 else None
        if state is not None:
            if type_ is ActorType.GOVERNMENT_BODY:
                out.append(Candidate(key, R.PART_OF, state, False, 0.55))
            continue
        if type_ in (ActorType.GOVERNMENT_BODY, ActorType.ORGANIZATION, ActorType.LOCATION):
            state, nouns = _state_before(tok, type_, sent, ctx)
            if type_ is ActorType.ORGANIZATION and not nouns:
                continue  # "the Iraqi Museum" may be anywhere; "the U.S. agency NASA" is not
            if state is not None and state != key:
                rel = R.PART_OF if type_ is ActorType.GOVERNMENT_BODY else R.LOCATED_IN
                out.append(Candidate(key, rel, state, False, 0.55))
    return out


def _state_opening(tok: Token, key: str, ctx: Context) -> str | None:
    """ "the Haitian Parliament": a known state whose demonym opens a capitalised name."""
    doc = tok.doc
    end = tok.i + 1
    while end < len(doc) and ctx.m.token_actor.get(end) == key:
        if doc[end].is_alpha and not doc[end].is_title and doc[end].lower_ not in ("of", "and"):
            return None  # "Iraqi security forces" describes a force, it does not name one
        end += 1
    return _known_state(tok, ctx)


def _state_before(
    tok: Token, type_: ActorType, sent: Span, ctx: Context
) -> tuple[str | None, int]:
    """The state named just before a name, over common nouns ("the U.S. Congress", "the
    U.S. space agency NASA", "the Syrian city of Raqqa": a place needs its place noun),
    and how many such nouns there are."""
    m = ctx.m
    doc = sent.doc
    j = tok.i - 1
    if j > sent.start and doc[j].lower_ == "of" and doc[j - 1].lower_ in PLACE_NOUNS:
        j -= 1  # "the Syrian city of Raqqa"
    nouns: list[Token] = []
    while j >= sent.start and len(nouns) < 3 and doc[j].is_lower and doc[j].pos_ in (
            "NOUN", "ADJ") and (j not in m.token_actor or j in m.descriptor_tokens):
        nouns.append(doc[j])
        j -= 1
    if j < sent.start or (
            type_ is ActorType.LOCATION and not any(n.lower_ in PLACE_NOUNS for n in nouns)):
        return None, 0  # "the Syrian city X" names a city of Syria; "Syrian Raqqa" is rare
    other = m.token_actor.get(j)
    if other is not None and m.type_of(other) is ActorType.STATE:
        return other, len(nouns)
    if other is not None and type_ is ActorType.LOCATION and _holds_towns(other, ctx):
        return other, len(nouns)  # "the Idaho town of Lowman"
    return _known_state(doc[j], ctx), len(nouns)


def _known_state(tok: Token, ctx: Context) -> str | None:
    """The state a demonym names, when the text names that state too: an adjective
    alone does not add a node to the graph."""
    name = ctx.m.gaz.state_of_demonym(tok.text)
    if name is None:
        return None
    key = name_key(ctx.m.gaz.entries[name].name)
    return key if key in ctx.m.actors else None


_GEO_NOUNS = PLACE_NOUNS | words("plateau desert valley mountains river basin island peninsula")
_AT_PLACE = words("in near outside")


def _misread_town(tok: Token, key: str, ctx: Context) -> bool:
    """ "people in Bugesera in the south of Rwanda": a name between "in" and "in" is a
    place, whatever type the model gave it (but not "in the Senate in Washington")."""
    doc = tok.doc
    start = tok.i
    while start > 0 and ctx.m.token_actor.get(start - 1) == key:
        start -= 1
    return (
        ctx.m.type_of(key) is ActorType.ORGANIZATION
        and start > 0 and doc[start - 1].lower_ in _AT_PLACE
        and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "in"
    )


def _placed_itself(tok: Token, ctx: Context) -> bool:
    """ "A in B, C in D": C's own "in D" places it; it is a list item, not A's container."""
    m = ctx.m
    key = m.token_actor.get(tok.i)
    end = tok.i
    while end + 1 < len(tok.doc) and m.token_actor.get(end + 1) == key:
        end += 1
    doc = tok.doc
    if end + 2 >= len(doc) or doc[end + 1].lower_ != "in":
        return False
    nxt = end + 3 if doc[end + 2].lower_ == "the" and end + 3 < len(doc) else end + 2
    other = m.token_actor.get(nxt)
    return other is not None and other != key and m.type_of(other) in _PLACES_OR_STATES


def _capital_city(at: int, state: str, sent: Span, ctx: Context) -> str | None:
    """The city a capital names from `at` ("in Baghdad": Baghdad, not Iraq)."""
    last = at
    while last + 1 < sent.end and ctx.m.token_actor.get(last + 1) == state:
        last += 1
    return city_of(sent.doc[last], ctx)


def _address_tail(key: str, town: str, at: int, sent: Span, ctx: Context) -> list[Candidate]:
    """"the plant, in Aiken, S.C.": the plant is in the state its town (from `at`) is in."""
    m = ctx.m
    doc = sent.doc
    last = at
    while last + 1 < sent.end and m.token_actor.get(last + 1) == town:
        last += 1
    if last + 2 >= sent.end or doc[last + 1].text != ",":
        return []
    region = m.token_actor.get(last + 2)
    if region is None or region in (key, town) or not _holds_towns(region, ctx):
        return []
    return [Candidate(key, R.LOCATED_IN, region, False, 0.5)]


def _holds_towns(key: str, ctx: Context) -> bool:
    """A state, a US state or a region: a place that towns are in."""
    return ctx.m.type_of(key) is ActorType.STATE or is_region(ctx.m.actors[key].name)


def _in_list(place_tok: Token, nxt: Token, place: str, other: str, ctx: Context) -> bool:
    """"Tokyo, Kyoto and Osaka" lists places; "Dayton, Ohio" puts one inside the other,
    even where the parser read the second as a conjunct."""
    end = nxt.i
    while end + 1 < len(nxt.doc) and ctx.m.token_actor.get(end + 1) == other:
        end += 1
    listed = nxt.dep_ == "conj" or any(c.dep_ == "conj" for c in place_tok.children) or (
        end + 1 < len(nxt.doc) and nxt.doc[end + 1].lower_ in ("and", "or"))  # "X, Y and Z"
    if not listed:
        return False
    # "Jackson, Wyo., and Gunnison, Colo.": a town before a state or country is in it;
    # "Ohio, Texas and Utah" and "Bolivia, Ecuador" list equals
    return not _holds_towns(other, ctx) or _holds_towns(place, ctx)


def _titles(sent: Span, ctx: Context) -> list[Candidate]:
    """"X, (deputy) leader of Y" and "Y (deputy) commander X"."""
    doc = sent.doc
    m = ctx.m
    out: list[Candidate] = []
    for tok in ctx.tokens:
        rel = ROLE_NOUNS.get(tok.lower_)
        if rel is None:
            continue
        if tok.lower_ == "minister" and tok.i > sent.start and any(
            doc[tok.i - 1].lower_ == t[0] for t in STATE_TITLES if len(t) == 2
        ):
            continue  # "Defense Minister X": a state title, read by _state_titles
        j = tok.i - 1
        deputy = False
        org_before = None
        # walk back over "the", "deputy" and an organisation: "X, the SDF deputy commander"
        while j >= sent.start:
            word = doc[j].lower_
            key = m.token_actor.get(j)
            if key is None and m.gaz.state_of_demonym(doc[j].text):
                key = m.state_for_word(doc[j])  # "Iranian general X"
            if word in DEPUTY_WORDS or word in ("a", "an", "the", "top", "'s") or (
                doc[j].pos_ == "ADJ" and key is None and doc[j].lower_ not in ("-",)
            ):
                # "Houthi military spokesman X": adjectives between name and title
                deputy = deputy or word in DEPUTY_WORDS
            elif key is not None and m.type_of(key) not in _NOT_ORGS and org_before in (None, key):
                org_before = key
            else:
                break
            j -= 1
        person = org = None
        if j > sent.start and doc[j].text == ",":
            key = m.token_actor.get(j - 1)
            if key and m.type_of(key) is ActorType.PERSON:
                person = key
        if person is None and tok.dep_ == "appos":
            key = m.token_actor.get(tok.head.i)
            if key and m.type_of(key) is ActorType.PERSON:
                person = key
        if person is not None:
            org = org_before or _org_after(tok, sent, ctx)
            if org is None:
                # "X, the group's leader"
                poss = [c for c in tok.children if c.dep_ == "poss"]
                org = actor_of(poss[0], ctx) if poss else None
        elif tok.i + 1 < sent.end:
            key = m.token_actor.get(tok.i + 1)
            if key and m.type_of(key) is ActorType.PERSON:
                person = key
                org = org_before or _org_before(j, sent, ctx)
        if person is None or org is None or m.type_of(org) in _NOT_ORGS:
            continue
        if deputy and rel is R.LEADS:
            rel = R.MEMBER_OF
        ctx.roles.setdefault(person, []).append((rel, org))
        out.append(Candidate(person, rel, org, False, 0.85))
    return out


def _org_after(role: Token, sent: Span, ctx: Context) -> str | None:
    doc = sent.doc
    i = role.i + 1
    if i >= sent.end or doc[i].lower_ not in ("of", "for", "at", "in"):
        return None
    for k in range(i + 1, min(i + 9, sent.end)):
        tok = doc[k]
        if tok.text in (",", ";") or tok.pos_ == "VERB":
            break
        key = ctx.m.token_actor.get(k)
        if key is None:
            continue
        nxt = doc[k + 1] if k + 1 < sent.end else None
        if nxt is not None and nxt.lower_ == "'s":
            continue  # "Iran's Quds force": the possessor is not the organisation
        if doc[i].lower_ == "in" and ctx.m.type_of(key) in _PLACES_OR_STATES:
            continue  # "the group's spokesman in Yemen": where, not whose
        return key
    return None


def _org_before(j: int, sent: Span, ctx: Context) -> str | None:
    doc = sent.doc
    k = j
    # skip back over "'s" and a parenthesised acronym: "Force (PMF) commander X"
    while k >= sent.start and (doc[k].text in (")", "'s") or (
        doc[k].is_upper and k > sent.start and doc[k - 1].text == "(")):
        k -= 1
        if k >= sent.start and doc[k].text == "(":
            k -= 1
    if k < sent.start:
        return None
    key = ctx.m.token_actor.get(k)
    if key is None:
        key = ctx.m.state_for_word(doc[k])
    return key


def _state_titles(sent: Span, ctx: Context) -> list[Candidate]:
    """"Prime Minister X" leads the state named before the title or in the sentence."""
    doc = sent.doc
    m = ctx.m
    out: list[Candidate] = []
    for tok in ctx.tokens:
        key = m.token_actor.get(tok.i)
        if key is None or m.type_of(key) is not ActorType.PERSON:
            continue
        if tok.i > sent.start and m.token_actor.get(tok.i - 1) == key:
            continue  # not the first token of the name
        for title, rel in STATE_TITLES.items():
            n = len(title)
            start = tok.i - n
            if start < sent.start:
                continue
            if tuple(t.lower_ for t in doc[start : tok.i]) != title:
                continue
            state = m.state_for_word(doc[start - 1]) if start > sent.start else None
            if state is None and rel is R.LEADS:
                # "..., Prime Minister X said": the country the story is about, if named here
                main = m.main_state()
                if main and _speaks(key, sent, ctx) and (_states_in(sent, ctx) == {main} or any(
                        m.token_actor.get(t.i) == main and t.dep_ in ("nsubj", "nsubjpass")
                        for t in ctx.tokens)):
                    # (only the speaker, and when that state is the only one named or the
                    # one acting: not "handed to President X during his visit to Minsk")
                    state = main
            if state:
                ctx.roles.setdefault(key, []).append((rel, state))
                out.append(Candidate(key, rel, state, False, 0.7))
            break
    return out


_AT = words("in at near inside outside across throughout")


def _speaks(person: str, sent: Span, ctx: Context) -> bool:
    """The person is the subject of a speech verb in the sentence ("..., X said")."""
    return any(t.dep_ == "nsubj" and t.head.lemma_ in SPEECH_VERBS
               and ctx.m.token_actor.get(t.i) == person for t in ctx.tokens)


def _states_in(sent: Span, ctx: Context) -> set[str]:
    """The states a sentence names or qualifies ("Iraq", "Iraqi", "American")."""
    m = ctx.m
    out: set[str] = set()
    for tok in ctx.tokens:
        key = m.token_actor.get(tok.i)
        if key is not None and m.type_of(key) is ActorType.STATE:
            out.add(key)
        elif key is None and (state := m.gaz.state_of_demonym(tok.text)):
            out.add(name_key(state))
    return out


def _compound_backing(sent: Span, ctx: Context) -> list[Candidate]:
    """"Iranian-backed militias", "US-led coalition", "backed by Iran"."""
    doc = sent.doc
    out: list[Candidate] = []
    for tok in ctx.tokens:
        rel = _BACK_WORDS.get(tok.lower_)
        if rel is None:
            continue
        backer = None
        if tok.i - 2 >= sent.start and doc[tok.i - 1].text == "-":
            backer = ctx.m.token_actor.get(tok.i - 2)
            if backer is None or backer == ctx.m.token_actor.get(tok.i):
                # "US-led coalition" may be one gazetteer name: the modifier is a state
                backer = ctx.m.state_for_word(doc[tok.i - 2]) if backer is None else (
                    _demonym_state(doc[tok.i - 2], ctx))
        if backer is None:
            agents = pobjs(tok, {"by"})
            backer = actor_of(agents[0], ctx) if agents else None
        if backer is None:
            continue
        if tok.lower_ == "represented" and ctx.m.type_of(backer) is not ActorType.PERSON:
            continue  # a person represents the body they belong to
        target = actor_of(tok.head, ctx) if tok.head.i != tok.i else None
        if tok.i - 2 >= sent.start and doc[tok.i - 1].text == ",":
            # "the government, led by X, and the opposition": the name set off before
            target = ctx.m.token_actor.get(tok.i - 2) or target
        if target is None:
            for k in range(tok.i + 1, min(tok.i + 5, sent.end)):
                target = ctx.m.token_actor.get(k)
                if target and target != backer:  # "Backed by Iran, the Houthis ..."
                    break
        if target is None:
            continue
        out.append(Candidate(backer, rel, target, False, 0.8))
    return out


def _demonym_state(tok: Token, ctx: Context) -> str | None:
    state = ctx.m.gaz.state_of_demonym(tok.text)
    if state is None:
        return None
    return ctx.m.add(state, ActorType.STATE, tok.text)


def _possessive_part_of(sent: Span, ctx: Context) -> list[Candidate]:
    """"Iran's Quds Force": a named armed group or body of a state is part of it."""
    m = ctx.m
    out: list[Candidate] = []
    for tok in ctx.tokens:
        if tok.dep_ != "poss" or tok.i + 1 >= sent.end or tok.nbor(1).lower_ != "'s":
            continue
        state = m.token_actor.get(tok.i)
        if state is None or m.type_of(state) is not ActorType.STATE:
            continue
        k = tok.i + 2
        key = m.token_actor.get(k)
        if key is None or key == state:
            continue
        if k in m.descriptor_tokens and m.type_of(key) is not ActorType.GOVERNMENT_BODY:
            continue  # "Iraq's parliament" is Iraq's; "Iraq's militias" need not be
        if m.type_of(key) in (ActorType.ARMED_GROUP, ActorType.GOVERNMENT_BODY):
            out.append(Candidate(key, R.PART_OF, state, False, 0.75))
    return out


def _verb_rule(verb: Token) -> tuple[RelationType, frozenset[str]] | None:
    for child in verb.children:
        if child.dep_ in ("prt", "prep", "dobj"):
            phrasal = PHRASAL.get((verb.lemma_, child.lower_))
            if phrasal:
                return phrasal[0], frozenset({phrasal[1], child.lower_})
    return VERBS.get(verb.lemma_)


def _verbs(sent: Span, ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    for verb in ctx.tokens:
        if verb.pos_ not in ("VERB", "AUX") or (verb.tag_ == "VBN" and verb.dep_ == "amod"):
            continue
        rule = _verb_rule(verb)
        if rule is None:
            continue
        rel, preps = rule
        if asked_of_another(verb):
            continue  # "urged Y to attack Z": asked, not done
        if rel is R.KILLED and verb.dep_ == "xcomp" and verb.head.lemma_ in _ATTEMPTS:
            rel = R.TARGETS  # "tried to kill X": an attack, not a killing
        if rel in (R.TARGETS, R.KILLED) and verb.dep_ == "xcomp" and (
                verb.head.lemma_ in _THREAT_LEMMAS):
            rel = R.THREATENS  # "threatened to attack X": a threat, not an attack
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        # "the city controlled by X": a participle with an agent modifies its object
        reduced = verb.dep_ == "acl" and verb.tag_ == "VBN" and any(
            c.dep_ == "agent" for c in verb.children)
        if rel is R.LOCATED_IN:
            out += _where(verb, preps, passive, ctx)
            continue
        if passive:
            srcs = actors_of_tokens([p for p in pobjs(verb, {"by"})], ctx)
            objs = [c for c in verb.children if c.dep_ == "nsubjpass"]
        elif reduced:
            srcs = actors_of_tokens([p for p in pobjs(verb, {"by"})], ctx)
            objs = [verb.head]
            if verb.i - 2 >= sent.start and verb.nbor(-1).text == ",":
                # "the government, led by X, and the opposition": the name set off
                # before, not the noun the parser hung the participle on
                objs = [verb.nbor(-2)]
        else:
            srcs = subjects(verb, ctx)
            objs = [c for c in verb.children if c.dep_ in ("dobj", "attr", "dative")
                    or (c.dep_ in ("npadvmod", "oprd") and c.pos_ == "PROPN")]
        objs += pobjs(verb, preps)
        for prep in (c for c in verb.children if c.dep_ in ("prep", "prt")):
            if prep.lower_ in preps:
                objs += pobjs(prep, preps)  # "pull out of X"
        tgts = actors_of_tokens(objs, ctx)
        if verb.dep_ == "acl" and (backed := fighter_supported(verb.head, ctx)):
            srcs = backed  # "backs X in its efforts to defeat Y": X fights Y
        own = srcs  # the verb's own doers: acting together (below) is said of them only
        if verb.dep_ != "acl" and rel in (R.TARGETS, R.KILLED):
            srcs = fighters_backed(verb, srcs, ctx)  # "backs X to defeat Y"
        if not srcs and not passive:
            srcs = quoted_group(verb, sent, ctx)
        if not tgts and rel in (R.TARGETS, R.KILLED, R.CONTROLS):
            # "struck Islamic State positions": the owner of the thing hit
            tgts = actors_of_tokens([c for o in objs for c in o.children
                            if c.dep_ in ("compound", "poss")], ctx)
        if not tgts and rel in (R.CRITICIZES, R.OPPOSES, R.DEMANDS):
            # "criticized Iraq's relationship with Saudi Arabia": actors inside the object
            # (not the place of the event: "condemns the attacks in (the town of) X")
            tgts = actors_of_tokens([t for o in objs for t in o.subtree if t.i != o.i
                                     and not _not_criticised(t, o)], ctx)[:2]
        conf = 0.75 if verb.dep_ in ("ROOT", "ccomp", "conj") else 0.6
        for s in srcs:
            for t in tgts:
                out.append(candidate(s, _seized(rel, t, ctx), t, verb, ctx, conf))
        if rel in _JOINT_ACTS and len(own) > 1 and not passive:
            # "Russia and Iran armed the rebels": they act together
            for i, a in enumerate(own):
                for b in own[i + 1 :]:
                    if ctx.m.type_of(a) not in _PLACES and ctx.m.type_of(b) not in _PLACES:
                        out.append(candidate(a, R.COOPERATES_WITH, b, verb, ctx, 0.45))
    return out


def _seized(rel: RelationType, target: str, ctx: Context) -> RelationType:
    """Places are held; a person seized is attacked (CAMEO 181, abduction), not held."""
    if rel is R.CONTROLS and ctx.m.type_of(target) is ActorType.PERSON:
        return R.TARGETS
    return rel


_ATTEMPTS = words("try attempt plot intend plan seek conspire")
_THREAT_LEMMAS = words("threaten vow warn pledge promise swear")
_JOINT_ACTS = frozenset({R.TARGETS, R.KILLED, R.BACKS, R.CONTROLS, R.SANCTIONS, R.OPPOSES})


_VICTIM_PREPS = words("of on against")
_HARM_NOUNS = ATTACK_NOUNS | KILL_NOUNS


def _not_criticised(tok: Token, top: Token) -> bool:
    """The token lies in a place phrase ("the attacks in the town of X") or names the
    victim ("the killing of X", "attacks on X") under `top`: not the one criticised."""
    node = tok
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "pobj" and (node.head.lower_ in _AT or (
                node.head.lower_ in _VICTIM_PREPS and node.head.head.lower_ in _HARM_NOUNS)):
            return True
        node = node.head
    return False


def _where(verb: Token, preps: frozenset[str], passive: bool, ctx: Context) -> list[Candidate]:
    """"X was born in Y", "X is based in Y", "X lives in Y, Z", "X is from Y"."""
    if passive:
        srcs = actors_of_tokens([c for c in verb.children if c.dep_ == "nsubjpass"], ctx)
        if not srcs:
            srcs = subjects(verb, ctx)
    else:
        srcs = subjects(verb, ctx)
    objs = pobjs(verb, preps)
    for prt in (c for c in verb.children if c.dep_ == "prt"):
        objs += pobjs(prt, preps)
    srcs = [s for s in srcs if ctx.m.type_of(s) is not ActorType.STATE]
    tgts = [t for t in place_targets(objs, ctx)
            if ctx.m.type_of(t) in (ActorType.LOCATION, ActorType.STATE, ActorType.FACILITY)]
    return [candidate(s, R.LOCATED_IN, t, verb, ctx, 0.7) for s in srcs for t in tgts]
