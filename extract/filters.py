"""Filters every pattern candidate passes through: what the clause does to its verb.

"urged Y to attack Z" is asked of another (dropped); "tried to kill X" is an attack, not
a killing; "threatened to attack X", "would attack X if ..." are threats, not attacks; "vowed
(promised) not to topple X" is no threat;
"the corner where X, Y and Z meet" tells lands that touch, no meeting.
Negation and reported speech are read by `resolve.candidate` for every candidate.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from actorgraph.domain import RelationType

from .lexicon import SPEECH_VERBS, TO_COME, words
from .resolve import Candidate, asking_lead_in, pobjs
from .textprep import sentence_of

R = RelationType
_ATTEMPTS = words("try attempt plot intend plan seek conspire")
# An attack only planned is none yet: "had planned to strike X" (a killing plotted is an
# attempt on X's life, read above as an attack)
_PLANS = words("plan intend prepare")
_THREATS = words("threaten vow warn pledge promise swear")
# Verbs of a vow whose act is the vower's own: "vowed not to attack Y" is no threat
_VOWS = words("vow pledge promise swear")
_CONDITIONS = words("if unless")
# A condition on a stated future act; "until" only there: "held out until X attacked" is told
_FUTURE_CONDITIONS = _CONDITIONS | words("until")
_MODALS = words("would will could might")
_WILL = words("would will")
_UNTIL = words("until till")
# Verbs that only say an act goes on or starts: "threatened to keep attacking X"
_ASPECTS = words("keep continue resume start begin step")
# Ties of working together: only held when told without terms.
_TOGETHER = frozenset({R.COOPERATES_WITH, R.ALLIED_WITH, R.BACKS})
# Ties a side may offer on terms: "would work with X if ...", "would swear allegiance to X
# if paid"
_ON_TERMS = _TOGETHER | {R.PART_OF, R.MEMBER_OF}
_HARM = frozenset({R.TARGETS, R.KILLED})
_TERRITORY = frozenset({R.CONTROLS, R.WITHDRAWS_FROM})
# Acts that an aim, a doubt or a hope leaves undone: "plans to retake X", "hopes to meet Y",
# "plans to form the X" (a post or a body only aimed at)
UNDONE = _TERRITORY | {R.MEETS_WITH, R.SANCTIONS, R.LEADS}
# Verbs that hold an act back as an aim: "prepared to seize X", "refused to leave X"
_AIMS = _ATTEMPTS | _THREATS | words("prepare aim hope want fail refuse")
# Words that set an act down for later: "is expected (scheduled, due) to meet X"
_SET_FOR_LATER = words("expect schedule slate due")
_MAYBE = words("could might may")
# Auxiliaries of what a side ought to do: "X and Y should hold joint patrols" (a call)
_OUGHT = words("should must ought")
# Nouns of an aim: "plans to retake X", "a bid to seize X", "an offensive to recapture X"
_AIM_NOUNS = words("plan attempt bid effort offensive push drive campaign operation order "
                   "call demand threat")
# Verbs over a clause only hoped for: "diplomats hope X will retake Y (sign a truce)"
_HOPES = words("hope expect want wish")
# Verbs over a clause only asked for: "demanded that Kenya withdraw its troops from X"
_DEMANDS = words("demand insist ask urge require propose suggest")


_ASK_VERBS = words("urge ask call press encourage tell invite implore demand request")
# Nouns of an ask put on another: "its call (appeal) on Y to withdraw"
_ASK_NOUNS = words("call appeal demand request plea")
# Verbs that caution against an act: "warned Y against attacking Z" (nobody attacks)
_CAUTION_VERBS = words("warn caution advise counsel")
# Nouns of a stated threat whose clause tells the act: "its threat to attack X"
THREAT_WORDS = words("threat threats vow vows pledge pledges warning warnings ultimatum")
# Verbs by which a threat is taken back: "withdrew (dropped) its threat to attack X"
_RETRACT_VERBS = words("withdraw retract drop rescind abandon revoke lift")


def cautioned_against(verb: Token) -> bool:
    """"X warned (cautioned) Y against attacking Z": an act advised against, done by
    nobody (the warner least of all)."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "against" and (
        verb.head.head.lemma_ in _CAUTION_VERBS)


def retracted(noun: Token) -> bool:
    """"X withdrew its threat (against Y, to attack Y)": a threat taken back."""
    return noun.dep_ == "dobj" and noun.head.lemma_ in _RETRACT_VERBS


def asked_of_another(verb: Token) -> bool:
    """"X urged (called on, called for) Y to attack Z": an act asked of Y, done by nobody
    yet."""
    if _given_time(verb):
        return True
    node = verb
    while node.dep_ in ("xcomp", "conj", "advcl") and node.head.i != node.i:
        below, node = node, node.head
        if below.dep_ == "conj" and not _infinitive(below):
            continue  # "X urged calm and criticised Y": the second verb is X's own act
        if below.dep_ == "advcl" and any(c.dep_ == "dobj" and c.lemma_ in _ASK_NOUNS
                                         and pobjs(c, {"on"}) for c in node.children):
            return True  # "X renewed its call on Y to withdraw from Z": asked of Y
        if node.lemma_ in _ASK_VERBS and node.pos_ == "VERB":
            # (or "called for Y to attack Z": Y the subject of the clause under "for"; or
            # "X and Y are urged to support Z": asked of the passive's subject, not done)
            return any(c.dep_ in ("dobj", "nsubjpass") for c in node.children) or bool(
                pobjs(node, {"on"})) or _for_another(below)
    # "X calls on:\n- Y to withdraw from Z": an item of a list of those asked
    return node.dep_ == "ROOT" and asking_lead_in(node) is not None


def _infinitive(verb: Token) -> bool:
    """A verb under "to" ("urged Y to halt and to leave Z"), or bare beside an ask's own
    clause: a coordinated verb with no tense of its own (tag VB)."""
    return verb.tag_ == "VB" or any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


# Verbs of a deadline set for another: "gave Y 48 hours (until Friday) to leave Z"
_DEADLINE_VERBS = words("give grant")
_SPANS_OF_TIME = words("hour hours day days week weeks deadline")


def _given_time(clause: Token) -> bool:
    """"X gave Y 48 hours (until Friday) to leave Z": the act is asked of Y, the one given
    the time, not done by X."""
    giver = clause.head
    if clause.dep_ != "advcl" or giver.lemma_ not in _DEADLINE_VERBS:
        return False
    kids = list(giver.children)
    return any(c.dep_ == "dative" for c in kids) or any(
        c.dep_ in ("npadvmod", "dobj") and c.lower_ in _SPANS_OF_TIME for c in kids) or bool(
        pobjs(giver, {"until"}))


def _for_another(clause: Token) -> bool:
    """"(called) for Y to withdraw": a clause under "for" with a subject of its own."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) and any(
        c.dep_ == "nsubj" for c in clause.children)


_WANT_VERBS = words("call urge demand seek want plan prepare await expect hope ask press")


def wanted(noun: Token) -> bool:
    """Called for or fought for, not (yet) done: "calls for the liberation of X", "the
    battle for the liberation of X", "urged the recapture of X"."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "toward", "towards"):
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_ in _WANT_VERBS


def _condition(clause: Token) -> bool:
    """An adverbial clause that sets a condition: "if", "unless", "until", "as long as"."""
    if clause.dep_ == "advmod" and clause.lower_ == "long":
        # "as long as X kept ...": the clause hangs on "long"
        return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as"
                                             for m in c.children) for c in clause.children)
    if clause.dep_ != "advcl":
        return False
    if any(m.dep_ == "mark" and m.lower_ in _FUTURE_CONDITIONS for m in clause.children):
        return True
    opening = [t.lower_ for t in list(clause.subtree)[:3]]
    return opening == ["as", "long", "as"]


def _conditional(verb: Token) -> bool:
    """"would attack X if Y stayed", "would continue its raids as long as ...", "would
    keep attacking X until ...": a modal verb with a condition attached."""
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head.lemma_ in _ASPECTS:
        chain.append(chain[-1].head)
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in chain[-1].children)
    return modal and any(_condition(c) for node in chain for c in node.children)


# What a speaker's own side waits on before it acts: an order, leave, the means
_LEAVE_VERBS = words(
    "order approve authorize authorise permit allow sanction mandate instruct command ask "
    "request decide choose")
_MEANS_VERBS = words("have get receive obtain need")
_OWN_SIDE = words("we i they")


def on_own_terms(verb: Token) -> bool:
    """"troops would pursue X if the president ordered it (only if they had the
    helicopters)": a threat the speaker's own side holds back on its own leave or means,
    not on anything the other does."""
    for c in verb.children:
        if c.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in _CONDITIONS
                                        for m in c.children):
            continue
        bare = c.tag_ == "VBN" and not any(s.dep_.startswith("nsubj") for s in c.children)
        if c.lemma_ in _LEAVE_VERBS and (bare or not any(  # ("if ordered to")
                s.dep_ in ("xcomp", "ccomp") or (s.dep_ == "dobj" and s.pos_ == "PROPN")
                for s in c.children)):
            return True  # (not "if Kabul let its fighters cross": leave to the other side)
        if c.lemma_ in _MEANS_VERBS and any(s.dep_ == "nsubj" and s.lower_ in _OWN_SIDE
                                            for s in c.children):
            return True
    return False


def threatened(verb: Token) -> bool:
    """"threatened to attack X", "warned that it would attack X"."""
    node = verb
    while node.head.i != node.i and (
            node.dep_ == "conj" or (node.dep_ == "xcomp" and node.head.lemma_ in _ASPECTS)
            or (node.dep_ == "advcl" and node.tag_ == "VBG" and node.head.pos_ == "VERB")):
        # "to attack and destroy X", "to keep attacking X", "to attack X, killing Y"
        node = node.head
    if node.dep_ == "xcomp" and node.head.lemma_ in _THREATS:
        return True
    if node.dep_ in ("acl", "relcl") and node.head.lower_ in THREAT_WORDS:
        return True  # "its threat to attack X", "a vow to crush X"
    if node.dep_ != "ccomp":
        return False
    modals = {c.lower_ for c in node.children if c.dep_ == "aux"}
    # "X said it would attack Y": a harm announced for later is a threat, not an event
    if node.head.lemma_ in _THREATS:
        return bool(modals & _MODALS)
    return bool(modals & _WILL) and node.head.lemma_ in SPEECH_VERBS


def vowed_not_to(verb: Token) -> bool:
    """"X vowed (promised, pledged) not to (never to) attack Y": the act vowed is itself
    denied, a pledge of restraint; not "warned Y not to" (an act asked of Y, a threat to
    it), nor "vowed it would not hesitate to strike" (no such act denied)."""
    if verb.lemma_ not in _VOWS:
        return False
    return any(c.dep_ == "xcomp" and any(n.dep_ == "neg" or n.lower_ == "never"
                                         for n in c.children)
               for c in verb.children)


def question(sent: Span) -> bool:
    """"Is X still an ally of Y?": a question asserts nothing (its last word, past any
    closing quote, is "?")."""
    last = next((t for t in reversed(sent) if not (t.is_quote or t.is_space)), None)
    return last is not None and last.text == "?"


def _supposed(verb: Token) -> bool:
    """"(would strike X) if Israel attacked Beirut": a condition, not an event."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children)


# Verbs that hold an act back, as an aim or set down for later
_HELD_BACK = _AIMS | _SET_FOR_LATER
# The model lemmatises "hopes" as "hop": the forms of an aim verb it gets wrong
_AIM_FORMS = words("hopes")


def _aim(verb: Token) -> bool:
    """A verb that holds the act under it back as an aim or a plan: "hopes to meet X",
    "is due to meet X"."""
    return verb.lemma_ in _HELD_BACK or verb.lower_ in _AIM_FORMS


# Verbs of sending or moving forces whose "to" clause is the purpose, not a deed done
_SENT = words("send deploy dispatch move march advance push rush mobilise mobilize head")


def unrealised(verb: Token) -> bool:
    """Ground not (yet) taken or left: "tried to seize X", "threatened to pull out of X",
    "plans to retake X", "whether it could hold X", "called for the withdrawal of X from Y"."""
    if (verb.dep_ == "xcomp" and _aim(verb.head)) or (
            verb.dep_ in ("acl", "advcl") and verb.head.pos_ == "NOUN"
            and verb.head.lemma_ in _AIM_NOUNS):
        return True
    if any((c.dep_ == "mark" and c.lower_ == "whether") or (
            c.dep_ == "aux" and (c.lower_ in TO_COME or c.lower_ in _OUGHT))
            for c in verb.children):
        # ("X must withdraw from Y", "X ought to meet Y": a call, not a deed)
        return True
    if (verb.dep_ == "advcl" or (verb.dep_ == "xcomp" and verb.head.lemma_ in _SENT)) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True  # a purpose: "troops were sent to secure X", "moved in to retake X"
    if _supposed(verb) or (verb.dep_ == "ccomp" and verb.head.lemma_ in _HOPES | _DEMANDS):
        return True  # "if X retakes Y", "hope X will retake Y", "demanded that X leave Y"
    return wanted(verb) or _time_to_come(verb)


# "once (when) X holds Y, the port will close": a time still to come
_TIME_MARKS = words("once when")


def _time_to_come(verb: Token) -> bool:
    return verb.dep_ == "advcl" and verb.tag_ in ("VBZ", "VBP") and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in TO_COME for c in verb.head.children)


# "once held X", "had previously controlled X": a holding told as over
_FORMERLY = words("once formerly previously")


def held_until(verb: Token) -> bool:
    """Ground held only up to a time now past: "had controlled X until 2020", "held X until
    the army returned", "the group, which once held X"; the holding is over, so it tells
    nobody who holds X."""
    return any((c.dep_ == "prep" and c.lower_ in _UNTIL) or (
        c.dep_ == "advmod" and c.lower_ in _FORMERLY and verb.tag_ in ("VBD", "VBN")) or (
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _UNTIL for m in c.children))
        for c in verb.children)


def _would(verb: Token) -> bool:
    """"(said X) would seize Y", "would take control of Y if ...": ground not taken. (A
    withdrawal announced so is told as one: "France said it would pull out of Mali".)"""
    return any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)


def undone(rel: RelationType, verb: Token) -> bool:
    """An act of `rel` the clause around `verb` leaves undone: ground, a meeting or a
    sanction only aimed at ("plans to retake X"), ground held no longer ("until 2020")
    or not yet ("would seize X"), a unit to be put under another later ("will be placed
    under the ministry"), or a tie offered on terms ("would only work with X if ...",
    "would pledge allegiance to X if paid")."""
    return (rel in UNDONE and unrealised(verb)) or (rel is R.CONTROLS and (
        held_until(verb) or _would(verb))) or (rel is R.PART_OF and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in TO_COME for c in verb.children)) or (
        rel in _ON_TERMS and _conditional(verb))


def truce_to_come(verb: Token) -> bool:
    """A truce hoped for or announced for later is not (yet) agreed: "hope X and Y will
    sign a truce", "X and Y could agree a ceasefire"; a past one is told."""
    if any(c.dep_ == "aux" and c.lower_ in TO_COME for c in verb.children):
        return True
    return verb.dep_ == "ccomp" and verb.head.lemma_ in _HOPES


def asked(verb: Token) -> bool:
    """"Did X attack Y?", "Had X struck Y, ...": an auxiliary before the subject opens a
    question or a supposition, neither of which tells that it happened."""
    first = verb.left_edge
    return first.dep_ == "aux" and first.head.i == verb.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i for c in verb.children)


def demand_to_come(rel: RelationType, verb: Token) -> bool:
    """A demand only possible, still to come, aimed at or supposed is not made: "X may
    (will, would) call on Y to ...", "X plans (hopes) to urge Y to ...", "if X calls on
    Y to ..."."""
    # ("he would send troops and ask Y to ...": a verb joined to another with no subject
    # of its own shares its auxiliary)
    shared = [verb.head] if verb.dep_ == "conj" and not any(
        c.dep_ in ("nsubj", "aux") for c in verb.children) else []
    return rel is R.DEMANDS and (_supposed(verb) or (
        verb.dep_ == "xcomp" and _aim(verb.head)) or any(
        c.dep_ == "aux" and (c.lower_ in TO_COME or c.lower_ in _WILL)
        for v in (verb, *shared) for c in v.children))


def _called_to_act(rel: RelationType, verb: Token) -> bool:
    """"called on government forces to stop the shelling": troops asked to act, not
    relied on ("called on Russian mercenaries" alone is leaning on them)."""
    return rel is R.BACKS and verb.lemma_ == "call" and any(
        c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children)


# Words that offer an act: "stands ready (is willing) to support Y", "offered to help Y"
_OFFERING = words("ready willing prepared available offer")


def offered(rel: RelationType, verb: Token) -> bool:
    """Help or work together under a word that offers it: "stands ready to support Y"."""
    head = verb.head
    return rel in _TOGETHER and verb.dep_ == "xcomp" and head.i != verb.i and (
        head.lemma_ in _OFFERING or any(c.dep_ in ("acomp", "oprd") and c.lower_ in _OFFERING
                                        for c in head.children))


# What lands and waters meet at: "the point where the Tana and Ruvu borders meet"
_BOUNDS = words("border borders frontier frontiers boundary boundaries river rivers line lines")


def lands_meet(verb: Token) -> bool:
    """"the corner where Kenya, Uganda and Sudan meet", "where the two borders meet": the
    place where lands touch, said in the present with no one met, is no meeting (not
    "the town where Kenya and Uganda met in 2019", nor "where officials of X and Y meet")."""
    if verb.lemma_ != "meet" or verb.tag_ in ("VBD", "VBN") or not any(
            c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return False
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children):
        return False
    subjects = [t for c in verb.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
    return bool(subjects) and all(t.pos_ == "PROPN" or t.lower_ in _BOUNDS for t in subjects)


def by_mood(c: Candidate, verb: Token) -> Candidate | None:
    """The candidate as the clause around its verb leaves it, or None when nobody acts."""
    if c.type is R.MEETS_WITH and lands_meet(verb):
        return None
    if asked_of_another(verb) or _supposed(verb) or question(sentence_of(verb)) or asked(verb):
        return None
    if cautioned_against(verb):
        return None
    if undone(c.type, verb) or demand_to_come(c.type, verb) or _called_to_act(c.type, verb):
        return None
    if c.type is R.CEASEFIRE_WITH and truce_to_come(verb):
        return None
    if c.type in _HARM | {R.THREATENS} and on_own_terms(verb):
        return None
    if c.type is R.THREATENS and retracted(verb):
        return None  # "X withdrew its threats against Y" (read on the noun): taken back
    if c.type is R.THREATENS and vowed_not_to(verb):
        return None  # "X promised not to topple Y": a pledge of restraint, no threat
    if c.type in _TERRITORY and threatened(verb):
        return None  # "said its troops would drive X out of Y": ground not yet taken
    if c.type in _TOGETHER and any(a.dep_ == "aux" and a.lower_ in _MAYBE | _OUGHT
                                   for a in verb.children):
        return None  # "X and Y could (should) hold joint patrols": not (yet) working together
    if offered(c.type, verb):
        return None  # "X stands ready to support Y": help offered, not (yet) given
    if c.type not in _HARM:
        return c
    if c.type is R.TARGETS and verb.dep_ == "xcomp" and verb.head.lemma_ in _PLANS:
        return None
    if _conditional(verb) or threatened(verb):
        if verb.dep_ in ("acl", "relcl") and retracted(verb.head):
            return None  # "withdrew its threat to attack X"
        return replace(c, type=R.THREATENS, cameo="138")  # 138: threaten with military force
    if any(a.dep_ == "aux" and a.lower_ in _MAYBE for a in verb.children):
        return None  # "X and Y could clash", "X might strike Y": spoken of, not done
    if c.type is R.KILLED and verb.dep_ == "xcomp" and verb.head.lemma_ in _ATTEMPTS:
        return replace(c, type=R.TARGETS)
    return c
