"""Clause rules: titles, "X-backed Y", possessives, verbs with their subjects and objects;
places, killings, combat, links and origins each have a module of their own."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from actorgraph.domain import CAMEO_CODES, ActorType, RelationType, name_key

from .bodyheads import note_body_heads
from .charges import accused_of_backing, among_sanctioned, named_among_sanctioned, owed_acts
from .claims import attributed_attacks, note_event, told_as_news
from .combat import (
    acting_as_part,
    answered_attacks,
    combat_candidates,
    fighter_supported,
    fighters_backed,
    held_cities,
    spoken_threats,
)
from .context import article_state
from .coref import decision_maker, definite_antecedent, part_told_again
from .engine import Match, any_dealing, not_criticised, pattern_candidates, subject_possessors
from .events import (
    TITLE_SERVICES,
    nominal_events,
    only_service,
    quoted_group,
    service_word,
    state_forces,
    state_service,
)
from .filters import (
    asked,
    asked_of_another,
    demand_to_come,
    lands_meet,
    offered,
    question,
    undone,
)
from .labels import name_calling
from .leaders import (
    BODY_KINDS,
    NATIONALITY_TITLES,
    agent_after_time,
    agent_set_off,
    before_acronym,
    coded_state,
    described_head,
    described_noun,
    government_of_ruler,
    held_role,
    home_state,
    kind_named_twice,
    named_after_comma,
    named_after_name,
    owns_body,
    part_for_whole,
    past_nickname,
    person_phrase,
    post_held,
    secretaries_head,
    seized_power,
    set_off_holder,
    slash_partners,
    state_doer_before,
    title_end,
    titled_name,
    under_set_off,
    which_person_leads,
)
from .lexicon import (
    ATTACK_NOUNS,
    CHARGE_VERBS,
    CIVILIAN_NOUNS,
    DEPUTY_WORDS,
    FORMER_WORDS,
    GROUP_PARTS,
    JOB_NOUNS,
    PHRASAL,
    PLACE_NOUNS,
    ROLE_NOUNS,
    SENT_PEOPLE,
    SPEECH_VERBS,
    STATE_TITLES,
    VERBS,
    words,
)
from .links import BODY_NOUNS, OFFICE_GENERALS, SUB_UNIT_WORDS, link_candidates, named_places
from .ministers import note_ministers
from .namecues import REGION_HEADS, heads_police, press_title
from .origins import origin_candidates, place_after_preposition
from .ownedtitles import owned_copulas, owned_titles, unowned_spokespeople
from .places import (
    ground_including,
    ground_named,
    held_beside,
    holds_towns,
    name_places,
    place_candidates,
    place_in_name,
    state_bodies,
    struck_across_border,
    through_state_bodies,
    through_towns,
    where_bodies_are,
    whole_in_name,
)
from .resolve import (
    PLACES,
    PLACES_OR_STATES,
    RANK_WORDS,
    ROLE_RELS,
    Candidate,
    Context,
    R,
    actor_of,
    actors_of_tokens,
    asking_lead_in,
    candidate,
    chief_of_staff,
    counted_things,
    item_verb,
    list_lead_in,
    name_just_before,
    negated,
    past_ranks,
    pobjs,
    quote_between,
    regime_heads,
    rule,
    sent_from,
    subjects,
)

_BACK_WORDS = {
    "backed": R.BACKS, "supported": R.BACKS, "sponsored": R.BACKS, "funded": R.BACKS,
    "armed": R.BACKS, "aligned": R.ALLIED_WITH, "allied": R.ALLIED_WITH, "led": R.LEADS,
    "headed": R.LEADS, "represented": R.MEMBER_OF, "trained": R.BACKS, "advised": R.BACKS,
    "equipped": R.BACKS, "financed": R.BACKS, "commanded": R.LEADS, "owned": R.LEADS,
}
# The people a body is counted in: "a force of 3,000 men (fighters) armed by Y".
_CREW_NOUNS = words("men fighters members volunteers recruits gunmen militiamen")
# What an owner heads: a company or an outlet (not a house, a town or a state's body).
_OWNED_BODIES = frozenset({ActorType.ORGANIZATION, ActorType.MEDIA})
# Training or advice from a person is a job, not a backer's support.
_BODY_BACKING = frozenset({"trained", "advised"})


_NOT_ORGS = frozenset({ActorType.PERSON, ActorType.LOCATION, ActorType.FACILITY})
_BODIES = frozenset({ActorType.ORGANIZATION, ActorType.GOVERNMENT_BODY,
                     ActorType.ARMED_GROUP, ActorType.MEDIA, ActorType.FACILITY})


def sentence_candidates(sent: Span, ctx: Context, matches: list[Match] | None = None
                        ) -> list[Candidate]:
    """Candidates of the data patterns (`matches`, from the engine), then of the rules."""
    # (titles first: a speaker's role in the sentence says whom a quoted "we" stands for)
    ctx.roles_before = {k: len(v) for k, v in ctx.roles.items()}
    titles = _titles(sent, ctx) + _state_titles(sent, ctx) + owned_titles(sent, ctx)
    titles += unowned_spokespeople(sent, ctx) + owned_copulas(sent, ctx)
    out: list[Candidate] = list(pattern_candidates(sent, matches or [], ctx)) + titles
    note_ministers(sent, ctx)
    out += note_body_heads(sent, ctx)
    out += seized_power(sent, ctx)
    out += which_person_leads(sent, ctx)
    out += under_set_off(sent, ctx)
    out += government_of_ruler(sent, ctx)
    out += described_head(sent, ctx)
    out += _compound_backing(sent, ctx)
    out += _possessive_part_of(sent, ctx)
    out += _verbs(sent, ctx)
    out += _asked_in_items(sent, ctx)
    out += nominal_events(sent, ctx)
    out += name_calling(sent, ctx)
    out += accused_of_backing(sent, ctx)
    out += owed_acts(sent, ctx)
    out += among_sanctioned(sent, ctx)
    out += named_among_sanctioned(sent, ctx)
    out += attributed_attacks(sent, ctx)
    out += place_candidates(sent, ctx)
    out += state_bodies(sent, ctx)
    out += whole_in_name(sent, ctx)
    out += name_places(sent, ctx)
    out += place_in_name(sent, ctx)
    out += where_bodies_are(sent, ctx)
    out += ground_including(sent, ctx)
    out += link_candidates(sent, ctx)
    out += origin_candidates(sent, ctx)
    out += combat_candidates(sent, ctx)
    out += answered_attacks(out, sent, ctx)
    out += through_towns(out, ctx)
    out += through_state_bodies(out, ctx)
    out += struck_across_border(out, ctx)
    out += acting_as_part(out, ctx)
    out += _fellow_members(out, ctx)
    out += spoken_threats(out, ctx)
    out = [d for c in out if (d := _delegation_head(c, sent, ctx)) is not None]
    if question(sent):
        # "Will X call on Y to ...?": a question tells no event (it may still tell where
        # a place is or who holds a post)
        out = [c for c in out if CAMEO_CODES[c.type] is None]
    out = [c for c in out if c.source != c.target and _typed_ok(c, ctx)]
    for c in out:
        if c.type is R.LEADS and not c.negated and ctx.m.type_of(c.source) is ActorType.PERSON:
            ctx.led.setdefault(c.source, set()).add(c.target)
    return out


# Those a body sends to talks: whoever heads one is one of the body's people, not its head.
_SENT_TEAMS = words("delegation delegations")


def _delegation_head(c: Candidate, sent: Span, ctx: Context) -> Candidate | None:
    """"X, head of the Y delegation", "the Y delegation, led by X", "X led a Y delegation
    to the talks": X leads the delegation, one of Y's people; Y's head only when Y is
    named in the sentence elsewhere than with the delegation. A body read as the head
    ("Y's delegation, headed by an officer of Z") is none of Y's people: no reading."""
    if c.type is not R.LEADS:
        return c
    m = ctx.m
    mentions = [t for t in ctx.tokens if m.token_actor.get(t.i) == c.target or (
        t.i not in m.token_actor and m.state_for_word(t) == c.target)]  # "Ukrainian"
    mentions = [t for t in mentions if not _in_own_apposition(t, c.source, ctx)]
    if mentions and all(_sent_team(t, c.target, ctx) for t in mentions):
        if m.type_of(c.source) is not ActorType.PERSON:
            return None
        return replace(c, type=R.MEMBER_OF)
    return c


def _in_own_apposition(tok: Token, person: str, ctx: Context) -> bool:
    """A token of the phrase set beside the person's name that gives him no head's
    title ("led by X, a member of Y's bureau"): it tells he is one of Y's people, not
    Y's head (as "X, the leader of Y" would)."""
    return any(a.dep_ == "appos" and ctx.m.token_actor.get(a.head.i) == person
               and ROLE_NOUNS.get(a.lower_) is not R.LEADS for a in (tok, *tok.ancestors))


def _sent_team(tok: Token, key: str, ctx: Context) -> bool:
    """A token of a name that says whose a delegation is: "the Y delegation", "Y's
    delegation", "the delegation of Y"."""
    node = tok
    while node.head.i != node.i and ctx.m.token_actor.get(node.head.i) == key:
        node = node.head  # (to the name's head word)
    if node.dep_ in ("compound", "poss", "nmod", "amod"):
        return node.head.lower_ in _SENT_TEAMS
    return (node.dep_ == "pobj" and node.head.lower_ == "of"
            and node.head.head.lower_ in _SENT_TEAMS)


_WITH_WORDS = words("with alongside")
_MEMBER_BODIES = frozenset({ActorType.ARMED_GROUP, ActorType.ORGANIZATION, ActorType.STATE})
# The verbs whose "with A" names fellow members: "joined Y, with A", "is a member, along
# with A" (not "broke with A", "sided with A", "fought with A").
_JOINING_VERBS = words("join rejoin be become form found")


@rule
def _fellow_members(found: list[Candidate], ctx: Context) -> list[Candidate]:
    """"X joined Y, with A and B", "X is one of the members of Y, along with A": the bodies
    named beside the member belong to Y as well."""
    out: list[Candidate] = []
    if ctx.lowers.isdisjoint(_WITH_WORDS):
        return out  # (most sentences: no "with", no token walked)
    for tok, lower, _, _, dep, _ in ctx.words:
        if lower not in _WITH_WORDS or dep != "prep":
            continue
        verb = tok.head.head if tok.head.lower_ == "along" else tok.head
        if verb.lemma_ not in _JOINING_VERBS:
            continue  # ("broke with A", "sided with the army", "heads it, with A as deputy")
        members = set(subjects(verb, ctx))
        fellows = [k for k in actors_of_tokens([c for c in tok.children if c.dep_ == "pobj"],
                                               ctx) if ctx.m.type_of(k) in _MEMBER_BODIES]
        out += [replace(c, source=f, confidence=c.confidence * 0.9, pattern="")
                for c in found if c.type is R.MEMBER_OF and c.source in members
                and not c.negated for f in fellows if f != c.target]
    return out


# Relations whose target may be a place; every other relation joins two actors.
_PLACE_TARGETS = frozenset({R.TARGETS, R.CONTROLS, R.LOCATED_IN, R.WITHDRAWS_FROM})


# The ranks a title may carry, and the ranks and offices that alone name no one.
_RANK_WORDS = RANK_WORDS | words("commander sergeant corporal chief staff sgt.")


# Titles that "chief" or "head" may open and still lead by ("chief executive", "chief
# justice", "head commander").
_LEADING_AFTER_CHIEF = words("executive justice minister")


def _chief_of_title(tok: Token, sent: Span) -> bool:
    """"chief spokesman", "head negotiator", "chief prosecutor": "chief" or "head" opens a
    title that is not a head's; the title after it says the post (not a rank: "army chief
    Lt. Gen. X" heads the army)."""
    if tok.lower_ not in ("chief", "head") or tok.i + 1 >= sent.end:
        return False
    after = tok.nbor(1).lower_
    return after not in _RANK_WORDS and after not in _LEADING_AFTER_CHIEF and (
        ROLE_NOUNS.get(after) is R.SPOKESPERSON_FOR or JOB_NOUNS.get(after) is R.MEMBER_OF)


def _rank_only(name: str) -> bool:
    """A name made only of rank words names no actor."""
    parts = name.lower().replace("-", " ").split()
    return bool(parts) and all(p in _RANK_WORDS for p in parts)


def _typed_ok(c: Candidate, ctx: Context) -> bool:
    """Places do not criticise, lead or back anyone; only some relations end in one;
    nobody leads or joins a person, and speaks for one only by a title ("his spokesman")."""
    src, tgt = ctx.m.type_of(c.source), ctx.m.type_of(c.target)
    if _rank_only(ctx.m.actors[c.source].name) or _rank_only(ctx.m.actors[c.target].name):
        return False  # "Brigadier General", "Field Marshal" misread as a body: a rank
    if src in PLACES and c.type is not R.LOCATED_IN:
        return False
    if tgt is ActorType.PERSON and (c.type in ROLE_RELS or c.type is R.LOCATED_IN) and not (
            c.type is R.SPOKESPERSON_FOR and c.pattern == "rules.titles"):
        return False  # (nobody is located in a person either; "X, a spokesman for Y"
        # speaks for the person Y, as the title reads it)
    if c.type is R.LOCATED_IN and c.pattern.startswith("based.") and (
            tgt not in PLACES_OR_STATES or src not in _BODIES):
        return False  # patterns/places.jsonl reads where a body is: in a place
    if c.type is R.LOCATED_IN and c.pattern.startswith("placed.") and (
            tgt not in PLACES_OR_STATES or src not in PLACES_OR_STATES):
        return False  # ... and where a place is: in another place
    if c.type is R.LOCATED_IN and tgt is ActorType.LOCATION and holds_towns(c.source, ctx) \
            and not holds_towns(c.target, ctx):
        return False  # "the Texas city of Waco": a state or region is in no town
    if c.type is R.CONTROLS and tgt in (ActorType.PERSON, ActorType.ARMED_GROUP):
        return False  # a place or facility is held; captured soldiers are not "controlled"
    if c.type is R.LEADS and tgt is ActorType.LOCATION and src is ActorType.PERSON:
        return True  # only the titles read a person leading a place (a governor, a mayor)
    if c.type is R.SANCTIONS and tgt is ActorType.FACILITY:
        return True  # "added the tanker X to its sanctions list": a ship or a plant is
        # listed as a body is
    if c.type is R.THREATENS and tgt is ActorType.FACILITY:
        return True  # "threatened to blow up the X Dam": a facility is threatened, a town only
        # the place of a threat against its people
    return tgt not in PLACES or c.type in _PLACE_TARGETS


def _reporting_owner(poss: Token, ctx: Context) -> str | None:
    """Whose "its" is in a speech tag after the report: "Y will not disarm, its leader X
    told reporters", "Y urged Z to halt work until the panel ends its survey, its
    spokesman X said": the body the reported clause has for subject (not a thing named
    since, nor a person or a place)."""
    title = poss.head
    verb = title.head
    if poss.lower_ != "its" or title.dep_ != "nsubj" or verb.lemma_ not in SPEECH_VERBS:
        return None
    m = ctx.m
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i > poss.i:
            continue
        for subj in clause.children:
            key = actor_of(subj, ctx) if subj.dep_ in ("nsubj", "nsubjpass") else None
            if key is not None and m.type_of(key) not in (ActorType.PERSON, *PLACES):
                return key
    return None


# Titles "under" opens as one title: "under secretary", "Under-Secretary-General".
_UNDER_TITLES = frozenset({"secretary", "-"})


@rule
def _titles(sent: Span, ctx: Context) -> list[Candidate]:
    """"X, (deputy) leader of Y" and "Y (deputy) commander X"; "X, the speaker of the Y
    Assembly", "Assembly Speaker X" (the head of an assembly, `_speaker_title`)."""
    doc = sent.doc
    m = ctx.m
    out: list[Candidate] = []
    if ctx.lowers.isdisjoint(ROLE_NOUNS) and ctx.lowers.isdisjoint(JOB_NOUNS) and (
            ctx.lowers.isdisjoint(REGION_HEADS)) and "speaker" not in ctx.lowers:
        return out  # (most sentences: no title word, no token walked)
    for tok, lower, _, _, _, _ in ctx.words:
        rel = ROLE_NOUNS.get(lower) or JOB_NOUNS.get(lower) or (
            R.LEADS if lower in REGION_HEADS or lower == "speaker" else None)  # (a
        # region's head: only of a place; a speaker: only of an assembly, below)
        if lower == "speaker" and not _speaker_title(tok, sent):
            continue
        if rel is None:
            continue
        region_head = lower in REGION_HEADS
        if rel is R.LEADS and _chief_of_title(tok, sent):
            continue  # "the group's chief spokesman, X": the title after says the post
        if lower in RANK_WORDS and lower != "general" and tok.i > sent.start and (
                doc[tok.i - 1].lower_ in ROLE_NOUNS):
            continue  # "Y commander Colonel X": a rank after the title, which reads Y
        if press_title(tok):
            rel = R.SPOKESPERSON_FOR  # "the army's director of public relations, X"
        elif lower == "commissioner" and tok.i > sent.start and doc[tok.i - 1].lower_ == "police":
            rel = R.LEADS  # "Lagos State Police Commissioner X" heads the state's police
        job = lower in JOB_NOUNS
        if tok.i - 2 >= sent.start and doc[tok.i - 1].text == "-":
            # "secretary-general": the hyphenated title, not its last word ("general")
            rel = ROLE_NOUNS.get(f"{doc[tok.i - 2].lower_}-{tok.lower_}", rel)
        elif lower == "general" and tok.i > sent.start and (
                doc[tok.i - 1].is_title or doc[tok.i - 1].lower_ in OFFICE_GENERALS):
            # "Director General X", "Secretary General X": the title, not a general's rank
            before = doc[tok.i - 1].lower_
            rel = ROLE_NOUNS.get(f"{before}-general") or ROLE_NOUNS.get(before) or rel
        if tok.lower_ == "minister" and tok.i > sent.start and any(
            doc[tok.i - 1].lower_ == t[0] for t in STATE_TITLES if len(t) == 2
        ):
            continue  # "Defense Minister X": a state title, read by _state_titles
        if tok.lower_ == "minister" and tok.i > sent.start and (
                doc[tok.i - 1].lower_ in _HEAD_MINISTERS):
            rel = R.LEADS  # "Y Chief Minister X", "the First Minister of Y": Y's head
            region_head = True
        j = tok.i - 1
        deputy = gone = sub_unit = owned = community = False
        org_before = None
        # walk back over "the", "deputy" and an organisation: "X, the SDF deputy commander"
        while j >= sent.start:
            word = doc[j].lower_
            key = m.token_actor.get(j)
            if key is None and doc[j].dep_ == "poss" and doc[j].head.i == tok.i:
                key = _reporting_owner(doc[j], ctx) or actor_of(doc[j], ctx)  # "its leader,
                # X", "the group's spokesman, X"
            if key is None and not job and tok.lower_ not in NATIONALITY_TITLES \
                    and m.gaz.state_of_demonym(doc[j].text):
                key = m.state_for_word(doc[j])  # "Iranian general X"
                community = community or _people_pair(j, tok.i, sent, ctx)
            if org_before is None and (place := _region_named(j, sent, ctx)) is not None:
                # "Borno State Governor X": the place "State" closes, not a state it may
                # have been read as
                org_before = place
                j -= 1
                continue
            if word in DEPUTY_WORDS or word in SUB_UNIT_WORDS or word in (
                    "a", "an", "the", "top", "'s", "'") or (
                # "the Treasury's under secretary for Y, X": one title (the parser makes
                # "under" a preposition), under its head, so one of the body's people
                word == "under" and doc[j + 1].lower_ in _UNDER_TITLES
            ) or (
                word == "-" and not _spaced_dash(doc[j])
            ) or (
                # "commander-in-chief": a word hyphenated on both sides is the title's
                j > sent.start and doc[j - 1].text == "-" and doc[j + 1].text == "-"
            ) or (
                # a title of several words: "Secretary-General X", "police Lt. X"
                (word in ROLE_NOUNS or word in JOB_NOUNS) and doc[j].pos_ != "VERB"
            ) or (
                doc[j].pos_ == "ADJ" and key is None and doc[j].lower_ not in ("-",)
            ) or (
                # "the UN Resident (and Humanitarian) Coordinator X": a title's own words,
                # the last of them maybe read as a body's name ("Humanitarian Coordinator")
                _title_word(j, tok, key, sent, ctx)
            ) or (
                # "the party's floor leader X", "Acme press secretary X": a lower-case noun
                # in a longer title (the organisation named before it)
                doc[j].pos_ == "NOUN" and doc[j].is_lower and key is None
                and org_before is None and tok.i - j <= _TITLE_NOUNS
                and doc[j + 1].lower_ not in ("'s", "'")  # (not the owner: "the group's")
            ):
                # "Houthi military spokesman X": adjectives between name and title; a
                # noun makes a part's title ("floor leader", "disaster chairman"): no head
                # "X, a commander of Y", "a sub-zonal commander of Y", "a Y commander":
                # one of its commanders, a member
                gone = gone or word in _GONE_WORDS
                deputy = deputy or (word in DEPUTY_WORDS and word != "acting") or word in (
                    "a", "an", "under") or (
                    doc[j].pos_ == "NOUN" and word not in ROLE_NOUNS and word not in JOB_NOUNS)
            elif key is not None and m.type_of(key) not in _NOT_ORGS and org_before in (None, key):
                at = place_after_preposition(j, sent, ctx)
                if at is not None:
                    j = at  # "In Ghana Minister X met ...": where the minister was, not whose
                    break
                org_before = key
            elif key is not None and org_before is not None and doc[j + 1].lower_ in (
                    "'s", "'") and m.type_of(org_before) in PLACES_OR_STATES and (
                    m.type_of(key) in _OWNING_BODIES):
                # "Y's Kenya director X": the head of Y's office in a country, one of Y's
                # people (not Kenya's head)
                org_before, deputy = key, True
                break
            else:
                break
            sub_unit = sub_unit or word in SUB_UNIT_WORDS
            owned = owned or word in ("'s", "'")
            j -= 1
        if org_before is not None and m.type_of(org_before) is ActorType.LOCATION:
            # "former Kaduna State Governor X": the walk stops at the place; the word
            # before it says whether the title is still held
            k = j
            while k >= sent.start and m.token_actor.get(k) == org_before:
                k -= 1
            deputy = deputy or (k >= sent.start and doc[k].lower_ in DEPUTY_WORDS)
        person = org = None
        if j > sent.start and doc[j].text == ",":
            # (past a nickname: 'X, alias "Y", the leader of Z')
            key = m.token_actor.get(_past_party_tag(past_nickname(j, sent), sent) - 1)
            if key and m.type_of(key) is ActorType.PERSON:
                person = key
        if person is None and tok.dep_ == "appos" and not quote_between(tok.head, tok):
            # ('"... the remarks of X," a spokesman for Y said': a name closing a quote is
            # what the quote spoke of, not the speaker the title after it describes)
            key = m.token_actor.get(tok.head.i)
            if key and m.type_of(key) is ActorType.PERSON:
                person = key
        if person is None and tok.dep_ == "conj" and tok.head.dep_ == "appos":
            # "X, a spokesman for reform and president of Y": the second title is X's too
            key = m.token_actor.get(tok.head.head.i)
            if key and m.type_of(key) is ActorType.PERSON:
                person = key
        if person is None and (named := _name_used(tok, sent, ctx)) is not None:
            person = named  # "a spokesman for Y who uses the name X"
        if person is not None:
            org = org_before or _org_after(tok, sent, ctx)
            if org is not None and org_before is None and _part_between(tok, org, ctx):
                deputy = True  # "X, the leader of a cell of Y": one of Y's people
            if org is None:
                # "X, the group's leader"
                poss = [c for c in tok.children if c.dep_ == "poss"]
                org = actor_of(poss[0], ctx) if poss else None
        elif (last := title_end(tok, sent)) + 1 < sent.end:
            # (past a rank: "Y spokesperson Brigadier X")
            key = m.token_actor.get(past_ranks(last + 1, sent, ctx))
            if key and m.type_of(key) is ActorType.PERSON:
                person = key
                org = org_before or _org_before(j, sent, ctx)
            elif org_before is not None and doc[last + 1].text == ",":
                # "Hamas's military spokesman, X", "Acme's manager, engineer X"
                person = named_after_comma(last + 2, sent, ctx)
                org = org_before
            elif org_before is not None and m.type_of(org_before) is not ActorType.STATE and (
                    comma := _remit_end(last, sent, ctx)):
                # "the UN envoy for Yemen, X": the title's remit between it and the name
                # (a head's in a place heads the body there, one of its people)
                person = named_after_comma(comma + 1, sent, ctx)
                org = org_before
                deputy = deputy or any(k in m.token_actor for k in range(last + 2, comma))
        if person is not None and rel is R.LEADS and (staff := _forces_staff(tok, sent)):
            # "Chief of Army (Defence) Staff X": the head of the state's forces, the state
            # named with the title or the article's
            state = org if org is not None and m.type_of(org) is ActorType.STATE else (
                article_state(m, tok) if org is None else None)
            if state is not None:
                org = state_forces(m, state, staff.text)
        if person is not None and (org is None or m.type_of(org) is ActorType.STATE) and (
                service := _title_service(tok, rel, j, sent)) is not None and (
                body := _service_body(service, org, ctx)) is not None:
            # "Kenya's army chief, X", "army spokesman X", "Uganda's police chief": the
            # head or voice of the state's army or police, not of the state (a deputy
            # chief is one of the army's people)
            org = body
            deputy = any(doc[x].lower_ in DEPUTY_WORDS for x in range(j + 1, tok.i))
        if person is None or org is None or (community and m.type_of(org) is ActorType.STATE):
            continue  # ("the Turkish Cypriot leader X" heads a community, not Cyprus)
        if sub_unit and (owned or org_before is None) and m.type_of(org) not in (
                PLACES_OR_STATES):
            deputy = True  # "Y's regional director X": one of several, one of Y's people
            # (not "the Oromia regional president X", who heads the region)
        if gone and (m.type_of(org) in (ActorType.STATE, ActorType.GOVERNMENT_BODY)
                     or m.is_service(org)):
            continue  # "X, a former chief of the armed forces": the state's post is left
            # (a former commander of a rebel group stays one of its people, below)
        if gone and _left_body(tok):
            continue  # "X, a former officer of Y who defected to Z": no longer Y's
        if lower == "minister" and _portfolio(org, ctx):
            continue  # "Union Home Minister X", "Minister for Y Affairs": a post, no body
        if lower == "speaker" and m.type_of(org) not in _ASSEMBLIES:
            continue  # (a speaker presides over an assembly, not a state or a people)
        if lower not in ROLE_NOUNS and lower not in JOB_NOUNS and lower != "speaker" and (
                m.type_of(org) is not ActorType.LOCATION):
            continue  # "Police Superintendent X": a rank; only a region has superintendents
        if job and m.type_of(org) is ActorType.STATE:
            continue  # "U.S. judge X", "a Kenyan journalist": a nationality, not an employer
        if m.type_of(org) in _NOT_ORGS and not (
                region_head and m.type_of(org) is ActorType.LOCATION) and not (
                rel is R.SPOKESPERSON_FOR and _voiced_person(tok, org, ctx)) and not (
                _head_of_region(tok, org, ctx)):
            continue  # (a governor or mayor leads a place: "X, governor of the Y region")
        if tok.lower_ in REGION_HEADS and m.type_of(org) is ActorType.ARMED_GROUP:
            continue  # "Its governor, X": a governor or mayor heads a place, not a militia
        if heads_police(tok, m.actors[org].name):
            rel = R.LEADS  # "X, the Inspector General of Y Police"
        if lower == "secretary" and secretaries_head(m.actors[org].name):
            rel = R.LEADS  # "X, the secretary of the Y Committee": its head (not "a
            # secretary of Y", one of its people, below)
        if (held := post_held(tok)) is None:
            continue  # ("could be led by its chairman X")
        deputy = deputy or held is R.MEMBER_OF  # ("formerly led by its chairman X")
        if rel is R.LEADS and chief_of_staff(tok) and m.type_of(org) is not ActorType.ARMED_GROUP:
            deputy = True  # "X, chief of staff of the Interior Ministry": one of its people
        if (deputy and rel is R.LEADS) or (rel is R.SPOKESPERSON_FOR and any(
                doc[x].lower_ in FORMER_WORDS for x in range(j + 1, tok.i))):
            rel = R.MEMBER_OF  # (a former spokesman, as a former leader, is one of its people)
        ctx.roles.setdefault(person, []).append((rel, org))
        out.append(Candidate(person, rel, org, False, 0.85))
    return out


# What a speaker presides over: a parliament, a house, an assembly
_ASSEMBLIES = frozenset({ActorType.GOVERNMENT_BODY, ActorType.ORGANIZATION})


def _speaker_title(tok: Token, sent: Span) -> bool:
    """"X, (the) speaker of the Y Assembly", "Parliament Speaker X": the title of the head
    of an assembly, its body after "of" or a name before it (not "a speaker at the
    rally", "a Kurdish speaker", "speakers of Arabic")."""
    doc = sent.doc
    if tok.tag_ != "NN" and tok.tag_ != "NNP":
        return False  # ("speakers")
    after = tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "of"
    before = tok.i > sent.start and doc[tok.i - 1].pos_ == "PROPN" and tok.is_title
    return after or before


# Verbs of a relative clause that gives a title's holder his name: "who uses (goes by)
# the name X", "who gave his name as X", "who calls himself X".
_NAMING_VERBS = words("use uses used go goes went give gives gave call calls called")
_NAME_WORDS = words("name himself herself")
_TITLE_PHRASE = 10  # tokens between a title and "who": "for the Y Front's Northern Zone Bureau"


def _name_used(title: Token, sent: Span, ctx: Context) -> str | None:
    """The person a relative clause right after a title's phrase names: "a spokesperson
    for Y who uses the name X", "a Y spokesman who gave his name as X" (the parser often
    makes X the main verb's subject); not "who met X", nor "who named X his deputy"."""
    doc, m = sent.doc, ctx.m
    end = min(title.i + _TITLE_PHRASE + 2, sent.end)
    who = next((k for k in range(title.i + 1, end) if doc[k].lower_ == "who"), None)
    if who is None or any(doc[k].text == "," or doc[k].pos_ == "VERB"
                          for k in range(title.i + 1, who)):
        return None  # (the clause is the title's, not a clause of another set off)
    if who + 1 >= sent.end or doc[who + 1].lower_ not in _NAMING_VERBS:
        return None
    for k in range(who + 2, min(who + 6, sent.end - 1)):
        if doc[k].lower_ in _NAME_WORDS:
            at = k + 1 + (doc[k + 1].lower_ in ("as", "of"))
            key = m.token_actor.get(at) if at < sent.end else None
            return key if key is not None and m.type_of(key) is ActorType.PERSON else None
    return None


# Verbs of leaving a body for good: a former holder who did so is none of its people.
_LEAVING_VERBS = words("defect desert quit resign leave abandon")


def _left_body(title: Token) -> bool:
    """"a former officer of Y who defected to Z", "a former commander who quit Y": the
    former holder is told to have left the body (a relative clause in the title's
    phrase, which the parser may hang on the body's name)."""
    return any(c.dep_ == "relcl" and c.lemma_ in _LEAVING_VERBS for c in title.subtree)


def _people_pair(j: int, title: int, sent: Span, ctx: Context) -> bool:
    """"Turkish Cypriot leader", "Iraqi Kurdish commander": the state's word at `j` is
    set beside another people's word, the two naming a community (not the state)."""
    doc = sent.doc
    return any(sent.start <= k < title and doc[k].is_title and (
        doc[k].ent_type_ == "NORP" or ctx.m.gaz.state_of_demonym(doc[k].text))
        and ctx.m.token_actor.get(k) is None for k in (j - 1, j + 1))


# Capitalised words of a title of several words: "Resident Coordinator", "Permanent
# Representative"
_TITLE_MODIFIERS = words("resident humanitarian principal permanent country regional")


def _title_word(j: int, title: Token, key: str | None, sent: Span, ctx: Context) -> bool:
    """The token at `j`, before `title`, is one of the title's words: a capitalised
    modifier of titles ("Resident", "Special"), "and" between two of them, or a word of
    the title read as a body's name with it ("Humanitarian Coordinator")."""
    doc = sent.doc
    if key is not None:
        return key == ctx.m.token_actor.get(title.i) and (
            ctx.m.type_of(key) is not ActorType.PERSON)
    if doc[j].lower_ == "and":
        return j > sent.start and doc[j - 1].is_title and doc[j - 1].lower_ in _TITLE_MODIFIERS
    return doc[j].is_title and doc[j].lower_ in _TITLE_MODIFIERS


_REMIT_PREPS = words("for in to on")
_REMIT_WORDS = 6  # tokens: "for Humanitarian Affairs and Emergency Relief"


def _remit_end(last: int, sent: Span, ctx: Context) -> int | None:
    """The comma that closes a title's remit ("envoy for Yemen,", "Coordinator in the
    Sahel,", "Rapporteur on Human Rights Defenders,"): the remit's capitalised words (or a
    place named) after the preposition, else None."""
    doc = sent.doc
    k = last + 1
    if doc[k].lower_ not in _REMIT_PREPS or doc[k].dep_ != "prep" or not (
            last - _REMIT_WORDS <= doc[k].head.i <= last):  # (on the title, or its first word)
        return None
    k += 1
    first = k
    while k < sent.end and k - first <= _REMIT_WORDS:
        tok = doc[k]
        key = ctx.m.token_actor.get(k)
        if tok.text == ",":
            return k if k > first else None
        if key is not None and ctx.m.type_of(key) not in PLACES_OR_STATES:
            return None  # ("the UN envoy to Hamas, X": a body, not a remit)
        if not (tok.is_title or tok.is_upper or key is not None
                or (tok.lower_ in ("the", "and", "of", "&") and k > first - 1)):
            return None
        k += 1
    return None


def _part_between(title: Token, org: str, ctx: Context) -> bool:
    """A part of a body named between a title and the body: "the leader of a local cell
    of Y", "commander of a breakaway faction of Y"; or after the body's name, which
    qualifies it: "the head of the Y media centre"."""
    doc = title.doc
    for k in range(title.i + 1, min(title.i + 12, len(doc))):
        if doc[k].lower_ in GROUP_PARTS and doc[k].pos_ == "NOUN" and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in doc[k].children):
            return True  # (a part noun may be resolved to the body itself; not "the
            # breakaway faction Y", which names it)
        if ctx.m.token_actor.get(k) == org:
            end = ctx.m.name_end(k, org, len(doc))
            if ctx.m.type_of(org) in PLACES_OR_STATES:
                return False  # ("the governor of Blue Nile state": the place itself)
            return end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower and (
                doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end) and (
                doc[end].i not in ctx.m.token_actor) and doc[end].lemma_ not in BODY_KINDS
    return False


# Lower-case words for a kind of region, between its name and its head's title: "the
# Khartoum state governor", "the Tana county commissioner"
_REGION_KINDS = words("state province region county district")
# The titles that make their holder a region's head when the region is their object.
_REGION_HEAD_NOUNS = words("head leader")


def _head_of_region(title: Token, place: str, ctx: Context) -> bool:
    """"X, the head of Ingushetia": the head of the region named as the title's own object
    (not a place further on: "head of security in Kabul")."""
    if title.lower_ not in _REGION_HEAD_NOUNS or ctx.m.type_of(place) is not (
            ActorType.LOCATION) or title.i + 1 >= len(title.doc):
        return False
    prep = title.nbor(1)
    return prep.lower_ == "of" and any(
        c.dep_ == "pobj" and ctx.m.token_actor.get(c.i) == place for c in prep.children)


def _voiced_person(title: Token, person: str, ctx: Context) -> bool:
    """"X, a spokesman for (President) Y": the person the spokesman speaks for, named as
    the preposition's own object (not a person further on: "a spokesman for the family of
    Y")."""
    if ctx.m.type_of(person) is not ActorType.PERSON or title.i + 1 >= len(title.doc):
        return False
    prep = title.nbor(1)
    return prep.lower_ in ("for", "of") and any(
        c.dep_ == "pobj" and ctx.m.token_actor.get(c.i) == person for c in prep.children)


# The ministers who head a region's government.
_HEAD_MINISTERS = words("chief first")
# Bodies whose offices in a country or region are headed by one of their people.
_OWNING_BODIES = frozenset({ActorType.ORGANIZATION, ActorType.GOVERNMENT_BODY,
                            ActorType.ARMED_GROUP})


# Words before a title that say its holder no longer holds it.
_GONE_WORDS = FORMER_WORDS | words("late")


# Last words of a minister's portfolio that the model reads as a body's name ("Union Home
# Minister X", "the Minister for Y Affairs"), and the words that make such a name a body's
_PORTFOLIO_ENDS = words("home affairs")
_OFFICE_HEADS = words("ministry department office bureau directorate commission council")


def _portfolio(org: str, ctx: Context) -> bool:
    parts = ctx.m.actors[org].name.lower().split()
    return parts[-1] in _PORTFOLIO_ENDS and not _OFFICE_HEADS.intersection(parts)


# The staffs whose chief heads a state's forces as a whole (not "Chief of Naval Staff").
_FORCES_STAFFS = words("army defence defense general")


def _forces_staff(title: Token, sent: Span) -> Token | None:
    """"Chief of Army Staff", "Chief of the Defence Staff": the staff's word."""
    end = title_end(title, sent)
    doc = sent.doc
    return next((doc[k] for k in range(title.i + 1, end) if doc[k].lower_ in _FORCES_STAFFS),
                None)


def _service_body(service: Token, state: str | None, ctx: Context) -> str | None:
    """The army or police a service word before a title stands for: the state's named with
    the title, else the article's, else the document's only state's, else the one such
    service the document names ("the Chadian National Army ... army spokesman X")."""
    m = ctx.m
    counts = m.state_counts
    state = state or article_state(m, service) or (
        next(iter(counts)) if len(counts) == 1 else None)
    return state_service(m, state, service) if state is not None else only_service(m, service)


def _title_service(title: Token, rel: R, j: int, sent: Span) -> Token | None:
    """The service a head's or a spokesperson's title names: "the army chief", "military
    commander", "police spokesman" (the word right before the title, or its modifier),
    with no other common word before it that makes it another's ("a rebel army
    spokesman")."""
    if rel is R.LEADS and title.lower_ not in ("chief", "commander", "head"):
        return None  # ("Niger's military leader, X": the junta's head leads the state)
    if rel is not R.LEADS and rel is not R.SPOKESPERSON_FOR:
        return None
    doc = sent.doc
    word = service_word(title)
    if word is None and title.i - 1 > j and doc[title.i - 1].lower_ in TITLE_SERVICES:
        word = doc[title.i - 1]
    if word is None or any(
            doc[x].is_lower and doc[x].pos_ in ("NOUN", "ADJ", "PROPN")
            and doc[x].lower_ not in DEPUTY_WORDS and doc[x].lower_ != "top"
            for x in range(j + 1, word.i)):
        return None
    return word


_PARTY_LETTERS = frozenset({"D", "R", "I"})


def _past_party_tag(comma: int, sent: Span) -> int:
    """"Sen. X, D-Ohio, chairman of Y": the comma before a legislator's party and state,
    so that the title is X's; else the comma itself."""
    doc = sent.doc
    tag = comma - 4  # ", D - Ohio ,": the comma before the party letter
    if tag > sent.start and doc[tag].text == "," and doc[tag + 1].text in _PARTY_LETTERS \
            and doc[tag + 2].text == "-" and doc[tag + 3].text[:1].isupper():
        return tag
    return comma


def _org_after(role: Token, sent: Span, ctx: Context) -> str | None:
    doc = sent.doc
    i = role.i + 1
    if i >= sent.end or doc[i].lower_ not in ("of", "for", "at", "in"):
        return None
    # (a hyphenated title on the way counts as one word: "spokesman for the
    # commander-in-chief of the armed forces of Y")
    reach = i + 9 + 2 * sum(doc[k].text == "-" for k in range(i + 1, min(i + 9, sent.end)))
    for k in range(i + 1, min(reach, sent.end)):
        tok = doc[k]
        if tok.text in (",", ";") or (tok.pos_ == "VERB" and tok.dep_ != "amod"):
            # "chairman of the largest party, the Y Party": the body named after the comma
            # (a participle before a name stays: "leader of the banned X party")
            kind = doc[k - 1]
            return next((key for c in kind.children if c.dep_ == "appos"
                         and (key := ctx.m.token_actor.get(c.i)) is not None
                         and ctx.m.type_of(key) not in PLACES_OR_STATES),
                        None) if tok.text == "," and kind.lower_ in BODY_NOUNS else None
        key = ctx.m.token_actor.get(k)
        if key is None and tok.head.i == i and tok.dep_ == "pobj":
            key = definite_antecedent(tok, ctx)  # "a spokeswoman for the agency"
        if key is None and tok.lower_ in ("and", "or"):
            return None  # "spokesman for reform and president of Y": Y is the next title's
        if key is None:
            continue
        # (the whole name: "the Y Front's wing" is owned by its last word)
        end = ctx.m.name_end(k + 1, key, sent.end)
        nxt = doc[end] if end < sent.end else None
        if nxt is not None and nxt.lower_ == "'s":
            continue  # "Iran's Quds force": the possessor is not the organisation
        after = ctx.m.token_actor.get(k + 1) if nxt is not None else None
        if ctx.m.type_of(key) is ActorType.STATE and after not in (None, key) and \
                ctx.m.type_of(after) not in PLACES_OR_STATES:
            continue  # "commander of U.S. Central Command": the state names the command
        if doc[i].lower_ in ("in", "for") and ctx.m.type_of(key) in PLACES_OR_STATES:
            continue  # "the group's spokesman in Yemen", "special envoy for Yemen": where
            # the work is, not whose
        return key
    return None


# What one leads out of a body's people for a while: "led a convoy of the Y", "led the
# Y's delegation" (the leader is one of Y's people, not Y's head)
_OUTINGS = words("convoy delegation team mission column patrol attack raid offensive march "
                 "protest operation assault campaign rally expedition contingent") | (
    GROUP_PARTS)  # "led a faction of the Y", "heads the armed wing of Y"


def _owned_thing(tok: Token, ctx: Context) -> bool:
    """A common noun owned by a body and standing for none itself: "the Y's delegation",
    "its armed wing", "a convoy of the Y", "a faction of the Y" (whoever leads it is one
    of Y's people, not Y's head)."""
    if tok.pos_ == "PROPN" and tok.lower_ in _OWNED_PARTS and tok.i not in ctx.m.token_actor:
        # "who heads the UN Country Team": a part named by its owner's name and its word
        return any(c.dep_ == "compound" and c.i in ctx.m.token_actor for c in tok.children)
    if part_told_again(tok, ctx.m):
        return True  # "the cell was led by Z" after "an X cell": a part of X, not X
    if tok.pos_ == "NOUN" and tok.lower_ in _OWNED_PARTS and tok.i in ctx.m.token_actor:
        # "who commanded the Guards' battalion": the unit read as its owner, one of its parts
        return any(c.dep_ == "poss" and ctx.m.token_actor.get(c.i) == ctx.m.token_actor[tok.i]
                   for c in tok.children)
    return (tok.pos_ == "NOUN" and tok.i not in ctx.m.token_actor
            and (any(c.dep_ == "poss" for c in tok.children)
                 or (tok.lower_ in _NAMED_PARTS and any(
                     c.dep_ == "compound" and c.i in ctx.m.token_actor for c in tok.children))
                 or (tok.lemma_ in _OUTINGS and bool(pobjs(tok, {"of"})))))


_OWNED_PARTS = words("team office mission unit cell wing branch battalion brigade division "
                     "delegation")
# Parts named by their owner's name before the noun that stay the owner's: "the UNHCR
# office in Goma" (a mission so named is the body's own: "the United Nations mission")
_NAMED_PARTS = words("office branch unit cell wing")


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
    if key is None and doc[j].text == ")":
        # "MDC (Movement for Democratic Change) candidate X": the name before the
        # spelled-out one, or the spelled-out one
        opening = next((i for i in range(j - 1, max(sent.start, j - _SPELLED_OUT) - 1, -1)
                        if doc[i].text == "("), None)
        if opening is not None and opening > sent.start:
            return ctx.m.token_actor.get(opening - 1) or ctx.m.token_actor.get(j - 1)
    if key is None:
        key = ctx.m.state_for_word(doc[k])
    return key


_SPELLED_OUT = 8  # tokens in a parenthesised full name after an acronym


def _spaced_dash(tok: Token) -> bool:
    """A dash with a space on each side: "ABUJA, Nigeria - Governor X" (a dateline's end,
    not a title's hyphen)."""
    return tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_) and bool(tok.whitespace_)


def _region_named(j: int, sent: Span, ctx: Context) -> str | None:
    """The place a capitalised noun for a kind of region at `j` closes ("Borno State",
    "Northern Province" read as "Northern"; or in lower case, "the Khartoum state
    governor"), else None."""
    tok = sent.doc[j]
    if j <= sent.start or not (tok.is_title or tok.lower_ in _REGION_KINDS) or (
            tok.lower_ not in PLACE_NOUNS and tok.lower_ != "state"):
        return None
    place = ctx.m.token_actor.get(j - 1)
    if place is None or ctx.m.type_of(place) is not ActorType.LOCATION:
        return None
    return place if ctx.m.token_actor.get(j) in (None, place) or (
        ctx.m.type_of(ctx.m.token_actor[j]) is ActorType.STATE) else None


@rule
def _state_titles(sent: Span, ctx: Context) -> list[Candidate]:
    """"Prime Minister X" leads the state named with the title, else (a head of state) the
    country of his CAMEO code or the state the report tells of; the rest wait for the
    whole article (leaders.heads_of_unnamed_states)."""
    m = ctx.m
    out: list[Candidate] = []
    titled = [t for tok in ctx.tokens if (t := _titled(tok, sent, ctx)) is not None]
    # "... said he had spoken with Armenia's President Y": Armenia is Y's, not X's
    owned = {state for *_, state in titled if state is not None}
    for tok, key, rel, title, state in titled:
        if state is None and rel is R.LEADS:
            # a head the dictionaries know leads his own state; else the one the report
            # tells of, if no other title in the sentence owns it
            state = coded_state(key, m) or _told_state(tok, key, sent, ctx, owned)
        if state:
            ctx.roles.setdefault(key, []).append((rel, state))
            out.append(Candidate(key, rel, state, False, 0.7))
        if rel is R.LEADS and (state or not owns_body(tok, key, sent, ctx)):
            ctx.titled_heads.append((key, title, sent, state))  # for the article's reading
    return out


def _told_state(first: Token, person: str, sent: Span, ctx: Context, owned: set[str]
                ) -> str | None:
    """The state a head with no state written with his title leads, from the report: the
    doer of the sentence before when his own names no state, the dateline's when he acts
    or is asked to, the one the story is about when he speaks."""
    m = ctx.m
    if (sender := _forces_sent(person, ctx)) is not None:
        return None if sender in owned else sender  # "President X sent US troops into Y"
    if not _states_in(sent, ctx) and (doer := state_doer_before(sent, m, main=True)):
        # "Algeria has said it opposes the use of force. President X called it a threat
        # to his country": the state the sentence before told as its doer goes on here
        return None if doer in owned else doer
    state = None
    if (_acts(person, ctx) and not _state_by_name(person, sent, ctx)) or (
            _addressed(first, person, ctx) and not _states_in(sent, ctx)):
        # "KYIV, Ukraine — ... President X called on ...", "called on President X to":
        # the dateline's country (not "urged President X to send arms to Ukraine", a
        # state named beside him)
        state = home_state(sent.doc, m)
    if state is None:
        # "..., Prime Minister X said": the country the story is about, if named here
        main = m.main_state()
        if main and _speaks(person, sent, ctx) and ((
                _states_in(sent, ctx) == {main} and not _governed(main, ctx)) or any(
                m.token_actor.get(t.i) == main and t.dep_ in ("nsubj", "nsubjpass")
                for t in ctx.tokens)):
            # (only the speaker, and when that state is the only one named, and not as the
            # object of a preposition, or the one acting: not "given to President X on a
            # trip to Oslo", "will work with the president of Y")
            state = main
    return None if state in owned else state


# Verbs by which a head moves his state's forces: "sent (threatened to send) US troops"
_FORCE_SENDING = words("send deploy dispatch withdraw")
_FORCE_NOUNS = words("troops forces soldiers warships jets aircraft")


def _forces_sent(person: str, ctx: Context) -> str | None:
    """The one state whose forces the person sends, deploys or withdraws ("President X
    threatened to send US forces into Y"): the state he heads, whatever the dateline."""
    m = ctx.m
    found = {k for t in ctx.tokens if t.lemma_ in _FORCE_SENDING and t.pos_ == "VERB"
             and person in subjects(t, ctx)
             for o in t.children if o.dep_ == "dobj" and o.lower_ in _FORCE_NOUNS
             for c in o.children if c.dep_ in ("compound", "amod")
             and (k := m.state_for_word(c)) is not None}
    return found.pop() if len(found) == 1 else None


def _state_by_name(person: str, sent: Span, ctx: Context) -> bool:
    """The phrase that names the person names a state other than the dateline's
    ("President X, on a visit to Chad, said ..."): he is no head of the dateline's state
    by acting in it (its own capital named keeps him its head: "returned to Asunción")."""
    m = ctx.m
    names = {t.i: person for t in ctx.tokens if m.token_actor.get(t.i) == person}
    home = home_state(sent.doc, m)
    at = _states_at(sent, ctx)
    return any(i in at and not _home_capital(sent.doc[i], home, ctx)
               for i in person_phrase(person, sent, names, m))


def _home_capital(tok: Token, home: str | None, ctx: Context) -> bool:
    """The token names the capital of the dateline's state ("Asunción", "Addis Ababa"),
    read as that state: not its own name ("a visit to Chad")."""
    if home is None:
        return False
    doc = tok.doc
    texts = {tok.text, doc[tok.left_edge.i : tok.i + 1].text}
    if tok.dep_ == "compound" and tok.head.i > tok.i:
        texts.add(doc[tok.i : tok.head.i + 1].text)
    state = ctx.m.actors[home].name
    return any(ctx.m.gaz.capitals.get(name_key(text)) == state for text in texts)


def _states_at(sent: Span, ctx: Context) -> set[int]:
    """The tokens of the sentence that name or qualify a state."""
    m = ctx.m
    return {t.i for t in ctx.tokens if (
        (k := m.token_actor.get(t.i)) is not None and m.type_of(k) is ActorType.STATE) or (
        k is None and m.gaz.state_of_demonym(t.text) is not None)}


def _titled(tok: Token, sent: Span, ctx: Context
            ) -> tuple[Token, str, RelationType, str, str | None] | None:
    """The first token of a person's name with a state title before it ("Prime Minister
    X", "Kenya's president, X"), the person, the title's relation, the title, and the
    state written with the title, if any ("Kenyan President X", "President X of Kenya").
    None for no title, a title set off by a comma with no state ("a defence minister,
    X"), a former or deputy holder's, and a body's ("Commission President X")."""
    doc = sent.doc
    m = ctx.m
    key = m.token_actor.get(tok.i)
    if key is None or m.type_of(key) is not ActorType.PERSON:
        return None
    if tok.i > sent.start and m.token_actor.get(tok.i - 1) == key:
        return None  # not the first token of the name
    for title, rel in STATE_TITLES.items():
        n = len(title)
        # "Pakistan's defence minister, X": the title set off by a comma
        end = tok.i - 1 if tok.i - 1 > sent.start and doc[tok.i - 1].text == "," else tok.i
        start = end - n
        if start < sent.start:
            continue
        if tuple(t.lower_ for t in doc[start:end]) != title:
            continue
        state = m.state_for_word(doc[start - 1]) if start > sent.start else None
        if state is None and start - 1 > sent.start and doc[start - 1].lower_ == "'s":
            state = m.state_for_word(doc[start - 2])  # "Pakistan's defence minister"
        if end != tok.i and state is None:
            return None  # "a defence minister, X": no state of its own
        if state is None and start > sent.start and _not_the_states(doc[start - 1], ctx):
            return None  # "former President X", "Vice President X", "Senate President X"
        if _ousted(tok, key, ctx):
            return None  # "the coup that toppled President X": no longer its head
        if state is None:
            after = named_after_name(tok, key, sent, ctx)  # "President X of Kenya"
            if after is not None and m.type_of(after) in _BODIES:
                return None  # "President X of the Farmers Union": the body's
            state = after if after is not None and m.type_of(after) is ActorType.STATE else None
        return tok, key, rel, " ".join(title), state
    return None


# Words before a state's title that keep its holder at its head: "Acting President X".
_HOLDING_WORDS = words("acting interim transitional incumbent sitting new the")


def _not_the_states(before: Token, ctx: Context) -> bool:
    """The word before a title makes the holder no head of a state: a past or deputy
    holder ("former", "Vice"), or a body's name ("Senate President X", "Commission
    President X")."""
    if before.text == "-" and before.i > 0 and not before.whitespace_:
        before = before.doc[before.i - 1]  # "ex-President X"
    if before.lower_ in _HOLDING_WORDS:
        return False
    return (before.lower_ in DEPUTY_WORDS | FORMER_WORDS | _OUSTING or before.i in ctx.m.token_actor
            or before.is_title)


# Verbs (and their participles before a title) that put a head out of office
_OUSTING = words("topple toppled oust ousted overthrow overthrew overthrown depose deposed "
                 "unseat unseated")


def _ousted(first: Token, person: str, ctx: Context) -> bool:
    """"a coup that toppled President X", "President X was ousted": the head is put out."""
    root = first
    while ctx.m.token_actor.get(root.head.i) == person and root.head.i != root.i:
        root = root.head
    return root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_ in _OUSTING


_AT = words("in at near inside outside across throughout")
_TITLE_NOUNS = 2  # lower-case nouns a title may carry before it: "press relations officer"


def _governed(state: str, ctx: Context) -> bool:
    """The state is named only after a preposition ("a visit to Y", "the leader of Y"):
    a place or another's office, not the speaker's own state."""
    heads = [t for t in ctx.tokens if ctx.m.token_actor.get(t.i) == state
             and ctx.m.token_actor.get(t.head.i) != state]
    return bool(heads) and all(t.dep_ == "pobj" for t in heads)


_ADDRESSING_VERBS = words("call urge ask press appeal")


def _addressed(first: Token, person: str, ctx: Context) -> bool:
    """The person is asked to act: "called on President X to", "urged Prime Minister X
    to" (the government of President X is read by leaders.government_of_ruler)."""
    root = first
    while ctx.m.token_actor.get(root.head.i) == person and root.head.i != root.i:
        root = root.head
    head = root.head
    if root.dep_ == "dobj":
        return head.lemma_ in _ADDRESSING_VERBS
    return root.dep_ == "pobj" and head.lower_ in ("on", "to") and (
        head.head.lemma_ in _ADDRESSING_VERBS)


def _acts(person: str, ctx: Context) -> bool:
    """The person is the subject of a verb in the sentence."""
    return any(t.dep_ == "nsubj" and ctx.m.token_actor.get(t.i) == person for t in ctx.tokens)


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


@rule
def _compound_backing(sent: Span, ctx: Context) -> list[Candidate]:
    """"Iranian-backed militias", "US-led coalition", "backed by Iran", "led from exile
    by X", "a company owned by X" (a person's, who heads it)."""
    doc = sent.doc
    out: list[Candidate] = []
    if ctx.lowers.isdisjoint(_BACK_WORDS):
        return out  # (most sentences: no such participle, no token walked)
    for tok, lower, _, _, _, _ in ctx.words:
        rel = _BACK_WORDS.get(lower)
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
            # "led by the Malian militant X": the person named, not the title's agent noun
            backer = (titled_name(agents[0], ctx) or actor_of(agents[0], ctx)) if agents else None
            if backer is None and rel is R.LEADS:
                backer = agent_set_off(tok, ctx)  # "led by a former general, Y,"
            if backer is None and rel is R.LEADS and (late := agent_after_time(tok)):
                backer = titled_name(late[0], ctx) or actor_of(late[0], ctx)  # "led from
                # exile by Y", "led since 2019 by Y"
            if backer is None and rel is R.BACKS and agents:
                backer = senders(agents[0], ctx)  # "backed by instructors of Y"
        if backer is None:
            continue
        if tok.lower_ == "represented" and ctx.m.type_of(backer) is not ActorType.PERSON:
            continue  # a person represents the body they belong to
        if rel is R.LEADS:
            held = held_role(tok)  # "formerly led by X": a past head; "could lead": none
            if held is None:
                continue
            rel = held
        if tok.head.lower_ in ATTACK_NOUNS:
            continue  # "a US-led raid on X": a leader of the raid (events.py), not of X
        if lower in _BODY_BACKING and ctx.m.type_of(backer) is ActorType.PERSON:
            continue
        noun = _backed_noun(tok)
        target = actor_of(noun, ctx) if tok.head.i != tok.i else None
        if target is not None and noun.dep_ == "appos":
            # "X, the Y-led force": the name set off before the noun (the parser may hang
            # the noun on an earlier name: "A called on X, the Y-led force")
            target = _set_off_name(noun, ctx) or target
        elif tok.head.i != tok.i and noun.pos_ == "NOUN" and (
                target is None or noun.i in ctx.m.descriptor_tokens) and (
                (named := _set_off_name(noun, ctx)) is not None) and ctx.m.type_of(
                named) not in (ActorType.LOCATION, ActorType.STATE, ActorType.PERSON):
            # "X (ABBR), a Fulani armed group led by Y", "X, the al-Qaeda affiliate led
            # by Y": X is the body described, not the people whose word names the noun
            # (the parser hangs the noun on the verb, away from X)
            target = named
        if target is not None and (near := _restrictive_name(tok, noun, ctx)) is not None and (
                ctx.m.token_actor[near.i] != backer):
            target = ctx.m.token_actor[near.i]  # "X and its ally, the Y (ABBR) led by Z"
        part = False
        if tok.i - 2 >= sent.start and doc[tok.i - 1].text == "," and (
                named := ctx.m.token_actor.get(tok.i - 2)) is not None:
            # "the government, led by X, and the opposition": the name set off before
            target, part = set_off_holder(doc[tok.i - 2], named, ctx)
        if part and rel is R.LEADS:
            rel = R.MEMBER_OF  # "the armed wing of X, led by Y": one of X's people
        if target is None and tok.dep_ == "advcl" and tok.tag_ == "VBN" and tok.i < tok.head.i:
            # "Led by Y since 2019, the X seized ...": a fronted participle says it of the
            # main verb's subject
            target = next((s for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")
                           and c.pos_ == "PROPN"  # (a name: not "troops of the X")
                           and (s := ctx.m.token_actor.get(c.i)) not in (None, backer)), None)
            if target is None and rel is R.LEADS:
                target = _fronted_body(tok, backer, ctx)  # "Commanded by Y, the unit ..."
        if target is None:
            # (not a word of the backer's own phrase: "is backed by Mexico's X")
            own = {t.i for p in tok.children if p.dep_ == "agent" for t in p.subtree}
            for k in range(tok.i + 1, min(tok.i + 5, sent.end)):
                if doc[k].pos_ in ("VERB", "AUX") or (
                        doc[k].dep_ == "prep" and doc[k].lower_ != "of"):
                    target = None  # "Riyadh-backed forces attacked the Houthis": their foe;
                    # "Y-trained militias (multiply) in X": where they are ("fighters
                    # of X" are X's)
                    break
                target = ctx.m.token_actor.get(k) if k not in own else None
                if target and target != backer:  # "Backed by Iran, the Houthis ..."
                    break
        if target is None:
            continue
        if lower == "owned" and (ctx.m.type_of(backer) is not ActorType.PERSON or (
                ctx.m.type_of(target) not in _OWNED_BODIES) or rel is not R.LEADS):
            continue  # "a company owned by X" is X's to run; "land owned by the state" no
        # "which is not backed by X": a denial, kept as such
        denied = any(c.dep_ == "neg" for c in tok.children)
        out += [Candidate(backer, rel, k, denied, 0.8)  # (and "the AFC/M23": both)
                for k in (target, *(p for p in slash_partners(target, sent, ctx)
                                     if p != backer))]
    return out


def _fronted_body(verb: Token, backer: str, ctx: Context) -> str | None:
    """"Commanded by Y since 2019, the unit has fought Z": a fronted participle of a post
    says it of the main verb's subject, a body told by its kind ("the unit", "the
    militia") and named before; not its part ("the cell": the whole it is read as) nor
    its people ("the fighters")."""
    for c in verb.head.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and (
                c.lemma_ in BODY_KINDS) and any(
                d.dep_ == "det" and d.lower_ == "the" for d in c.children) and not (
                part_for_whole(c, ctx)) and c.lemma_ not in GROUP_PARTS:
            key = actor_of(c, ctx)
            return key if key != backer else None
    return None


def _restrictive_name(verb: Token, noun: Token, ctx: Context) -> Token | None:
    """The last word of a body's name ending right before a participle with no comma
    ("X and its ally, the Y (ABBR) led by Z"), where the parser hangs the participle on
    a noun further back: a participle set beside a name without a comma tells of it."""
    if verb.dep_ != "acl" or verb.nbor(-1).text in (",", "-") or (
            near := name_just_before(verb, ctx)) is None or near[1].i <= noun.i:
        return None
    key, last = near
    return last if key != ctx.m.token_actor.get(noun.i) and (
        ctx.m.type_of(key) not in _NOT_ORGS) else None


def _led_apart(agent: Token) -> bool:
    """A name joined to a doer that a participle of its own describes: "the X, led by Y,
    and the Z, headed by W" (the parser joins Z to Y), "..., and the Z, a gang headed by
    W": another body, not a co-leader."""
    described = [agent, *(c for c in agent.children if c.dep_ == "appos")]  # ("Z, a gang")
    return agent.dep_ == "conj" and any(
        c.dep_ == "acl" and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children)
        for d in described for c in d.children)


def senders(people: Token, ctx: Context) -> str | None:
    """Whose people a noun for helpers sent names: "instructors of Y's army", "Wagner
    instructors", "Russian advisers" (the state a demonym names)."""
    if people.lower_ not in SENT_PEOPLE:
        return None
    owners = actors_of_tokens(pobjs(people, {"of", "from"}) + [
        c for c in people.children if c.dep_ in ("poss", "compound")], ctx)
    if owners:
        return owners[0]
    return next((k for c in people.children if c.dep_ in ("amod", "compound")
                 and (k := ctx.m.state_for_word(c)) is not None), None)


def _set_off_name(noun: Token, ctx: Context) -> str | None:
    """The actor named just before the comma that opens `noun`'s phrase ("X, the ...")."""
    first = noun.left_edge.i
    if first - 2 < noun.sent.start or noun.doc[first - 1].text != ",":
        return None
    last = first - 2
    if noun.doc[last].text == ")" and last - 3 >= noun.sent.start and (
            noun.doc[last - 2].text == "("):
        last -= 3  # "X (ABBR), the ...": the name before its abbreviation
    return ctx.m.token_actor.get(last)


def _backed_noun(tok: Token) -> Token:
    """The noun a backing participle describes: "X, trained and armed by Y" hangs "armed"
    on "trained", whose head is X."""
    if tok.dep_ == "conj" and tok.head.tag_ == "VBN" and tok.head.dep_ in ("acl", "amod"):
        return tok.head.head
    noun = described_noun(tok)
    if noun.lower_ in _CREW_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.pos_ == "NOUN"):
        return noun.head.head  # "X, a force of 3,000 men funded by Y": the force, X
    return noun


def _demonym_state(tok: Token, ctx: Context) -> str | None:
    state = ctx.m.gaz.state_of_demonym(tok.text)
    if state is None:
        return None
    return ctx.m.add(state, ActorType.STATE, tok.text)


@rule
def _possessive_part_of(sent: Span, ctx: Context) -> list[Candidate]:
    """"Iran's Quds Force": a named armed group or body of a state is part of it; "Hamas's
    Qassam Brigades": a named unit of a group is part of it."""
    m = ctx.m
    out: list[Candidate] = []
    for tok, _, _, _, dep, _ in ctx.words:
        if dep != "poss" or (case := _owner_case(tok, ctx)) is None:
            continue
        state = m.token_actor.get(tok.i)
        if state is None:
            continue
        k = case.i + 1
        key = m.token_actor.get(k)
        if key is None or key == state or _people_word(k, key, sent, ctx):
            continue
        if m.type_of(state) is ActorType.ARMED_GROUP and _group_province(key, case.nbor(1), ctx):
            m.actors[key].type = ActorType.ARMED_GROUP
        if m.type_of(state) in _GROUP_OWNERS:
            if _named_unit(key, k, ctx):
                out.append(Candidate(key, R.PART_OF, state, False, 0.7))
            continue
        if m.type_of(state) is ActorType.GOVERNMENT_BODY:
            if _bodys_own_body(key, k, ctx):
                out.append(Candidate(key, R.PART_OF, state, False, 0.7))
            continue
        if m.type_of(state) is not ActorType.STATE:
            continue
        if k in m.descriptor_tokens and m.type_of(key) is not ActorType.GOVERNMENT_BODY:
            continue  # "Iraq's parliament" is Iraq's; "Iraq's militias" need not be
        if m.type_of(key) is ActorType.ARMED_GROUP and (
                not _may_belong(key, state, ctx) or _outside_noun(case.nbor(1), key, ctx)):
            continue  # "Lebanon's Hezbollah": where a group is, not whose
        if m.type_of(key) in (ActorType.ARMED_GROUP, ActorType.GOVERNMENT_BODY):
            out.append(Candidate(key, R.PART_OF, state, False, 0.75))
    return out



def _owner_case(tok: Token, ctx: Context) -> Token | None:
    """The "'s" closing the owner's name whose token is `tok`: "Iran's", and after a name
    with its own "of" ("the Department of Justice's": the parser hangs "'s" on "Department")."""
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "'s":
        return doc[tok.i + 1]
    key = ctx.m.token_actor.get(tok.i)
    case = next((c for c in tok.children if c.dep_ == "case" and c.lower_ == "'s"), None)
    if key is None or case is None or case.i + 1 >= len(doc) or any(
            ctx.m.token_actor.get(i) != key for i in range(tok.i, case.i)):
        return None
    return case


# First words of the name of a body's office: "the Treasury's Office of Foreign Assets Control"
_OFFICE_HEADS = words("office bureau directorate department agency service commission "
                      "committee unit division administration centre center")


def _bodys_own_body(key: str, k: int, ctx: Context) -> bool:
    """"the Treasury Department's Office of Foreign Assets Control", "the Department of
    Justice's Federal Bureau of Investigation", "the interior ministry's Special Police
    Brigade": a named body, office or unit of a government body (not "the ministry's
    police": a description)."""
    m = ctx.m
    if k in m.descriptor_tokens:
        return False
    kind = m.type_of(key)
    name = m.actors[key].name.lower().split()
    return kind in (ActorType.GOVERNMENT_BODY, ActorType.ARMED_GROUP) or (
        kind is ActorType.ORGANIZATION and bool(name) and name[0] in _OFFICE_HEADS)


def _people_word(k: int, key: str, sent: Span, ctx: Context) -> bool:
    """"Syria's Druze community", "Iran's Kurdish regions": a people's word before a
    common noun names the state's people or land, none of its bodies."""
    doc = sent.doc
    end = k
    while end < sent.end and ctx.m.token_actor.get(end) == key:
        end += 1
    last = doc[end - 1]
    return end < sent.end and doc[end].pos_ == "NOUN" and doc[end].is_lower and (
        last.head.i == end) and (last.ent_type_ == "NORP" or last.pos_ == "ADJ"
                                 or doc[end].lower_ in _PEOPLE_NOUNS)


# A people's or its land's nouns after its name: "Syria's Druze community"
_PEOPLE_NOUNS = words("community communities people population minority minorities region "
                      "regions area areas villages tribe tribes heartland")

# "Hamas's Qassam Brigades", "the Front's Ember Battalion": a group owns a named unit
_GROUP_OWNERS = frozenset({ActorType.ARMED_GROUP, ActorType.ORGANIZATION})
_UNIT_WORDS = words("brigade brigades battalion battalions regiment division wing unit force "
                    "units corps squadron company command region fleet detachment province "
                    "front column bloc council cell faction")


def _named_unit(key: str, k: int, ctx: Context) -> bool:
    """A named armed group whose name ends in a word for a unit, or a named operation
    ("the army's Operation Green Shield"), not a description: "Hamas's fighters"."""
    m = ctx.m
    name = m.actors[key].name.lower().split()
    return (m.type_of(key) is ActorType.ARMED_GROUP and k not in m.descriptor_tokens
            and bool(name) and (name[-1] in _UNIT_WORDS or (
                len(name) > 1 and name[0] == "operation")))


def _group_province(key: str, first: Token, ctx: Context) -> bool:
    """"the Islamic State's Khorasan Province": a named province of an armed group is its
    branch, not a place (a province the gazetteer or the place lists know stays one:
    "the Taliban's Helmand Province")."""
    m = ctx.m
    rec = m.actors[key]
    words_ = rec.name.split()
    return (rec.type is ActorType.LOCATION and rec.code is None and len(words_) > 1
            and words_[-1] == "Province" and first.i not in m.descriptor_tokens
            and _last_of_name(first, key, ctx).dep_ != "compound"
            and not m.is_place(rec.name) and not m.is_place(" ".join(words_[:-1])))


def _last_of_name(first: Token, key: str, ctx: Context) -> Token:
    """The last token of the name that opens at `first`."""
    doc = first.doc
    end = first.i
    while end + 1 < len(doc) and ctx.m.token_actor.get(end + 1) == key:
        end += 1
    return doc[end]


# Words of a group's name that tell it is no state force: a cartel, a gang, rebels
_OUTSIDE_STATE_WORDS = words(
    "cartel cartels gang gangs mafia rebels rebel front liberation movement insurgents "
    "mujahideen resistance")


def _outside_noun(first: Token, key: str, ctx: Context) -> bool:
    """"Nigeria's Bakura faction": a name before a lower-case noun of a group outside the
    state (a faction, a militia, rebels) is no unit of the state."""
    doc = first.doc
    end = first.i
    while end < len(doc) and ctx.m.token_actor.get(end) == key and end not in (
            ctx.m.descriptor_tokens):
        end += 1
    if end < len(doc) and doc[end].is_lower and doc[end].lower_ in _OUTSIDE_NOUNS:
        return True
    # "Brazil's X, the prison gang whose ...": the noun set beside the name says it
    return any(c.dep_ == "appos" and c.lower_ in _OUTSIDE_NOUNS
               for c in doc[end - 1].children) if end > first.i else False


_OUTSIDE_NOUNS = _OUTSIDE_STATE_WORDS | words(
    "faction factions militia militias group groups insurgency splinter")


def _may_belong(group: str, state: str, ctx: Context) -> bool:
    """A known armed group is part of a state only if the gazetteer says so ("Iran's
    Quds Force"); a known one that is not ("Somalia's al-Shabaab") is merely there."""
    entries = ctx.m.gaz.entries
    name = ctx.m.actors[group].name
    entry = entries.get(name)
    if entry is None:
        # an unknown "Mali's Presidential Guard": the possessive is the evidence, unless
        # the name tells a group outside the state ("Mexico's X Cartel", "Chad's X Front")
        return not {w.lower() for w in name.split()} & _OUTSIDE_STATE_WORDS
    seen: set[str] = set()
    while entry is not None and entry.part_of and entry.part_of not in seen:
        if name_key(entry.part_of) == state:
            return True
        seen.add(entry.part_of)
        entry = entries.get(entry.part_of)
    return False


def _verb_rule(verb: Token, lemma: str) -> tuple[RelationType, frozenset[str]] | None:
    if lemma in _PHRASAL_VERBS:  # (the others need no walk over the verb's children)
        for child in verb.children:
            if child.dep_ in ("prt", "prep", "dobj") and not _time_only(child):
                phrasal = PHRASAL.get((lemma, child.lower_))
                if phrasal:
                    return phrasal[0], frozenset({phrasal[1], child.lower_})
    return VERBS.get(lemma)


_PHRASAL_VERBS = frozenset(verb for verb, _ in PHRASAL)


def _time_only(prep: Token) -> bool:
    """"called on Monday": a preposition whose object is a day or a time makes no phrasal
    verb ("called on X" is a demand, "called X on Monday" a telephone call)."""
    return prep.dep_ == "prep" and any(
        p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in prep.children)


# What a warner may warn another of as its own doing: "warned Y of severe consequences"
_WARNED_HARMS = ATTACK_NOUNS | words(
    "consequence response retaliation reprisal action force war measure price punishment "
    "retribution revenge escalation operation reaction step")


def _cautioned(verb: Token) -> bool:
    """"warned Y of floods (about militant cells)": a warning of what no one threatens,
    unlike "warned Y of severe consequences"."""
    told = pobjs(verb, {"of", "about"}) + [  # (or hung on the warned: "warned Y of ...")
        p for o in verb.children if o.dep_ == "dobj" for p in pobjs(o, {"of", "about"})]
    return verb.lemma_ == "warn" and bool(told) and all(
        t.lemma_ not in _WARNED_HARMS and t.lower_ not in _WARNED_HARMS for t in told)


# Verbs of founding a body: its founder is a person who leads it, not a body.
_FOUNDING_VERBS = words("found create form establish")


# What a body does through the people it sends: meets, asks, condemns, rejects.
_SENT_ACTS = frozenset({R.MEETS_WITH, R.DEMANDS, R.CRITICIZES, R.OPPOSES})
# Those who sanction are states, their bodies and blocs: one of these named "along with"
# the sanctioned is a fellow sanctioner ("X designated Y, along with Z"), not sanctioned.
_SANCTIONERS = frozenset({ActorType.STATE, ActorType.GOVERNMENT_BODY})


def _sanctioned_along(verb: Token, srcs: list[str], ctx: Context) -> list[str]:
    """"X sanctioned Y, along with A, its founder, and B": those named along with the
    sanctioned are sanctioned too; never one of the sanctioner's kind, a state or a
    government body ("X designated Y in 2019, along with Z": Z designated it as well)."""
    kinds = {ctx.m.type_of(s) for s in srcs} | _SANCTIONERS
    # (the parser may hang "along with" on the sanctioned or on what it was named as:
    # "designated Y as a criminal network, along with A")
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj"), *pobjs(verb, {"as"})]
    preps = [c for h in heads for c in h.children if c.dep_ in ("prep", "advmod")
             and c.lower_ in ("along", "together")]
    along = [p for c in preps for p in pobjs(c, {"with"})]
    if along:  # ("along with A, its founder, and his son B": the parser may hang the
        # list's last noun on the verb)
        along += [c for c in verb.children if c.dep_ == "conj" and c.i > preps[0].i
                  and c.pos_ in ("NOUN", "PROPN")]
    return [k for k in actors_of_tokens(along, ctx) if ctx.m.type_of(k) not in kinds]


def _face_to_face(verb: Token, preps: frozenset[str]) -> list[Token]:
    """"met face to face with X": the parser hangs "with X" on the second "face"."""
    doc = verb.doc
    if verb.i + 3 >= len(doc) or [t.lower_ for t in doc[verb.i + 1 : verb.i + 4]] != [
            "face", "to", "face"]:
        return []
    return pobjs(doc[verb.i + 3], preps)


@rule
def _verbs(sent: Span, ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    for verb, lower, lemma, pos, dep, tag in ctx.words:
        if (pos not in ("VERB", "AUX") and not _verb_as_noun(verb, lower, pos)) or (
                tag == "VBN" and dep == "amod" and _doer_of_modifier(verb) is None):
            continue
        rule = _verb_rule(verb, lemma)
        if rule is None:
            continue
        rel, preps = rule
        if rel is R.LEADS:
            held = held_role(verb)  # "X, who could lead Y": a prospect, not a post
            if held is None:
                continue
            rel = held
        if asked_of_another(verb) or asked(verb) or undone(rel, verb) or demand_to_come(
                rel, verb) or offered(rel, verb):
            continue  # "urged Y to attack Z", "did Y attack Z?", "tried to seize Y": not done
        if _alleged(verb):
            continue  # "accused Y of backing Z", "accusations that Y backs Z": a charge
        if rel is R.MEETS_WITH and lands_meet(verb):
            continue  # "the corner where X and Y meet": lands that touch
        if rel is R.THREATENS and _cautioned(verb):
            continue  # "warned Y of floods": a caution, not a threat
        if rel is R.KILLED and verb.dep_ == "xcomp" and verb.head.lemma_ in _ATTEMPTS:
            rel = R.TARGETS  # "tried to kill X": an attack, not a killing
        if rel in (R.TARGETS, R.KILLED) and verb.dep_ == "xcomp" and (
                verb.head.lemma_ in _THREAT_LEMMAS):
            rel = R.THREATENS  # "threatened to attack X": a threat, not an attack
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
            _passive_conjunct(verb)) or (rel is R.COOPERATES_WITH and _reduced_passive(verb))
        set_off: Token | None = None  # a name set off before a participle: itself alone
        # "the city controlled by X": a participle with an agent modifies its object
        reduced = verb.dep_ == "acl" and verb.tag_ == "VBN" and any(
            c.dep_ == "agent" for c in verb.children)
        if rel is R.LOCATED_IN:
            out += _where(verb, preps, passive, ctx)
            continue
        if passive:
            srcs = actors_of_tokens(_agents(verb), ctx)
            if not srcs and rel is R.LEADS and (named := agent_set_off(verb, ctx)):
                srcs = [named]  # "was set up by a former officer, Y,"
            if not srcs and rel is R.LEADS:
                srcs = actors_of_tokens(agent_after_time(verb), ctx)  # "since 2016 by X"
            objs = [c for c in verb.children if c.dep_ == "nsubjpass"] or [
                c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "WDT"] or (
                _shared_subject(verb))
            if not objs and rel in (R.LEADS, R.MEMBER_OF):
                objs = _raised_subject(verb)  # "Y is believed to be led by X"
            objs = [_second_relative(o, verb) for o in objs]
            if rel is R.BACKS:
                objs = [_whose_men(o, verb) for o in objs or _conjunct_subjects(verb)]
            # ("which a panel says is backed by Y": the parser makes "which" a subject)
        elif reduced:
            agents = pobjs(verb, {"by"})
            apart = actors_of_tokens([c for p in agents for c in p.children if _led_apart(c)],
                                     ctx)
            srcs = [k for k in actors_of_tokens(agents, ctx) if k not in apart]
            if not srcs and rel is R.LEADS and (named := agent_set_off(verb, ctx)):
                srcs = [named]  # "the X, founded by a former officer, Y,"
            objs = [described_noun(verb)]
            if rel is R.CONTROLS and (beside := held_beside(objs[0])) is not None:
                objs = [beside]  # "a compound near X held by Y": the compound is held
            if (near := _restrictive_name(verb, objs[0], ctx)) is not None:
                objs = [near]  # "X and its ally, the Y (ABBR) led by Z": Y
            first = verb.head.left_edge.i
            if objs[0].i == verb.head.i and _set_off_noun(verb.head) and (
                    first - 2 >= sent.start and sent.doc[first - 1].text == ","):
                set_off = sent.doc[before_acronym(first - 2, sent)]  # "Raqqa, a city
                # controlled by X": Raqqa; "the Y (YF), the Z faction led by X": Y, not Z
                if actor_of(set_off, ctx) is not None:
                    objs = []
            if verb.i - 2 >= sent.start and verb.nbor(-1).text == ",":
                # "the government, led by X, and the opposition": the name set off
                # before, not the noun the parser hung the participle on
                objs, set_off = [], verb.nbor(-2)
        else:
            # "Uganda's foreign ministry urged Y to ...": whose the subject is, when it
            # names no actor itself
            srcs = subjects(verb, ctx) or subject_possessors(verb, ctx)
            if rel in (R.CONTROLS, R.WITHDRAWS_FROM) and (
                    named := _named_before_set_off(verb, sent, ctx)) is not None:
                srcs = [named]  # "X is part of Y, the body that controls Z": Y holds Z
            if not srcs and rel in _SENT_ACTS:
                srcs = sent_from(verb, ctx)  # "officials from X met Y": X
            objs = [c for c in verb.children if c.dep_ in ("dobj", "attr", "dative")
                    or (c.dep_ in ("npadvmod", "oprd") and c.pos_ == "PROPN"
                        and not (rel is R.WITHDRAWS_FROM and _set_apart(c)))]
            if objs:
                objs += _gapped_objects(verb)
            elif (doer := _doer_of_modifier(verb)) is not None:
                # "X controlled Seiyun, the city": a verb with its own subject that the
                # parser hung on its object as a modifier
                srcs, objs = srcs or actors_of_tokens([doer], ctx), [verb.head]
        objs += pobjs(verb, preps)
        objs += _face_to_face(verb, preps)
        for prep in (c for c in verb.children if c.dep_ in ("prep", "prt")):
            if prep.lower_ in preps:
                objs += pobjs(prep, preps)  # "pull out of X"
        if rel is R.OPPOSES:
            objs += _refused_dealings(verb, objs)
        if rel is R.DEMANDS:
            objs = [o for o in objs if not _people(o, ctx)]
        if rel is R.LEADS:
            # "led the brigade"; "the cell was headed by X" (the whole's head it is not),
            # save a part told before ("an X cell"), whose head is one of X's people
            objs = [o for o in objs if not kind_named_twice(o, ctx) and (
                not part_for_whole(o, ctx) or part_told_again(o, ctx.m))]
        if rel in ROLE_RELS:
            objs = [o for o in objs if not _apposed_object(o, objs)]
        if rel is R.CONTROLS:
            objs = [o for o in objs if o.lemma_ not in _HELD_PEOPLE]
        tgts = actors_of_tokens(objs, ctx)
        if rel in (R.CRITICIZES, R.OPPOSES) and any(regime_heads(o, ctx) for o in objs):
            # "accused X's government of ...": X, who heads it
            tgts = [k for o in objs for k in (regime_heads(o, ctx) or actors_of_tokens([o], ctx))]
        if rel is R.WITHDRAWS_FROM and (left := _bases_left_in(objs, ctx)):
            tgts = left  # "pulled out of its last bases in X": X, not the bases' owner
        if len(srcs) > 1 and not any(o.lower_ in _RECIPROCALS for o in objs):
            # "X and Y urged both sides to talk": the sides are others, not the askers
            tgts = [t for t in tgts if t not in srcs]
        if set_off is not None and (key := actor_of(set_off, ctx)):
            part = False
            if rel is R.LEADS:
                key, part = set_off_holder(set_off, key, ctx)  # (not "the X in Tripoli")
            if part and rel is R.LEADS:
                rel = R.MEMBER_OF
            if key is not None and key not in tgts:
                tgts.append(key)  # (not the items listed with it: "X, a faction ..., and Y")
        if rel is R.LEADS and objs and all(_owned_thing(o, ctx) for o in objs):
            rel = R.MEMBER_OF  # "who leads the Y's delegation": a part of Y, not Y
            if not tgts:  # "who heads the Y office in Z": Y's, named before the noun
                tgts = actors_of_tokens([c for o in objs if o.lower_ in _NAMED_PARTS
                                         for c in o.children if c.dep_ == "compound"], ctx)
        if verb.dep_ == "acl" and (backed := fighter_supported(verb.head, ctx)):
            srcs = backed  # "backs X in its efforts to defeat Y": X fights Y
        if rel is R.LEADS and lemma in _FOUNDING_VERBS:
            # a body that founds another does not head it ("the KIA created the Y")
            srcs = [k for k in srcs if ctx.m.type_of(k) is ActorType.PERSON]
        own = srcs  # the verb's own doers: acting together (below) is said of them only
        if verb.dep_ != "acl" and rel in (R.TARGETS, R.KILLED):
            srcs = fighters_backed(verb, srcs, ctx)  # "backs X to defeat Y"
        if not srcs and not passive:
            srcs = quoted_group(verb, sent, ctx)
        if not tgts and rel in (R.TARGETS, R.KILLED, R.CONTROLS):
            # "struck Islamic State positions": the owner of the thing hit
            # (ground is not held by whom a pronoun says had it: "occupied our territory")
            if rel is not R.CONTROLS:  # "fired on one of the X cutters": the cutters
                objs = [t for o in objs for t in counted_things(o) or [o]]
            tgts = actors_of_tokens([c for o in objs for c in o.children
                            if c.dep_ in ("compound", "poss") and not (
                                rel is R.CONTROLS and c.tag_ == "PRP$")], ctx)
            if not tgts and rel is R.TARGETS:
                # "fired on Pakistani positions": the state whose thing it is (not
                # "Thai villagers": a nationality)
                tgts = [k for o in objs if o.lemma_ not in CIVILIAN_NOUNS
                        for c in o.children if c.dep_ == "amod"
                        and (k := ctx.m.state_for_word(c)) is not None][:1]
        if not tgts and rel is R.OPPOSES:
            # "rejected the government's version of events", "rejected comments by Y":
            # a claim is rejected, not its teller (nor one it accuses)
            objs = [o for o in objs if o.lemma_ not in _CLAIM_NOUNS]
        if not tgts and rel in (R.CRITICIZES, R.OPPOSES, R.DEMANDS):
            # "criticized Iraq's relationship with Saudi Arabia": actors inside the object
            # (not the place of the event: "condemns the attacks in (the town of) X")
            tgts = actors_of_tokens([t for o in objs for t in o.subtree if t.i != o.i
                                     and not not_criticised(t, o)], ctx)[:2] or [
                k for o in objs if (k := decision_maker(o, ctx)) is not None]
        if rel is R.CONTROLS:
            if shares := _shares_listed(objs):
                tgts += [k for k in actors_of_tokens(shares, ctx) if k not in tgts]
            # "holds the barrios of X and Y": each place the ground's kind names
            tgts += [k for k in ground_named(objs, ctx) if k not in tgts]
            for o in objs + shares:
                tgts = held_cities(o, tgts, ctx)
        if rel is R.SANCTIONS and tgts:
            tgts += [k for k in _sanctioned_along(verb, srcs, ctx) if k not in tgts]
        conf = 0.75 if verb.dep_ in ("ROOT", "ccomp", "conj") else 0.6
        # "runs the X autonomous region": a place by its noun, whatever the name's type
        ground = any(o.lemma_ in PLACE_NOUNS for o in objs)
        before = len(out)
        for s in srcs:
            for t in tgts:
                if rel is R.LEADS and verb.lemma_ in _FOUNDING and (
                        ground or ctx.m.type_of(t) in _FOUNDED_PLACES):
                    continue  # "who founded the town of X": a founder of a body leads it
                if rel is R.MEMBER_OF and lemma == "serve" and (
                        ctx.m.type_of(t) in PLACES_OR_STATES):
                    continue  # "serves as the UN's coordinator in Chad": where the post
                    # is held, not whose people he is ("served in the army" is)
                if rel is R.LEADS and _town_run(objs, verb) and (
                        ctx.m.type_of(s) is ActorType.PERSON):
                    continue  # "the town of X that is run by Y": a body hung on the town
                    # is what Y runs (a town has a mayor, read by the titles)
                if rel is R.LEADS and ctx.m.type_of(s) is ActorType.ARMED_GROUP and (
                        ctx.m.type_of(t) is ActorType.ARMED_GROUP):
                    continue  # "the Y division, which commands troops in Z": a unit leads
                    # no force by a verb; a force's head is a person
                kind = _seized(rel, s, t, ctx, ground, verb)
                if kind is not rel and undone(kind, verb):
                    continue  # "hopes to run X", "ran X until 2020": a town not held
                out.append(candidate(s, kind, t, verb, ctx, conf))
        if rel is R.TARGETS and srcs and told_as_news(verb) and (
                not out[before:][-1:] or not out[-1].negated) and not (
                len(out) == before and (tgts or negated(verb))):
            # ("opened fire on Y", "opened fire on a meeting": its dead told after)
            note_event(verb, rel, tgts, srcs, ctx)
        if rel in _JOINT_ACTS and len(own) > 1 and not passive and sum(
                c.dep_ == "nsubj" for c in verb.children) < 2 and not _apart(verb) and (
                lemma not in _STANCE_LEMMAS or _act_supported(objs, ctx)):
            # (not two subjects the parser gave one verb: "a commander whom the army
            # holds responsible", "whom" and "the army")
            # "Russia and Iran armed the rebels": they act together
            for i, a in enumerate(own):
                for b in own[i + 1 :]:
                    if ctx.m.type_of(a) not in PLACES and ctx.m.type_of(b) not in PLACES:
                        out.append(candidate(a, R.COOPERATES_WITH, b, verb, ctx, 0.45))
    return out


# Words that set two doers of one verb on different sides: "X and Y back opposite camps",
# "X and Y armed rival militias", "X and Y met the envoy separately"
_APART = words("opposite opposing rival rivalling competing different separate respective "
               "separately respectively")


# Dealings one may refuse to have with another at all: "opposed any deal with X"
_DEALINGS = words("deal agreement accord pact truce ceasefire talks negotiation "
                  "negotiations dialogue")


def _refused_dealings(verb: Token, objs: list[Token]) -> list[Token]:
    """"rejected (opposed) any deal (talks) with X", the parser hanging "with X" on the
    verb: X, with whom every dealing is refused (not "rejected the deal with X", one deal
    X is a party to)."""
    if not any(o.lemma_ in _DEALINGS and any_dealing(o) for o in objs):
        return []
    return pobjs(verb, {"with"})


def _apart(verb: Token) -> bool:
    """The verb's doers act each on their own: its object is "opposite (rival) camps" or
    "each other", or it is done "separately" ("respectively")."""
    return any((c.dep_ == "advmod" and c.lower_ in _APART) or (c.dep_ in ("dobj", "pobj") and any(
        a.dep_ == "amod" and a.lower_ in _APART for a in c.children)) for c in verb.children) or (
        _on_each_other(verb))


def _on_each_other(verb: Token) -> bool:
    """"X and Y fired on (attacked) each other (one another)": each does it to the other,
    not together."""
    objs = [c for c in verb.children if c.dep_ == "dobj"] + [
        p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(o.lower_ in ("other", "another") and any(
        d.lower_ in ("each", "one") for d in o.children) for o in objs)


def _doer_of_modifier(verb: Token) -> Token | None:
    """The subject of a verb the parser read as a modifier of its object ("the Front
    controlled Kessel", "controlled" hung on "Kessel"): a name just before the verb, hung
    as a subject on it or on the name after it (a true modifier has none: "the
    government-controlled Kessel")."""
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or verb.head.pos_ != "PROPN" or (
            verb.head.i != verb.i + 1):
        return None
    return next((c for c in (*verb.children, *verb.head.children) if c.dep_ == "nsubj"
                 and c.pos_ == "PROPN" and c.right_edge.i == verb.i - 1), None)


def _named_before_set_off(verb: Token, sent: Span, ctx: Context) -> str | None:
    """"X is part of Y (YG), the administration that controls Z", "X, a unit of Y, the
    movement that controls Z": a relative clause on a common noun set off by a comma
    speaks of the name just before the comma, wherever the parser hung the noun."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ != "NOUN" or noun.i in ctx.m.token_actor:
        return None
    if not any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in verb.children):
        return None  # ("the town that Y controls": the noun is the object)
    first = noun.left_edge.i
    if first - 2 < sent.start or sent.doc[first - 1].text != ",":
        return None
    key = actor_of(sent.doc[before_acronym(first - 2, sent)], ctx)
    if key is None or ctx.m.type_of(key) in PLACES:
        return None
    return key


def _set_off_noun(noun: Token) -> bool:
    """The noun is set off after a name: its apposition, or a second object the parser
    hung on the verb ("attacked camps of the Y (YF), the Z faction led by X")."""
    return noun.dep_ == "appos" or (noun.dep_ == "dobj" and any(
        c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children))


def _agents(verb: Token) -> list[Token]:
    """The agents of a passive verb, with a name the parser joined to the verb after them:
    "is led by A, known as "X", and B" (B hung on "led" as its conjunct)."""
    agents = pobjs(verb, {"by"})
    return agents + [c for c in verb.children if agents and c.dep_ == "conj"
                     and c.pos_ == "PROPN" and c.i > agents[0].i]


def _reduced_passive(verb: Token) -> bool:
    """"X, handed over to Z (captured in Y) in 2020": a participle set after a noun, with
    no subject of its own, tells what was done to the noun, never what it did; so does
    one joined to it ("X, arrested in Y and handed over to Z")."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "dobj") for c in verb.children):
        return False
    if verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD"):
        return _reduced_passive(verb.head)
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def _passive_conjunct(verb: Token) -> bool:
    """"X was captured by Y and handed over to Z": a participle joined to a passive verb,
    with no subject of its own, is passive too (X was handed over)."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children) and any(
        c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)


# What one says, that another may reject without opposing the one who said it.
# (not a proposal, a suggestion or a claim, whose maker is opposed: "rejected comments by
# Y suggesting its troops could cross", "opposed Y's claim to the region")
_CLAIM_NOUNS = words("version account accusation allegation charge narrative figure "
                     "assertion characterisation characterization portrayal")
# Nouns for a charge of an act (its verbs: lexicon.CHARGE_VERBS)
_CHARGE_NOUNS = words("accusation accusations allegation allegations charge charges")


def _alleged(verb: Token) -> bool:
    """An act only charged against its doer: "accused Y of backing Z" (its subject is Y,
    not the accuser), "repeated accusations that Y was backing Z"."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("of", "for"):
        accuser = head.head.head if head.head.dep_ == "dobj" else head.head
        return accuser.lemma_ in CHARGE_VERBS  # (the parser may hang "of" on the accused)
    return verb.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and (
        head.lower_ in _CHARGE_NOUNS)


# Objects that name the doers themselves, each the other's: "accused each other"
_RECIPROCALS = words("other another")


# Past forms no noun shares, which the tagger reads as nouns after a noun ("the Malian
# army retook X"): a verb wherever it has a subject and an object
_PAST_ONLY_FORMS = words("retook overran")


def _verb_as_noun(tok: Token, lower: str, pos: str) -> bool:
    return pos == "NOUN" and ((lower in _PAST_ONLY_FORMS and {"nsubj", "dobj"} <= {
        c.dep_ for c in tok.children}) or item_verb(tok))


@rule
def _asked_in_items(sent: Span, ctx: Context) -> list[Candidate]:
    """"X calls on:\n- the Government of Y to release ...;\n- Z to end ...": each item
    names one the lead-in's speaker asks (the item's subject, and those joined to it)."""
    root = sent.root
    if root.tag_ != "VB":
        return _asked_item_nouns(sent, ctx)
    if (lead := asking_lead_in(root)) is None:
        return _items_that_must(sent, ctx)
    if demand_to_come(R.DEMANDS, lead):
        return []
    asked = [c for c in root.children if c.dep_ == "nsubj"]
    if not asked:  # ("2. the X to lift ...": the parser may hang X on the number)
        to = next(c for c in root.children if c.dep_ == "aux" and c.lower_ == "to")
        asked = [t for t in sent.doc[root.left_edge.i : to.i] if t.i in ctx.m.token_actor]
    return _asked_of(asked, lead, ctx)


def _asked_of(asked: list[Token], lead: Token, ctx: Context) -> list[Candidate]:
    """The lead-in's speaker asks each one named (and those joined to it)."""
    asked = [t for t in asked + [c for a in asked for c in a.conjuncts] if not _people(t, ctx)]
    tgts = list(dict.fromkeys(actors_of_tokens(asked, ctx)))
    return [candidate(s, R.DEMANDS, t, lead, ctx, 0.7) for s in subjects(lead, ctx)
            for t in tgts]


def _named_before(sent: Span, end: int, ctx: Context) -> list[Token]:
    """The actors an item names before token `end` ("- the army and allied groups,
    including Y, to ..."): not one a preposition other than "including" hangs there
    ("the Government of Y", "attacks on Y")."""
    return [t for t in sent.doc[sent.start : end] if t.i in ctx.m.token_actor and not (
        t.head.dep_ == "prep" and t.head.lower_ != "including")]


# Modals an item of a list says what one named must do with ("- Y must stop ...").
_MUST = words("must should")


def _asked_item_nouns(sent: Span, ctx: Context) -> list[Candidate]:
    """"X urged:\n- the army and allied groups, including Y, to stop ...": the parser
    makes the one asked the item's root and hangs the verb under "to" on it."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return []
    verb = next((c for c in root.children if c.tag_ == "VB" and c.dep_ in (
        "relcl", "acl", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                          for a in c.children)), None)
    if verb is None or (lead := list_lead_in(sent[0])) is None or lead[1] or demand_to_come(
            R.DEMANDS, lead[0]):
        return []
    return _asked_of(_named_before(sent, verb.left_edge.i, ctx), lead[0], ctx)


def _items_that_must(sent: Span, ctx: Context) -> list[Candidate]:
    """"X called on the parties to take the following steps:\n- Y must stop ...": the
    lead-in asks no one it names, each item names one asked, the subject of "must"."""
    root = sent.root
    if not any(c.dep_ == "aux" and c.lower_ in _MUST for c in root.children) or (
            lead := list_lead_in(sent[0])) is None or any(
            t.i in ctx.m.token_actor for a in lead[1] for t in a.subtree) or demand_to_come(
            R.DEMANDS, lead[0]):
        return []
    return _asked_of([c for c in root.children if c.dep_ == "nsubj"], lead[0], ctx)


def _people(tok: Token, ctx: Context) -> bool:
    """"(called on) Palestinians (to join ...)": a people named by its bare plural, not
    its state's government."""
    return tok.lower_ in ctx.m.gaz.peoples and not any(c.dep_ == "det" for c in tok.children)


# People held are no ground: "UN staff held by X" does not put the UN under X
_HELD_PEOPLE = words("staff staffer personnel worker employee hostage prisoner detainee "
                     "captive member crew official soldier civilian national citizen")


def _set_apart(tok: Token) -> bool:
    """A name the parser hung on a verb across a comma ("withdraw its units from X ... and
    to admit monitors from Y, the Z and W"): an item of a list, not the verb's object."""
    left = tok.left_edge
    return left.i > 0 and tok.doc[left.i - 1].text == ","


# Shares of ground: "controls much of X", "holds most of X and parts of Y"
_SHARE_WORDS = words("much most part parts half rest swathes swaths")


def _shares_listed(objs: list[Token]) -> list[Token]:
    """"controls much of X and parts of Y": the parser joins the second share to X, so
    only the first is the verb's object; each share after it names a place too (its "of
    Y" hung on the share, or on X)."""
    return [y for o in objs if o.lower_ in _SHARE_WORDS for p in pobjs(o, {"of"})
            for c in p.conjuncts if c.lower_ in _SHARE_WORDS and c.i > p.i
            for y in pobjs(c, {"of"}) or [t for t in pobjs(p, {"of"}) if t.i > c.i]]


def _apposed_object(obj: Token, objs: list[Token]) -> bool:
    """"heads the X (ABBR), the junta that has ruled Y": a noun set off by a comma after a
    named object, which the parser may make a second object, describes the first."""
    return obj.pos_ == "NOUN" and obj.dep_ == "dobj" and obj.left_edge.i > 0 and (
        obj.doc[obj.left_edge.i - 1].text == ",") and any(
        o.i < obj.i and o.pos_ == "PROPN" for o in objs)


def _gapped_objects(verb: Token) -> list[Token]:
    """"has held X since January and Y since March": the parser hangs Y on the first
    date; a name joined to the date of one "since" before another "since" is the verb's
    second object, told with its own date."""
    sinces = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "since"]
    if len(sinces) < 2:
        return []
    # (or on the verb itself: "held X since 2023 and Y since March")
    joined = [*verb.children, *(j for d in sinces[0].children if d.dep_ == "pobj"
                                for j in d.conjuncts)]
    return [j for j in joined if j.dep_ == "conj" and j.pos_ == "PROPN"
            and j.ent_type_ != "DATE" and sinces[0].i < j.i < sinces[-1].i]


# Verbs of taking that, of a person, tell an abduction (CAMEO 181): "seized X", "captured X"
_ABDUCT_LEMMAS = words("seize capture recapture")


def _seized(rel: RelationType, source: str, target: str, ctx: Context,
            ground: bool, verb: Token) -> RelationType:
    """Places are held; a person seized or captured is attacked (CAMEO 181, abduction),
    not held (a person "controlled" or "occupied" is neither: the typing drops it). A
    place (a place's type, or `ground`: named by a place noun, "the X region") is no body
    to lead: a group or a state that runs a town holds it."""
    if rel is R.CONTROLS and ctx.m.type_of(target) is ActorType.PERSON and (
            verb.lemma_ in _ABDUCT_LEMMAS):
        return R.TARGETS
    if rel is R.LEADS and (ground or ctx.m.type_of(target) is ActorType.LOCATION) and (
            ctx.m.type_of(source) in _HOLDERS):
        return R.CONTROLS
    return rel


_TOWN_NOUNS = words("city town village port hamlet settlement")


def _town_run(objs: list[Token], verb: Token) -> bool:
    """The verb's object is a town by its noun: "runs the town of X", "the town of X that
    is run by Y" (the relative word standing for the noun it hangs on)."""
    return any((verb.head if o.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else o).lemma_
               in _TOWN_NOUNS for o in objs)


# Verbs of founding: a founder leads the body he founded, not a town or a state
_FOUNDING = words("found create establish form set")
_FOUNDED_PLACES = PLACES | {ActorType.STATE}


# Who can hold ground: "the Kivu Alliance has run Masisi for two years"
_HOLDERS = frozenset({ActorType.ARMED_GROUP, ActorType.STATE, ActorType.ORGANIZATION})


_ATTEMPTS = words("try attempt plot intend plan seek conspire")
_THREAT_LEMMAS = words("threaten vow warn pledge promise swear")
# Where a side keeps its men: "withdrew from its bases in X" leaves X.
_BASE_NOUNS = words("base bases camp camps position positions outpost outposts garrison "
                    "garrisons barracks")


def _bases_left_in(objs: list[Token], ctx: Context) -> list[str]:
    """The places the bases (camps, positions) a side leaves stand in: "pulled out of its
    last bases in X" (X a state or a place)."""
    return [k for k in actors_of_tokens([p for o in objs if o.lower_ in _BASE_NOUNS
                                         for p in pobjs(o, {"in", "inside"})], ctx)
            if ctx.m.type_of(k) in PLACES_OR_STATES]


# (not a rejection: "X and Y have each rejected the truce" may be two foes, each alone)
_JOINT_ACTS = frozenset({R.TARGETS, R.KILLED, R.BACKS, R.CONTROLS, R.SANCTIONS})
# Backing told as a stance, not a deed: two who back one side ("X and Y back the force")
# share a stance, each on its own; arming or funding it ("X and Y armed the rebels") is done
_STANCE_LEMMAS = words("back support")


def _act_supported(objs: list[Token], ctx: Context) -> bool:
    """What two bodies back is an act they support together ("supported talks between X
    and Y"), not a side, an actor ("back the Tolo Front", "back the force")."""
    return any(actor_of(o, ctx) is None for o in objs)


def _second_relative(word: Token, verb: Token) -> Token:
    """"X, a force that was folded into Y and that was led by Z": a relative word opening
    a second clause the parser joined to the sentence's verb stands for the noun the
    first relative clause is on (else the word itself)."""
    if word.lower_ not in ("that", "which") or verb.dep_ != "conj" or word.head.i != verb.i:
        return word
    first = next((t for t in reversed(list(word.doc[verb.head.i + 1 : word.i]))
                  if t.dep_ == "relcl" and any(c.lower_ == word.lower_ and c.dep_ in (
                      "nsubj", "nsubjpass") for c in t.children)), None)
    return first.head if first is not None else word


# The people of a side, whose training, arming or pay backs the side itself
_SIDE_PEOPLE = words("fighter gunman militant member unit cell rebel insurgent militiaman "
                     "cadre combatant recruit man troop soldier guerrilla")


def _conjunct_subjects(verb: Token) -> list[Token]:
    """"whose fighters were trained and armed by Y": the subject of the passive verb the
    bare participle is joined to."""
    if not _passive_conjunct(verb):
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubjpass"]


def _whose_men(obj: Token, verb: Token) -> Token:
    """"X, whose fighters were armed by Y": X, the side whose people are backed (not the
    people, who name no actor); else `obj` itself."""
    if obj.lemma_ not in _SIDE_PEOPLE or not any(
            c.dep_ == "poss" and c.lower_ == "whose" for c in obj.children):
        return obj
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else obj


def _shared_subject(verb: Token) -> list[Token]:
    """The subject a passive verb shares with the clause it is joined to: "the AA is
    the armed wing of the ULA and is commanded by X" (X commands the AA); a bare
    participle joined to that verb shares it too ("X was set up in 2016 and is trained
    and financed by Y": Y finances X)."""
    if _passive_conjunct(verb) and verb.head.dep_ == "conj" and verb.head.tag_ == "VBN" and (
            not any(c.dep_ == "nsubjpass" for c in verb.head.children)):
        verb = verb.head
    if verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]


# Verbs whose passive raises the subject of a post held ("Y is believed to be led by X",
# "Y is said to be commanded by X"): what is believed, said or known of Y.
_RAISING_PASSIVES = words("believe think say know understand report reckon suspect")


def _raised_subject(verb: Token) -> list[Token]:
    """The subject a passive post lends its verb from the raising verb above it: "Y is
    believed to be led by X", "Y, which is said to be commanded by X" (X leads Y); not
    "is expected to be led by X" (a post to come). A name, a relative pronoun or a
    noun its article names ("the group is believed to be led by X": the body "the
    group" is, as it is when the post is told plainly); not "it", whose body the belief
    does not name."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_ not in _RAISING_PASSIVES or not any(
            c.dep_ == "auxpass" for c in head.children):
        return []
    return [c for c in head.children if c.dep_ == "nsubjpass"
            and (c.pos_ in ("PROPN", "NOUN") or c.tag_ in ("WDT", "WP"))]


# Kinds of region named after "of" besides PLACE_NOUNS: "based in the department of Y"
_HOME_REGIONS = words("department state oblast prefecture")


def _apposed_body(verb: Token, ctx: Context) -> list[str]:
    """"X, a Hema militia based in Y": the participle's noun is set off after X, so X is
    the one based there, not the people named before the noun."""
    noun = verb.head
    first = noun.left_edge.i
    if verb.dep_ != "acl" or noun.pos_ != "NOUN" or noun.doc[first].lower_ not in (
            "a", "an") or first < 2 or noun.doc[first - 1].text != ",":
        return []
    # (the parser may hang the noun on a verb instead: the name before the comma, and
    # before its acronym, is the one set off)
    key = ctx.m.token_actor.get(before_acronym(first - 2, noun.sent))
    return [key] if key is not None else []


@rule
def _where(verb: Token, preps: frozenset[str], passive: bool, ctx: Context) -> list[Candidate]:
    """"X was born in Y", "X is based in Y", "X lives in Y, Z", "X is from Y"."""
    if passive:
        own = [c for c in verb.children if c.dep_ == "nsubjpass"]
        srcs = actors_of_tokens(own, ctx)
        if not srcs and not (own and verb.dep_ == "conj"):
            # (not "A is strong in X, and the B Front is based in Y": a joined clause with
            # a subject of its own, even one not read as an actor, is not A's)
            srcs = subjects(verb, ctx)
    else:
        srcs = _apposed_body(verb, ctx) or subjects(verb, ctx)
    objs = pobjs(verb, preps)
    # "based across the border in Y": the place past the border
    objs += [p for b in pobjs(verb, {"across"}) if b.lemma_ in ("border", "frontier")
             for p in pobjs(b, preps)]
    for prt in (c for c in verb.children if c.dep_ == "prt"):
        objs += pobjs(prt, preps)
    # "based in the southern municipality of Y": the place the kind of place names
    objs += [p for o in objs if o.lemma_ in PLACE_NOUNS or o.lemma_ in _HOME_REGIONS
             for p in pobjs(o, {"of"})]  # (also "the department (state) of Y")
    srcs = [s for s in srcs if ctx.m.type_of(s) is not ActorType.STATE]
    tgts = [t for t in named_places(objs, ctx)
            if ctx.m.type_of(t) in (ActorType.LOCATION, ActorType.STATE, ActorType.FACILITY)]
    return [candidate(s, R.LOCATED_IN, t, verb, ctx, 0.7) for s in srcs for t in tgts]
