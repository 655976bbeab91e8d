"""A head's title may name the body he heads only by its kind: "Police Commissioner X",
"Chief Constable X", "the Inspector General of Police, X" head the article's police;
"the army commander, General X" its army; "the High Commissioner for Human Rights, X"
the UN's human rights office; "Chief Minister X", "X, who has led the region since
2016" the article's region. The body may be named anywhere in the article, so each
sentence notes such titled people (`note_body_heads`) and the document pairs them with
the one body of that kind it names once every sentence is read (`bodies_led`): none when
it names two and the title's state does not choose between them. A deputy is one of the
body's people; a former head is none of its heads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from actorgraph.domain import ActorType, name_key

from .aliases import named_services
from .placenames import is_region, is_wide_region
from .resolve import RANK_WORDS, Candidate, Context, R, rule

# Words of the titles read here: a sentence without any of them notes nobody. Plain
# lower-case words: in an ASCII text each is found as a substring of the lower-cased
# text, the case-blind pattern built from them (run on any other text) at a fraction of
# its cost.
_CUE_WORDS = (
    "police", "constable", "army", "commissioner", "minister", "governor", "premier",
    "leader", "led the region", "prosecutor", "attorney", "heads the region",
    "governed the region",
)
_CUES = re.compile("|".join(map(re.escape, _CUE_WORDS)), re.IGNORECASE)


def _has_cue(text: str) -> bool:
    if text.isascii():
        lowered = text.lower()
        return any(cue in lowered for cue in _CUE_WORDS)
    return _CUES.search(text) is not None


_TITLES = {
    "police": re.compile(
        r"(?:(?:national|state|federal|regional) )?(?:police (?:commissioner|chief|commander"
        r"|head|director|director general)|commissioner of police|chief constable"
        r"|inspector general of (?:the )?(?:national )?police"
        r"|(?:director general|director|head|chief|commander) of the (?:national )?police"
        r"(?: force| service)?)"),
    "army": re.compile(
        r"(?:army (?:chief of staff|chief|commander|head)|(?:commander|chief|head) of the "
        r"army|chief of staff of the army)"),
    "rights": re.compile(r"(?:(?:un|u\.n\.|united nations) )?high commissioner for human rights"),
    # (the head of a prosecutor's office: "the National Prosecutor", "the Attorney General")
    "prosecution": re.compile(
        r"(?:(?:national|chief|public|state|federal) )?prosecutor(?: general)?"
        r"|attorney general|(?:director|head) of public prosecutions"),
    "region": re.compile(r"(?:chief minister|governor|premier|regional (?:leader|president))"),
}
# A district's police chief: "the Larkana district police chief", "Nashik Superintendent
# of Police X" (the title's place names the police he heads)
_PLACE_POLICE = re.compile(r"(?:senior )?superintendent of police")
_PLACE_KINDS = frozenset({"district", "city", "county", "municipal", "provincial",
                          "province", "state", "regional"})
# Region titles that need the region named with them ("Tigray's leader, X"): alone they
# are any body's.
_OWNED_REGION_TITLES = re.compile(r"(?:leader|president|chief executive)")
_DEPUTY = frozenset({"deputy", "vice", "assistant", "associate"})
_FORMER = frozenset({"former", "ex", "ex-", "retired", "late", "then", "onetime", "outgoing",
                     "sacked", "dismissed", "slain"})
_ACTING = frozenset({"acting", "interim", "new", "current", "incumbent"})
_NAME_TITLES = frozenset({"constable", "commissioner"})
_LINKS = frozenset({"of", "for", "the"})
_MAX_TITLE = 8  # words: "the Director General of the National Police Service"
_POLICE_TYPES = frozenset({ActorType.ARMED_GROUP, ActorType.GOVERNMENT_BODY})
_ARMY_WORDS = frozenset({"army", "forces", "military"})
_REGION_WORDS = frozenset({"state", "province", "region", "territory", "oblast",
                           "governorate", "prefecture"})
# "Borno State", "the Tigray region": a place named as a region
_REGION_NAMES = "|".join(sorted({w for r in _REGION_WORDS for w in (r, r.title())}))
_PROSECUTION = re.compile(
    r"(?:prosecutor(?:'s| general's|-general's)|attorney[ -]general's) office"
    r"|office of the (?:\w+ )?(?:prosecutor|attorney general)|prosecution service"
    r"|public prosecution")
_LEAD_VERBS = frozenset({"lead", "head", "govern", "rule", "run"})


@dataclass(frozen=True, slots=True)
class BodyHead:
    person: str
    kind: str  # police, army, rights, region
    state: str | None  # the state the title names ("Kenyan police chief")
    rel: R  # LEADS, MEMBER_OF for a deputy
    sent: Span


@rule
def note_body_heads(sent: Span, ctx: Context) -> list[Candidate]:
    """Note the people of the sentence a title makes the head of a body it names only by
    its kind (`ctx.body_heads`); a region named with the title is led at once."""
    if not _has_cue(ctx.text):
        return []
    m = ctx.m
    out: list[Candidate] = []
    doc = sent.doc
    prev: str | None = None
    for tok in ctx.tokens:
        key = m.token_actor.get(tok.i)
        if key is None or key == prev:
            prev = key
            continue
        prev = key
        if m.type_of(key) is not ActorType.PERSON:
            continue
        end = m.name_end(tok.i, key, sent.end)
        read = _title_before(tok.i, sent, ctx) or _title_after(end, sent, ctx)
        if read is not None:
            kind, rel, owner = read
            if kind == "police" and owner is not None and (
                    m.type_of(owner) is ActorType.LOCATION):
                police = _place_police(owner, tok.i, sent, ctx)
                if police is not None:
                    out.append(Candidate(key, rel, police, False, 0.7))
            elif kind == "region" and owner is not None:
                out.append(Candidate(key, rel, owner, False, 0.7))
            elif owner is None or m.type_of(owner) is ActorType.STATE:
                ctx.body_heads.append(BodyHead(key, kind, owner, rel, sent))
        elif _leads_the_region(doc[tok.i:end]):
            ctx.body_heads.append(BodyHead(key, "region", None, R.LEADS, sent))
    return out


def _title_words(first: int, last: int, sent: Span, ctx: Context, name: int = -1
                 ) -> list[Token]:
    """The words of a title that ends at `last`, read leftwards no further than `first`:
    title-case words, links and the lower-case words of the titles read here, stopping
    at any name."""
    doc = sent.doc
    words: list[Token] = []
    k = last
    while k >= first and len(words) < _MAX_TITLE:
        tok = doc[k]
        key = ctx.m.token_actor.get(k)
        if (key is not None and k < name and not _is_title(ctx.m.actors[key].name)) or not (
                tok.is_alpha or tok.text in ("-", ".")):
            break
        if not (tok.is_title or tok.lower_ in _LINKS or tok.lower_ in _DEPUTY
                or tok.lower_ in _FORMER or tok.pos_ in ("NOUN", "ADJ")):
            break
        words.insert(0, tok)
        k -= 1
    return words


def _is_title(name: str) -> bool:
    """A title the model read as a body's name: "the Inspector General of Police"."""
    title = name.lower().removeprefix("the ")
    return any(rx.fullmatch(title) for rx in _TITLES.values())


def _read_title(words: list[Token], sent: Span, ctx: Context
                ) -> tuple[str, R, str | None] | None:
    """The kind of body a title's words name, what its holder is of it and its owner (a
    state or region named before it), else None (no such title, or a former holder's)."""
    words = [w for w in words if w.text not in ("-", ".")]
    norm = [w.lower_.replace("-", " ") for w in words]
    for start in range(len(norm)):
        title = " ".join(norm[start:])
        kind = next((k for k, rx in _TITLES.items() if rx.fullmatch(title)), None)
        if kind is None and _PLACE_POLICE.fullmatch(title):
            kind = "district police"
        if kind in ("police", "district police"):
            # "the Larkana district police chief X": the place's police, named before it
            kinds = 0
            while kinds < start and norm[start - 1 - kinds] in _PLACE_KINDS:
                kinds += 1
            first = words[start - kinds].i
            owner = _owner_before(first - 1, sent, ctx) if first - 1 >= sent.start and (
                sent.doc[first - 1].lower_ not in ("the", "'s", "'")) else None
            if owner is not None and ctx.m.type_of(owner) is ActorType.LOCATION and not any(
                    w in _FORMER or w in _DEPUTY for w in norm[:start - kinds]):
                return "police", R.LEADS, owner
            if kind == "district police":
                return None  # ("Superintendent of Police X": a rank, no body of its own)
        owned = _OWNED_REGION_TITLES.fullmatch(title) is not None
        if kind is None and not owned:
            continue
        before = norm[:start]
        if before and before[-1] == "the":
            before = before[:-1]
        if any(w in _FORMER for w in before):
            return None
        rel = R.MEMBER_OF if any(w in _DEPUTY for w in before) else R.LEADS
        before = [w for w in before if w not in _ACTING]
        if before and any(w not in _DEPUTY for w in before):
            return None  # "rebel army commander", "Senate police chief": another's
        owner = _owner_before(words[start].i - 1, sent, ctx) if not before else None
        if owned and (owner is None or ctx.m.type_of(owner) is not ActorType.LOCATION):
            return None
        if kind is None and owner is not None:
            kind = "region"  # ("Zamfara's governor", "Tigray's leader")
        return (kind or "region"), rel, owner
    return None


def _place_police(place: str, title: int, sent: Span, ctx: Context) -> str | None:
    """The police of the place named before a police chief's title: the article's police
    named so ("the Nashik Police"), else the one the title names ("the Larkana district
    police chief": Larkana district police)."""
    m = ctx.m
    doc = sent.doc
    last = title - 1
    while last >= sent.start and m.token_actor.get(last) != place:
        last -= 1
    first = last
    while first - 1 >= sent.start and m.token_actor.get(first - 1) == place:
        first -= 1
    if last < sent.start:
        return None
    name = doc[first:last + 1].text
    named = [k for k in m.named_police(_POLICE_TYPES)
             if m.actors[k].name.lower().startswith(name.lower() + " ")]
    if len(named) == 1:
        return named[0]
    if named:
        return None
    k = last + 1
    while k < title and doc[k].lower_ in _PLACE_KINDS:
        k += 1
    words = doc[first:k].text + (" police" if doc[k].lower_ == "police" else " Police")
    return m.add(words, ActorType.ARMED_GROUP, words)


def _owner_before(k: int, sent: Span, ctx: Context) -> str | None:
    """The state or region named right before a title: "Kenya's", "Kenyan", "Tigray's"."""
    doc = sent.doc
    if k >= sent.start and doc[k].lower_ == "the":
        k -= 1
    if k >= sent.start and doc[k].lower_ in ("'s", "'"):
        k -= 1
    if k < sent.start:
        return None
    m = ctx.m
    key = m.token_actor.get(k)
    if key is not None:
        return key if m.type_of(key) in (ActorType.STATE, ActorType.LOCATION) else None
    return m.state_for_word(doc[k]) if doc[k].is_title else None


def _title_before(i: int, sent: Span, ctx: Context) -> tuple[str, R, str | None] | None:
    """"Police Commissioner [General] X", "the national police chief, X"."""
    doc = sent.doc
    if doc[i].lower_ in _NAME_TITLES and i + 1 < sent.end:
        # ("Chief Constable X": the model may read the title's last word into the name)
        return _read_title(_title_words(sent.start, i, sent, ctx, i), sent, ctx)
    k = i - 1
    while k >= sent.start and doc[k].lower_ in RANK_WORDS and doc[k].is_title:
        k -= 1
    if k >= sent.start and doc[k].text == ",":
        k -= 1
    words = _title_words(sent.start, k, sent, ctx)
    return _read_title(words, sent, ctx) if words else None


def _title_after(end: int, sent: Span, ctx: Context) -> tuple[str, R, str | None] | None:
    """"X, the national police chief, said": the title set off after the name."""
    doc = sent.doc
    if end + 1 >= sent.end or doc[end].text != ",":
        return None
    k = end + 1
    stop = k
    while stop < sent.end and stop - k < _MAX_TITLE + 2 and doc[stop].text not in (
            ",", ".", ";", ":", "(", ")", "--", "—"):
        stop += 1
    if stop >= sent.end or stop == k:
        return None
    first = k + 1 if doc[k].lower_ == "the" else k
    if doc[k].lower_ in ("a", "an"):
        return None  # ("X, a police commander": one of its commanders)
    # the owner, if any, opens the phrase: "X, Kenya's police chief,"
    j = first
    if j + 1 < stop and doc[j + 1].lower_ in ("'s", "'") and j in ctx.m.token_actor:
        j += 2
    words = _title_words(j, stop - 1, sent, ctx)
    if not words or words[0].i != j:
        return None
    return _read_title(words, sent, ctx)


def _leads_the_region(name: Span) -> bool:
    """"X, who has led the region since 2016": a relative clause on the name whose verb
    leads "the region" (the one region the article is about)."""
    for tok in (c for t in name for c in t.children):
        if tok.dep_ != "relcl" or tok.lemma_ not in _LEAD_VERBS:
            continue
        if any(c.dep_ == "neg" or c.lower_ in ("once", "formerly") for c in tok.children):
            return False
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might")
               for c in tok.children):
            return False
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lower_ in ("region", "province") and any(
                c.lower_ == "the" for c in obj.children):
            return True
    return False


def _bodies(kind: str, ctx: Context, text: str) -> list[str]:
    """The article's bodies of a kind (`text`: the article's, where a region is named)."""
    m = ctx.m
    if kind == "police":
        return [k for k in m.named_police(_POLICE_TYPES) if not _is_title(m.actors[k].name)]
    out: list[str] = []
    for key, rec in m.actors.items():
        words = rec.name.lower().split()
        if kind == "army":
            ok = rec.type is ActorType.ARMED_GROUP and (
                (rec.code is not None and rec.code[3:6] == "MIL" and m.is_service(key))
                or (m.is_service(key) and words[-1] in _ARMY_WORDS)
                or (words[-1] == "army" and len(words) > 1 and words[0] in ("national", "the")))
        elif kind == "prosecution":
            # "the Public Prosecutor's Office", "the Attorney General's Office", "the
            # Prosecution Service"
            ok = rec.type in (ActorType.ORGANIZATION, ActorType.GOVERNMENT_BODY) and (
                _PROSECUTION.search(rec.name.lower()) is not None)
        elif kind == "rights":
            k = name_key(rec.name)
            ok = rec.type in (ActorType.ORGANIZATION, ActorType.GOVERNMENT_BODY) and (
                k == name_key("OHCHR") or "human rights office" in rec.name.lower()
                or ("high commissioner for human rights" in rec.name.lower() and (
                    "office" in words)))
        else:
            # (a governor heads no continent: "Europe", "the Sahel")
            ok = rec.type is ActorType.LOCATION and not is_wide_region(rec.name) and (
                is_region(rec.name) or (len(words) > 1 and words[-1] in _REGION_WORDS)
                or re.search(rf"\b{re.escape(rec.name)} (?:{_REGION_NAMES})\b", text) is not None)
        if ok and not _is_title(rec.name):
            out.append(key)
    if kind == "rights" and len(out) > 1:
        # "the Office of the UN High Commissioner for Human Rights (OHCHR)": one office
        named = [k for k in out if "office" in m.actors[k].name.lower().split()]
        out = named if len(named) == 1 else out
    return out


def _of_state(key: str, state: str, ctx: Context) -> bool:
    m = ctx.m
    rec, owner = m.actors[key], m.actors[state]
    if rec.code is not None and owner.code is not None and rec.code[:3] == owner.code[:3]:
        return True
    return m.gaz.state_named(rec.name.split()[0]) == owner.name


def bodies_led(ctx: Context, found: list[tuple[Candidate, Span]]
               ) -> list[tuple[Candidate, Span]]:
    """Each noted head leads the article's one body of his title's kind (of his title's
    state when it names one)."""
    if not ctx.body_heads:
        return []
    m = ctx.m
    # (a generic service the article also names by its name is that one: "Kenyan police")
    merged = named_services([(k, a.name, a.code) for k, a in m.actors.items()])
    out: list[tuple[Candidate, Span]] = []
    bodies: dict[str, list[str]] = {}
    for head in ctx.body_heads:
        if head.kind not in bodies:
            bodies[head.kind] = [k for k in _bodies(head.kind, ctx, head.sent.doc.text)
                                 if k not in merged]
        fits = bodies[head.kind]
        if head.state is not None:
            fits = [k for k in fits if _of_state(k, head.state, ctx)]
        if len(fits) != 1:
            continue
        cand = Candidate(head.person, head.rel, fits[0], False, 0.7,
                         pattern="bodyheads.bodies_led")
        out.append((cand, head.sent))
    return out


_GOVERNMENT_FORMS = ("{} government", "{} state government", "{} regional government",
                     "{} provincial government", "government of {}", "{} administration")


def region_governments(ctx: Context, found: list[tuple[Candidate, Span]]
                       ) -> list[tuple[Candidate, Span]]:
    """The head of a region heads its government too, when the article names it: "Sindh
    Chief Minister X ... the Sindh government" (X LEADS the Sindh government)."""
    m = ctx.m
    governments = {a.name.lower(): k for k, a in m.actors.items()
                   if a.type is ActorType.GOVERNMENT_BODY}
    if not governments:
        return []
    out: list[tuple[Candidate, Span]] = []
    for cand, sent in found:
        if cand.type is not R.LEADS or cand.negated or (
                m.type_of(cand.source) is not ActorType.PERSON) or (
                m.type_of(cand.target) is not ActorType.LOCATION):
            continue
        region = m.actors[cand.target].name.lower()
        keys = {governments[f] for form in _GOVERNMENT_FORMS
                if (f := form.format(region)) in governments}
        if len(keys) == 1:
            out.append((replace(cand, target=keys.pop(), pattern="bodyheads.region_governments"),
                        sent))
    return out
