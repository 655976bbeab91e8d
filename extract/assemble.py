"""From a parsed Doc to the frozen `Extraction`: ids, evidence, dates, deduplication."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from actorgraph.domain import CAMEO_CODES, Actor, ActorType, Evidence, Extraction, Relation

from .aliases import (
    named_services,
    person_short_names,
    short_state_names,
    spelled_acronyms,
    word_short_forms,
)
from .bodyheads import bodies_led, region_governments
from .context import named_armies, own_service
from .coref import crediting_verb, quoted
from .dates import find_datelines, sentence_date
from .engine import Match, PatternEngine
from .gazetteer import Gazetteer
from .groupnames import whole_group_names
from .kindnames import names_after_kind_noun
from .leaders import heads_of_unnamed_states
from .lexicon import ROLE_NOUNS, ROLE_WORDS, SPEECH_VERBS, words
from .mentions import Mentions
from .ministers import ministries_led
from .nameforms import name_forms, untitled_person_name
from .resolve import ROLE_RELS, Candidate, Context, R, actor_of, voiced
from .rules import sentence_candidates
from .textprep import doc_text, sentences_from_starts
from .words import doc_words

_QUOTES = frozenset({'"', "'"})
# A stage reading more candidates in a sentence, given the rules' candidates there
# (extract/learned.py's trained reader of actor pairs)
PairStage = Callable[[Span, Context, list[Candidate]], list[Candidate]]


def _track_quotes(sent: Span, ctx: Context) -> None:
    """Remember who is speaking, so a quote's next sentence keeps its speaker."""
    # (a quote token, a speech verb: the sentence's word sets tell, before any token)
    has_quote = not ctx.lowers.isdisjoint(_QUOTES)
    if not ctx.lemmas.isdisjoint(SPEECH_VERBS):
        for tok, _, lemma, _, _, _ in ctx.words:
            if lemma in SPEECH_VERBS:
                for child in tok.children:
                    if child.dep_ == "nsubj":
                        speaker = actor_of(child, ctx)
                        if speaker and has_quote:
                            ctx.quote_speaker = speaker
                        return
    if not has_quote:
        ctx.quote_speaker = None


# A speaker's own words in a quotation: "we demand", "I call on", "our forces".
_SPEAKER_WORDS = words("i me my we us our")
# ... or what the speaker says another owes: '"Y must withdraw. ...," X said'
_OWED = words("must should")


def _credited_later(sent: Span, ctx: Context) -> int | None:
    """The sentence speaks in the first person (or of what one must do) inside a
    quotation that closes, with its speech verb, in a later sentence: the index of that
    verb, whose sentence names the speaker."""
    if ctx.lowers.isdisjoint(_SPEAKER_WORDS) and ctx.lowers.isdisjoint(_OWED):
        return None
    first = next((t for t in sent if (t.lower_ in _SPEAKER_WORDS or t.lower_ in _OWED)
                  and quoted(t)), None)
    verb = crediting_verb(first) if first is not None else None
    return verb.i if verb is not None else None


@dataclass(slots=True)
class _Merged:
    cand: Candidate
    evidence: list[Evidence]
    date: str | None


def _note_role_subjects(sent: Span, ctx: Context) -> None:
    """"The X spokesperson told ..." is a person a later "he" can mean."""
    if ctx.lowers.isdisjoint(ROLE_WORDS):
        return  # (most sentences: no role noun, no token walked)
    for tok, lower, _, _, dep, _ in ctx.words:
        if lower in ROLE_NOUNS and dep in ("nsubj", "nsubjpass"):
            key = actor_of(tok, ctx)
            if key and ctx.m.type_of(key) is ActorType.PERSON:
                ctx.m.note_person(tok.i, key)


_SMALL_WORDS = words("a an the of in on at to for and or but by with after as from")


def _headline(tokens: list[Token]) -> bool:
    """A title-cased line without a closing stop: a headline, not a sentence."""
    if not any("\n" in t.text or "\n" in t.whitespace_ for t in tokens[-2:]):
        return False  # a headline stands on its own line (read first: the cheapest test)
    words = [t for t in tokens if t.is_alpha]
    if len(words) < 4 or any(t.text in (".", "!", "?") for t in tokens[-2:]):
        return False
    capitalised = [t for t in words if t.lower_ not in _SMALL_WORDS]
    return bool(capitalised) and all(t.is_title or t.is_upper for t in capitalised)


def _known_or_single(ents: list[Span], gaz: Gazetteer) -> list[Span]:
    return [e for e in ents if len(e) == 1 or gaz.lookup(e.text)]


def read_candidates(doc: Doc, gaz: Gazetteer, engine: PatternEngine | None,
                    pairs: PairStage | None = None
                    ) -> tuple[Mentions, list[tuple[Candidate, Span]]]:
    """The document's actor mentions and every candidate with its sentence, in order;
    those of `pairs`, given each sentence's candidates of the rules, come last."""
    sentences_from_starts(doc)
    matches = engine.matches(doc) if engine is not None else {}
    mentions = Mentions(gaz)
    ctx = Context(mentions)
    found: list[tuple[Candidate, Span]] = []
    paired: list[tuple[Candidate, Span]] = []
    ents = list(doc.ents)  # Span.ents rescans the whole doc; bucket them once
    words, text = doc_words(doc), doc_text(doc)
    k = 0
    # sentences of a quotation credited in a later sentence ('"We demand that Y stop.
    # ... ," X said'): read once the sentence naming the speaker is read
    waiting: list[tuple[Span, list[Match], int]] = []

    def enter(sent: Span) -> None:
        ctx.tokens = list(sent)
        ctx.words = words.sentence(ctx.tokens)
        ctx.lowers, ctx.lemmas = words.vocabulary(sent.start, sent.end)
        ctx.text = text[sent.start_char : sent.end_char]  # (`Span.text` rejoins each token)

    def read(sent: Span, sent_matches: list[Match]) -> None:
        cands = sentence_candidates(sent, ctx, sent_matches)
        cands += voiced(cands)
        for cand in cands:
            if cand.type in ROLE_RELS or not own_service(mentions, cand.source, cand.target):
                found.append((cand, sent))
        if pairs is not None:
            paired.extend((c, sent) for c in pairs(sent, ctx, cands)
                          if c.type in ROLE_RELS or not own_service(mentions, c.source, c.target))
        _note_role_subjects(sent, ctx)
        _track_quotes(sent, ctx)

    for sent in doc.sents:
        enter(sent)
        sent_ents = []
        while k < len(ents) and ents[k].start < sent.end:
            if ents[k].start >= sent.start:
                sent_ents.append(ents[k])
            k += 1
        headline = _headline(ctx.tokens)
        if headline:
            # "US Strikes Iraqi Militia After Drone Attack": the model reads capitalised
            # words as names; only names the gazetteer knows (and single words) count
            sent_ents = _known_or_single(sent_ents, gaz)
        names = whole_group_names(names_after_kind_noun(
            name_forms(sent_ents, sent, ctx.text, gaz.state_named), sent, ctx.text), sent,
            ctx.text)
        if headline:  # nor the names built from them: "Hits Base Hosting Coalition"
            names = _known_or_single(names, gaz)
        mentions.read_sentence(names, ctx.tokens, ctx.words)
        if (credit := _credited_later(sent, ctx)) is not None:
            waiting.append((sent, matches.get(sent.start, []), credit))
            continue
        read(sent, matches.get(sent.start, []))
        for held, held_matches, _ in [w for w in waiting if w[2] < sent.end]:
            enter(held)
            read(held, held_matches)
        waiting = [w for w in waiting if w[2] >= sent.end]
    for held, held_matches, _ in waiting:
        enter(held)
        read(held, held_matches)
    found += ministries_led(ctx, found)
    found += bodies_led(ctx, found)
    found += region_governments(ctx, found)
    found += heads_of_unnamed_states(doc, ctx, found)
    return mentions, [(c, s) for c, s in found + paired if post_typed_ok(c, mentions)]


_POSTS = frozenset({R.LEADS, R.MEMBER_OF, R.SPOKESPERSON_FOR})
_POSTLESS = frozenset({ActorType.LOCATION, ActorType.FACILITY})


def post_typed_ok(cand: Candidate, mentions: Mentions) -> bool:
    """A post as the whole article types its ends: a place holds none ("X, a subregion of
    Y" read while X still looked like a person), and nobody is one of a place's people
    ("the district head of X" read while the village X still looked like a body)."""
    return not (cand.type in _POSTS and mentions.type_of(cand.source) in _POSTLESS) and not (
        cand.type is R.MEMBER_OF and mentions.type_of(cand.target) in _POSTLESS)


def _merge_actors(found: list[tuple[Candidate, Span]], merged_into: dict[str, str]
                  ) -> list[tuple[Candidate, Span]]:
    """Candidates with each merged actor replaced by the one it is; none of an actor with
    itself ("Haitian police fought the Haitian National Police" was one service)."""
    out = []
    for cand, sent in found:
        source = merged_into.get(cand.source, cand.source)
        target = merged_into.get(cand.target, cand.target)
        if source == target:
            continue
        claimant = merged_into.get(cand.source_actor or "", cand.source_actor)
        out.append((replace(cand, source=source, target=target, source_actor=claimant), sent))
    return out


# The sides a killing attacks: "X killed five soldiers of Y" is an attack on Y
_ATTACKED_SIDES = frozenset({ActorType.ARMED_GROUP, ActorType.STATE,
                             ActorType.GOVERNMENT_BODY, ActorType.ORGANIZATION})


def _killings_as_attacks(found: list[tuple[Candidate, Span]],
                         mentions: Mentions) -> list[tuple[Candidate, Span]]:
    """X KILLED a side (its fighters, soldiers, officers, staff): X TARGETS the side too,
    from the same sentence. A person killed is not a side ("X killed Y" stays a
    killing)."""
    return [(replace(cand, type=R.TARGETS, cameo=None, pattern=f"{cand.pattern}.as_attack"),
             sent) for cand, sent in found
            if cand.type is R.KILLED and mentions.type_of(cand.target) in _ATTACKED_SIDES]


def merged_actors(mentions: Mentions, text: str = "") -> tuple[dict[str, str],
                                                                dict[str, list[str]]]:
    """Which actor each merged one is (a state's service named here, its army, a gloss,
    an acronym the text introduced in brackets), and every actor's aliases with those of
    the ones merged into it."""
    merged_into = named_services([(k, a.name, a.code) for k, a in mentions.actors.items()])
    # "KPDM" read alone, the name it stands for read elsewhere: one actor
    spelled = spelled_acronyms(
        [(k, a.name, a.type, a.code) for k, a in mentions.actors.items()], text)
    merged_into |= {k: merged_into.get(v, v) for k, v in spelled.items() if k not in merged_into}
    # "Congo" alone where the story names "the Democratic Republic of the Congo": one state
    shortened = short_state_names([(k, a.name, a.type, list(a.aliases))
                                   for k, a in mentions.actors.items()])
    merged_into |= {k: v for k, v in shortened.items() if k not in merged_into}
    # "the Treasury", "the Guards" where the story names "the United States Department of
    # the Treasury", "the Islamic Revolutionary Guard Corps": one body
    plurals = word_short_forms([(k, a.name, a.type, a.code, list(a.aliases))
                                  for k, a in mentions.actors.items()])
    merged_into |= {k: merged_into.get(v, v) for k, v in plurals.items() if k not in merged_into}
    # "Kadyrov" alone where the story names "Ramzan Kadyrov": one person
    people = person_short_names([(k, a.name, a.type) for k, a in mentions.actors.items()])
    merged_into |= {k: v for k, v in people.items() if k not in merged_into}
    armies = {k: v for k, v in named_armies(mentions).items() if k not in merged_into}
    merged_into |= armies
    # "X, as Chad's army is known": Chadian forces are X
    glossed = {k: v for k, v in mentions.glosses.items() if k not in merged_into}
    merged_into |= glossed
    armies |= glossed
    aliases = {k: list(a.aliases) for k, a in mentions.actors.items()}
    for generic, named in merged_into.items():
        aliases[named] += [a for a in aliases[generic] if a not in aliases[named]]
        if generic in armies:  # "Sudanese forces" is a name of the Sudanese Armed Forces
            aliases[named].append(mentions.actors[generic].name)
    return merged_into, aliases


def _shown_names(mentions: Mentions, keys: list[str]) -> dict[str, str]:
    """Each actor's name; a person's without the title or rank opening it as the text
    gave it ("General Saw Steel" is Saw Steel; the titled form stays an alias), unless
    another actor already bears the bare name."""
    names = {k: mentions.actors[k].name for k in keys}
    taken = {n.lower() for n in names.values()}
    for k in keys:
        if mentions.actors[k].type is ActorType.PERSON and (
                bare := untitled_person_name(names[k])) is not None and bare.lower() not in taken:
            names[k] = bare
            taken.add(bare.lower())
    return names


def _with_dashed_forms(name: str, aliases: list[str], text: str) -> tuple[str, ...]:
    """The aliases, and each hyphened name or alias as the text wrote it with a dash
    ("the Chaman\u2013Spin Boldak crossing" is read with a hyphen, textprep.normalise):
    a reader copies the name with the text's dash."""
    out = list(aliases)
    for form in (name, *aliases):
        if "-" not in form:
            continue
        pattern = "[-\u2013\u2014]".join(re.escape(part) for part in form.split("-"))
        for found in {m.group(0) for m in re.finditer(pattern, text)} - {form}:
            if found not in out:
                out.append(found)
    return tuple(out)


def assemble(doc: Doc, text: str, document: str, gaz: Gazetteer,
             engine: PatternEngine | None = None, pairs: PairStage | None = None
             ) -> Extraction:
    mentions, found = read_candidates(doc, gaz, engine, pairs)
    return assemble_found(text, document, mentions, found)


def assemble_found(text: str, document: str, mentions: Mentions,
                   found: list[tuple[Candidate, Span]]) -> Extraction:
    """The extraction of the candidates read (`read_candidates`)."""
    anchors = find_datelines(text)
    merged_into, aliases = merged_actors(mentions, text)
    if merged_into:
        found = _merge_actors(found, merged_into)
    found += _killings_as_attacks(found, mentions)
    used = {k for c, _ in found for k in (c.source, c.target)}
    keys = [k for k in mentions.actors if k in used] + [
        k for k in mentions.actors if k not in used and k not in merged_into
    ]
    ids = {k: f"a{i}" for i, k in enumerate(keys, 1)}
    names = _shown_names(mentions, keys)
    actors = tuple(
        Actor(
            id=ids[k],
            name=names[k],
            type=mentions.actors[k].type,
            aliases=_with_dashed_forms(names[k], [a for a in aliases[k] if a], text),
            cameo_code=mentions.actors[k].code,
        )
        for k in keys
    )

    merged: dict[tuple[str, str, str, bool, str | None], _Merged] = {}
    dates: dict[tuple[int, int], str | None] = {}  # a sentence's date, read once
    for cand, sent in found:
        ev = Evidence(text[sent.start_char : sent.end_char], sent.start_char, sent.end_char)
        key = (cand.source, cand.type.value, cand.target, cand.negated, cand.state)
        slot = merged.get(key)
        if slot is None:
            where = (sent.start_char, sent.end_char)
            if where not in dates:
                dates[where] = sentence_date(ev.text, anchors.at(sent.start_char))
            date = dates[where]
            merged[key] = _Merged(cand, [ev], date)
            continue
        if ev not in slot.evidence:
            slot.evidence.append(ev)
        if cand.confidence > slot.cand.confidence:
            slot.cand = cand

    relations = []
    for slot in merged.values():
        cand = slot.cand
        # more statements of the same fact, more confidence
        conf = min(1.0, cand.confidence + 0.05 * (len(slot.evidence) - 1))
        relations.append(
            Relation(
                source=ids[cand.source],
                target=ids[cand.target],
                type=cand.type,
                evidence=tuple(slot.evidence),
                negated=cand.negated,
                date=slot.date,
                confidence=round(conf, 3),
                cameo=cand.cameo or CAMEO_CODES[cand.type],
                state=cand.state,
                source_actor=ids.get(cand.source_actor) if cand.source_actor else None,
                pattern=cand.pattern or None,
            )
        )
    return Extraction(
        document=document,
        actors=actors,
        relations=tuple(relations),
        date=anchors.document_date,
        provenance=tuple(mentions.media),
    )
