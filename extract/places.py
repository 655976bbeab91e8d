"""Where things are: "Mosul, Iraq", "the embassy in Baghdad", "the Haitian Parliament",
and what a town's region holds ("NRC headquarters in Rockville, Md."); ground held named
by its kind, its pieces, a share of it or what it rings ("holds the barrios of X and Y",
"controls stretches of forest in X and Y districts", "much of the countryside of the X
region", "the area around X"), or a run of places and the town it lies in or around
("a string of villages around X", "much of the countryside around X"); not a town a
held thing only stands near ("a compound near X held by Y"); and a unit of a state's body
named only by its kind is part of the state ("X, controlled by Kenya's defence
ministry")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from actorgraph.domain import ActorType, name_key

from .context import OFFICIAL_WORDS
from .filters import unrealised
from .groupnames import OF_PLACE_HEADS
from .lexicon import PLACE_NOUNS, STATE_ITSELF, words
from .links import city_of, named_places
from .placenames import is_place_name, is_region, is_state_abbreviation
from .resolve import (
    PLACES,
    PLACES_OR_STATES,
    Candidate,
    Context,
    R,
    actor_of,
    actors_of_tokens,
    candidate,
    pobjs,
    rule,
    subjects,
)

_REGION_WORDS = words(
    "north south east west northern southern eastern western central northeastern "
    "northwestern southeastern southwestern northeast northwest southeast southwest "
    "upper lower greater"
)


_COMPASS_FILLERS = _REGION_WORDS | {"-"}
# Kinds of place a state's possessive names: "Syria's Idlib province", "Nigeria's Borno state"
_POSSESSED_PLACES = PLACE_NOUNS | words("state oblast prefecture department")
# "in the eastern part of Chad", "in the northern province of Idlib"
_REGION_FILLERS = _REGION_WORDS | PLACE_NOUNS | words("the part parts of -")


@rule
def place_candidates(sent: Span, ctx: Context) -> list[Candidate]:
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
        if nxt + 2 < sent.end and doc[nxt].text == "," and doc[nxt + 1].lower_ == "in" and (
                m.type_of(key) in PLACES_OR_STATES or not _part_owner(tok, key, ctx)):
            nxt += 1  # "the Acme Plant, in Dover": set off, so the plant's (not the whole's
            # after a part: "X, the armed wing of Y, in Z", "a force that is part of Y, in Z")
        elif nxt + 2 < sent.end and _geo_noun(doc[nxt]) and doc[nxt + 1].lower_ == "in":
            nxt += 1  # "the Karrada neighborhood in Baghdad", "X and Y provinces in Z": places
        elif nxt + 3 < sent.end and _geo_noun(doc[nxt]) \
                and doc[nxt + 1].text == "," and doc[nxt + 2].lower_ == "in":
            nxt += 2  # "villages in Kora locality, in the north of Dessa State"
        elif m.type_of(key) not in PLACES_OR_STATES and not _misread_town(tok, key, ctx) \
                and not _address_after(tok, sent, ctx):
            continue
        capital = _is_capital(tok, key, ctx)  # "Seoul, South Korea": the city, not its state
        at = nxt + 1  # where the containing place starts
        if nxt + 1 < sent.end and doc[nxt].text == ",":
            k = nxt + 1
            while k < min(nxt + 4, sent.end - 1) and doc[k].lower_ in _COMPASS_FILLERS:
                k += 1  # "Mosul, northern Iraq", "Mohammadia, south-east Algeria"
            at = k
            other = m.token_actor.get(k)
            if other is not None and (
                    (m.type_of(key) not in _ADDRESS_BODIES
                     and _in_list(tok, doc[k], None if capital else key, other, ctx))
                    or _placed_itself(doc[k], ctx) or _acts(doc[k], other, ctx)
                    or _among_states(tok, key, doc[k], other, ctx)
                    or ((capital or name_key(m.actors[key].name) in m.gaz.capitals)
                        and _is_capital(doc[k], other, ctx))):
                # "Bolivia, Ecuador and Peru", "Paris, Rome", "Nairobi, Kampala": a list,
                # not containment;
                # "near Morgan City, Hale said": the speaker
                continue
        elif nxt + 1 < sent.end and doc[nxt].lower_ == "in":
            k = nxt + 1
            # "Kassala in eastern Sudan", "Gao in the northern part of Mali";
            # "in the north of Syria" stays out (no actor next)
            while k < min(nxt + 6, sent.end - 1) and (doc[k].lower_ in _REGION_FILLERS):
                k += 1
            at = k
            other = _named_in_possessive(doc[k], ctx) or m.token_actor.get(k)
            if other is not None and m.type_of(other) in (ActorType.STATE, ActorType.LOCATION):
                # "Arlen, Port Mora and Tessa in southern Kandor": the whole list; its
                # members share a kind noun the last one is written with ("Arlen and
                # Tessa Counties in ..."), which then holds the list together
                first = doc[nxt - 1] if nxt - 1 != tok.i and tok.head.i == nxt - 1 else tok
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
            # "Moscow, Russia", "Belgrade, Yugoslavia": a capital is a city here;
            # "Bolivia, Ecuador": a list
            key = city_of(tok, ctx) if capital else None
        if key is not None and other != key:
            out.append(Candidate(key, R.LOCATED_IN, other, False, 0.6))
            out += _address_tail(key, other, at, sent, ctx)
            if doc[nxt].text == ",":
                out += _listed_before(tok, key, other, ctx)
    return out


# Nouns of a part whose "of" names the whole: "the armed wing of Y", "part of Y"
_PART_NOUNS = words("part wing arm branch unit division faction affiliate")


def _part_owner(tok: Token, key: str, ctx: Context) -> bool:
    """The name is the whole a part is "of": "the armed wing of Y", "part of Y"."""
    root = tok
    while root.head.i != root.i and ctx.m.token_actor.get(root.head.i) == key:
        root = root.head  # the name's own head word ("the Ministry of Interior": Ministry)
    return root.dep_ == "pobj" and root.head.lower_ == "of" and (
        root.head.head.lemma_ in _PART_NOUNS)


def _named_in_possessive(tok: Token, ctx: Context) -> str | None:
    """"in Ukraine's Donetsk region": the region the state's possessive names, which
    holds the town more closely than the state does."""
    kind = tok.head
    if tok.dep_ != "poss" or kind.lemma_ not in _POSSESSED_PLACES:
        return None
    found = (ctx.m.token_actor.get(c.i) for c in kind.children
             if c.dep_ == "compound" and c.i > tok.i)
    return next((k for k in found if k is not None and k != ctx.m.token_actor.get(tok.i)), None)


@rule
def _listed_before(tok: Token, town: str, region: str, ctx: Context) -> list[Candidate]:
    """ "near Salem and Dover, Del.": the towns listed before one placed in a state or
    region are in it too (not "Casper, Wyo., and Aspen, Colo.": each has its own)."""
    m = ctx.m
    if not holds_towns(region, ctx) or holds_towns(town, ctx):
        return []
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    out: list[Candidate] = []
    for conj in (first, *first.conjuncts):
        c_key = m.token_actor.get(conj.i)
        if conj.i >= tok.i or c_key in (None, town, region) \
                or m.type_of(c_key) is not ActorType.LOCATION or holds_towns(c_key, ctx):
            continue
        end = conj.i
        while end + 1 < len(tok.doc) and m.token_actor.get(end + 1) == c_key:
            end += 1
        if end + 1 < len(tok.doc) and tok.doc[end + 1].text == ",":
            continue  # "Casper, Wyo., and ...": a place of its own follows
        out.append(Candidate(c_key, R.LOCATED_IN, region, False, 0.5))
    return out


@rule
def state_bodies(sent: Span, ctx: Context) -> list[Candidate]:
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
        if type_ is ActorType.ARMED_GROUP:
            if (state := _service_state(tok, key, ctx)) is not None:
                out.append(Candidate(key, R.PART_OF, state, False, 0.55))
            continue
        state = _state_opening(tok, key, ctx) if len(name) > 1 else None
        if state is not None:
            if type_ is ActorType.GOVERNMENT_BODY:
                out.append(Candidate(key, _state_body_rel(key, ctx), state, False, 0.55))
            continue
        if type_ in (ActorType.GOVERNMENT_BODY, ActorType.ORGANIZATION, ActorType.LOCATION):
            state, nouns = _state_before(tok, type_, sent, ctx)
            if type_ is ActorType.ORGANIZATION and not nouns:
                continue  # "the Iraqi Museum" may be anywhere; "the U.S. agency NASA" is not
            if state is not None and state != key:
                out.append(Candidate(key, _state_body_rel(key, ctx), state, False, 0.55))
    return out


# Words of a faith's body: "the Indonesian Ulema Council", "the Christian Council of X"
# speak for believers, not for the state, whatever their "Council" makes them look like
_FAITH_WORDS = words("christian christians catholic ulema ulama church churches evangelical "
                     "bishops bishop clergy protestant anglican methodist baptist interfaith "
                     "religious muslim muslims")


def _state_body_rel(key: str, ctx: Context) -> R:
    """A state's own body is part of it; any other body named after it, or a faith's
    council, is only there."""
    if ctx.m.type_of(key) is not ActorType.GOVERNMENT_BODY or any(
            w.lower() in _FAITH_WORDS for w in ctx.m.actors[key].name.split()):
        return R.LOCATED_IN
    return R.PART_OF


# Last words of the name of a state's own force ("the Peruvian Navy", "the Kenya Defence
# Forces", "the Royal Thai Police"), and the words that may stand between the state and
# them ("Coast", "Air", "Border"); a word outside these ("Liberation", "Democratic")
# tells a group named after the state it fights or claims.
_SERVICE_ENDS = words("army forces force military navy police guard coastguard gendarmerie "
                      "marines corps rangers")
_SERVICE_INNER = OFFICIAL_WORDS | _SERVICE_ENDS | words(
    "air coast border naval marine special security presidential frontier")
_SERVICE_ROLES = frozenset({"MIL", "COP", "SPY"})


def _service_state(tok: Token, key: str, ctx: Context) -> str | None:
    """"the Peruvian Navy", "the Kenya Defence Forces", "the Royal Thai Police": a force
    named after its state is part of it, when the text names that state too. A force the
    dictionaries know as another's ("the Libyan National Army", rebels) is not."""
    m = ctx.m
    doc = tok.doc
    end = tok.i
    while end < len(doc) and m.token_actor.get(end) == key:
        end += 1
    surface = doc[tok.i:end].text.split()  # ("People's" one word)
    if surface[:1] == ["Royal"]:
        surface = surface[1:]
    if not surface or surface[-1].lower() not in _SERVICE_ENDS:
        return None  # (most groups: no service's last word, no state looked up)
    for size in (2, 1):
        state = _state_named(" ".join(surface[:size]), ctx)
        rest = [w.lower() for w in surface[size:]]
        # ("Kenyan forces" describes a force; the name is capitalised)
        if state is not None and rest and rest[-1] in _SERVICE_ENDS and set(rest) <= (
                _SERVICE_INNER) and all(w[:1].isupper() for w in surface[size:]):
            break
    else:
        return None
    rec = m.actors[key]
    if rec.name.split()[-1][:1].islower():
        return None  # ("Iraqi security forces", as the dictionaries write it, describes)
    entry = m.gaz.lookup(rec.name)
    if entry is not None and entry.part_of:
        return state if name_key(entry.part_of) == state else None
    if rec.code is not None and rec.code[3:6] not in _SERVICE_ROLES:
        return None
    return state


def _state_named(words_: str, ctx: Context) -> str | None:
    """The key of the known state a name or demonym names, if the text names it too."""
    gaz = ctx.m.gaz
    name = gaz.state_named(words_)
    if name is None:
        return None
    key = name_key(gaz.entries[name].name)
    return key if key in ctx.m.actors and ctx.m.type_of(key) is ActorType.STATE else None


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
    if other is not None and type_ is ActorType.LOCATION and holds_towns(other, ctx):
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
_CAPITAL_WORDS = words("capital port")


def _geo_noun(tok: Token) -> bool:
    """A noun of a kind of place, in the singular or the plural, capitalised or not (the
    tagger gives "Counties" closing "X and Y Counties" as a name, its own lemma)."""
    low = tok.lower_
    singular = low[:-3] + "y" if low.endswith("ies") else low.removesuffix("s")
    return bool(_GEO_NOUNS & {low, tok.lemma_, singular})


def _misread_town(tok: Token, key: str, ctx: Context) -> bool:
    """ "people in Gao in the north of Mali": a name between "in" and "in" is a
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


def _among_states(tok: Token, key: str, nxt: Token, other: str, ctx: Context) -> bool:
    """ "Iran, Qatar, Emirates, Turkey, Oman": a name among listed states is one more item
    of the list (whatever type it was given), not a place inside the next state."""
    m = ctx.m
    if m.type_of(other) is not ActorType.STATE:
        return False
    doc = tok.doc
    start = tok.i
    while start > 0 and m.token_actor.get(start - 1) == key:
        start -= 1
    end = nxt.i
    while end + 1 < len(doc) and m.token_actor.get(end + 1) == other:
        end += 1
    before = m.token_actor.get(start - 2) if start >= 2 and doc[start - 1].text == "," else None
    after = m.token_actor.get(end + 2) if end + 2 < len(doc) and doc[end + 1].text == "," \
        else None
    return any(k is not None and k not in (key, other) and m.type_of(k) is ActorType.STATE
               for k in (before, after))


def _is_capital(tok: Token, key: str, ctx: Context) -> bool:
    """The state's name is written as its capital here ("Seoul" read as South Korea)."""
    m = ctx.m
    if m.type_of(key) is not ActorType.STATE:
        return False
    start = end = tok.i
    while start > 0 and m.token_actor.get(start - 1) == key:
        start -= 1
    while end + 1 < len(tok.doc) and m.token_actor.get(end + 1) == key:
        end += 1
    surface = tok.doc[start : end + 1].text
    return m.gaz.capitals.get(name_key(surface)) == m.actors[key].name


def _acts(tok: Token, key: str, ctx: Context) -> bool:
    """ "near Morgan City, Hale said", "in Lyon, Ghana's envoy said": a name after the
    comma that is the subject of a verb or owns what follows is not the place the
    first one lies in."""
    end = tok.i
    while end + 1 < len(tok.doc) and ctx.m.token_actor.get(end + 1) == key:
        end += 1
    if end + 1 < len(tok.doc) and tok.doc[end + 1].lower_ in ("'s", "'"):
        # "in Lyon, Ghana's envoy": the owner of what follows; but "Gyumri, Armenia's
        # second city" says where the town is
        return tok.doc[end].head.lemma_ not in _GEO_NOUNS | _CAPITAL_WORDS
    last = tok.doc[end]
    if last.dep_ in ("compound", "amod") and last.head.i > end and ctx.m.token_actor.get(
            last.head.i) not in (None, key):
        return True  # "tanker seized in X, US Navy demands release": it opens another name
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")
               for t in tok.doc[tok.i : end + 1])


_ADDRESS_BODIES = frozenset({
    ActorType.ORGANIZATION, ActorType.GOVERNMENT_BODY, ActorType.ARMED_GROUP,
    ActorType.FACILITY,
})


def _address_after(tok: Token, sent: Span, ctx: Context) -> bool:
    """ "the Acme plant, Dover, Del.", "Fort Hale, Ga.;": a body or a site followed by an
    address (a town and its region, or a region that closes the phrase) is there."""
    m = ctx.m
    key = m.token_actor.get(tok.i)
    if key is None or m.type_of(key) not in _ADDRESS_BODIES:
        return False
    doc = sent.doc
    start = tok.i
    while start > sent.start and m.token_actor.get(start - 1) == key:
        start -= 1
    if start > sent.start and doc[start - 1].lower_ in (",", "and", "or"):
        return False  # "Iran, Emirates, Oman, Qatar": a list item, not an address
    k = tok.i + 1
    if k + 1 >= sent.end or doc[k].text != ",":
        return False
    town = m.token_actor.get(k + 1)
    if town is None or town == key or m.type_of(town) is not ActorType.LOCATION:
        return False
    last = k + 1
    while last + 1 < sent.end and m.token_actor.get(last + 1) == town:
        last += 1
    after = doc[last + 1] if last + 1 < sent.end else None
    if is_region(m.actors[town].name):
        # "Fort Hale, Ga.;": a region closing the phrase (not "X, Ohio and Y": a list)
        return after is None or (after.is_punct and after.text not in ("'s", "-"))
    if after is None or after.text != "," or last + 2 >= sent.end:
        return False
    region = m.token_actor.get(last + 2)
    return region is not None and region not in (key, town) and holds_towns(region, ctx)


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
    return other is not None and other != key and m.type_of(other) in PLACES_OR_STATES


def _capital_city(at: int, state: str, sent: Span, ctx: Context) -> str | None:
    """The city a capital names from `at` ("in Baghdad": Baghdad, not Iraq)."""
    last = at
    while last + 1 < sent.end and ctx.m.token_actor.get(last + 1) == state:
        last += 1
    return city_of(sent.doc[last], ctx)


@rule
def _address_tail(key: str, town: str, at: int, sent: Span, ctx: Context) -> list[Candidate]:
    """"the plant, in Dover, Del.": the plant is in the state its town (from `at`) is in."""
    m = ctx.m
    doc = sent.doc
    last = at
    while last + 1 < sent.end and m.token_actor.get(last + 1) == town:
        last += 1
    if last + 2 >= sent.end or doc[last + 1].text != ",":
        return []
    region = m.token_actor.get(last + 2)
    if region is None or region in (key, town) or not holds_towns(region, ctx):
        return []
    return [Candidate(key, R.LOCATED_IN, region, False, 0.5)]


def holds_towns(key: str, ctx: Context) -> bool:
    """A state, a US state or a region: a place that towns are in."""
    return ctx.m.type_of(key) is ActorType.STATE or is_region(ctx.m.actors[key].name)


def _in_list(place_tok: Token, nxt: Token, place: str | None, other: str, ctx: Context
             ) -> bool:
    """"Tokyo, Kyoto and Osaka" lists places; "Dayton, Ohio" puts one inside the other,
    even where the parser read the second as a conjunct. (`place` is None for a capital
    read as its state: a town here.)"""
    end = nxt.i
    while end + 1 < len(nxt.doc) and ctx.m.token_actor.get(end + 1) == other:
        end += 1
    listed = nxt.dep_ == "conj" or any(c.dep_ == "conj" for c in place_tok.children) or (
        end + 1 < len(nxt.doc) and nxt.doc[end + 1].lower_ in ("and", "or"))  # "X, Y and Z"
    if not listed:
        return False
    # "Casper, Wyo., and Aspen, Colo.": a town before a state or country is in it;
    # "Ohio, Texas and Utah" and "Bolivia, Ecuador" list equals
    return not holds_towns(other, ctx) or (place is not None and holds_towns(place, ctx))



@rule
def through_towns(cands: list[Candidate], ctx: Context) -> list[Candidate]:
    """"NRC headquarters in Rockville, Md.": what is in a town is in the state or region
    the same sentence puts the town in. (Not a person: "born in Dayton, Ohio" places
    the person in Dayton, and the town's own edge says where Dayton is.)"""
    m = ctx.m
    towns: dict[str, list[str]] = {}
    for c in cands:
        if c.type is R.LOCATED_IN and not c.negated and m.type_of(c.source) is ActorType.LOCATION \
                and holds_towns(c.target, ctx):
            towns.setdefault(c.source, []).append(c.target)
    return [
        Candidate(c.source, R.LOCATED_IN, region, False, 0.45)
        for c in cands
        if c.type is R.LOCATED_IN and not c.negated and c.target in towns
        and m.type_of(c.source) is not ActorType.PERSON
        for region in towns[c.target]
        if region != c.source
    ]


@rule
def through_state_bodies(cands: list[Candidate], ctx: Context) -> list[Candidate]:
    """"X, a force run by Kenya's defence ministry", "X, which is part of Kenya's interior
    ministry": a unit of a state's body named only by its kind is part of the state too,
    as "X, a formation of Kenya's defence ministry" is (a body with a name of its own, "the
    Kenyan Ministry of Defence", is the whole the sentence names)."""
    m = ctx.m
    states: dict[str, list[str]] = {}
    for c in cands:
        if c.type is R.PART_OF and not c.negated and m.type_of(c.target) is ActorType.STATE \
                and m.type_of(c.source) is ActorType.GOVERNMENT_BODY \
                and m.actors[c.source].name.islower():
            states.setdefault(c.source, []).append(c.target)
    return [
        replace(c, target=state, confidence=c.confidence * 0.9, pattern="")
        for c in cands
        if c.type is R.PART_OF and not c.negated and c.target in states
        and m.type_of(c.source) in _UNITS
        for state in states[c.target]
        if state != c.source
    ]


# What a state's body can hold as its unit
_UNITS = frozenset({ActorType.ARMED_GROUP, ActorType.GOVERNMENT_BODY})


@rule
def struck_across_border(cands: list[Candidate], ctx: Context) -> list[Candidate]:
    """"Ukrainian forces struck a depot in Russia's Belgorod region": the strike goes to
    the region, and, as the striker serves another state, it is a strike on the state
    too (not "Boko Haram raided a village in Nigeria's Borno state": an armed group with
    no state of its own stays inside the country)."""
    m = ctx.m
    owners = {c.source: c.target for c in cands
              if c.pattern == "placed.state_possessive" and not c.negated
              and m.type_of(c.target) is ActorType.STATE}
    out: list[Candidate] = []
    for c in cands:
        state = owners.get(c.target)
        if c.type is not R.TARGETS or state is None:
            continue
        theirs, own = (m.actors[k].code for k in (c.source, state))
        if theirs and own and theirs[:3] != own[:3] and m.type_of(c.source) in _STATE_SIDES \
                and (m.type_of(c.source) is ActorType.STATE or theirs[3:] in _STATE_AGENTS):
            out.append(replace(c, target=state, confidence=c.confidence * 0.9, pattern=""))
    return out


_STATE_SIDES = frozenset({ActorType.STATE, ActorType.ARMED_GROUP})
# CAMEO agent codes of a state's own forces ("UKRMIL"): a state's armed side
_STATE_AGENTS = frozenset({"MIL", "GOV", "SPY", "COP"})


_NAMED_BODIES = frozenset({ActorType.ORGANIZATION, ActorType.GOVERNMENT_BODY})


def _body_names(
    sent: Span, ctx: Context, types: frozenset[ActorType]
) -> Iterator[tuple[str, int, int]]:
    """(actor key, start, end) of each name in `sent` of an actor of `types`, read from
    its first word (descriptors such as "the group" left out)."""
    m = ctx.m
    for tok in ctx.tokens:
        key = m.token_actor.get(tok.i)
        if key is None or m.type_of(key) not in types or tok.i in m.descriptor_tokens:
            continue
        if tok.i > sent.start and m.token_actor.get(tok.i - 1) == key:
            continue  # not the first word of the name
        end = tok.i + 1
        while end < sent.end and m.token_actor.get(end) == key:
            end += 1
        yield key, tok.i, end


# Words that make what a name adds to a larger body's name a part of it: "the Islamic
# State Sahel Province", "the IRGC Ground Force" (not "the Kivu Defence League Veterans'
# Association")
_PART_HEADS = words("office mission commission council agency division department navy "
                    "command province branch wing directorate secretariat programme program "
                    "fund committee force bureau")
_WHOLES = frozenset({ActorType.ORGANIZATION, ActorType.ARMED_GROUP, ActorType.GOVERNMENT_BODY})
# (the larger body an armed group's: "the Islamic State Sahel Province", "the IRGC Navy";
# an organisation's offices and missions, "the UN Human Rights Office", are left to the
# readings of what the text says of them)
_ARMED_WHOLES = frozenset({ActorType.ARMED_GROUP})


@rule
def whole_in_name(sent: Span, ctx: Context) -> list[Candidate]:
    """A force whose name is a larger armed group's name and a word for a part of it:
    "the Islamic State Sahel Province", "the IRGC Navy" are part of the larger group (a
    state's bodies are read by `state_bodies`)."""
    doc = sent.doc
    out: list[Candidate] = []
    for key, start, end in _body_names(sent, ctx, _WHOLES):
        # (as the text names it: "the Security Council" says nothing of whose it is)
        whole = _whole_opening(doc[start:end].text.split(), key, ctx)
        if whole is not None:
            out.append(Candidate(key, R.PART_OF, whole, False, 0.55))
    return out


def _whole_opening(name: list[str], key: str, ctx: Context) -> str | None:
    """The larger body (of `_WHOLES`) whose whole name opens `name`, before a part's word
    ("Office", "Province") among the capitalised words after it; a name of two words at
    least, or an acronym ("UN", "IRGC"): one word may be a place or a people ("the Sinai
    Province", "the Borana Council of Elders")."""
    m = ctx.m
    if name[:1] == ["the"]:
        name = name[1:]
    for k in range(len(name) - 1, 0, -1):
        rest = []
        for w in name[k:]:
            if not w[:1].isupper():
                break  # ("Office for the Coordination ...": the part's own words first)
            rest.append(w.lower())
        if not rest or not _PART_HEADS.intersection(rest):
            continue
        opening = " ".join(name[:k])
        if k == 1 and not (opening.isupper() and opening.isalpha()):
            continue
        whole = name_key(opening)
        if whole not in m.actors:
            entry = m.gaz.lookup(opening)
            if entry is None or entry.type not in _ARMED_WHOLES:
                continue
            whole = m.add(entry.name, entry.type, opening)
        if whole != key and m.type_of(whole) in _ARMED_WHOLES:
            return whole
    return None


# A body named for freeing a state ("the Council for the Liberation of X") fights its
# rulers: the state in its name is its aim, neither its owner nor its seat
_FREEING = words("liberation independence freedom emancipation")


@rule
def name_places(sent: Span, ctx: Context) -> list[Candidate]:
    """A state closing a body's name after "of": "the Supreme Court of Canada" is part
    of Canada, "the Democratic Union of Kenya" is based there. (Town names are left
    out: too many are also common words, "the Court of Justice", "the Statue of
    Liberty".)"""
    m = ctx.m
    doc = sent.doc
    out: list[Candidate] = []
    for key, start, end in _body_names(sent, ctx, _NAMED_BODIES):
        ofs = [t.i for t in doc[start + 1 : end] if t.lower_ == "of"]
        # (a body's last "of": "the Ministry of Defence of Ukraine"; "Minister of Foreign
        # Affairs of X", a title read as a name, is nobody's seat)
        of = (ofs[-1] if m.type_of(key) is ActorType.GOVERNMENT_BODY else ofs[0]) if ofs else None
        if of is None or of + 1 >= end or not doc[of + 1].is_title \
                or doc[of - 1].lower_ in STATE_ITSELF or doc[of - 1].lower_ in _FREEING:
            continue  # "the Government of Iraq" is the state itself
        surface = doc[of + 1 : end].text
        entry = m.gaz.lookup(surface)
        if entry is None or entry.type is not ActorType.STATE:
            # "the State Security Service of Dorvania" where the lists know Dorvania as a
            # region and the text names it on its own: the body is there
            tail = doc[of + 1 + (doc[of + 1].lower_ == "the") : end]
            found = _place_named(tail, ctx) if len(tail) and any(
                t.lower_ in OF_PLACE_HEADS and not t.is_lower for t in doc[start:of]) else None
            if found is not None and (place := m.add(found[1], found[2], found[0])) != key:
                out.append(Candidate(key, R.LOCATED_IN, place, False, 0.5))
            continue
        state = m.add(entry.name, ActorType.STATE, surface)
        if state != key:
            out.append(Candidate(key, _state_body_rel(key, ctx), state, False, 0.55))
    return out


# (a site's own name, "the Dallas Book Depository", says little of where it is)
_OPENED_BODIES = frozenset({
    ActorType.ORGANIZATION, ActorType.GOVERNMENT_BODY, ActorType.MEDIA,
})
# Bodies that take their town's name after "of" ("the University of Leeds"); a court,
# a bank or a church "of" a word names no town ("the Court of Justice").
_TOWN_BODY_HEADS = words(
    "university college council institute museum hospital school academy observatory "
    "library zoo orchestra polytechnic seminary"
)
# "Warren County Council": the place is "Warren County", which the town names do not hold
_NOT_BODY_WORDS = _GEO_NOUNS | words("township state parish borough")


@rule
def place_in_name(sent: Span, ctx: Context) -> list[Candidate]:
    """A body whose own name holds its town or region: "the Leeds Water Board", "the Ohio
    Department of Health", "the University of Leeds". A state's name only places that
    state's own government bodies ("the Kenya Revenue Authority"): many groups named
    after a country ("the Syria Relief Fund") work from abroad."""
    m = ctx.m
    doc = sent.doc
    out: list[Candidate] = []
    for key, start, end in _body_names(sent, ctx, _OPENED_BODIES):
        found = _opening_place(doc, start, end, ctx) or _closing_town(doc, start, end, ctx)
        if found is None:
            continue
        surface, name, type_ = found
        if type_ is ActorType.STATE and m.type_of(key) is not ActorType.GOVERNMENT_BODY:
            continue
        place = m.add(name, type_, surface)
        if place == key:
            continue
        rel = R.PART_OF if type_ is ActorType.STATE else R.LOCATED_IN
        out.append(Candidate(key, rel, place, False, 0.5))
    return out


def _opening_place(doc: Doc, start: int, end: int, ctx: Context
                   ) -> tuple[str, str, ActorType] | None:
    """The longest place name (up to three words) opening a name of `start:end`, with a
    capitalised word after it ("Leeds Water Board"; not "Leeds" alone)."""
    for n in (3, 2, 1):
        rest = start + n
        if rest >= end or not doc[rest].is_title or doc[rest].lower_ in _NOT_BODY_WORDS:
            continue
        found = _place_named(doc[start:rest], ctx)
        if found is not None:
            return found
    return None


def _closing_town(doc: Doc, start: int, end: int, ctx: Context
                  ) -> tuple[str, str, ActorType] | None:
    """"the University of Leeds", "the Museum of Lagos": a town after "of"."""
    of = next((t.i for t in doc[start + 1 : end] if t.lower_ == "of"), None)
    if of is None or of + 1 >= end or doc[of - 1].lower_ not in _TOWN_BODY_HEADS:
        return None
    found = _place_named(doc[of + 1 : end], ctx)
    # a town: "the University of Ohio" may sit anywhere in the state
    return found if found is not None and not holds_towns_name(found, ctx) else None


def _place_named(words_: Span, ctx: Context) -> tuple[str, str, ActorType] | None:
    """(surface, name, type) of a state or place the text also names on its own: a place
    read only inside a body's name would add a node for a word that may be a surname
    or a common word ("Warren Commission", "Federal Reserve")."""
    if not all(t.is_title or t.is_upper for t in words_ if t.is_alpha):
        return None
    surface = words_.text
    entry = ctx.m.gaz.lookup(surface)
    name = entry.name if entry is not None else surface
    rec = ctx.m.actors.get(name_key(name))
    if rec is None or rec.type not in (ActorType.STATE, ActorType.LOCATION):
        return None
    if entry is None and not (is_place_name(surface) and not is_state_abbreviation(surface)):
        return None
    return surface, rec.name, rec.type


def holds_towns_name(found: tuple[str, str, ActorType], ctx: Context) -> bool:
    """A state, US state or region, named by `_place_named`'s (surface, name, type)."""
    return found[2] is ActorType.STATE or is_region(found[1])


# ------------------------------------------------------------ where a body or person is
_BASE_NOUNS = words("base headquarters hideout hq")
_LAPSED = words("former old previous onetime one-time erstwhile ex early first original "
                "once formerly previously no not never")
_HOME_BODIES = frozenset({ActorType.ARMED_GROUP, ActorType.ORGANIZATION,
                          ActorType.GOVERNMENT_BODY})
# "the prison at X, where Y is serving a sentence": being kept, living or hiding there
_KEPT_VERBS = words("live reside stay hide shelter base serve hold detain jail imprison "
                    "keep intern confine locate station headquarter")
_STRONGHOLDS = words("stronghold bastion heartland fiefdom")
_HAVING = words("have maintain keep retain establish build")
_OPERATED_IN = words("in inside across throughout around")
_EDGE_NOUNS = words("outskirts outskirt suburbs suburb fringes edge")
# (the words that open one of the readings: every other word is passed over at once)
# Kept in custody: "Y is held in a prison in X", "Y has been jailed in X since 2021"
_CUSTODY = words("hold jail imprison detain incarcerate intern confine")
# Places one is kept in: the town is where the kept person is
_CUSTODY_PLACES = words("prison prisons jail jails penitentiary gaol cell cells camp camps "
                        "facility centre center compound")
# Not custody: "held in high regard", "held in contempt"
_NOT_CUSTODY = words("regard esteem contempt check reserve abeyance")
_CUE_WORDS = _BASE_NOUNS | _STRONGHOLDS | _EDGE_NOUNS | _CUSTODY | words(
    "operate where presence come hail")


@rule
def where_bodies_are(sent: Span, ctx: Context) -> list[Candidate]:
    """Where a body or person is, told beside a place: "Mount X, the main base of Y"
    ("Y's base"), "the prison at X, where Y is held", "Y, which operates in X" (of the
    present), "the Z market on the outskirts of X"."""
    out: list[Candidate] = []
    for tok, lower, lemma, pos, dep, _ in ctx.words:
        if lower not in _CUE_WORDS and lemma not in _CUE_WORDS:
            continue
        if lemma in _BASE_NOUNS or lower in _BASE_NOUNS or lemma in _STRONGHOLDS:
            out += _base_of(tok, ctx)
        elif lemma == "operate" and pos == "VERB":
            out += _operates_from(tok, ctx)
        elif lower == "where" and dep == "advmod" and tok.head.dep_ == "relcl":
            out += _where_kept(tok.head, ctx)
        elif lower in _EDGE_NOUNS and dep == "pobj":
            out += _on_outskirts(tok, ctx)
        elif lemma == "presence" and dep == "dobj":
            out += _presence_in(tok, ctx)
        elif lemma in ("come", "hail") and pos == "VERB":
            out += _comes_from(tok, ctx)
        elif lemma in _CUSTODY and pos == "VERB":
            out += _held_in(tok, ctx)
        if (lemma in _BASE_NOUNS or lemma in _STRONGHOLDS) and dep == "nsubj" and (
                tok.head.lemma_ == "be"):
            out += _whose_base_is(tok, ctx)
    return out


def _whose_base_is(noun: Token, ctx: Context) -> list[Candidate]:
    """"Y, whose stronghold is the town of X" (Y holds X), "Y's main base is X", "Y,
    whose headquarters are in X" (Y is in X)."""
    m = ctx.m
    verb = noun.head
    owners: list[str] = []
    for poss in (c for c in noun.children if c.dep_ == "poss"):
        if poss.lower_ == "whose":
            if verb.dep_ == "relcl":
                owners += [k for k in [actor_of(verb.head, ctx)] if k is not None]
        else:
            owners += actors_of_tokens([poss], ctx)
    if not owners or unrealised(verb) or verb.tag_ not in ("VBZ", "VBP") or any(
            c.lower_ in _LAPSED for c in (*noun.children, *verb.children)
            if c.dep_ in ("amod", "advmod", "neg")):
        return []  # "whose headquarters was once in X": no longer there
    told = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    told += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
             for p in c.children if p.dep_ == "pobj"]
    places: list[str] = []
    for t in told:
        for w in (t, *(p for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"),
                  *(c for c in t.children if c.dep_ == "appos")):
            key = m.token_actor.get(w.i)
            if key is not None and m.type_of(key) in PLACES_OR_STATES:
                places.append(key)
                break
    held = noun.lemma_.lower() in _STRONGHOLDS
    rel = R.CONTROLS if held else R.LOCATED_IN
    kinds = (*_HOME_BODIES, ActorType.STATE) if held else _HOME_BODIES
    return [candidate(o, rel, p, verb, ctx, 0.55) for o in owners
            if m.type_of(o) in kinds for p in places if p != o
            and (not held or m.type_of(p) in PLACES)]


def _presence_in(noun: Token, ctx: Context) -> list[Candidate]:
    """"Y has a strong presence in X", "Y maintains a presence across X": Y is in X;
    "has no presence in X", "seeks a presence in X" place it nowhere."""
    m = ctx.m
    verb = noun.head
    if verb.lemma_.lower() not in _HAVING or unrealised(verb) or any(
            c.lower_ in ("no", "little") for c in noun.children if c.dep_ in ("det", "amod")):
        return []
    objs = [p for h in (noun, verb) for c in h.children
            if c.dep_ == "prep" and c.lower_ in _OPERATED_IN
            for p in c.children if p.dep_ == "pobj"]
    if not objs:
        return []
    places = [t for t in named_places(objs, ctx) if m.type_of(t) in PLACES_OR_STATES]
    doers = [s for s in subjects(verb, ctx) if m.type_of(s) in _HOME_BODIES]
    return [candidate(s, R.LOCATED_IN, t, verb, ctx, 0.55)
            for s in doers for t in places if s != t]


def _comes_from(verb: Token, ctx: Context) -> list[Candidate]:
    """"Y, who comes from X", "Y hails from X": a person's home; "came from X" tells a
    journey as often as a home, and is left out."""
    m = ctx.m
    if verb.lemma_.lower() == "come" and verb.tag_ not in ("VBZ", "VBP"):
        return []
    objs = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children if p.dep_ == "pobj"]
    if not objs or any(c.dep_ in ("dobj", "xcomp", "advcl") for c in verb.children):
        return []
    places = [t for t in named_places(objs, ctx) if m.type_of(t) in PLACES_OR_STATES]
    doers = [s for s in subjects(verb, ctx) if m.type_of(s) is ActorType.PERSON]
    if verb.lemma_.lower() == "come" and not any(
            c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
        # "Rice comes from X": goods come from places too; a person told by a full name
        doers = [s for s in doers if len(m.actors[s].name.split()) > 1]
    return [candidate(s, R.LOCATED_IN, t, verb, ctx, 0.6) for s in doers for t in places]


def _base_of(noun: Token, ctx: Context) -> list[Candidate]:
    """"Mount X, the main base of Y", "X, Y's headquarters" (and "X, a mountain and the
    base of Y"), "X is the main base of Y": Y is in X; "X is a stronghold of Y", "X, a
    stronghold of Y": Y holds X. A former base is no longer Y's place."""
    m = ctx.m
    verb: Token | None = None
    if noun.dep_ == "appos":
        place = noun.head
    elif noun.dep_ == "conj" and noun.head.dep_ == "appos":
        place = noun.head.head
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be" and noun.head.tag_ in ("VBZ", "VBP"):
        verb = noun.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return []
        place = subj
    else:
        return []
    lapsed = [*noun.children, *(verb.children if verb is not None else ())]
    if any(c.lower_ in _LAPSED for c in lapsed if c.dep_ in ("amod", "advmod", "neg")):
        return []
    if verb is not None and unrealised(verb):
        return []
    if _taken(place):
        return []  # "Y captured X, the last stronghold of Z": Z's no longer
    where = m.token_actor.get(place.i)
    if where is None or m.type_of(where) not in PLACES_OR_STATES:
        return []
    held = noun.lemma_.lower() in _STRONGHOLDS
    if held and m.type_of(where) not in PLACES:
        return []  # (a state is no one's stronghold in this sense)
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj"]
    rel = R.CONTROLS if held else R.LOCATED_IN
    kinds = (*_HOME_BODIES, ActorType.STATE) if held else _HOME_BODIES
    out: list[Candidate] = []
    for owner in owners:
        key = actor_of(owner, ctx)
        if key is not None and key != where and m.type_of(key) in kinds:
            out.append(candidate(key, rel, where, verb or noun, ctx, 0.6))
    return out


# Verbs of taking or losing ground: the place they take was another's base until then
_TAKEN_VERBS = words("take capture seize overrun retake recapture retook retaken storm "
                     "liberate free fall lose abandon evacuate besiege encircle")


def _taken(place: Token) -> bool:
    """"captured X", "X was overrun", "X fell to Y", "the fall of X", "besieged X": the
    place is being taken or lost."""
    node = place.head.head if place.dep_ == "pobj" and place.head.lower_ in ("of", "to") \
        else place.head
    if place.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj") and (
            node.lemma_.lower() in _TAKEN_VERBS or node.lower_ in _TAKEN_VERBS):
        return True
    return place.head.lemma_.lower() in _TAKEN_VERBS


# Ground with no name of its own, placed by the name after it: "operates in the forests of
# X", "across the river in X district"
_WILD_GROUND = words("forest hill hills mountain mountains jungle bush desert swamp swamps "
                     "river valley plain plains borderland borderlands countryside")


def _operates_from(verb: Token, ctx: Context) -> list[Candidate]:
    """"Y, which operates in X", "Y has long operated in X": where Y is, told of the
    present. A single operation told in the past ("operated in X last week") and an
    operation on something ("operates mines in X") are no seat."""
    m = ctx.m
    if any(c.dep_ in ("dobj", "attr", "ccomp", "xcomp") for c in verb.children):
        return []
    if unrealised(verb):
        return []
    auxes = {c.lemma_.lower() for c in verb.children if c.dep_ == "aux"}
    present = verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBN" and "have" in auxes) or (
        verb.tag_ == "VBG" and "be" in auxes and verb.dep_ not in ("pcomp", "advcl", "acl"))
    if not present:
        return []  # ("operates from X", "out of X": patterns/acts.jsonl)
    objs = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in _OPERATED_IN
            for p in c.children if p.dep_ == "pobj"]
    if not objs:
        return []
    objs += [q for p in objs if p.lemma_ in _WILD_GROUND and actor_of(p, ctx) is None
             for q in pobjs(p, {"in", "of"})]
    places = [t for t in named_places(objs, ctx) if m.type_of(t) in PLACES_OR_STATES]
    doers = [s for s in subjects(verb, ctx)
             if m.type_of(s) in (*_HOME_BODIES, ActorType.PERSON)]
    if not doers and verb.dep_ == "relcl":
        doers = _named_before_which(verb, ctx)
    return [candidate(s, R.LOCATED_IN, t, verb, ctx, 0.6)
            for s in doers for t in places if s != t]


def _where_kept(verb: Token, ctx: Context) -> list[Candidate]:
    """"the prison at X, where Y is serving a life sentence", "X, where Y lives": Y is in
    X; what was done there ("where Y was killed", "where Y attacked") places nobody."""
    m = ctx.m
    lemma = verb.lemma_.lower()
    if lemma in _HAVING:
        # "X, where Y has its headquarters": a seat kept there now
        seats = [c for c in verb.children if c.dep_ == "dobj" and (
            c.lemma_.lower() in _BASE_NOUNS or c.lower_ in _BASE_NOUNS)]
        if not seats or verb.tag_ not in ("VBZ", "VBP") or any(
                c.lower_ in _LAPSED or c.lower_ == "no" for s in seats for c in s.children
                if c.dep_ in ("amod", "advmod", "det")) or any(
                c.dep_ == "neg" for c in verb.children):
            return []
    elif lemma not in _KEPT_VERBS or (lemma in _CUSTODY and not any(
            c.dep_ == "nsubjpass" for c in verb.children)):
        return []  # ("where Y held a rally": an event, no one kept there)
    place = verb.head
    if place.i not in m.token_actor and place.dep_ == "appos" and place.pos_ == "NOUN":
        place = place.head  # "X, the town where Y lives": the place set off before
    where = m.token_actor.get(place.i)
    if where is None or m.type_of(where) not in PLACES_OR_STATES:
        return []
    out: list[Candidate] = []
    subjs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for key in actors_of_tokens(subjs, ctx):
        if key != where and m.type_of(key) in (*_HOME_BODIES, ActorType.PERSON):
            out.append(candidate(key, R.LOCATED_IN, where, verb, ctx, 0.6))
    return out


@rule
def _held_in(verb: Token, ctx: Context) -> list[Candidate]:
    """"Y is held in a prison in X", "Y has been jailed in X since 2021", "Y is being
    detained at a camp in X": a person kept there now is in X (not "at a camp near X").
    Custody told in the past ("was held in X for a week") may have ended; "held in high
    regard" keeps no one."""
    m = ctx.m
    if not any(c.dep_ == "auxpass" for c in verb.children) or unrealised(verb):
        return []
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.tag_ in ("VBZ", "VBP") for a in auxes) or any(
            a.lower_ in ("was", "were", "had", "will", "would") or a.dep_ == "neg"
            for a in auxes) or any(c.dep_ == "neg" for c in verb.children):
        return []
    where: list[Token] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
        for p in (p for p in prep.children if p.dep_ == "pobj"):
            if p.lower_ in _NOT_CUSTODY:
                return []
            if p.lower_ in _CUSTODY_PLACES or p.lemma_ in _CUSTODY_PLACES:
                # "in a prison in X": the town the prison stands in, or the prison named
                # ("a camp near X" is not in X: the camp alone, if named)
                where += [q for c in p.children if c.dep_ == "prep" and c.lower_ in (
                    "in", "at") for q in c.children if q.dep_ == "pobj"] or [p]
            else:
                where.append(p)
    if not where:
        return []
    # "held in X's Y Prison": the town or state the named prison stands in, as above
    towns = [q for p in where if (k := m.token_actor.get(p.i)) is not None
             and m.type_of(k) is ActorType.FACILITY for q in p.children if q.dep_ == "poss"]
    places = [t for t in named_places(towns or where, ctx) if m.type_of(t) in (
        ActorType.LOCATION, ActorType.FACILITY, ActorType.STATE)]
    kept = [k for k in actors_of_tokens([c for c in verb.children if c.dep_ == "nsubjpass"],
                                        ctx) if m.type_of(k) is ActorType.PERSON]
    return [candidate(k, R.LOCATED_IN, t, verb, ctx, 0.6) for k in kept for t in places
            if k != t]


def _on_outskirts(edge: Token, ctx: Context) -> list[Candidate]:
    """"the Z market on the outskirts of X", "Z, in the suburbs of X": a place or
    facility at the edge of a town is in it; an event there ("clashes on the outskirts
    of X") places no one who took part."""
    m = ctx.m
    prep = edge.head
    if prep.dep_ != "prep" or prep.lower_ not in ("on", "in", "at"):
        return []
    towns = [p for c in edge.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    town = next((k for t in towns if (k := m.token_actor.get(t.i)) is not None
                 and m.type_of(k) is ActorType.LOCATION), None)
    if town is None:
        return []
    holder = prep.head
    if holder.dep_ == "appos" and holder.pos_ == "NOUN" and holder.i not in m.token_actor:
        holder = holder.head  # "X, a suburb on the edge of Y": the place set off before
    if holder.pos_ in ("VERB", "AUX"):
        # "attacked the Z market on the outskirts of X": the place struck is there
        objs = [c for c in holder.children if c.dep_ in ("dobj", "nsubjpass")]
        if len(objs) != 1:
            return []
        holder = objs[0]
    key = m.token_actor.get(holder.i)
    if key is None or key == town or m.type_of(key) not in PLACES:
        return []
    return [candidate(key, R.LOCATED_IN, town, edge, ctx, 0.55)]


# ------------------------------------------------------------ ground named by its kind
# Kinds of ground a holder holds, named before "of": "holds the barrios of X and Y",
# "controls the neighbourhood of X", "seized the towns of X and Y", "seized the summit
# of Mount X" (a mountain is held from its top)
_GROUND_KINDS = PLACE_NOUNS | words(
    "cities towns villages provinces regions districts areas neighborhoods neighbourhoods "
    "suburbs counties municipalities townships communes settlements hamlets localities "
    "barrio barrios estate estates quarter quarters favela favelas slum slums "
    "island islands port ports summit summits peak peaks hilltop hilltops")


# Pieces of a town held, named before "in": "controls several blocks of housing in X",
# "holds stretches of forest in X and Y districts" (the kinds a town's name follows, "the
# neighbourhoods of X", are read below)
_GROUND_PIECES = words("blocks streets sectors parts swathes stretches tracts pockets")

# Ground a holder holds as a share of a kind of ground: "controls much of the countryside
# of X" (the countryside is of X; "much of X" itself is the verb's object, read there)
_SHARES = words("much most part parts half swathes")
_SHARED_GROUND = words("countryside territory territories")

# Ground named by what it surrounds: "controls the area around X", "holds a security
# perimeter around the X dam" (the ring is held, and what it rings with it)
_RINGS = words("area areas perimeter zone belt ring")

# A run of places of one kind held as one: "controls a string of villages around X",
# "holds a cluster of hamlets in X district" (the town they lie in or around is held)
_GROUND_RUNS = words("string cluster chain handful series patchwork group network line")
# Where a held ground lies, told of the town: "in X", "around X" (not "near X": ground
# beside a town need not be the town's)
_LIES_IN = words("in around surrounding")


def ground_named(objs: list[Token], ctx: Context) -> list[str]:
    """The places a held ground's kind names after "of", each of a list: "holds the
    barrios of X and Y" (X and Y), "the neighbourhood of X" (X); not its owner ("the
    villages of the X tribe": a people is no place)."""
    m = ctx.m
    out: list[str] = []
    for o in objs:
        for kind in (o, *o.conjuncts):
            if kind.lower_ in _GROUND_PIECES and not any(
                    c.lower_ in ("no", "none") for c in kind.children if c.dep_ == "det"):
                # "controls several blocks (of housing) in X": ground inside the town
                heads = [kind, *(p for c in kind.children if c.dep_ == "prep"
                                 and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")]
                if kind.dep_ == "dobj":
                    heads.append(kind.head)  # ("controls N blocks in X": "in" on the verb)
                for p in (p for h in heads for c in h.children if c.dep_ == "prep"
                          and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"):
                    out += [k for k in _named_places(p, ctx) if k not in out]
                continue
            if kind.lower_ in _SHARES:
                # "much of the countryside of X": the share's ground, read as its kind
                out += [k for g in pobjs(kind, {"of"}) if g.lower_ in _SHARED_GROUND
                        for p in pobjs(g, {"of"}) for k in _named_places(p, ctx)
                        if k not in out]
            if kind.lower_ in _SHARES | _GROUND_RUNS:
                out += [k for k in _ground_lies_in(kind, ctx) if k not in out]
            if kind.lower_ in _RINGS:
                # "the area around X": the place or facility the ground rings
                out += [k for p in pobjs(kind, {"around"}) for k in _named_places(p, ctx)
                        if k not in out]
            # "holds the western bank of the river, including X, Y and the town of Z",
            # "controls most of the province, including X": the places the ground holds
            for inc in (c for h in (kind, *pobjs(kind, {"of"})) for c in h.children
                        if c.dep_ == "prep" and c.lower_ == "including"):
                out += [k for k in _listed_places(inc, ctx) if k not in out]
            if kind.lower_ not in _GROUND_KINDS:
                continue
            for p in (p for c in kind.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"):
                for t in (p, *p.conjuncts):
                    key = m.token_actor.get(t.i)
                    if key is not None and m.type_of(key) in PLACES and key not in out:
                        out.append(key)
    return out


# Prepositions of ground beside a town, not in it: "a farm near X", "a base outside X"
_BESIDE = words("near outside around beside behind toward towards off along past")


def held_beside(name: Token) -> Token | None:
    """The noun a name after "near" (outside, around) stands beside, when a participle
    after the name tells of that noun: "a compound near X held by Y" (the compound, not
    X, is held); None for a name standing alone ("X, held by Y since May")."""
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ not in _BESIDE or prep.head.pos_ != "NOUN":
        return None
    return prep.head


def _ground_lies_in(kind: Token, ctx: Context) -> list[str]:
    """The towns a held share or run of ground lies in or around: "much of the
    countryside around X", "a string of villages around X" (X); the phrase may hang on
    the ground, on the share, or, for the verb's object, on the verb. Not a state
    (`_named_places` names no state: "a string of villages in Y" holds no state)."""
    grounds = [g for g in pobjs(kind, {"of"})
               if g.lower_ in _SHARED_GROUND or g.lower_ in _GROUND_KINDS]
    if not grounds:
        return []
    heads = [*grounds, kind, *([kind.head] if kind.dep_ == "dobj" else [])]
    return [k for h in heads for p in pobjs(h, _LIES_IN) for k in _named_places(p, ctx)]


def _named_places(p: Token, ctx: Context) -> list[str]:
    """The places a phrase names, each of a list: "in X" (X), "in X and Y districts" (the
    names before the shared noun)."""
    m = ctx.m
    heads = [p, *p.conjuncts]
    heads += [c for h in heads if h.pos_ == "NOUN" for c in h.children
              if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    heads += [c for h in heads[1:] for c in h.conjuncts if c not in heads]
    found: list[str] = []
    for h in heads:
        key = m.token_actor.get(h.i)
        if key is not None and m.type_of(key) in PLACES and key not in found:
            found.append(key)
    return found


# ------------------------------------------------------------ ground held, then listed
@rule
def ground_including(sent: Span, ctx: Context) -> list[Candidate]:
    """Places named as part of ground held: "areas under its control, including X",
    "areas under the control of Y, including the town of X" ("seized several towns,
    including X" is the verb's own object, read by `rules._verbs`)."""
    m = ctx.m
    out: list[Candidate] = []
    for inc, lower, _, _, dep, _ in ctx.words:
        if lower != "including" or dep != "prep":
            continue
        places = _listed_places(inc, ctx)
        if not places:
            continue
        holders: list[str] = []
        tok: Token | None = None
        verb: Token | None = None
        for k in range(inc.i - 1, max(sent.start, inc.i - 9) - 1, -1):
            word = sent.doc[k]
            if word.lower_ == "control" and k > sent.start and (
                    sent.doc[k - 1].lower_ == "under" or sent.doc[k - 2].lower_ == "under"):
                tok = word
                break
            if word.is_punct and word.text != ",":
                break
        if tok is not None:
            owners = [c for c in tok.children if c.dep_ == "poss"]
            owners += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"]
            holders = actors_of_tokens(owners, ctx)
            verb = _verb_above(tok)
            if not holders and any(o.lower_ in ("its", "their") for o in owners):
                # "held by Y in areas under its control"
                holders = actors_of_tokens([p for c in verb.children if c.dep_ == "agent"
                                            for p in c.children if p.dep_ == "pobj"], ctx)
            area = tok.head.head if tok.head.lower_ == "under" else tok
            start = min(verb.left_edge.i, area.left_edge.i)
            if unrealised(verb) or any(t.lower_ in ("no", "none", "never") and t.dep_ in (
                    "det", "neg") for t in sent.doc[start:tok.i]):
                continue  # "hope to bring more areas under their control", "no areas"
        if verb is None:
            continue
        for h in holders:
            if m.type_of(h) in PLACES_OR_STATES and m.type_of(h) is not ActorType.STATE:
                continue
            out += [candidate(h, R.CONTROLS, p, verb, ctx, 0.55) for p in places if p != h]
    return out


def _listed_places(inc: Token, ctx: Context) -> list[str]:
    """The named places after "including": "including X and Y", "including the town of
    X", "including the capital, X"."""
    m = ctx.m
    heads = [p for p in inc.children if p.dep_ == "pobj"]
    heads += [c for h in heads for c in h.conjuncts]
    found: list[str] = []
    for h in heads:
        for t in (h, *(p for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"),
                  *(c for c in h.children if c.dep_ == "appos")):
            key = m.token_actor.get(t.i)
            if key is None and t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == "," and (
                    t.pos_ == "NOUN"):
                key = m.token_actor.get(t.i + 2)  # "including the capital, X"
            if key is not None and m.type_of(key) in PLACES and key not in found:
                found.append(key)
                break
    return found


def _verb_above(tok: Token) -> Token:
    """The verb a phrase hangs on ("detained by Y in areas under its control": detained),
    else the phrase's own head."""
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    return node


def _named_before_which(verb: Token, ctx: Context) -> list[str]:
    """"armed groups, including Y (YG), which operates in X": the clause the parser hung
    on the common noun speaks of the body named just before its "which"."""
    m = ctx.m
    rel = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "which"), None)
    if rel is None:
        return []
    k = rel.i - 1
    if k < 0 or verb.doc[k].text != ",":
        return []
    k -= 1
    while k >= 0 and verb.doc[k].text == ")":
        k -= 1
        while k >= 0 and verb.doc[k].text != "(":
            k -= 1
        k -= 1  # "Y (YG), which": the name before its short form
    key = m.token_actor.get(k) if k >= 0 else None
    return [key] if key is not None and m.type_of(key) in _HOME_BODIES else []
