"""A minister's title names the ministry he heads: "Homeland Security Minister X ... the
Ministry of Homeland Security", "the Minister of the Interior, X ... the Interior
Ministry". The ministry may be named anywhere in the article, so each sentence notes the
titled ministers (`note_ministers`) and the document pairs them with the ministries it
names once every sentence is read (`ministries_led`): the ministry whose name has the
same portfolio and no other state than the minister's; none when the article names no
such ministry or two of them. A former, deputy or acting minister, or one of another
state, heads none.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from actorgraph.domain import ActorType, name_key

from .leaders import home_state
from .lexicon import DEPUTY_WORDS, FORMER_WORDS, PLACE_NOUNS
from .resolve import Candidate, Context, R

_TITLES = frozenset({"minister", "secretary"})
# The head word of the body each title heads: "Minister of X" the "X Ministry", "Secretary
# of X" the "X Secretariat"
_BODY_WORDS = {"minister": frozenset({"ministry"}), "secretary": frozenset({"secretariat"})}
# Words of a ministry's name that say which ministry it is not: its head word and links
# ("Minister of Foreign Affairs" heads the Foreign Ministry)
_LINK_WORDS = frozenset({"ministry", "minister", "secretariat", "secretary", "department",
                         "of", "the", "for", "and", "&", "'s", "affairs", "national"})
# Words before "minister" that make another title, or none of a portfolio
_NOT_PORTFOLIO = frozenset({"prime", "chief", "first", "cabinet", "senior", "junior",
                            "state", "government", "former", "the", "a", "an", "his", "her",
                            "its", "their", "then", "new", "sitting", "incumbent"})
_SPELLINGS = {"defense": "defence", "labor": "labour"}
# A ministry's type (the model may read "the Ministry of X" as an organisation)
_MINISTRY_TYPES = frozenset({ActorType.GOVERNMENT_BODY, ActorType.ORGANIZATION})
_MAX_PORTFOLIO = 4  # words: "Homeland Security", "Oil and Gas", "Water and Energy"
# Words before a minister's title that make it no head's: a former one, another's rank
_UNHELD = DEPUTY_WORDS | FORMER_WORDS | frozenset({"ex", "then"})
# ... and those of a sitting minister below the head ("Deputy Foreign Minister X")
_SECOND = frozenset({"deputy", "vice", "assistant"})


@dataclass(frozen=True, slots=True)
class Minister:
    person: str
    portfolio: frozenset[str]
    state: str | None
    sent: Span
    deputy: bool = False  # "Deputy Foreign Minister X": one of the ministry's people
    title: str = "minister"
    region: bool = False  # "the state's secretary of X": a region's, of the region's body


def _word(tok: Token) -> str:
    return _SPELLINGS.get(tok.lower_, tok.lower_)


def _state_of(tok: Token, ctx: Context) -> str | None:
    """The state a word names or qualifies with ("Ghana", "Ghanaian"), else None."""
    key = ctx.m.token_actor.get(tok.i)
    if key is not None:
        return key if ctx.m.type_of(key) is ActorType.STATE else None
    return ctx.m.state_for_word(tok) if tok.is_title else None


def _portfolio_after(title: Token, sent: Span, ctx: Context) -> tuple[list[Token], int]:
    """"Minister of the Interior", "Minister for Internal Security": the portfolio's
    words and the index after them (the name may follow at once: "Minister of Foreign
    Affairs X"); a secretary's may be lower case, set off by a comma ("the secretary of
    public security, X")."""
    doc = sent.doc
    k = title.i + 1
    if k >= sent.end or doc[k].lower_ not in ("of", "for"):
        return [], k
    k += 1
    if k < sent.end and doc[k].lower_ == "the":
        k += 1
    words: list[Token] = []
    lower = title.lower_ == "secretary" and title.is_lower
    while k < sent.end and len(words) < _MAX_PORTFOLIO and _person_at(k, sent, ctx) is None and (
            doc[k].is_title or (lower and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"))
            or (doc[k].lower_ in ("and", "&") and words
                and k + 1 < sent.end and (doc[k + 1].is_title or lower))):
        words.append(doc[k])
        k += 1
    if lower and (k >= sent.end or doc[k].text != ","):
        return [], k  # ("the secretary of state security forces"): no title set off
    return words, k


def _portfolio_before(title: Token, sent: Span, ctx: Context) -> tuple[list[Token], int]:
    """"Homeland Security Minister", "the interior minister": the portfolio's words and
    the index of the first."""
    doc = sent.doc
    k = title.i - 1
    words: list[Token] = []
    while k >= sent.start and len(words) < _MAX_PORTFOLIO:
        tok = doc[k]
        key = ctx.m.token_actor.get(k)
        if tok.lower_ in ("and", "&") and words and k > sent.start and doc[k - 1].is_alpha:
            words.insert(0, tok)
        elif not tok.is_alpha or tok.lower_ in _NOT_PORTFOLIO or tok.lower_ in DEPUTY_WORDS \
                or tok.pos_ not in ("NOUN", "PROPN", "ADJ") or _state_of(tok, ctx) \
                or (key is not None and ctx.m.type_of(key) in (
                    ActorType.PERSON, ActorType.STATE, ActorType.LOCATION)):
            break
        else:
            words.insert(0, tok)
        k -= 1
    return words, k + 1


def _region(tok: Token, ctx: Context) -> bool:
    """A region's name or noun ("Kesh's", "the province's"): an owner of its own offices."""
    key = ctx.m.token_actor.get(tok.i)
    return ctx.m.type_of(key) is ActorType.LOCATION if key is not None else (
        tok.lower_ in PLACE_NOUNS or tok.lower_ == "state")


def _person_at(i: int, sent: Span, ctx: Context) -> str | None:
    key = ctx.m.token_actor.get(i) if sent.start <= i < sent.end else None
    return key if key is not None and ctx.m.type_of(key) is ActorType.PERSON else None


def _unheld(i: int, sent: Span, words: frozenset[str] = _UNHELD) -> bool:
    """A word before the title that puts it in the past or makes it another's rank:
    "former", "deputy", "acting", "ex-" (or, given `words`, only some of them)."""
    doc = sent.doc
    for k in (i - 1, i - 2):
        if k >= sent.start and doc[k].lower_ in words:
            return True
        if k < sent.start or doc[k].text not in ("-", "the", "a"):
            break
    return False


def note_ministers(sent: Span, ctx: Context) -> None:
    """Note the titled ministers of the sentence in `ctx.ministers` (their ministries are
    read once the whole article is: `ministries_led`)."""
    if ctx.lowers.isdisjoint(_TITLES):
        return  # (most sentences: no minister, no token walked)
    doc = sent.doc
    for tok, lower, _, _, _, _ in ctx.words:
        if lower not in _TITLES:
            continue
        words, after = _portfolio_after(tok, sent, ctx)
        first = tok.i
        if not words:
            words, first = _portfolio_before(tok, sent, ctx)
            after = tok.i + 1
        # (the name may follow a title that opens lower case: "interior minister X")
        portfolio = frozenset(_word(w) for w in words) - _LINK_WORDS
        deputy = _unheld(first, sent, _SECOND) and not any(
            doc[k].lower_ in _UNHELD - _SECOND for k in range(max(sent.start, first - 3), first))
        if not portfolio or (_unheld(first, sent) and not deputy):
            continue
        start = first - 1 if first - 1 >= sent.start and doc[first - 1].lower_ == "the" \
            else first
        state = None
        region = False
        owner = _conjoined_owner(tok)
        if owner is not None and _state_of(owner, ctx) is None and (
                _region(owner, ctx) or owner.pos_ == "PROPN"):
            continue  # "the province's deputy governor and security minister, X"
        if start - 1 >= sent.start and doc[start - 1].lower_ in ("'s", "'"):
            state = _state_of(doc[start - 2], ctx) if start - 2 >= sent.start else None
            if state is None and start - 2 >= sent.start and _region(doc[start - 2], ctx):
                if tok.lower_ != "secretary":
                    continue  # "the province's security minister": a region's, no state's
                region = True  # (a region's secretary heads its secretariat, named so)
            start -= 2
        elif start - 1 >= sent.start and (found := _state_of(doc[start - 1], ctx)):
            state = found
            start -= 1
        if start - 1 >= sent.start and doc[start - 1].lower_ == "the":
            start -= 1
        if start - 1 >= sent.start and (doc[start - 1].lower_ in DEPUTY_WORDS
                                        or doc[start - 1].lower_ in FORMER_WORDS) and not (
                deputy and start == first):
            continue  # "the former Ghanaian interior minister"
        person = _person_at(after, sent, ctx)
        if person is None and after < sent.end and doc[after].text == ",":
            person = _person_at(after + 1, sent, ctx)  # "the Minister of X, Y, said"
        if person is None and start - 1 > sent.start and doc[start - 1].text == ",":
            person = _person_at(start - 2, sent, ctx)  # "Y, the Minister of X, said"
        if person is not None:
            ctx.ministers.append(Minister(person, portfolio, state, sent, deputy, tok.lower_,
                                          region))


def _conjoined_owner(title: Token) -> Token | None:
    """The owner of the title the minister's is joined to: "Kesh's deputy governor and
    home minister" (Kesh), else None."""
    if title.dep_ != "conj" or title.head.pos_ != "NOUN":
        return None
    return next((c for c in title.head.children if c.dep_ == "poss"), None)


def _ministry(name: str, ctx: Context, heads: frozenset[str] = _BODY_WORDS["minister"]
             ) -> tuple[frozenset[str], str | None] | None:
    """A ministry's (or, given its `heads`, a secretariat's) portfolio and the state its
    name gives, else None."""
    words = name.replace("'s", " 's").split()
    if heads.isdisjoint(w.lower() for w in words):
        return None
    state = None
    portfolio = set()
    for word in words:
        if (found := ctx.m.gaz.state_named(word) or ctx.m.gaz.state_of_demonym(word)) is not None:
            state = name_key(found)
            continue
        if (key := name_key(word)) in ctx.m.actors and ctx.m.type_of(key) is ActorType.LOCATION:
            continue  # ("the Bahia Public Security Secretariat": a region's own)
        portfolio.add(_SPELLINGS.get(word.lower(), word.lower()))
    return frozenset(portfolio - _LINK_WORDS), state


def ministries_led(ctx: Context, found: list[tuple[Candidate, Span]]
                   ) -> list[tuple[Candidate, Span]]:
    """Each noted minister heads the article's one ministry of his portfolio, unless the
    ministry's name gives another state than the minister's (his title's, his role's in
    the article, else the dateline's: "ANKARA - Defence Minister X ... the Syrian Defence
    Ministry")."""
    if not ctx.ministers:
        return []
    m = ctx.m
    part_of = {c.source: c.target for c, _ in found
               if c.type is R.PART_OF and m.type_of(c.target) is ActorType.STATE}
    bodies: dict[str, dict[str, tuple[frozenset[str], str | None]]] = {}
    for title, heads in _BODY_WORDS.items():
        bodies[title] = {}
        for key, actor in m.actors.items():
            if actor.type in _MINISTRY_TYPES and (read := _ministry(actor.name, ctx, heads)):
                bodies[title][key] = (read[0], read[1] or part_of.get(key))
    out: list[tuple[Candidate, Span]] = []
    for minister in ctx.ministers:
        fits = [(key, state) for key, (portfolio, state) in bodies[minister.title].items()
                if portfolio == minister.portfolio and (
                    not minister.region or _regions(key, ctx))]
        if len(fits) > 1:
            # "Defence Minister X ... the Syrian Ministry of Defence ... Turkey's defence
            # ministry": the one of the state he serves, when the others are another's
            # (two states' ministries: the state told, not guessed from the dateline, as
            # the report may be filed from the other state)
            told = len({state for _, state in fits if state is not None}) > 1
            fits = [(key, state) for key, state in fits
                    if state is not None and _serves(minister, state, ctx, found, told=told)]
        if len(fits) != 1:
            continue
        key, state = fits[0]
        if state is not None and not _serves(minister, state, ctx, found):
            continue
        rel = R.MEMBER_OF if minister.deputy else R.LEADS
        cand = Candidate(minister.person, rel, key, False, 0.8,
                         pattern="ministers.ministries_led")
        out.append((cand, minister.sent))
    return out


def _regions(key: str, ctx: Context) -> bool:
    """The body's name names a region ("the Bahia Public Security Secretariat")."""
    m = ctx.m
    return any((k := name_key(w)) in m.actors and m.type_of(k) is ActorType.LOCATION
               for w in m.actors[key].name.split())


def _serves(minister: Minister, state: str, ctx: Context,
            found: list[tuple[Candidate, Span]], *, told: bool = False) -> bool:
    """The minister serves the state by his title or his roles in the article; with none
    told, the state the report is filed from, if any, is his (unless `told`)."""
    m = ctx.m
    states = {org for _, org in ctx.roles.get(minister.person, [])
              if m.type_of(org) is ActorType.STATE}
    states |= {c.target for c, _ in found if c.source == minister.person
               and c.type in (R.MEMBER_OF, R.LEADS) and m.type_of(c.target) is ActorType.STATE}
    if minister.state is not None:
        states.add(minister.state)
    if states:
        return state in states
    home = home_state(minister.sent.doc, m)
    if told:  # the dateline's, only where another state is told as his counterpart's
        return home == state and bool(_counterparts(minister.sent, ctx) - {state})
    return home in (None, state)


def _counterparts(sent: Span, ctx: Context) -> set[str]:
    """The states of the counterparts a sentence names ("met his Syrian counterpart")."""
    return {k for t in sent if t.lemma_ == "counterpart" for c in t.children
            if c.dep_ in ("amod", "compound") and (k := ctx.m.state_for_word(c)) is not None}
