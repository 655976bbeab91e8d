"""Event nouns: "attacks on X (by Y)", "a ceasefire with X" (not of those who monitor it,
nor of the doers of a verb it only dates: "killed since the truce"), "support for X"."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from actorgraph.domain import ActorType

from .agents import CLASS_CODES, actor_code
from .aliases import WHOLE_SERVICE
from .claims import (
    credit,
    note_event,
    one_event_told,
    referred_event,
    refused,
    speakers_men,
    told_as_news,
)
from .combat import fighter_supported
from .context import article_state, state_army
from .coref import attack_key, note_attack_doer
from .filters import asked_of_another, retracted, threatened, unrealised, wanted
from .killings import killing_candidates
from .lexicon import (
    ATTACK_LIGHT_VERBS,
    ATTACK_NOUNS,
    BLAST_NOUNS,
    CEASEFIRE_NOUNS,
    CLASH_NOUNS,
    CRITIC_NOUNS,
    ENDED_VERBS,
    FIGHT_NOUNS,
    NEGATING_VERBS,
    REDUCE_VERBS,
    SPEECH_VERBS,
    SUPPORT_NOUNS,
    SUSPEND_VERBS,
    TALK_NOUNS,
    words,
)
from .resolve import (
    PLACES,
    SUBJ_DEPS,
    Candidate,
    Context,
    R,
    actor_of,
    actors_of_tokens,
    candidate,
    counted_things,
    governing_speaker,
    named_actor,
    negated,
    organisation_of,
    pobjs,
    rule,
    subjects,
)
from .textprep import sentence_of, sentence_starts

if TYPE_CHECKING:
    from .mentions import Mentions

_HELP_NOUNS = SUPPORT_NOUNS | words("help")


_SERVICE_WORDS = words("army military")
_POLICE_WORDS = words("police")
# The services a bare word before a title names: "army spokesman X", "the police chief".
TITLE_SERVICES = _SERVICE_WORDS | _POLICE_WORDS


def service_word(tok: Token, services: frozenset[str] = TITLE_SERVICES) -> Token | None:
    """The bare service word before a noun: "army" in "an army base", "the army chief"."""
    return next((c for c in tok.children if c.dep_ in ("compound", "amod")
                 and c.lower_ in services and not any(c.children)), None)


def service_owner(tok: Token, ctx: Context) -> list[str]:
    """"an army base", "a military convoy": a bare service word before the thing is the
    article's state's forces, as "the army" alone is (a word inside a phrase is no
    mention of its own, so the mentions leave it)."""
    m = ctx.m
    word = service_word(tok, _SERVICE_WORDS)
    if word is None or (state := article_state(m, word)) is None:
        return []
    return [state_forces(m, state, word.text)]


def state_police(m: Mentions, state: str, surface: str) -> str:
    """The state's police as the article names it ("the National Police Service", "Kenyan
    police"), else "<adjective> police", added under the word that stood for it."""
    rec = m.actors[state]
    code = actor_code(rec.code, "police")
    found = {key for key, other in m.actors.items()
             if other.type in _POLICE_TYPES and (
                 (code is not None and other.code == code) or (
                     "police" in other.name.lower().split() and other.code is None
                     and m.gaz.state_named(other.name.split()[0]) in (None, rec.name)))}
    if len(found) == 1:
        return found.pop()
    adj = m.gaz.state_adj.get(rec.name, rec.name)
    return m.add(f"{adj} police", ActorType.ARMED_GROUP, surface, "police", code)


_POLICE_TYPES = frozenset({ActorType.ARMED_GROUP, ActorType.GOVERNMENT_BODY})


def state_service(m: Mentions, state: str, word: Token) -> str:
    """The state's army (forces) or police a service word stands for."""
    if word.lower_ in _POLICE_WORDS:
        return state_police(m, state, word.text)
    return state_forces(m, state, word.text)


def only_service(m: Mentions, word: Token) -> str | None:
    """With no state to own it: the one army (police) the document names, as a service
    word stands for it ("the Chadian National Army ... army spokesman X")."""
    cls = "police" if word.lower_ in _POLICE_WORDS else "forces"
    found = {key for key, rec in m.actors.items() if m.is_service(key) and (
        rec.code[3:6] == CLASS_CODES[cls] if rec.code
        else WHOLE_SERVICE.get(rec.name.split()[-1]) == cls)}
    return found.pop() if len(found) == 1 else None


def state_forces(m: Mentions, state: str, surface: str) -> str:
    """The state's army as the article names it, else its forces ("Kenyan forces"),
    added under the word that stood for them."""
    army = state_army(m, state)
    if army is None:
        adj = m.gaz.state_adj.get(m.actors[state].name, m.actors[state].name)
        name = f"{adj} forces"
        entry = m.gaz.lookup(name)
        name, type_ = (entry.name, entry.type) if entry else (name, ActorType.ARMED_GROUP)
        army = m.add(name, type_, surface, "forces",
                     actor_code(m.actors[state].code, "forces"))
    return army


def quoted_group(verb: Token, sent: Span, ctx: Context) -> list[str]:
    """In a spokesperson's continued quote, "those who attack X" is the group itself."""
    if ctx.quote_speaker is None or sent[0].text not in ('"', "'"):
        return []
    if not ctx.lemmas.isdisjoint(SPEECH_VERBS):
        return []
    org = organisation_of(ctx.quote_speaker, ctx)
    if org is None or org == ctx.quote_speaker:
        return []
    has_subject = any(c.dep_ in SUBJ_DEPS for c in verb.children)
    return [org] if has_subject else []


# Participles that tell who made an attack: "raids conducted by X against Y"
_MADE_BY = words("carry conduct launch stage mount perpetrate wage")


def _made_by(noun: Token) -> list[Token]:
    """"Raids conducted (carried out) by X against Y": the participle that holds the
    attack's doer and its target in place of the noun."""
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
            and c.lemma_ in _MADE_BY]


# Verbs whose subject may be the attack itself: "shelling by X hit Y"
_STRUCK_BY_NOUN = words("hit strike target destroy damage pound")


def _struck_by_noun(verb: Token, ctx: Context) -> list[str]:
    """What an attack that is the subject struck: an actor, or the town its object stood
    in or belonged to ("hit the market of Y", "hit a school in Y")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    found = actors_of_tokens(objs, ctx)
    if found:
        return found
    places = [p for o in objs for p in pobjs(o, {"of", "in", "near"})]
    return [k for k in actors_of_tokens(places, ctx)
            if ctx.m.type_of(k) is ActorType.LOCATION][:1]


def _told_by(noun: Token) -> list[Token]:
    found = [p for c in _made_by(noun) for p in pobjs(c, {"by"})]
    head = noun.head
    if not found and noun.dep_ == "dobj" and head.pos_ == "VERB":
        # "repelled an assault by X": "by" hung on the verb, right after the noun phrase
        end = max(t.i for t in noun.subtree)
        found = [p for c in head.children if c.lower_ == "by" and c.i == end + 1
                 for p in c.children if p.dep_ == "pobj"]
    return found


def _doer_words(noun: Token) -> list[Token]:
    """The words of an attack's "by" phrase a target may hang on: the doer's name, and
    an ally joined to it or set beside it ("an assault by X and its allies on Y")."""
    agents = pobjs(noun, {"by"}) + _told_by(noun)
    return [t for a in agents for t in a.subtree
            if t is a or (t.dep_ in ("conj", "appos") and t.head.i >= a.i)]


def _named_here(tok: Token, ctx: Context) -> bool:
    """Whether a noun stands for a side: named itself or by its compound ("the Kivu
    Front"), or a state's forces ("Kenyan troops"), not a state through a demonym before
    a thing or place ("Congolese villages")."""
    if any(named_actor(t.i, ctx) for t in (tok, *tok.children)
           if t is tok or t.dep_ == "compound"):
        return True
    key = actor_of(tok, ctx)
    return key is not None and ctx.m.type_of(key) is not ActorType.STATE


def _struck_site(tok: Token, ctx: Context) -> bool:
    """"the attack at Kuje prison", "the bombing at the Konduga market": a facility or a
    town after "at" is where the attack struck (not "at dawn", "at a meeting")."""
    key = ctx.m.token_actor.get(tok.i)
    return key is not None and ctx.m.type_of(key) in (ActorType.FACILITY, ActorType.LOCATION)


# Where a claim is posted: "the attack on its Telegram channels (its website)"
_POSTED_ON = words("channel account website feed page platform")


def _attack_targets(noun: Token, ctx: Context) -> list[str]:
    # "raids conducted by X against Y", "an attack by X on Y": the parser may hang the
    # target on the participle or on the doer's name
    struck = pobjs(noun, {"on", "against"}) + [
        p for c in _made_by(noun) for p in pobjs(c, {"on", "against"})] + [
        p for p in pobjs(noun, {"at"}) if _struck_site(p, ctx)]
    # ("claimed the attack on its Telegram channels": where it was claimed, not struck)
    struck = [p for p in struck if p.lemma_ not in _POSTED_ON]
    struck = [t for p in struck for t in counted_things(p) or [p]]  # "on one of X's bases"
    tgts = actors_of_tokens(struck, ctx) or actors_of_tokens(
        [p for a in _doer_words(noun) for p in pobjs(a, {"on", "against"})
         if _named_here(p, ctx) or any(_named_here(o, ctx) for o in pobjs(p, {"of"}))],
        ctx)  # (a side named there, not a demonym's state: "on Palestinian villages in X")
    if not tgts and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and _doer_words(noun):
        # "condemned the attack carried out by X on Y": the parser may hang "on Y" on the
        # verb the attack is the object of, after the noun and its doer
        tgts = actors_of_tokens([p for p in pobjs(noun.head, {"on", "against"})
                                 if p.i > noun.i and _named_here(p, ctx)], ctx)
    if not tgts:
        # "an attack on a Saudi oil facility": the state the thing struck belongs to
        states = (ctx.m.state_for_word(c) for p in struck if p.lemma_ != "soil"
                  for c in p.children if c.dep_ in ("amod", "compound", "poss")
                  and not _in_body_name(c, ctx))  # (not "the Ethiopian Red Cross ambulance")
        # ("its first attack on Nigerian soil": where it struck, not whom)
        tgts = [k for k in states if k is not None][:1]
    if not tgts:
        # "a raid on an Islamic State hideout": the body whose thing it is (not a town's)
        tgts = [k for k in actors_of_tokens([c for p in struck for c in p.children
                                             if c.dep_ == "compound"], ctx)
                if ctx.m.type_of(k) not in PLACES][:1]
    if not tgts:
        tgts = [k for p in struck for k in service_owner(p, ctx)][:1]  # "on an army base"
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "on":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    # "attacks on US targets, including the embassy": the included ones too
                    tgts += [
                        k
                        for k in actors_of_tokens(pobjs(pobj, {"including"}), ctx)
                        if k not in tgts
                    ]
    return tgts


def _in_body_name(tok: Token, ctx: Context) -> bool:
    """A word of the name of an actor that is no state ("Ethiopian" in "the Ethiopian
    Red Cross Society ambulance")."""
    key = ctx.m.token_actor.get(tok.i)
    return key is not None and ctx.m.type_of(key) is not ActorType.STATE


@rule
def nominal_events(sent: Span, ctx: Context) -> list[Candidate]:
    """Event nouns: attacks on X (by Y), a ceasefire/truce with X, presence in X; and
    killings, nominal or verbal (killings.py)."""
    out: list[Candidate] = killing_candidates(sent, ctx)
    for noun, lower, lemma, pos, _, _ in ctx.words:
        if pos not in ("NOUN", "PROPN"):
            if lower == "fighting" and _gerund_clash(noun):
                out += _clash_noun(noun, ctx)
            continue
        if lower in ATTACK_NOUNS or (lemma == "act" and _violent_act(noun)):
            out += _attack_noun(noun, ctx)
            _note_attack_doer(noun, ctx)
        elif lower in _OWNED_DEEDS and ctx.m.token_actor:
            _note_attack_doer(noun, ctx)  # ("X claimed responsibility for the bombings")
        elif lower in CEASEFIRE_NOUNS or lemma in CEASEFIRE_NOUNS or _peace_deal(noun):
            out += _ceasefire_noun(noun, ctx)
        elif lower in ("presence", "footprint", "troops", "forces"):
            head = noun.head
            if head.lemma_ in REDUCE_VERBS and noun.dep_ == "dobj" and not (
                    unrealised(head) or asked_of_another(head)):
                # "cut its presence in X", "cut its presence there in X" (on the verb)
                places = actors_of_tokens(pobjs(noun, {"in", "from"}) or pobjs(
                    head, {"in", "from"}), ctx)
                for s in subjects(head, ctx):
                    for p in places:
                        out.append(candidate(s, R.WITHDRAWS_FROM, p, head, ctx, 0.65))
        elif lower in _INCURSION_NOUNS and _warned_of(noun):
            out += _warned_threat(noun, _named_attackers(noun, pobjs(noun, {"by", "from"}),
                                                         ctx), ctx)
        elif lemma in _PACTS:
            out += _pact_noun(noun, ctx)
        elif lower in TALK_NOUNS:
            out += _talks_noun(noun, ctx)
        elif lower in CLASH_NOUNS or lemma in CLASH_NOUNS:
            out += _clash_noun(noun, ctx)
        elif lower in _HELP_NOUNS or lower in FIGHT_NOUNS or lower in CRITIC_NOUNS:
            out += _stance_noun(noun, ctx)
        elif lower in _THREAT_NOUNS or lower in _DEMAND_NOUNS:
            out += _statement_noun(noun, ctx)
        elif lower in ("representation", "seats", "seat"):
            # "a party with representation in the parliament" -> MEMBER_OF
            bodies = actors_of_tokens(pobjs(noun, {"in"}), ctx)
            holder = noun.head.head if noun.head.lower_ == "with" else None
            member = actor_of(holder, ctx) if holder is not None else None
            for b in bodies:
                if member and ctx.m.type_of(b) is ActorType.GOVERNMENT_BODY:
                    out.append(Candidate(member, R.MEMBER_OF, b, False, 0.6))
        elif lower in _WORKING_TOGETHER:
            head = noun.head
            # "deepened its cooperation with Y", or "with Y" hung on the verb; not
            # "suspended (cut, ended) cooperation with Y"
            places = actors_of_tokens(pobjs(noun, {"in", "with"}) or (
                pobjs(head, {"with"}) if not lower.startswith("invest") else []), ctx)
            if noun.dep_ == "dobj" and places and head.lemma_ not in _WORK_ENDED and not (
                    unrealised(head) or asked_of_another(head)):
                # (not "urged Y to strengthen cooperation with Z": asked of Y, not done)
                for s in subjects(head, ctx):
                    for p in places:
                        out.append(candidate(s, R.COOPERATES_WITH, p, head, ctx, 0.6))
    return out


# Nouns of working with another ("expanded investment in Y", "deepened cooperation with Y").
_WORKING_TOGETHER = words("investment investments cooperation co-operation collaboration")
# Verbs that end, cut or refuse such work ("suspended cooperation with Y").
_WORK_ENDED = words("suspend halt end break cancel freeze abandon quit reject refuse decline "
                    "cut curtail reduce scale limit stop withdraw deny sever terminate")


# Verbs that end or refuse talks ("suspended talks with X", "talks with X collapsed").
_TALKS_ENDED = words("suspend halt end break cancel freeze abandon boycott quit collapse stall "
                     "fail postpone reject refuse decline rebuff spurn")
# The same said with a particle: "called off", "broke off", "ruled out", "turned down".
_ENDED_PHRASAL = frozenset({("call", "off"), ("break", "off"), ("rule", "out"),
                            ("turn", "down")})
# Verbs that turn a truce down, before it holds or ever did.
_REFUSED = words("reject refuse decline rebuff spurn oppose dismiss")
# Verbs that put a truce forward, one side only: "proposed (offered) a truce with X"
_OFFERED = words("propose offer suggest float")


def _refused_or_ended(verb: Token, lemmas: frozenset[str]) -> bool:
    """The verb (one of `lemmas`, or a phrasal verb of _ENDED_PHRASAL) refuses or ends
    the event noun it governs."""
    if verb.lemma_ in lemmas:
        return True
    return any(c.dep_ == "prt" and (verb.lemma_, c.lower_) in _ENDED_PHRASAL
               for c in verb.children)


_DEAL_NOUNS = words("agreement deal accord treaty pact")


def _peace_deal(noun: Token) -> bool:
    """"A peace deal (agreement, accord)": the fighting ends, a truce by another name."""
    return noun.lemma_ in _DEAL_NOUNS and any(
        c.lower_ == "peace" and c.dep_ in ("compound", "amod") for c in noun.children)


def _yet_to_come(verb: Token) -> bool:
    """A clause of what has not happened: "until (unless, if, before) a truce is signed"."""
    return any(c.dep_ == "mark" and c.lower_ in _NOT_YET for c in verb.children)


_NOT_YET = words("until till unless if before once")


def _hypothetical(noun: Token) -> bool:
    """ "any truce", "no ceasefire": spoken of, not agreed."""
    return any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in noun.children)


def _with_objects(tok: Token) -> list[Token]:
    """The objects of "with" on a token, and of each "with" joined to it: "talks with X
    and with Y"."""
    # ("with Y" may be parsed as joined to the verb itself: dep "conj")
    preps = [c for c in tok.children if c.dep_ in ("prep", "conj") and c.lower_ == "with"
             and not _absolute_with(c)]
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.lower_ == "with"]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def _absolute_with(prep: Token) -> bool:
    """", with Y acting as mediator": a "with" set off by a comma that opens a clause of its
    own (Y does the "-ing" verb, the parser hanging it on "with" or on the verb before)
    tells who else took part, not with whom."""
    if prep.i == 0 or prep.nbor(-1).text != ",":
        return False
    inside = {t.i for t in prep.subtree} | {prep.head.i}
    return any(t.tag_ == "VBG" and t.dep_ in ("pcomp", "advcl") and t.head.i in inside
               for t in prep.doc[prep.i + 1 : prep.sent.end])


# Verbs that ask for talks: "called for talks between X and Y" (not held)
_ASK_FOR = words("call appeal press push plead urge")


def _talks_to_come(noun: Token) -> bool:
    """Talks told as still to come or only asked for: "a meeting between X and Y would
    (will) be held next week", "called for talks between X and Y"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_ in _ASK_FOR:
        return True
    return noun.dep_ in ("dobj", "nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and (
        unrealised(head) or asked_of_another(head) or any(
            c.dep_ == "aux" and c.lower_ == "would" for c in head.children))


@rule
def _talks_noun(noun: Token, ctx: Context) -> list[Candidate]:
    """ "X held talks with Y" -> X MEETS_WITH Y; talks suspended or collapsed are none."""
    ended = _refused_or_ended(noun.head, _TALKS_ENDED)
    if (ended and noun.dep_ in ("dobj", "nsubj", "nsubjpass")) or _hypothetical(noun):
        return []
    head = noun.head
    between = actors_of_tokens(pobjs(noun, {"between"}), ctx)
    if len(between) == 2 and _talks_to_come(noun):
        return []  # "a meeting between X and Y would be held next week": not held yet
    if len(between) == 2:
        # "talks between X and Y"
        return [candidate(between[0], R.MEETS_WITH, between[1], noun, ctx, 0.55)]
    withs = _with_objects(noun)
    if noun.dep_ == "dobj":
        withs += _with_objects(head)  # "held talks in Y on Monday with X": on the verb
    # "with delegations of X and of Y": each side whose envoys came
    withs += [o for w in withs for p in w.children if p.dep_ == "prep" and p.lower_ == "of"
              for c in p.children if c.dep_ == "conj" and c.lower_ == "of"
              for o in c.children if o.dep_ == "pobj"]
    others = actors_of_tokens(withs, ctx)
    if not others or noun.dep_ != "dobj" or head.pos_ not in ("VERB", "AUX"):
        return []
    if unrealised(head) or asked_of_another(head):
        return []  # "will (is due to, plans to) hold talks with X", "called on Y to reopen
        # talks with X": not held yet
    # "welcomed the meetings held by X with Y": the holder named is the one who met
    held_by = [p for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
               for p in pobjs(c, {"by"})]
    srcs = actors_of_tokens(held_by, ctx) if held_by else subjects(head, ctx)
    return [candidate(s, R.MEETS_WITH, o, head, ctx, 0.6) for s in srcs for o in others]


@rule
def _stance_noun(noun: Token, ctx: Context) -> list[Candidate]:
    """ "X's support for Y" -> BACKS; "their fight against Y" -> TARGETS."""
    support = noun.lower_ in _HELP_NOUNS
    critic = noun.lower_ in CRITIC_NOUNS
    # "in support of X" (but "with the support of X": X is the supporter)
    in_support = support and noun.dep_ == "pobj" and noun.head.lower_ == "in"
    preps = (
        ({"for", "to", "of"} if in_support else {"for", "to"})
        if support
        else ({"of"} if critic else {"against"})
    )
    objs = actors_of_tokens(pobjs(noun, preps), ctx)
    if not objs and support:
        return _support_from(noun, ctx)
    if not objs and critic:
        # "its condemnation of X's policies": the actor inside the object
        objs = actors_of_tokens(
            [t for p in pobjs(noun, {"of"}) for t in p.subtree if t.dep_ == "poss"], ctx
        )
    if not objs:
        return []
    srcs = fighter_supported(noun, ctx) or (
        _authors(noun, ctx) if critic else actors_of_tokens(
            [c for c in noun.children if c.dep_ in ("poss", "compound")]
            + (pobjs(noun, {"from"}) if support else []), ctx))  # "support from X for Y"
    anchor = noun.head if noun.head.pos_ in ("VERB", "AUX") else noun
    if (not srcs and noun.dep_ in ("dobj", "attr") and anchor.i != noun.i
            and anchor.lemma_ not in _TALK_ABOUT_VERBS):
        # "X reiterated support for Y"; but who discusses support need not give it
        srcs = subjects(anchor, ctx)
    if (
        not srcs
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and noun.head.head.pos_ in ("VERB", "AUX", "ADJ")
    ):
        # "X is firm in support of Y", "X voiced its condemnation of Y"
        head = noun.head.head
        anchor = head if head.pos_ != "ADJ" else head.head
        srcs = subjects(anchor, ctx) or actors_of_tokens(
            [c for c in anchor.children if c.dep_ == "nsubjpass"], ctx
        )
    rel = R.BACKS if support else R.CRITICIZES if critic else R.TARGETS
    # "X ended (cut) its support for Y": no longer so, kept only as a denied edge
    stopped = True if noun.dep_ == "dobj" and anchor.lemma_ in _STOP_VERBS else None
    return [candidate(s, rel, o, anchor, ctx, 0.55, neg=stopped) for s in srcs for o in objs]


# Nouns of a statement made against another: threats (CAMEO 13) and demands (10).
_THREAT_NOUNS = words("threat threats warning warnings ultimatum ultimatums")
_DEMAND_NOUNS = words("demand demands call calls")
# Verbs that make such a noun their subject's: "X issued an ultimatum to Y".
_UTTER_VERBS = words("issue make renew repeat reiterate restate voice level deliver send stress")
# Pronouns for the one a demand is put to, named as the subject of the clause around it.
_HEARER_PRONOUNS = words("it its they their")
# Verbs by which one makes another's statement its own: "echoed X's call on Y to ...".
_ECHO_VERBS = words("echo repeat reiterate restate renew endorse second amplify join support")


def _authors(noun: Token, ctx: Context) -> list[str]:
    """Who made a statement told as a noun: "Iran's threat", "criticism by Pakistan",
    "a warning from X", "a Russian threat" (the state a demonym names)."""
    found = actors_of_tokens([c for c in noun.children if c.dep_ in ("poss", "compound")]
                             + pobjs(noun, {"by", "from"}), ctx)
    if found:
        return found
    states = (ctx.m.state_for_word(c) for c in noun.children if c.dep_ in ("amod", "compound"))
    return [s for s in states if s is not None][:1]


@rule
def _statement_noun(noun: Token, ctx: Context) -> list[Candidate]:
    """ "Iran's threat against Israel", "warnings by X of strikes on Y" -> THREATENS;
    "X's demand for Y's withdrawal", "the demand by X that Y return ...", "the call of X
    for Y to ..." -> DEMANDS. One who echoes another's demand makes it too ("echoed X's
    call on Y to ..."); one who rejects it leaves it made ("Y rejected X's demand")."""
    threat = noun.lower_ in _THREAT_NOUNS
    tgts = _threatened(noun, ctx) if threat else _demanded_of(noun, ctx)
    if not tgts:
        return []
    srcs, anchor = _authors(noun, ctx), noun
    if noun.dep_ == "dobj" and noun.head.lemma_ in _UTTER_VERBS and any(
            c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children):
        # "X reiterated his call on Y to ...": "his" is the subject's own, whoever said it
        srcs = subjects(noun.head, ctx) or srcs
    if not srcs and not threat:
        # "the call of the Council for Y to ...": a body, not a place, makes it
        srcs = [k for k in actors_of_tokens(pobjs(noun, {"of"}), ctx)
                if ctx.m.type_of(k) not in PLACES]
    rel = R.THREATENS if threat else R.DEMANDS
    # an authored statement stands whatever its hearer does with it ("rejected X's demand")
    out = [candidate(s, rel, t, anchor, ctx, 0.55, neg=_no_statement(noun) or (
        threat and retracted(noun)))
           for s in srcs for t in tgts if s != t]
    if noun.dep_ == "dobj" and noun.head.lemma_ in _UTTER_VERBS | _ECHO_VERBS:
        # "X issued an ultimatum to Y", "X echoed Z's call on Y to ...": X's own
        own = [s for s in subjects(noun.head, ctx) if s not in srcs]
        out += [candidate(s, rel, t, noun.head, ctx, 0.55) for s in own for t in tgts if s != t]
    return out


def _no_statement(noun: Token) -> bool:
    """Whether a statement told as an authored noun was not made: only its own "no" says
    so; a verb over it is what another does with it."""
    return any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "never") for c in noun.children)


def _threatened(noun: Token, ctx: Context) -> list[str]:
    """"a threat against (to) Y"; "warnings of strikes on Y" when the strikes are the
    warner's own (no doer of their own: "warned of an Israeli offensive" is not)."""
    tgts = actors_of_tokens(pobjs(noun, {"against", "to"}), ctx)
    for act in _own_pobjs(noun, {"of"}):
        if act.lower_ in ATTACK_NOUNS and not _authors(act, ctx):
            tgts += actors_of_tokens(pobjs(act, {"on", "against"}), ctx)
    return tgts


def _own_pobjs(noun: Token, preps: set[str]) -> list[Token]:
    """The noun's phrases after these prepositions, also where the parser hung them on
    its author: "warnings by X of strikes", "calls by X for Y to withdraw"."""
    return pobjs(noun, preps) + [a for b in pobjs(noun, {"by"}) for a in pobjs(b, preps)]


def _demanded_of(noun: Token, ctx: Context) -> list[str]:
    """"a demand on Y", "a demand for Y's (for the) withdrawal (of Y)", "a demand that Y
    return ...": who is to act, not where ("the withdrawal of X from Z")."""
    tgts = actors_of_tokens(pobjs(noun, {"on"}), ctx)
    for act in _own_pobjs(noun, {"for"}):
        tgts += actors_of_tokens([act], ctx) or actors_of_tokens(
            [c for c in act.children if c.dep_ == "poss"] + pobjs(act, {"of", "by"}), ctx)
    doers: list[Token] = []  # who is to act, named by a pronoun (below)
    for act in _own_pobjs(noun, {"for"}):
        doers += [c for c in act.children if c.dep_ == "poss"]
        doers += [c for o in pobjs(act, {"of"}) for c in o.children if c.dep_ == "poss"]
    for clause in noun.children:
        # "a demand that Y return ...", "a call for Y to withdraw"
        if clause.dep_ in ("acl", "ccomp", "advcl", "relcl") and any(
                m.dep_ == "mark" and m.lower_ in ("that", "for") for m in clause.children):
            subj = [c for c in clause.children if c.dep_ == "nsubj"]
            tgts += actors_of_tokens(subj, ctx)
            doers += subj
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if (
        noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB") else None
    if not tgts and verb is not None and any(d.lower_ in _HEARER_PRONOUNS for d in doers):
        # "Y rejected X's demand that it withdraw (for the withdrawal of its troops)", "Y
        # would not bow to X's demand that it ...": the pronoun is the one the demand was
        # put to, the subject of the clause around it
        tgts = [k for k in subjects(verb, ctx) if k not in _authors(noun, ctx)]
    return tgts


_TALK_ABOUT_VERBS = words(
    "discuss review debate question examine consider evaluate assess seek request need ask")
_STOP_VERBS = SUSPEND_VERBS | REDUCE_VERBS | words("drop abandon")
_RECEIVE_VERBS = words("receive get obtain enjoy gain win accept")
_AIDED_VERBS = words("aid back support help assist")


def _support_from(noun: Token, ctx: Context) -> list[Candidate]:
    """Support named by its giver, the party helped being the clause's doer:
    "Y received support from X", "Y took the town with the help of X",
    "Y, aided by support from X, ..." -> X BACKS Y."""
    givers = actors_of_tokens(pobjs(noun, {"from"}), ctx)
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_ in _RECEIVE_VERBS:
        givers = givers or actors_of_tokens(pobjs(head, {"from"}), ctx)
        return [candidate(g, R.BACKS, r, head, ctx, 0.6)
                for g in givers for r in subjects(head, ctx) if g != r]
    if noun.dep_ != "pobj":
        return []
    verb = head.head
    if head.lower_ == "with":
        # "with the help of X", "with Egyptian / Egypt's / US support"
        givers = givers or actors_of_tokens(pobjs(noun, {"of"}), ctx) or _givers_before(noun, ctx)
        if verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
            verb = verb.head  # "took the town with X's help": the parser hangs it on the object
        helped = _doers(verb, ctx)
    elif head.dep_ == "agent" and verb.lemma_ in _AIDED_VERBS:
        # "aided by support from X": the participle describes the one helped
        helped = subjects(verb.head, ctx) if verb.dep_ == "advcl" else (
            actors_of_tokens([verb.head], ctx) if verb.dep_ == "acl" else [])
        if not helped and verb.i > 0 and verb.nbor(-1).text == ",":
            # "X took the town, aided by ...", the participle hung on a noun: the doer of
            # the clause the comma closes
            helped = _doers(_verb_before(verb.i - 1, verb), ctx)
    else:
        return []
    return [candidate(g, R.BACKS, r, verb, ctx, 0.55) for g in givers for r in helped if g != r]


def _givers_before(noun: Token, ctx: Context) -> list[str]:
    """Whose support it is, named before the noun: "Egypt's", "Egyptian", "US"."""
    owners = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound")]
    found = [k for k in actors_of_tokens(owners, ctx) if ctx.m.type_of(k) not in PLACES]
    if not found:
        states = (ctx.m.state_for_word(c) for c in owners)
        found = [s for s in states if s is not None][:1]
    return found


def _verb_before(i: int, tok: Token) -> Token:
    """The nearest verb before position i in tok's sentence (else tok)."""
    doc = tok.doc
    for k in range(i - 1, sentence_of(tok).start - 1, -1):
        if doc[k].pos_ == "VERB":
            return doc[k]
    return tok


def _doers(verb: Token, ctx: Context) -> list[str]:
    """Who does a verb: its subject, or the agent of a passive ("captured by X")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return actors_of_tokens(pobjs(verb, {"by"}), ctx)
    return subjects(verb, ctx)


def _named_attackers(noun: Token, agents: list[Token], ctx: Context) -> list[str]:
    """The attackers an attack noun names itself: "attacks by X", "ISIL's attacks on X",
    "the Houthi attack on X", "a US-led raid on X", "an IS-claimed bombing of X"."""
    leaders = [g for c in noun.children if c.dep_ == "amod" and c.lower_ in ("led", "claimed")
               for g in c.children if g.dep_ in ("npadvmod", "compound")]
    # "an Israeli strike on X": the state a demonym names
    states = [ctx.m.state_for_word(c) for c in noun.children if c.dep_ == "amod"]
    return actors_of_tokens(agents, ctx) or actors_of_tokens(
        # "by armed men, including members of X"
        [p for a in agents for p in pobjs(a, {"including"})], ctx) or [
        k for g in leaders if (k := actor_of(g, ctx) or ctx.m.state_for_word(g)) is not None
    ] or [
        k
        for c in noun.children
        if c.dep_ in ("poss", "compound")
        if (k := _owner(c, ctx)) is not None
        and c.i not in ctx.m.descriptor_tokens
        and ctx.m.type_of(k) not in PLACES
    ] or [k for k in states if k is not None][:1]


@rule
def _attack_noun(noun: Token, ctx: Context) -> list[Candidate]:
    if (blame := _blame(noun, ctx)) is not None:
        return _blamed_attack(noun, blame, ctx)
    tgts = _attack_targets(noun, ctx)
    if tgts:
        ctx.last_attack_target = tgts[0]
    head = noun.head
    out: list[Candidate] = []
    agents = pobjs(noun, {"by", "from"}) + _told_by(noun)
    srcs = _named_attackers(noun, agents, ctx) or _lead_doers(noun, ctx)
    if _warned_of(noun):
        return _warned_threat(noun, srcs, ctx)
    if _hypothetical(noun) and not (noun.dep_ == "dobj" and noun.head.lemma_ in _UNDONE_HEADS):
        return []  # "would respond to any Pakistani strikes on X": spoken of, none done
    if srcs and not tgts and noun.dep_ == "nsubj" and head.lemma_ in _STRUCK_BY_NOUN:
        tgts = _struck_by_noun(head, ctx)  # "shelling by X hit the market of Y"
    if srcs and not tgts:
        # "ISIL's attacks in Aleppo", "attacks by ISIL in Tikrit": the place attacked
        tgts = [
            k
            for k in actors_of_tokens([p for t in (noun, *agents) for p in pobjs(t, {"in"})], ctx)
            if ctx.m.type_of(k) is ActorType.LOCATION
        ]
    claim = _responsibility(noun)
    if claim is not None and claim.lemma_ in NEGATING_VERBS:
        return []  # "X denied responsibility for the attack"
    if claim is None and head.pos_ == "VERB" and (
            (head.lemma_ == "claim" and noun.dep_ in ("dobj", "nsubjpass"))
            or (head.lemma_ in ATTACK_LIGHT_VERBS and noun.dep_ == "nsubjpass")):
        # "X claimed the attack", "the attack was claimed (carried out) by X"
        claim = head
    if noun.dep_ == "pobj" and head.lower_ == "under":
        # "X came under attack": X is what the next "the attacks" were aimed at
        victims = subjects(head.head, ctx)
        if victims:
            ctx.last_attack_target = victims[0]
            _note_noun_event(noun, victims, ctx)
        return []
    if claim is not None:
        head = claim  # "claimed responsibility for (some of) the attacks"
        srcs = srcs or (actors_of_tokens(pobjs(head, {"by"}), ctx) if noun.dep_ == "nsubjpass"
                        else subjects(head, ctx))
        if not tgts and one_event_told(noun, ctx):
            # "X claimed the ambush": what the ambush told before struck, and its dead
            event = referred_event(noun, ctx)
            return [c for s in srcs for c in credit(s, event, head, ctx, 0.6)]
        tgts = tgts or _target_before(ctx)
    elif noun.dep_ == "dobj" and head.lemma_ in SUSPEND_VERBS:
        if asked_of_another(head):
            return out  # "urged X to end its attacks": no truce yet
        tgts = tgts or _target_before(ctx)
        for s in subjects(head, ctx):
            for t in tgts:
                ctx.last_ceasefire_party = t
                out.append(candidate(s, R.CEASEFIRE_WITH, t, head, ctx, 0.7, state="agreed"))
        return out
    elif noun.dep_ == "dobj" and head.lemma_ in _ORGANISING_VERBS:
        # "X planned (ordered, financed) the attacks on Y": X's attacks, when told as done
        if not (tgts and _organised(noun, head)):
            return out
        return [candidate(s, R.TARGETS, t, head, ctx, 0.6)
                for s in srcs or subjects(head, ctx) for t in tgts if s != t]
    elif noun.dep_ == "dobj" and head.lemma_ in ATTACK_LIGHT_VERBS | {"threaten", "vow"}:
        # ("vowed to step up its attacks on X", "said it would launch attacks on X")
        rel = R.THREATENS if head.lemma_ in ("threaten", "vow") or threatened(head) \
            else R.TARGETS
        srcs = srcs or subjects(head, ctx)
        if not tgts and rel is R.THREATENS:
            tgts = _condition_subjects(head, ctx)
        if rel is R.TARGETS and not tgts and one_event_told(noun, ctx) and not unrealised(head):
            # "X said it (its fighters) carried out the attack": the attack told before
            srcs = srcs or speakers_men(head, ctx)
            return [c for s in srcs for c in credit(s, referred_event(noun, ctx), head, ctx,
                                                    0.6)]
        if rel is R.TARGETS and tgts and not srcs:
            _note_noun_event(noun, tgts, ctx)
        return [candidate(s, rel, t, head, ctx, 0.7) for s in srcs for t in tgts]
    if (lead := _lead_attack(noun)) is not None:
        head = lead.head  # (the mood of the attack renamed is the apposition's)
    anchor = head if head.pos_ in ("VERB", "AUX") else noun
    if tgts and not srcs and (doer := _struck_before(noun, tgts, ctx)) is not None:
        return [candidate(doer, R.TARGETS, t, anchor, ctx, 0.55) for t in tgts]
    if tgts and not srcs:
        _note_noun_event(noun, tgts, ctx)
    return [candidate(s, R.TARGETS, t, anchor, ctx, 0.6) for s in srcs for t in tgts]


def _struck_before(noun: Token, tgts: list[str], ctx: Context) -> str | None:
    """"Y opened fire on an ambulance near Z. ... condemned the attack on the X
    ambulance": the doer of the one attack told in this sentence or the three before it,
    which "the attack on X" names again (not "attacks on X", a campaign, nor "an attack")."""
    if noun.tag_ == "NNS" or not any(c.dep_ == "det" and c.lower_ == "the"
                                     for c in noun.children):
        return None
    event = referred_event(noun, ctx)
    if event is None:
        return None
    # (the sentence that told it may tell it twice: "X was killed when Y opened fire")
    doers = {d for e in ctx.attack_events if e.sent == event.sent
             and (d := e.doer or e.credited) is not None} | {
        d for told in ctx.attack_doers.values() for d, at in told if at == event.sent}
    doer = doers.pop() if len(doers) == 1 else None
    if doer is None or doer in tgts:
        return None
    starts = sentence_starts(noun.doc)
    here, there = bisect_right(starts, noun.i) - 1, bisect_right(starts, event.sent) - 1
    return doer if 0 <= here - there <= 3 else None


def _lead_attack(noun: Token) -> Token | None:
    """The attack noun an apposition renames: "its first attack on Malian soil, an
    ambush on a patrol" (the parser may hang the apposition on the first's place)."""
    if noun.dep_ != "appos":
        return None
    lead = noun.head
    if lead.dep_ == "pobj" and lead.head.dep_ == "prep" and lead.head.head.lower_ in ATTACK_NOUNS:
        lead = lead.head.head
    return lead if lead.lower_ in ATTACK_NOUNS and lead.i != noun.i else None


def _lead_doers(noun: Token, ctx: Context) -> list[str]:
    """The doers of the attack an apposition renames: "X claimed (carried out) its first
    attack in Y, an ambush on Z" is X's ambush on Z."""
    lead = _lead_attack(noun)
    if lead is None:
        return []
    named = _named_attackers(lead, pobjs(lead, {"by", "from"}), ctx)
    verb = lead.head
    if named or lead.dep_ != "dobj" or not told_as_news(verb) or unrealised(verb) or (
            threatened(verb)):
        return named
    return subjects(verb, ctx) if verb.lemma_ in ATTACK_LIGHT_VERBS | {"claim"} else []


# Verbs of the one who set an attack going without firing: "X ordered (planned,
# financed, masterminded) the attack on Y" tells X's attack. A plan or preparation may
# have been foiled: read only of an attack named as one that happened ("the attack").
_ORGANISING_VERBS = words("order organise organize mastermind orchestrate direct plan "
                          "finance fund coordinate prepare")
_PLANNING_VERBS = words("plan prepare")
# Verbs over the organiser that leave the attack unproven or undone: "was accused of
# planning", "denied ordering", "suspected of organising".
_DOUBTING_VERBS = NEGATING_VERBS | words("accuse suspect allege investigate charge")


def _organised(noun: Token, verb: Token) -> bool:
    """The attack was organised and happened: the verb in the past, not negated, asked,
    planned for later or under a denial or accusation; a plan (not an order) only of an
    attack named as one ("the attacks", "Monday's attack")."""
    if verb.tag_ not in ("VBD", "VBN") or negated(verb) or unrealised(verb) or threatened(verb):
        return False
    if any(a.lemma_ in _DOUBTING_VERBS or a.lemma_ == "try" for a in verb.ancestors):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False  # ("the attack was planned", its target only: read elsewhere)
    return verb.lemma_ not in _PLANNING_VERBS or any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those")) or c.dep_ == "poss"
        for c in noun.children)


def _note_noun_event(noun: Token, tgts: list[str], ctx: Context) -> None:
    """"A bomb attack on a police post killed three officers": an attack by no named
    doer, told as news, for the doer named after it (claims.py)."""
    head = noun.head
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    if (_hypothetical(noun) or negated(noun) or verb.lemma_ in _UNDONE_HEADS
            or verb.pos_ not in ("VERB", "AUX") or not told_as_news(verb) or unrealised(verb)
            or threatened(verb)):
        return
    note_event(noun, R.TARGETS, tgts, [], ctx)


# "Blamed X for the attack", "held X responsible for it": the verbs and adjectives that
# lay an attack at another's door through "for"; "attributed the attack to X" through "to".
_BLAME_VERBS = words("blame")
_RESPONSIBLE_VERBS = words("hold consider deem")
_ATTRIBUTE_VERBS = words("attribute")


def _blame(noun: Token, ctx: Context) -> tuple[Token, list[str]] | None:
    """The verb that blames another for an attack noun, and the blamed: "blamed X for the
    attack", "held X responsible for the bombing", "attributed the raid to X"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in _SERIES:
        noun = noun.head.head  # "blamed X for a series of attacks on Y"
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_ in _ATTRIBUTE_VERBS:
        return head, actors_of_tokens(pobjs(head, {"to"}), ctx)
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_ in _BLAME_VERBS:
        # "blamed the attack on X", "the attack was blamed on X": the last "on" names
        # the blamed (the parser often hangs it on the noun)
        on = _blamed_on(noun)
        return (head, actors_of_tokens([on], ctx)) if on is not None else None
    if noun.dep_ == "pobj" and head.lower_ == "behind" and head.head.lemma_ == "be":
        # "X was behind the attack"
        return head.head, actors_of_tokens(
            [c for c in head.head.children if c.dep_ == "nsubj"], ctx)
    if noun.dep_ != "pobj" or head.lower_ != "for":
        return None
    verb = head.head
    if verb.lemma_ == "responsible" and verb.dep_ == "amod":
        # "held X responsible", parsed as X's adjective
        holder = verb.head.head
        blamed = [verb.head] if verb.head.dep_ == "dobj" else []
    else:
        # ... or as a clause of its own, X its subject
        holder = verb.head
        blamed = [c for c in (*holder.children, *verb.children)
                  if c.dep_ in ("dobj", "nsubj") and holder.i < c.i < verb.i]
    if verb.lemma_ == "responsible" and holder.lemma_ in _RESPONSIBLE_VERBS:
        return holder, actors_of_tokens(blamed, ctx)
    if verb.lemma_ in _BLAME_VERBS:  # "blamed X for it", "X was blamed for it"
        return verb, actors_of_tokens([c for c in verb.children
                                       if c.dep_ in ("dobj", "nsubjpass")], ctx)
    return None


# Nouns that count attacks: "a series (string, wave, spate) of attacks".
_SERIES = words("series string wave spate spree")
_ANSWERED = words("meet answer")
_WARN_VERBS = words("warn threaten say")


# Hostile moves a warning answers as it answers an attack: "any incursion by Y"
_INCURSION_NOUNS = words(
    "incursion incursions intrusion intrusions infiltration infiltrations aggression "
    "provocation provocations encroachment encroachments")


def _warned_threat(noun: Token, doers: list[str], ctx: Context) -> list[Candidate]:
    """"X warned that any attack (incursion) by Y would be met with force": X threatens Y."""
    warn = noun.head.head
    return [candidate(w, R.THREATENS, s, warn, ctx, 0.6)
            for w in subjects(warn, ctx) for s in doers if w != s]


def _warned_of(noun: Token) -> bool:
    """"(warned that) any attack ... would be met (answered) with force"."""
    head = noun.head
    return (noun.dep_ == "nsubjpass" and head.lemma_ in _ANSWERED and head.dep_ == "ccomp"
            and head.head.lemma_ in _WARN_VERBS
            and any(c.lower_ == "any" for c in noun.children)
            and any(c.lower_ in ("would", "will") for c in head.children))


def _blamed_on(noun: Token) -> Token | None:
    """The object of the last "on" after an attack noun blamed, on the verb or the noun."""
    ons = pobjs(noun.head, {"on"}) or pobjs(noun, {"on"})[-1:]
    return ons[-1] if ons else None


def _target_before(ctx: Context) -> list[str]:
    """The target of the attack told last ("X stormed a base. Y claimed the attack")."""
    return [ctx.last_attack_target] if ctx.last_attack_target else []


def _blamed_attack(noun: Token, blame: tuple[Token, list[str]], ctx: Context
                   ) -> list[Candidate]:
    """The blamed struck what the attack struck (or the target of the attack told just
    before: "X stormed a base. Y blamed Z for the attack"), as the blamer's claim."""
    verb, blamed = blame
    laid_on = noun.head.i == verb.i and verb.lemma_ in _BLAME_VERBS  # "blamed it on X"
    tgts = [k for k in _attack_targets(noun, ctx) if not (laid_on and k in blamed)]
    if tgts:
        ctx.last_attack_target = tgts[0]
    if not tgts:
        # "blamed Y for the strike on its camp": whose the thing struck is
        tgts = actors_of_tokens([c for p in pobjs(noun, {"on", "against"}) for c in p.children
                                 if c.dep_ == "poss"], ctx)[:1]
    if not tgts:
        # "the bombing of an army post": the side whose thing it was
        tgts = [k for p in pobjs(noun, {"of"})
                for k in actors_of_tokens([p], ctx) or service_owner(p, ctx)][:1]
    blamers = subjects(verb, ctx)
    out = []
    if not tgts and one_event_told(noun, ctx):
        # "blamed X for the ambush": what the ambush told before struck, and its dead
        event = referred_event(noun, ctx)
        out += [c for s in blamed for c in credit(s, event, verb, ctx, 0.55,
                                                  blamers[0] if blamers else None)]
    else:
        tgts = tgts or _target_before(ctx)
    for s in blamed:
        for t in tgts:
            c = candidate(s, R.TARGETS, t, verb, ctx, 0.55)
            if c.source_actor is None and blamers and blamers[0] != s:
                c = replace(c, source_actor=blamers[0])
            out.append(c)
        if laid_on:
            # "X blamed the attack on Y" criticises Y as "X blamed Y for it" does
            out += [candidate(b, R.CRITICIZES, s, verb, ctx, 0.6) for b in blamers if b != s]
    return out


# Verbs under which an attack is only spoken of, not told as done.
_UNDONE_HEADS = words("threaten vow warn plan prepare fear deny")


# Deeds other than attack nouns whose doer a claim or a blame names: "X claimed the
# bombings", "police blamed X for the killings".
_OWNED_DEEDS = BLAST_NOUNS | words(
    "bombing bombings killing killings kidnapping kidnappings abduction abductions shooting "
    "shootings")


def _owned_by(noun: Token, ctx: Context) -> list[str]:
    """"X claimed responsibility (credit) for the bombings": X; "police blamed X for the
    bombing": X (the police's word)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return []
    owner = prep.head
    if owner.lemma_ in ("responsibility", "credit") and owner.dep_ == "dobj" \
            and owner.head.lemma_ == "claim" and not negated(owner.head):
        return subjects(owner.head, ctx)
    if owner.lemma_ == "blame" and owner.pos_ == "VERB" and not negated(owner) \
            and not refused(owner):
        return actors_of_tokens([c for c in owner.children if c.dep_ == "dobj"], ctx)
    return []


def _note_attack_doer(noun: Token, ctx: Context) -> None:
    """Remember the one doer an attack noun is told with ("X's raid", "a Turkish strike",
    "X claimed the attack", "the assault was carried out by X", "X claimed responsibility
    for the bombings", "police blamed X for the blast"): "condemned the raid" later means
    that raid (coref.attack_doer)."""
    head = noun.head
    doers = (_named_attackers(noun, pobjs(noun, {"by", "from"}), ctx)
             or _givers_before(noun, ctx) or _owned_by(noun, ctx))
    if not doers and head.pos_ == "VERB" and head.lemma_ in ATTACK_LIGHT_VERBS:
        doers = (actors_of_tokens(pobjs(head, {"by"}), ctx) if noun.dep_ == "nsubjpass"
                 else subjects(head, ctx) if noun.dep_ == "dobj" else [])
    if not doers and noun.dep_ == "pobj" and head.lower_ in ("in", "during") and (
            head.head.pos_ == "VERB"):
        doers = subjects(head.head, ctx)  # "X killed two men in a raid on Y": X's raid
    if (len(doers) != 1 or ctx.m.type_of(doers[0]) in PLACES or _hypothetical(noun)
            or head.lemma_ in _UNDONE_HEADS or negated(noun)):
        return
    note_attack_doer(attack_key(noun), doers[0], noun, ctx)


_VIOLENCE = words("terror terrorism violence aggression war")


def _violent_act(noun: Token) -> bool:
    """"acts of terror", "an act of aggression": an attack by another name."""
    return noun.lemma_ == "act" and any(p.lower_ in _VIOLENCE for p in pobjs(noun, {"of"}))


def _owner(tok: Token, ctx: Context) -> str | None:
    """The named actor a possessive stands for; "whose" stands for the noun its clause
    describes ("ISIL, whose attacks ...")."""
    if tok.lower_ != "whose":
        return ctx.m.token_actor.get(tok.i)
    node = tok
    for _ in range(3):
        node = node.head
        if node.dep_ == "relcl":
            return actor_of(node.head, ctx)
    return None


def _responsibility(noun: Token) -> Token | None:
    """The verb of "claim responsibility for (some of) <noun>", if that is the frame."""
    node = noun
    for _ in range(5):
        if node.head.i == node.i:
            return None
        below, node = node, node.head
        if node.lower_ == "responsibility":
            # through "for" ("responsibility for the attacks"), not "a responsibility
            # to urge X to halt its raids"
            claimed = below.dep_ == "prep" and below.lower_ == "for"
            return node.head if claimed and node.head.pos_ in ("VERB", "AUX") else None
    return None


def _condition_subjects(verb: Token, ctx: Context) -> list[str]:
    """ "vowed attacks unless X left" -> X."""
    for child in verb.children:
        if child.dep_ == "advcl" and any(c.lower_ in ("if", "unless") for c in child.children):
            return subjects(child, ctx)
    return []


_AGREEING = frozenset({"agree", "consent", "commit"})


def _agreed_past_talks(noun: Token) -> Token | None:
    """"agreed in talks in X to a ceasefire with Y": the parser hangs "to a ceasefire" on
    the talks; the truce is the one agreed to ("held talks on a truce" agrees nothing)."""
    to = noun.head
    if noun.dep_ != "pobj" or to.lower_ != "to" or to.head.dep_ != "pobj":
        return None
    verb = to.head.head.head  # (to) <- talks <- in <- agreed
    if to.head.head.dep_ == "prep" and verb.pos_ == "VERB" and verb.lemma_ in _AGREEING:
        return verb
    return None


# Verbs of those who watch over a truce made by others.
_WATCHING_VERBS = words("monitor observe verify oversee supervise")
# Prepositions that make a truce a point in time: "since (after, before) the truce".
_WHEN_PREPS = words("since after before until")


@rule
def _ceasefire_noun(noun: Token, ctx: Context) -> list[Candidate]:
    if noun.dep_ == "compound":
        noun = noun.head  # "a ceasefire agreement with X"
    if _hypothetical(noun) or _refused_or_ended(noun.head, _REFUSED | _OFFERED) or wanted(noun):
        return []  # "rejected (proposed, called for) a truce with X", "ruled out any ceasefire"
    if noun.dep_ == "dobj" and noun.head.lemma_ in _TALK_ABOUT_VERBS:
        return []  # "discussed (sought) a truce with X": talked of, not agreed
    between = [k for k in actors_of_tokens(pobjs(noun, {"between"}), ctx)
               if ctx.m.type_of(k) not in PLACES]
    if len(between) == 2:
        return _truce_between(noun, between, ctx)
    if any(t.conjuncts for t in pobjs(noun, {"between"})):
        return []  # "brokered a truce between the army and X": two sides, one unnamed
    parties = actors_of_tokens(pobjs(noun, {"with", "between"}), ctx)
    if not parties and noun.dep_ == "dobj":
        # "ended its truce with X": the parser hangs "with X" on the verb
        parties = actors_of_tokens(pobjs(noun.head, {"with"}), ctx)
    if not parties:
        # "a truce that halts attacks on X's bases"
        for t in noun.subtree:
            if t.lower_ in ATTACK_NOUNS:
                parties = _attack_targets(t, ctx)
                if parties:
                    break
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_ in _WATCHING_VERBS:
        return []  # "the mission, which monitors the truce": an onlooker, not a party
    if not parties and ctx.last_ceasefire_party:
        if noun.dep_ == "pobj" and head.lower_ in _WHEN_PREPS:
            return []  # "fighters killed since that year's peace deal": a time, not a
            # truce the verb's doer made with the side told before
        parties = [ctx.last_ceasefire_party]
    state = "agreed"
    srcs: list[str] = []
    if noun.dep_ in ("nsubj", "nsubjpass"):
        if head.lemma_ in ENDED_VERBS or any(c.lower_ == "over" for c in head.children):
            state = "ended"
        speaker = governing_speaker(head, ctx)
        srcs = [speaker] if speaker else []
        if _yet_to_come(head):
            return []  # "until a truce with X is signed"
        if not srcs and head.dep_ == "advcl":
            # "X has stepped up attacks since a truce with Y collapsed": X's truce
            srcs = _doers(head.head, ctx)
        anchor = head
    elif noun.dep_ == "pobj" and head.head.lower_ == "end":
        state = "ended"
        anchor = head.head.head
        srcs = subjects(anchor, ctx) if anchor.pos_ in ("VERB", "AUX") else []
    elif head.pos_ in ("VERB", "AUX"):
        anchor = head
        srcs = subjects(head, ctx)
        if head.lemma_ in ENDED_VERBS:
            state = "ended"
    elif head.head.pos_ in ("VERB", "AUX"):
        # "agree to a conditional ceasefire agreement", "presented a ceasefire"
        anchor = head.head
        srcs = subjects(anchor, ctx)
    elif (agreed := _agreed_past_talks(noun)) is not None:
        anchor = agreed
        srcs = subjects(anchor, ctx)
    else:
        return []
    # "Hezbollah's ceasefire with Israel has held": the owner is a party
    srcs = srcs or actors_of_tokens([c for c in noun.children if c.dep_ == "poss"], ctx)
    out: list[Candidate] = []
    speaker = governing_speaker(anchor, ctx)
    for p in parties:
        ctx.last_ceasefire_party = p
        for s in srcs:
            out.append(candidate(s, R.CEASEFIRE_WITH, p, anchor, ctx, 0.7, state=state))
        org = organisation_of(speaker, ctx)
        if speaker and org == speaker:
            # A leader announcing a truce speaks for the group they lead.
            org = next((o for r, o in ctx.roles.get(speaker, ()) if r is R.LEADS), None)
        if org and org not in srcs:
            out.append(candidate(org, R.CEASEFIRE_WITH, p, anchor, ctx, 0.55, state=state))
    return out


# A truce spoken of but not (yet) made: "calls for", "talks on", "hopes of" a truce.
_UNMADE_HEADS = words("for on about of toward towards")
# A truce in force when something happened: "despite / under / since the truce between
# X and Y" (not "talks on a truce", "calls for one").
_MADE_PREPS = words("despite under since after during amid throughout")


def _truce_between(noun: Token, sides: list[str], ctx: Context,
                   rel: R = R.CEASEFIRE_WITH) -> list[Candidate]:
    """ "a truce (a pact, an alliance) between X and Y" is theirs, whoever brokered,
    announced or reported it; one only called for or talked about is none, and a pact
    or an alliance that ended is no longer told (a truce keeps its end as its state)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in _MADE_PREPS and head.head.pos_ in ("VERB", "AUX"):
        a, b = sides
        state = "agreed" if rel is R.CEASEFIRE_WITH else None
        return [candidate(a, rel, b, head.head, ctx, 0.6, state=state)]
    if noun.dep_ == "pobj" or head.pos_ not in ("VERB", "AUX") or head.lower_ in _UNMADE_HEADS:
        return []
    ended = noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in ENDED_VERBS
    if rel is not R.CEASEFIRE_WITH:
        return [] if ended or _refused_or_ended(head, _REFUSED) else [
            candidate(sides[0], rel, sides[1], head, ctx, 0.6)]
    a, b = sides
    return [candidate(a, R.CEASEFIRE_WITH, b, head, ctx, 0.65,
                      state="ended" if ended else "agreed")]


# Pacts other than truces, and the relation of those who hold them.
_PACTS = {"alliance": R.ALLIED_WITH} | dict.fromkeys(
    ("pact", "deal", "agreement", "accord", "treaty", "partnership"), R.COOPERATES_WITH)


@rule
def _pact_noun(noun: Token, ctx: Context) -> list[Candidate]:
    """ "the alliance between X and Y has held" -> ALLIED_WITH; "a security pact between X
    and Y took effect" -> COOPERATES_WITH."""
    sides = [k for k in actors_of_tokens(pobjs(noun, {"between"}), ctx)
             if ctx.m.type_of(k) not in PLACES]
    if len(sides) != 2 or _hypothetical(noun):
        return []
    return _truce_between(noun, sides, ctx, _PACTS[noun.lemma_])


@rule
def _clash_noun(noun: Token, ctx: Context) -> list[Candidate]:
    """ "clashes between X and Y", "fighting between X and Y": each fights the other;
    "fighting broke out between X and Y": the sides hang on the verb the noun is subject of."""
    if not _clash_told(noun):
        return []
    between = pobjs(noun, {"between"})
    head = noun.head
    if not between and noun.dep_ == "nsubj" and head.lemma_ in _OUTBREAK_VERBS:
        between = pobjs(head, {"between"})
    sides = [k for k in actors_of_tokens(between, ctx) if ctx.m.type_of(k) not in PLACES]
    if len(sides) != 2:
        return _clash_with(noun, ctx)
    a, b = sides
    if _quarrel(noun, a, b, ctx):
        return []
    return [
        candidate(a, R.TARGETS, b, noun, ctx, 0.55),
        candidate(b, R.TARGETS, a, noun, ctx, 0.55),
    ]


# verbs whose object is a clash fought by their subject: "fought a battle with Y"
_WAGE_VERBS = words("fight wage win lose")
# verbs of helping another in its clash ("helped X in its war with Y" is X's, not theirs)
# or of denying a part in it
_HELPING_VERBS = words("help support back aid assist join deny")


@rule
def _clash_with(noun: Token, ctx: Context) -> list[Candidate]:
    """ "fought a battle with Y", "were wounded in a gunfight with Y", "has been at war with
    Y", "engaged Y in a firefight": the clause's subject (or the clash's owner, "its war
    with Y") and Y, each fighting the other."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ == "part" and (
            head.head.dep_ == "pobj" and head.head.head.lower_ == "as"):
        head = head.head.head  # "ordered the shooting as part of a feud with Y"
    if noun.dep_ == "dobj" and head.lemma_ in _WAGE_VERBS:
        verb = head
    elif noun.dep_ == "pobj" and head.lower_ in ("in", "at", "during", "as") and (
            head.head.pos_ in ("VERB", "AUX")):
        verb = head.head
    else:
        return []
    if verb.lemma_ in _HELPING_VERBS or unrealised(verb):
        return []
    foes = actors_of_tokens(pobjs(noun, {"with"}), ctx)
    if not foes and head.lower_ == "at":
        foes = actors_of_tokens(pobjs(verb, {"with"}), ctx)  # "is at war (since 2004) with Y"
    if not foes and verb.lemma_ == "engage":
        foes = actors_of_tokens([c for c in verb.children if c.dep_ == "dobj"], ctx)
    owners = actors_of_tokens([c for c in noun.children if c.dep_ == "poss"], ctx)
    # "were wounded in a gunfight with Y", "is locked in a war with Y": the passive's
    # subject is a side too
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    sides = owners or (actors_of_tokens(passive, ctx) if passive else subjects(verb, ctx))
    foes = [f for f in foes if ctx.m.type_of(f) not in PLACES]
    return [candidate(a, R.TARGETS, b, verb, ctx, 0.55)
            for s in sides for f in foes if s != f and ctx.m.type_of(s) not in PLACES
            and not _quarrel(noun, s, f, ctx) for a, b in ((s, f), (f, s))]


# Nouns of a conflict that may be a quarrel of two people ("the feud between the
# president and his deputy"), a fight only between bodies or groups
_QUARREL_NOUNS = words("feud feuds")


def _quarrel(noun: Token, a: str, b: str, ctx: Context) -> bool:
    """A feud of two people is a quarrel, not fighting (a gang's feud with a rival gang
    is)."""
    return noun.lower_ in _QUARREL_NOUNS and ActorType.PERSON in (
        ctx.m.type_of(a), ctx.m.type_of(b))


# verbs telling that fighting began or went on, whose "between" names its sides
_OUTBREAK_VERBS = words(
    "break erupt flare rage continue resume intensify escalate spread occur take")


def _gerund_clash(tok: Token) -> bool:
    """ "Fighting between X and Y erupted": a sentence-opening "fighting" the tagger takes
    for a verb is the noun when it has no subject or object of its own."""
    kids = {c.dep_ for c in tok.children}
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and not kids & {
        "nsubj", "dobj", "aux"}


_MAYBE = words("could may might would should")
_STOPPED = words("end halt stop cessation ceasing cease")


def _clash_told(noun: Token) -> bool:
    """A clash told as fought: not one feared ("fighting ... could erupt") nor one to be
    stopped ("an end to the fighting between X and Y", "agreed to stop the fighting")."""
    head = noun.head
    if head.lower_ in ("to", "of") and noun.dep_ == "pobj":
        head = head.head
    if head.lemma_ in _STOPPED or head.lower_ in _STOPPED:
        return False
    return not any(c.dep_ == "aux" and c.lower_ in _MAYBE for c in noun.head.children)
