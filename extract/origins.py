"""Where people and places belong: birthplaces, hometowns, a town's officials, capitals
and landmarks.

- "Ohio-born Dana Hale", "Ohio born Dana Hale", "Iraqi-born Dana Hale" -> Dana Hale
  LOCATED_IN the place
- "Tulsa, Hale's hometown", "Hale's home state of Ohio", "Hale's Ohio home",
  "with Ohio being Hale's home state" -> Hale LOCATED_IN the place
- "Ohio Gov. Dana Hale", "Tulsa Mayor Dana Hale", "the town's mayor Dana Hale" ->
  LOCATED_IN (a town or region is no actor to lead; a state's titles are read by
  rules._state_titles); not a state's envoy ("Peru's ambassador, X", "the Chinese
  envoy, X", "India's high commissioner, X"), who serves it in another state
- "Tulsa resident Dana Hale", "Dana Hale, a Tulsa native", "Dana Hale returned to her
  native Tulsa",
  "Tulsa's native son, Dana Hale", "Dana Hale, the city's most famous native daughter"
  -> Dana Hale LOCATED_IN Tulsa
- "Acme headquarters in Rockville", "the Boston-based Acme" -> Acme LOCATED_IN the place;
  "Acme, a Boston-based firm, said Y ..." -> Acme (the name the noun describes, never the
  next name after it), "Boston-based agents of Acme" -> Acme; a capital so named is the
  city, not its state

("Tulsa, where X was born" is the pattern people.where_home. "Ohio-born X" and the seat
of a body stay here: they read adjacent tokens and demonyms (the parser often hangs "in
Rockville" on another word), which a dependency pattern cannot say.)

- "Beijing's Tiananmen Square", "Bosnia's capital, Sarajevo", "Yerevan, the capital
  of Armenia" -> the place LOCATED_IN the larger one
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from actorgraph.domain import ActorType

from .lexicon import DEPUTY_WORDS, JOB_NOUNS, PLACE_NOUNS, ROLE_NOUNS, words
from .links import city_of, home_told, place_targets
from .placenames import is_region
from .resolve import PLACES_OR_STATES, Candidate, Context, R, actor_of, named_actor, pobjs, rule
from .textprep import sentence_of

# "X's Mosul apartment", "his Abbottabad compound": where X lives
_HOME_NOUNS = words(
    "hometown home birthplace house residence apartment villa farm ranch compound hideout bunker"
)
_HOME_KINDS = words("state town city country village")
_PLACE_TITLES = words(
    "gov. gov governor mayor lt. sen. senator rep. representative attorney sheriff "
    "councilman councilwoman alderman commissioner judge prosecutor spokesman spokeswoman "
    "chief superintendent coroner treasurer comptroller auditor magistrate marshal constable"
)

_TITLE_WORDS = 3  # "Lake County police spokesman X": nouns between the place and the title
# Titles of office that place their holder: "Ohio Gov. X", "Bolivian President X",
# "Peru's ambassador, X" (kin and other people's words are no office)
_TITLE_HEADS = _PLACE_TITLES | frozenset(ROLE_NOUNS) | frozenset(JOB_NOUNS) | words(
    "premier president minister prime senator congressman congresswoman diplomat "
    "ambassador negotiator envoy official")
_PLACES = frozenset({ActorType.LOCATION, ActorType.STATE})
_SEAT_NOUNS = words("headquarters office offices plant factory bureau branch campus")
_BODIES = frozenset({ActorType.ORGANIZATION, ActorType.GOVERNMENT_BODY, ActorType.ARMED_GROUP})
_KIN_NOUNS = words("son daughter sons daughters")
# "the town's mayor": a place noun that points back to the town last named
_TOWN_NOUNS = words("town city village community")
_RESIDENT_WORDS = words("resident native")
_TOWN_LOOKBACK = 80  # tokens: "the town's" points back within a few sentences at most


@rule
def origin_candidates(sent: Span, ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    for tok, lower, _, pos, dep, _ in ctx.words:
        if lower == "born":
            out += _born_before_name(tok, ctx)
        elif lower in _KIN_NOUNS and pos == "NOUN":
            out += _native(tok, ctx)
        elif lower in _RESIDENT_WORDS:
            out += _resident(tok, ctx)
        elif lower in _HOME_NOUNS and pos == "NOUN":
            out += _home(tok, ctx)
        elif lower in _TITLE_HEADS and pos in ("NOUN", "PROPN"):
            out += _place_title(tok, ctx)
        elif lower == "capital" and pos == "NOUN":
            out += _capital(tok, ctx)
        elif lower in _SEAT_NOUNS and pos in ("NOUN", "PROPN"):
            out += _seat(tok, ctx)
        elif lower == "based" and tok.i >= 2 and tok.nbor(-1).text == "-":
            out += _based(tok, ctx)
        if dep == "poss":
            out += _possessed_place(tok, ctx)
    return out


def _place(i: int, ctx: Context) -> str | None:
    key = named_actor(i, ctx)
    return key if key is not None and ctx.m.type_of(key) in _PLACES else None


def _person_at(i: int, ctx: Context) -> str | None:
    key = ctx.m.token_actor.get(i)
    return key if key is not None and ctx.m.type_of(key) is ActorType.PERSON else None


@rule
def _born_before_name(born: Token, ctx: Context) -> list[Candidate]:
    """"Ohio-born Dana Hale" / "Ohio born Dana Hale" / "Dana Hale, a Cairo-born poet"."""
    doc = born.doc
    k = born.i - 1
    if k >= 0 and doc[k].text == "-":
        k -= 1
    person = _person_at(born.i + 1, ctx) if born.i + 1 < len(doc) else None
    if person is None and born.dep_ == "amod" and born.head.dep_ == "appos":
        person = _person_at(born.head.head.i, ctx)  # the name the phrase describes
    if person is None or k < 0 or (born.dep_ == "amod" and home_told(born.head)):
        return []  # ("an Afghan-born trader based in Y": where the trader is, Y)
    # (a capital named as a birthplace is the city: "a Cairo-born poet")
    place = city_of(doc[k], ctx) or _place(k, ctx) or ctx.m.state_for_word(doc[k])
    if place is None:
        return []
    return [Candidate(person, R.LOCATED_IN, place, False, 0.6)]


def _town_before(i: int, ctx: Context) -> str | None:
    """The town a later "the town's" points back to: the last town named before `i`."""
    m = ctx.m
    for k in range(i - 1, max(-1, i - _TOWN_LOOKBACK), -1):
        key = named_actor(k, ctx)
        if key is not None and m.type_of(key) is ActorType.LOCATION:
            return key
    return None


def _owner_place(poss: Token, ctx: Context) -> str | None:
    """"Tulsa's ..." or "the town's ..." (the town named before; not "the international
    community's")."""
    if poss.lower_ in _TOWN_NOUNS and poss.i not in ctx.m.token_actor:
        bare = [c.lower_ for c in poss.children if c.dep_ != "case"] == ["the"]
        return _town_before(poss.i, ctx) if bare else None
    return _place(poss.i, ctx)


@rule
def _native(noun: Token, ctx: Context) -> list[Candidate]:
    """"Town's (best-known) native son, X", "X, the city's native daughter"."""
    if not any(c.lower_ == "native" for c in noun.children):
        return []
    place = next((_owner_place(c, ctx) for c in noun.children if c.dep_ == "poss"), None)
    person = next((k for c in noun.children if c.dep_ == "appos"
                   and (k := _person_at(c.i, ctx)) is not None), None)
    if person is None and noun.dep_ == "appos":
        person = _person_at(noun.head.i, ctx)
    if place is None or person is None:
        return []
    return [Candidate(person, R.LOCATED_IN, place, False, 0.6)]


@rule
def _resident(word: Token, ctx: Context) -> list[Candidate]:
    """"Mosul resident Omar Kaya", "X, an Aleppo native", "X returned to his native Mosul"."""
    doc = word.doc
    if word.dep_ == "amod" and word.head.i == word.i + 1:
        # "his native Mosul": the place is the word's head, its owner the person
        where = word.head
        person = next((actor_of(c, ctx) for c in where.children if c.dep_ == "poss"), None)
    else:
        where = doc[word.i - 1] if word.i else word
        person = _person_at(word.i + 1, ctx) if word.i + 1 < len(doc) else None
        if person is None and word.dep_ == "appos":
            person = _person_at(word.head.i, ctx)  # "Dana Hale, a Tulsa resident"
        elif person is None and word.dep_ == "conj" and word.head.dep_ == "appos":
            # "Dana Hale, an engineer and a Tulsa native"
            person = _person_at(word.head.head.i, ctx)
        elif person is None and word.dep_ == "attr" and word.head.lemma_ == "be":
            # "Dana Hale is a Tulsa native": the copula's subject
            person = next((_person_at(c.i, ctx) for c in word.head.children
                           if c.dep_ == "nsubj"), None)
    if person is None or ctx.m.type_of(person) is not ActorType.PERSON or where is word:
        return []
    place = city_of(where, ctx) or _place(where.i, ctx)
    return [Candidate(person, R.LOCATED_IN, place, False, 0.6)] if place else []


@rule
def _home(noun: Token, ctx: Context) -> list[Candidate]:
    """"X's hometown", "X's home state of Y", "X's Y home", "Y, X's hometown"."""
    owner = next((actor_of(c, ctx) for c in noun.children if c.dep_ == "poss"), None)
    if noun.lower_ == "home" and noun.dep_ == "compound" and noun.head.lower_ in _HOME_KINDS:
        noun = noun.head  # "home state": the phrase's head carries "of" and apposition
        owner = owner or next((actor_of(c, ctx) for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or ctx.m.type_of(owner) is not ActorType.PERSON:
        return []
    places: list[str] = []
    for child in noun.children:
        if child.dep_ in ("compound", "nmod", "appos") and (
                key := city_of(child, ctx) or _place(child.i, ctx)):
            places.append(key)  # "X's New Jersey home", "X's hometown, Tulsa"
        if child.dep_ == "prep" and child.lower_ == "of":
            # "her hometown of Taos, N.M."
            places += [k for k in place_targets(pobjs(noun, {"of"}), ctx)
                       if ctx.m.type_of(k) in _PLACES]
    if noun.dep_ in ("appos", "conj"):
        places += _place_before_appos(noun, ctx)  # "Tyler, Texas, Kaya's hometown"
    if noun.dep_ in ("attr", "oprd") and noun.head.lemma_ == "be":
        # "with South Carolina being Jackson's home state"
        places += [k for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")
                   and (k := _place(c.i, ctx))]
    return [Candidate(owner, R.LOCATED_IN, p, False, 0.6) for p in dict.fromkeys(places)]


def _place_before_appos(noun: Token, ctx: Context) -> list[str]:
    """The place a ", X's hometown" apposition follows: "Beaumont, Texas, X's hometown" (the
    parser may hang it on Texas as a conjunct, or on a noun before the place)."""
    out = []
    if noun.dep_ == "appos" and (key := city_of(noun.head, ctx) or _place(noun.head.i, ctx)):
        out.append(key)
    comma = noun.left_edge.i - 1
    key = _place(comma - 1, ctx) if comma >= 1 and noun.doc[comma].text == "," else None
    if key is None:
        return out
    out.append(key)
    start = comma - 1
    while start > 0 and ctx.m.token_actor.get(start - 1) == key:
        start -= 1
    # "Beaumont, Texas, X's hometown": the town before a state or region
    if (start >= 2 and noun.doc[start - 1].text == "," and (town := _place(start - 2, ctx))
            and (ctx.m.type_of(key) is ActorType.STATE or is_region(ctx.m.actors[key].name))):
        out.append(town)
    return out


@rule
def _place_title(title: Token, ctx: Context) -> list[Candidate]:
    """"Illinois Gov. Dana Hale", "U.S. Bankruptcy Judge X", "Chilean President X",
    "the town's mayor, Dana Hale": whoever holds office in or for a town, region or state
    is there; a state's leader or minister holds a role in it instead (rules._titles,
    rules._state_titles), and its envoy ("Peru's deputy ambassador, X") serves it abroad."""
    doc = title.doc
    if title.i == 0 or title.i + 1 >= len(doc):
        return []
    k = title.i - 1
    # walk back over the rest of the title: "deputy", "chief debt", "District Court"
    while k > 0 and title.i - k <= _TITLE_WORDS and named_actor(k, ctx) is None and (
            doc[k].lower_ in DEPUTY_WORDS or doc[k].lower_ in _TITLE_HEADS or doc[k].text == "-"
            or (doc[k].pos_ in ("NOUN", "PROPN", "ADJ") and doc[k].text != "'s"
                and not ctx.m.gaz.state_of_demonym(doc[k].text))):
        k -= 1
    if doc[k].lower_ == "'s" and k >= 1:
        place = _owner_place(doc[k - 1], ctx)
    elif not k < doc[k].head.i <= title.i:
        return []  # the place must modify the title: not "In Tulsa Mayor X said"
    elif place_after_preposition(k, sentence_of(doc[k]), ctx) is not None:
        return []  # nor "In Turkey Minister X met ...": where the minister was
    else:
        place = _place(k, ctx)
        if place is None and doc[k].pos_ == "ADJ" and ctx.m.gaz.state_of_demonym(doc[k].text):
            place = ctx.m.state_for_word(doc[k])  # "Chilean President X"
    nxt = title.i + 1
    while nxt < len(doc) and doc[nxt].text in (".", ","):
        nxt += 1
    person = _person_at(nxt, ctx) if nxt < len(doc) else None
    if place is None or person is None or _names_a_body(doc[k + 1 : title.i], title):
        return []
    if ctx.m.type_of(place) is ActorType.STATE and any(
            org == place for _, org in ctx.roles.get(person, [])):
        return []  # a state's president or minister holds a role in it (rules._state_titles)
    if ctx.m.type_of(place) is ActorType.STATE and _diplomat(title):
        return []  # "Peru's ambassador, X": a state's envoy serves it abroad, not in it
    if title.lower_ in _GOVERNMENT_HEADS and ctx.m.type_of(place) is ActorType.LOCATION:
        # "Tana's president, X": the head of a region's own government leads it, as a
        # state's does ("the Tana regional government, led by President X")
        return [Candidate(person, R.LEADS, place, False, 0.6)]
    return [Candidate(person, R.LOCATED_IN, place, False, 0.6)]


# Titles that head a government (a region's, as a state's): a town has a mayor
_GOVERNMENT_HEADS = words("president premier")
# Titles of a state's envoys, posted in another state: "Peru's ambassador", "the Chinese
# envoy", "India's high commissioner"
_DIPLOMATS = words("ambassador envoy consul consul-general emissary attache attaché "
                   "chargé charge")


def _diplomat(title: Token) -> bool:
    """A state's envoy abroad: "ambassador", "envoy", "consul", "high commissioner"."""
    return title.lower_ in _DIPLOMATS or (
        title.lower_ == "commissioner" and title.i > 0 and title.nbor(-1).lower_ == "high")


_WHERE_WORDS = words("in at near inside outside across throughout")


def place_after_preposition(end: int, sent: Span, ctx: Context) -> int | None:
    """The "in", "at" or "near" before the place or state whose name ends at token `end`
    ("In Ghana Minister X met ...": where the minister was, not whose), else None."""
    key = ctx.m.token_actor.get(end)
    if key is None or ctx.m.type_of(key) not in PLACES_OR_STATES:
        return None
    start = end
    while start > sent.start and ctx.m.token_actor.get(start - 1) == key:
        start -= 1
    at = start - 1
    return at if at >= sent.start and sent.doc[at].lower_ in _WHERE_WORDS else None


_SPEAKERS = words("spokesman spokeswoman spokesperson")
# Words of an office, not of a body's name: "U.S. Bankruptcy Judge X", "X District Attorney Y"
_OFFICE_WORDS = words("district bankruptcy circuit superior supreme appeals federal municipal "
                      "county city state general assistant")


def _names_a_body(between: Span, title: Token) -> bool:
    """ "California Highway Patrol Officer X", "Acme Liberation Front chairman X": the
    place opens the name of a body the person serves; "Edison spokesman X": a place
    name right before a spokesman is more often a firm's ("Lake County police
    spokesman X" is the county's)."""
    if not len(between):
        return title.lower_ in _SPEAKERS
    return any(t.is_title and t.pos_ == "PROPN" and t.lower_ not in _TITLE_HEADS
               and t.lower_ not in DEPUTY_WORDS and t.lower_ not in _OFFICE_WORDS
               for t in between)


@rule
def _seat(noun: Token, ctx: Context) -> list[Candidate]:
    """"Acme headquarters in Rockville", "the Red Cross office in Geneva"."""
    m = ctx.m
    owner = next((k for c in noun.children if c.dep_ in ("compound", "poss", "nmod")
                  and (k := m.token_actor.get(c.i)) is not None
                  and m.type_of(k) in _BODIES), None)
    if owner is None:
        return []
    if noun.lower_ == "branch" and m.type_of(owner) is ActorType.ARMED_GROUP:
        return []  # "the group's branch in the Sahel": an affiliate is there, not the group
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"]
    if not preps and noun.i + 1 < len(noun.doc) and noun.nbor(1).lower_ == "in":
        preps = [noun.nbor(1)]  # the parser hung "in Rockville" on another noun
    places = [k for c in preps for g in c.children if g.dep_ == "pobj"
              for t in (g, *g.children) if t.dep_ in ("pobj", "appos")
              and (k := _place(t.i, ctx))]
    return [Candidate(owner, R.LOCATED_IN, p, False, 0.6) for p in dict.fromkeys(places)]


@rule
def _based(based: Token, ctx: Context) -> list[Candidate]:
    """"the Boston-based Fidelity Investments", "a Doha-based TV channel", "Dubai-based
    businessman X"."""
    m = ctx.m
    # "a Berlin-based charity": the capital itself, not the state it names elsewhere
    place = city_of(based.doc[based.i - 2], ctx) or _place(based.i - 2, ctx)
    if place is None:
        return []
    body = None
    noun = based.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # "Dubai-based businessman X": the name the noun runs into
    last = min(based.i + 6, len(based.doc))
    if based.dep_ == "amod" and noun.i > based.i:
        last = min(last, noun.i + 1)  # no further than the noun it modifies
    for k in range(based.i + 1, last):
        key = m.token_actor.get(k)
        if key is not None:
            body = key if m.type_of(key) in _BODIES | {ActorType.PERSON} else None
            break
    if body is None and noun.i in range(based.i + 1, last):
        # "X, a Berlin-based charity,": the name the common noun describes; "Tulsa-based
        # operatives of X": the body whose men they are
        owners = pobjs(noun, {"of"}) + ([noun.head] if noun.dep_ == "appos" else [])
        body = next((owner for o in owners if (owner := m.token_actor.get(o.i)) is not None
                     and m.type_of(owner) in _BODIES), None)
    return [Candidate(body, R.LOCATED_IN, place, False, 0.6)] if body else []


@rule
def _capital(noun: Token, ctx: Context) -> list[Candidate]:
    """"Mali's capital, Bamako" and "Niamey, the capital of Niger"."""
    m = ctx.m
    state = next((_place(c.i, ctx) for c in noun.children if c.dep_ == "poss"), None)
    if state is None:
        state = next((k for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"
                      if (k := _capital_holder(g, ctx)) is not None), None)
    city_tok = next((c for c in noun.children if c.dep_ == "appos"), None)
    if city_tok is None and noun.dep_ == "appos":
        city_tok = noun.head
    if state is None or city_tok is None:
        return []
    # the gazetteer reads a capital as its state: name the city itself
    city = city_of(city_tok, ctx) or m.token_actor.get(city_tok.i)
    if city is None or city == state or m.type_of(city) is ActorType.STATE:
        return []
    return [Candidate(city, R.LOCATED_IN, state, False, 0.6)]


# Kinds of place a capital heads below a state: "the capital of Gezira State"
_CAPITAL_HOLDERS = PLACE_NOUNS | words("state oblast prefecture department")


def _capital_holder(tok: Token, ctx: Context) -> str | None:
    """The place a capital is the capital of: "of Niger"; "of South Darfur state" (the
    name before the kind of place); "of Gezira State" (a name whose last word says it is
    a place, whatever kind of body the name alone suggested)."""
    if (key := _place(tok.i, ctx)) is not None:
        return key
    if tok.lower_ in _CAPITAL_HOLDERS and tok.pos_ == "NOUN":
        return next((k for c in tok.children if c.dep_ == "compound"
                     if (k := _place(c.i, ctx)) is not None), None)
    key = named_actor(tok.i, ctx)
    if key is None or ctx.m.type_of(key) is not ActorType.ORGANIZATION:
        return None
    last = ctx.m.actors[key].name.split()[-1].lower()
    return key if last in _CAPITAL_HOLDERS and tok.lower_ == last else None


@rule
def _possessed_place(tok: Token, ctx: Context) -> list[Candidate]:
    """"Beijing's Tiananmen Square": a landmark of a capital or a state; "Syria's Idlib",
    "Kenya's Tana River": a place of a state (a capital's district is often part of
    the name the text gives the place: "Baghdad's Green Zone")."""
    m = ctx.m
    owner = m.token_actor.get(tok.i)
    if owner is None or m.type_of(owner) is not ActorType.STATE or tok.i in m.descriptor_tokens:
        return []
    key = m.token_actor.get(tok.head.i)
    if key is None or key == owner:
        return []
    city = city_of(tok, ctx)
    if m.actors[key].name.lower().split()[-1:] in (["embassy"], ["consulate"], ["legation"]):
        return []  # "Iran's embassy (in Nairobi)": a state's post abroad
    if m.type_of(key) is ActorType.FACILITY or (
            m.type_of(key) is ActorType.LOCATION and city is None):
        return [Candidate(key, R.LOCATED_IN, city or owner, False, 0.5)]
    return []
