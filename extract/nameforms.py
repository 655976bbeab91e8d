"""Names the small model cuts for their form, read whole: group names in Romance
languages, regnal names, and gang names that open with a number word.

Spanish, Portuguese, French and Italian put a body's head word first and join the rest
with short words: "the Ejército del Pueblo Libre", "the Primeiro Comando da Baixada",
"the Front de Libération du Sud", "the Comunità di Santa Rita". The small model reads
such names in pieces, often as a person ("Comando da Baixada") or a place ("Pueblo
Libre"), or not at all, and then nothing said of the group is read. A head word of a
group or a body, capitalised, then capitalised words and the joining words between them,
is one name typed by its head word; an ordinal or "new" may open it ("Primeiro Comando",
"Nuevo Frente"). A place's name with the same joining words ("Rio de Janeiro", "San
Pedro del Norte") opens with no head word and is left alone; so is a name the gazetteer
knows. Such a place's name opens with a word that names a settlement or a saint ("San",
"Villa", "Puerto", "São") and is one place over its joining words, where the model ends
it before them or reads it as a group or a person.

A band named by a plural nickname, "the Volta Basin Avengers", is one armed group even
where its first word is a state's name: the state is no actor there. A body's name goes
on over "of" and a region named with a compass word, "the Kurdistan Freedom Party of
Eastern Arland", which the model ends before "of".

A landform's name goes on over its capitalised head ("the Nineveh Plains") and opens
on the word that places it within a greater one ("the Inner Niger Delta", "the Lower
Chad Basin"), even where the model read that word apart.

A ruler's name ends in a regnal number, "King Letsie III", "Otumfuo Osei Kwame II": the
model often reads none of it, the number looking like a stray capital. After a ruler's
title, capitalised words and a Roman number are one person ("World War II", "Chapter
VII" have no ruler's title).

A ship set off after its noun and named with a number, "the charity's rescue ship, the
Tarn 2", is a facility wherever the article names it so: the model reads the number as a
count and the word before it as whatever it names alone (a body's short form among
them). A refugee settlement named by its place, "the Kora refugee settlement", is a
facility as a refugee camp is.

A gang or a band may be named by a number word and a plural, "the Six Brothers", "the
Twelve Apostles gang": a name where the words are capitalised after "the" and the slot
is a group's (a gang's noun after it, "members of", "known as", the doer of an attack);
"six brothers were killed" counts people.

A Portuguese or Spanish person's or place's name goes on over a lower-case particle
("Ana dos Reis Lima", "Vila Alta do Sul") where the model ended it there, and an
organisation's name run into a state's ("Save the Elders Ghana") is its section in that
state, one name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from .groupnames import (
    HEAD_TYPES,
    PERSONAL_TITLES,
    _armed_names,
    _gang_slot,
    _keeps_reading,
    _overlapping,
    _put_in,
    head_type,
)
from .lexicon import NAMING_PARTICIPLES, ONE_PERSON_NOUNS, ORG_WORDS, words
from .namecues import TITLE_WORDS
from .titlednames import OFFICE_WORDS, PORTFOLIO_WORDS, titled_names
from .words import doc_words

# Head words that open a name, by the type they give it (English spellings that are
# also English words, "Front", "Union", "Alliance", need a joining word after them).
_ARMED = words(
    "ejército exército exercito ejercito armée armee esercito frente fuerzas forças forcas "
    "comando comandos commando brigada brigadas brigate milicia milícia milicias milice "
    "autodefensas guardia guarda garde columna batallón batalhão bataillon cártel cartel "
    "família familia clan legión legião légion front forces brigade"
)
# Plural nouns of fighters that open a band's name before a joining word ("Guardiões do
# Estado", "Guerreros del Sur"): read only with the joining word right after them
_FIGHTER_HEADS = words(
    "guardiões guardioes guardianes gardiens guardiani guerreros guerreiros combatientes "
    "combatentes combattants"
)
_ORGANIZATION = words(
    "asociación associação associazione association movimiento movimento mouvement partido "
    "parti partito unión união unione union coordinadora confederación confederação "
    "confédération confederazione federación federação fédération federazione comunità "
    "comunidad comunidade communauté colectivo coletivo collectif alianza aliança alliance "
    "sindicato syndicat rassemblement congreso congresso congrès organización organização "
    "organizzazione liga ligue lega fundación fundação fondation fondazione comité comitê "
    "comitato coalición coligação coalizione"
)
_GOVERNMENT = words("ministerio ministério ministère ministero")
# Firms' head words: "Compañía Minera X", "Transportes y Combustibles del Y"
_FIRMS = words("compañía companhia compagnie compagnia empresa transportes transportadora "
               "comercializadora inversiones constructora")
# Prisons' head words: "the Penitenciaría del Litoral", "the Cárcel de Villahermosa"
_PRISONS = words("penitenciaría penitenciária penitenciario cárcel prisión presídio")
_HEADS = {
    **dict.fromkeys(_FIRMS, "ORGANIZATION"),
    **dict.fromkeys(_PRISONS, "FACILITY"),
    **dict.fromkeys(_ORGANIZATION, "ORGANIZATION"),
    **dict.fromkeys(_GOVERNMENT, "GOVERNMENT_BODY"),
    **dict.fromkeys(_ARMED, "ARMED_GROUP"),
    **dict.fromkeys(_FIGHTER_HEADS, "ARMED_GROUP"),
}
# Head words that are English words too: a Romance name only with a joining word after
_ALSO_ENGLISH = words("front forces brigade union alliance association cartel clan")
# Words that may open a name before its head word
_OPENERS = words(
    "primer primera primeiro primeira premier première primo prima segundo segunda "
    "nuevo nueva novo nova nouveau nouvelle nuovo nuova gran grande"
)
# Joining words inside a name
_JOINERS = words(
    "de del da do das dos du des di della delle dei degli la le los las y e et por para "
    "pour per l' d' en em au aux"
)
_MAX_NAME = 12  # tokens
_CUE = re.compile(r"\b(?:" + "|".join(sorted(w.title() for w in _HEADS)) + r")\b")
_NOT_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})


def name_forms(ents: list[Span], sent: Span, text: str,
               state_named: Callable[[str], str | None] | None = None) -> list[Span]:
    """The sentence's entities with each name of these forms read whole (`state_named`,
    where given, says which words name a state: "Ugandan", "Uganda")."""
    ents = titled_names(ents, sent, text)
    ents = romance_names(ents, sent, text)
    ents = staff_names(ents, sent, text)
    ents = general_staff_of(ents, sent, text)
    ents = joiner_ended(ents)
    ents = particle_joined(ents)
    ents = chapter_names(ents)
    ents = and_joined(ents)
    ents = portfolio_and(ents)
    ents = romance_places(ents, sent)
    ents = place_landforms(ents)
    ents = vessel_names(ents, sent)
    ents = numbered_vessels(ents, sent)
    ents = route_names(ents, sent, text)
    ents = numbered_names(ents, sent)
    ents = band_names(ents, sent, text)
    ents = region_of_names(ents, sent)
    ents = regnal_names(ents, sent, text)
    ents = nicknamed_persons(ents, sent, text)
    ents = facility_names(ents, sent, text, state_named)
    ents = touching_names(ents)
    return number_word_names(ents, sent, text)


_PIECE_LABELS = frozenset({"PERSON", "ORG"})
_MAX_JOINED = 6  # words, hyphens aside


def touching_names(ents: list[Span]) -> list[Span]:
    """"[Alix Didier] [Fils-Aimé]", "[Aldo Dupie] [Ochoa Mejía]", "[the Kogi State
    Community] [Volunteer Guards]": two pieces the model read as a person's or a body's
    that touch (or have one capitalised word between them, "[Jean-Baptiste] Didier
    [Belle-Aimé]"), the first's last words modifying a word of the second, are one name: a
    body's when it ends in a body's head word, else a person's when either piece is one
    and no word is a title or a body's. A name the gazetteer knows stays as it is."""
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        joined = None if nxt is None else _joined(ent, nxt)
        if joined is None:
            out.append(ent)
            i += 1
            continue
        out.append(joined)
        i += 2
    return out


def _joined(first: Span, second: Span) -> Span | None:
    doc = first.doc
    gap = doc[first.end : second.start]
    if len(gap) > 1 or any(not (t.is_title and t.is_alpha) or t.ent_type_ for t in gap) or (
            first.ent_id_ or second.ent_id_) or (
            first.label_ not in _PIECE_LABELS or second.label_ not in _PIECE_LABELS) or (
            sum(t.text != "-" for t in first.doc[first.start : second.end]) > _MAX_JOINED):
        return None
    if any(t.dep_ != "compound" or not second.start <= t.head.i < second.end
           or not t.whitespace_ for t in doc[first.end - 1 : second.start]):
        return None
    start = first.start + (doc[first.start].lower_ == "the")
    span = doc[start : second.end]
    if not all(t.is_title or t.text in ("-", "'") for t in span):
        return None
    kind = head_type(span) if span[-1].lower_ in HEAD_TYPES else None
    if kind is not None:
        return Span(doc, start, second.end, label=kind, span_id=span.text)
    the = doc[first.start].lower_ == "the" or (
        first.start > 0 and doc[first.start - 1].lower_ == "the")
    if the and first.label_ != "PERSON" and second.label_ == "PERSON" and len(second) > 1:
        return None  # a whole name after "the" body or place ("the [Pacific Fleet] [Omar Kaya]")
    if "PERSON" in (first.label_, second.label_) and not any(
            t.lower_ in TITLE_WORDS or t.lower_ in HEAD_TYPES or t.lower_ in ORG_WORDS
            or t.lower_ in OFFICE_WORDS for t in span):  # ("[Kaduna State] [Musa Danladi]")
        return Span(doc, start, second.end, label="PERSON")
    return None


# Lower-case nouns of a place built for one use, which a name may stand straight before
# ("the Tamsi market", "the Kanta mosque"), and the nouns that may come between them
# ("the Sorai refugee camp", "the Lutembe police station").
FACILITY_NOUNS = words(
    "market mosque church cathedral temple shrine hospital clinic school college camp "
    "prison jail station airport airstrip airfield barracks refinery dam bridge "
    "checkpoint stadium hotel mine port oilfield gasfield field settlement")
_FACILITY_KINDS = words(
    "refugee displacement displaced idp police cattle livestock grain fish military army "
    "detention transit border bus gold copper diamond coal oil gas gendarmerie")
_FACILITY_NAME = re.compile(
    r"\b[Tt]he ((?:[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]* ){1,3}(?:(?:"
    + "|".join(sorted(_FACILITY_KINDS)) + r") )?(?:" + "|".join(sorted(FACILITY_NOUNS))
    + r"))\b")
_TASK_FORCE_NAME = re.compile(
    r"\b[Tt]he ((?:[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]* ){1,3}task force)\b")
# Nouns that name a facility with a name only after a kind ("the Sorai refugee camp",
# "the Tarkova oil field": "the Tarkova field" may be a farmer's or a battle's)
_KIND_NEEDED = words("camp field settlement")  # ("the Kora refugee settlement")
# (not "NORP": "the Ugandan army camp" is the Ugandan army's)
_FACILITY_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
# Capitalised words that qualify a facility without naming it ("the President's
# hospital", "the Old market")
_NOT_FACILITY_WORDS = TITLE_WORDS | words("new old main central grand")


def facility_names(ents: list[Span], sent: Span, text: str,
                   state_named: Callable[[str], str | None] | None = None) -> list[Span]:
    """"the Tamsi market", "the Sorai refugee camp": capitalised words after "the", run
    straight into a facility's lower-case noun, name that facility, whatever the model
    read in the words (often a person); so do they a task force's ("the Kora Lima task
    force"). Not where the words are a name the gazetteer knows or a state's ("the
    Ugandan army camp" is the Ugandan army's), a body named by its head word ("the Tanaka
    Front camp" is the Front's), or part of a longer name."""
    if "task force" in text:
        ents = _named_by_noun(ents, sent, _TASK_FORCE_NAME.finditer(text), "ARMED_GROUP",
                              state_named)
    if not any(noun in text for noun in FACILITY_NOUNS):
        return ents  # (most sentences: no Token looked at)
    return _named_by_noun(ents, sent, _FACILITY_NAME.finditer(text), "FAC", state_named)


def _named_by_noun(ents: list[Span], sent: Span, found: Iterator[re.Match[str]], label: str,
                   state_named: Callable[[str], str | None] | None) -> list[Span]:
    out = ents
    doc = sent.doc
    for match in found:
        span = sent.char_span(match.start(1), match.end(1))
        if span is None or doc[span.end - 1].tag_ != "NN":
            continue  # (a noun: "the Kanta police station", not a verb the words run into)
        kind = doc[span.end - 2].lower_ in _FACILITY_KINDS and label == "FAC"
        if not kind and doc[span.end - 1].lower_ in _KIND_NEEDED:
            continue  # "the Zamzam camp": the place's or the group's camp, named by either
        words_end = span.end - (2 if label != "FAC" else 1 + kind)
        named = doc[span.start : words_end]
        if not len(named) or head_type(named) is not None or any(
                not t.is_title or t.is_stop or t.lower_ in _NOT_FACILITY_WORDS for t in named
        ) or (state_named is not None and any(state_named(t.text) for t in named)):
            continue
        inside = _overlapping(out, span.start, span.end)
        if any(_keeps_reading(e, span.start, span.end) or e.label_ not in
               _FACILITY_NAME_LABELS for e in inside):
            continue
        out = _put_in(out, inside, Span(doc, span.start, span.end, label=label,
                                        span_id=span.text))
    return out


def romance_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """The sentence's entities with each Romance group name made one entity over the
    pieces the model read in it."""
    lower = doc_words(sent.doc).lower
    # (the loop below reads only a head word: a sentence with none, as decoded, is left
    # as it is before the pattern is run over its text)
    if _HEADS.keys().isdisjoint(lower[sent.start : sent.end]) or not _CUE.search(text):
        return ents  # (most sentences: no head word, no Token looked at)
    out = ents
    for i in range(sent.start, sent.end):
        if lower[i] not in _HEADS:
            continue  # (the decoded word first: a Token only for a head word)
        tok = sent.doc[i]
        if not tok.is_title:
            continue
        end = _name_end(tok)
        if end is None:
            continue
        start = tok.i
        before = tok.nbor(-1) if tok.i > sent.start else None
        if before is not None and before.is_title and before.lower_ in _OPENERS:
            start -= 1
        doc = sent.doc
        lead = start - 1 if start > sent.start and doc[start - 1].lower_ == "the" else start
        inside = _overlapping(out, lead, end)
        if any(_keeps_reading(e, lead, end) and not _named_after_joiner(e, start, end)
               and not _runs_into_bracket(e, start, end) for e in inside):
            continue  # (a known name, or a longer one read already; the model's "the" aside)
        name = Span(doc, start, end, label=_HEADS[tok.lower_], span_id=doc[start:end].text)
        out = _put_in(out, inside, name)
    return out


# "Estado Mayor", "Estado Maior": a general staff, the command of an army or of a
# guerrilla's fronts, its two words opening the name ("the Estado Mayor Central")
_STAFF_NAME = re.compile(r"\bEstado Ma(?:y|i)or\b")


def staff_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"the Estado Mayor Central", "the Estado Mayor de Bloques y Frente": a general
    staff's name, its words after "Estado Mayor" run on as in any Romance name, is one
    armed group (the model reads "Central" as a person, or the name in pieces)."""
    if "Estado Ma" not in text or _STAFF_NAME.search(text) is None:
        return ents  # (most sentences: a substring test, no pattern run)
    out = ents
    doc = sent.doc
    for i in range(sent.start + 1, sent.end):
        tok = doc[i]
        if tok.lower_ not in ("mayor", "maior") or not tok.is_title or (
                doc[i - 1].text != "Estado"):
            continue
        end = _name_end(tok)
        if end is None:
            continue
        start = i - 1
        inside = _overlapping(out, start, end)
        if any(_keeps_reading(e, start, end) for e in inside):
            continue  # (a name the gazetteer knows, or a longer one read already)
        name = Span(doc, start, end, label="ARMED_GROUP", span_id=doc[start:end].text)
        out = _put_in(out, inside, name)
    return out


# "the General Staff of the X": the command of an army named after it
_GENERAL_STAFF_OF = re.compile(r"\bGeneral Staff of\b")
# What the body whose staff it is may have been read as ("the Korvan Armed Forces",
# "the Zarian People's Army", "the Armed Forces of Velmora")
_STAFF_OWNER_LABELS = frozenset({"ORG", "ARMED_GROUP", "NORP", "GPE", "STATE"})


def general_staff_of(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"the General Staff of the Korvan Armed Forces": a general staff and the army it
    commands, named straight after "of", are one armed group, not a person called
    "Staff" beside the army. Not where no name follows ("the General Staff of three
    armies"), nor a longer name read already."""
    if "General Staff of" not in text:
        return ents  # (most sentences: a substring test, no pattern run)
    out = ents
    doc = sent.doc
    for match in _GENERAL_STAFF_OF.finditer(text):
        head = sent.char_span(match.start(), match.start() + len("General Staff"))
        if head is None:
            continue
        at = head.end + 1  # (the word after "of")
        owner = next((e for e in out if e.start == at or (
            e.start == at + 1 and doc[at].lower_ == "the")), None)
        if owner is None or owner.label_ not in _STAFF_OWNER_LABELS:
            continue
        start, end = head.start, owner.end
        inside = _overlapping(out, start, end)
        if any(e.start < start or e.end > end for e in inside):
            continue  # (a longer name read already)
        name = Span(doc, start, end, label="ARMED_GROUP", span_id=doc[start:end].text)
        out = _put_in(out, inside, name)
    return out


_ENDED_LABELS = frozenset({"ORG", "FAC", "NORP"})
_CLOSING_LABELS = frozenset({"STATE", "GPE", "LOC", "ORG", "PERSON"})


def joiner_ended(ents: list[Span]) -> list[Span]:
    """"[the Carabineros de] [Chile]": a body's name the model ended on a joining word,
    then the name that closes it (a state's, a place's) read apart, are one name: no
    name ends on "de", "du" or "and"."""
    out = ents
    for prev, ent in pairwise(ents):
        if prev.end != ent.start or prev.label_ not in _ENDED_LABELS or (
                ent.label_ not in _CLOSING_LABELS) or len(prev) < 2:
            continue
        last = prev[-1]
        if not (last.is_lower and last.lower_ in _ENDING_JOINERS) or not prev[-2].is_title:
            continue
        out = _body_run_into_state(out, prev, ent)
    return out


def _body_run_into_state(out: list[Span], prev: Span, ent: Span) -> list[Span]:
    """`prev` and `ent` put in `out` as one body's name (a leading "the" left out),
    unless a verb comes before it: there the state's name may open a clause of its own."""
    doc = ent.doc
    start = prev.start + (prev[0].lower_ == "the")
    lead = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
    if lead > 0 and doc[lead - 1].pos_ in ("VERB", "AUX"):
        return out
    return _put_in(out, [prev, ent], Span(doc, start, ent.end, label="ORG",
                                          span_id=doc[start : ent.end].text))


# Particles inside a Portuguese or Spanish person's or place's name ("Lima dos Santos",
# "Vila Alta do Sul"); none of them is an English word but "do"
_NAME_JOINERS = words("da do dos das de del")
# The model's labels of a first piece a particle may go on from (a given name read as a
# body's, "[Tiago] dos [Reis Lamego]", only where the words after it make a person)
_PARTICLE_LABELS = frozenset({"PERSON", "GPE", "LOC", "ORG"})
# Compass words that end a place's name after a particle ("Vila Alta do Sul")
_COMPASS_ENDS = words("norte sul sur nord este leste oeste centro")
_MAX_AFTER_PARTICLE = 4  # capitalised words


def particle_joined(ents: list[Span]) -> list[Span]:
    """"[Ana] dos [Reis Lima]", "[Vila Alta] do [Sul]", "[Barra] do Mar": a person's or a
    place's name the model cut at a lower-case Portuguese or Spanish particle is one name
    over it and the capitalised words after it: a place's when a compass word ends it, a
    person's when two surnames do ("dos Reis Lima"), else typed as the model typed its
    first piece (a given name read as a body's, "[Tiago] dos", only with two surnames);
    not where a piece is a name the gazetteer knows or a body's head word ends it ("Vila
    Alta do Sul Brigade" is the brigade's), nor where a lower-case word is no such
    particle ("Why do Kurds vote": no name before "do")."""
    out = ents
    for ent in ents:
        doc = ent.doc
        if ent.label_ not in _PARTICLE_LABELS or ent.ent_id_ or ent.end + 1 >= len(doc):
            continue
        particle = doc[ent.end]
        if not (particle.is_lower and particle.lower_ in _NAME_JOINERS) or not all(
                t.is_title or t.text in ("-", "'") for t in ent if t.lower_ != "the"):
            continue
        end = particle.i + 1
        while end < len(doc) and end - particle.i <= _MAX_AFTER_PARTICLE and (
                doc[end].is_title and doc[end].is_alpha):
            end += 1
        if end == particle.i + 1 or doc[end - 1].lower_ in HEAD_TYPES or (
                doc[end - 1].lower_ in _HEADS):
            continue
        start = ent.start + (doc[ent.start].lower_ == "the")
        inside = _overlapping(out, start, end)
        if any(e.ent_id_ or e.start < ent.start or e.end > end for e in inside):
            continue  # (a known name after the particle, or a longer name read already)
        kind = _particle_kind(ent, doc[particle.i + 1 : end])
        if kind == "ORG":
            continue
        out = _put_in(out, inside, Span(doc, start, end, label=kind,
                                        span_id=doc[start:end].text))
    return out


def _particle_kind(first: Span, after: Span) -> str:
    """The label of a name joined over a particle, by the words after the particle."""
    if len(after) == 1 and after[0].lower_ in _COMPASS_ENDS:
        return "GPE"
    return "PERSON" if len(after) >= 2 else first.label_


_CHAPTER_OF = frozenset({"ORG", "ORGANIZATION"})


def chapter_names(ents: list[Span]) -> list[Span]:
    """"[Save the Elders] [Ghana] said", "a director of [Oxfam] [Peru]": an organisation's
    name run straight into a state's, the organisation's words modifying the state's, is
    one name, the organisation's section in that state (the model and the dictionaries
    read the two apart, and the section's name is lost); not after a verb, where the
    state's name may open a clause of its own ("told [the Union] [Sudan] must leave")."""
    out = ents
    for prev, ent in pairwise(ents):
        if prev.end != ent.start or prev.label_ not in _CHAPTER_OF or ent.label_ != "STATE":
            continue
        if not all(t.is_title or t.is_upper for t in ent) or not all(
                t.dep_ == "compound" and ent.start <= t.head.i < ent.end for t in prev
                if t.lower_ != "the" and t.head.i >= prev.end):
            continue
        if prev[-1].head.i < ent.start or prev[-1].head.i >= ent.end:
            continue  # (the organisation's last word modifies no word of the state's name)
        out = _body_run_into_state(out, prev, ent)
    return out


def and_joined(ents: list[Span]) -> list[Span]:
    """"[the Regional Commission on Human] and [Peoples' Rights]": a body's name the model
    cut at "and", its last word a modifier of the noun that ends the second piece, the
    second piece the object of a preposition in the first, are one body's name ("the
    Commission on Women and the Red Cross" are two: "Women" is the preposition's own)."""
    out = ents
    for prev, ent in pairwise(ents):
        doc = ent.doc
        if prev.label_ != "ORG" or ent.label_ not in ("ORG", "ORGANIZATION") or (
                ent.start != prev.end + 1) or doc[prev.end].lower_ != "and" or (
                prev.ent_id_ or ent.ent_id_) or len(prev) < 3:
            continue
        last, root = prev[-1], ent.root
        if not last.is_title or not ent[-1].is_title or ent[0].lower_ == "the" or not (
                ent.start <= last.head.i < ent.end) or not (
                root.dep_ == "pobj" and prev.start <= root.head.i < prev.end):
            continue
        start = prev.start + (prev[0].lower_ == "the")
        out = _put_in(out, [prev, ent], Span(doc, start, ent.end, label="ORG",
                                             span_id=doc[start : ent.end].text))
    return out


# Capitalised landform heads a place's name goes on with: "the Nineveh Plains"
_LANDFORMS = words(
    "plain plains valley mountains hills highlands plateau desert basin delta peninsula")
_PLACE_LABELS = frozenset({"GPE", "LOC", "LOCATION"})


def place_landforms(ents: list[Span]) -> list[Span]:
    """"[Nineveh] Plains", "[Swat] Valley": a place's name, then a capitalised landform
    head in no name of its own, is the landform's one name (a place of its own); not
    where a capitalised word goes on after it ("the Nineveh Plain Protection Units")."""
    out = ents
    for n, ent in enumerate(ents):
        doc, end = ent.doc, ent.end
        if ent.label_ not in _PLACE_LABELS or end >= len(doc) or not doc[end].is_title or (
                doc[end].lower_ not in _LANDFORMS) or (
                n + 1 < len(ents) and ents[n + 1].start == end) or (
                end + 1 < len(doc) and doc[end + 1].is_title):
            continue
        start = ent.start + (ent[0].lower_ == "the")
        inside = [ent]
        if start > 0 and doc[start - 1].text in _POSITION_WORDS:
            # "the Inner Niger Delta", "the Upper Benue Basin": the word that places the
            # landform is its name's own (the model may read it alone, "[the Lower]")
            before = ents[n - 1] if n else None
            if not doc[start - 1].ent_type_:
                start -= 1
            elif before is not None and before.end == start and all(
                    t.lower_ == "the" or t.text in _POSITION_WORDS for t in before):
                start, inside = start - 1, [before, ent]
        out = _put_in(out, inside, Span(doc, start, end + 1, label="LOC",
                                        span_id=doc[start : end + 1].text))
    return out


# Capitalised words that place a landform within a greater one ("the Upper Benue Valley").
_POSITION_WORDS = frozenset({"Inner", "Outer", "Upper", "Lower", "Middle", "Central",
                             "Greater"})


# Prefixes of ships' names: navies' and merchant ships' ("the BRP Sierra Madre", "the MV
# Tutor", "the USS Carney", "ESPS Victoria"), written in capitals before the name
_VESSEL_PREFIXES = frozenset({
    "USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "ESPS", "NRP", "BRP", "INS", "PNS", "KRI",
    "RFS", "TCG", "FGS", "HNLMS", "ROKS", "ITS", "MV", "MT", "FV", "SS"})
_VESSEL_PREFIX_FORMS = frozenset(p.lower() for p in _VESSEL_PREFIXES)
_MAX_VESSEL_WORDS = 3


# Lower-case nouns of a ship that its name follows ("the tanker Marlin Star", "the cargo
# ship Orla Bay"), and the word that says under which state's flag it sails ("the
# Panama-flagged Orla Bay")
_VESSEL_NOUNS = words("tanker vessel ship freighter frigate corvette destroyer trawler "
                      "warship carrier dhow yacht -flagged flagged")
# Labels of the model's that no ship's name after its noun bears ("a tanker Iran seized")
_NOT_VESSEL_LABELS = frozenset({"GPE", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL",
                                "MONEY", "QUANTITY", "PERCENT"})


def _vessel_start(tok: Token) -> int | None:
    """Where the ship's name that `tok` opens starts: after a ship's prefix, or at the
    capitalised word after a ship's lower-case noun; None elsewhere."""
    if tok.text in _VESSEL_PREFIXES:
        return tok.i
    if tok.is_lower and tok.lower_ in _VESSEL_NOUNS and tok.i + 1 < len(tok.doc) and (
            tok.nbor(1).is_title or (tok.nbor(1).is_upper and tok.nbor(1).is_alpha)) and (
            tok.nbor(1).text not in _VESSEL_PREFIXES):
        return tok.i + 1
    return None


def vessel_names(ents: list[Span], sent: Span) -> list[Span]:
    """"the BRP Sierra Madre", "ESPS Victoria": a ship's prefix in capitals and one to
    three capitalised words are one ship's name, a facility, whatever the model read in
    it (a person, a place, a body or nothing); so are the capitalised words after a
    ship's noun ("the tanker Marlin Star") or its flag ("the Togo-flagged Marlin Star"),
    not a state's or a date ("a tanker Iran seized"); not where a name the gazetteer
    knows or a longer one covers the words."""
    doc = sent.doc
    # (on the decoded forms: a Token made only of a word that may be a ship's prefix)
    if not any(low in _VESSEL_NOUNS or (low in _VESSEL_PREFIX_FORMS and doc[i].text in (
            _VESSEL_PREFIXES)) for i, low in enumerate(
            doc_words(doc).lower[sent.start : sent.end], sent.start)):
        return ents
    out = ents
    for tok in sent:
        start = _vessel_start(tok)
        if start is None or start + 1 >= sent.end:
            continue
        end = start + 1
        while end < sent.end and end - start <= _MAX_VESSEL_WORDS and doc[end].is_title and (
                doc[end].is_alpha):
            end += 1
        if end == start + 1 and start == tok.i:
            continue
        inside = _overlapping(out, start, end)
        if any(e.ent_id_ or e.start < start - (doc[e.start].lower_ == "the") or e.end > end
               for e in inside) or (start > tok.i and any(
                   e.label_ in _NOT_VESSEL_LABELS or e.start < start for e in inside)):
            continue
        out = _put_in(out, inside, Span(doc, start, end, label="FAC",
                                        span_id=doc[start:end].text))
    return out


def numbered_vessels(ents: list[Span], sent: Span) -> list[Span]:
    """"the charity's ship, the Tarn 2", then "boarded the Tarn 2": a ship's name set off
    after its noun, capitalised words and a number, is a facility wherever the article
    names it so (the model reads the number as a count and the words as whatever their
    own name is, a body's short form among them)."""
    doc = sent.doc
    names = _set_off_vessels(doc)
    if not names:
        return ents
    out = ents
    for tok in sent:
        if tok.lower_ != "the" or tok.i + 2 >= sent.end:
            continue
        end = next((tok.i + 1 + n for n in range(1, _MAX_VESSEL_WORDS + 1)
                    if doc[tok.i + 1 : tok.i + 1 + n].text in names), None)
        if end is None:
            continue
        inside = _overlapping(out, tok.i + 1, end)
        if any(e.ent_id_ or e.start <= tok.i or e.end > end for e in inside):
            continue
        out = _put_in(out, inside, Span(doc, tok.i + 1, end, label="FAC",
                                        span_id=doc[tok.i + 1 : end].text))
    return out


def _set_off_vessels(doc: Doc) -> frozenset[str]:
    """The ships' names of the document set off after a ship's noun and "the" and ending
    in a number ("its ship, the Tarn 2"), read once per document."""
    if (known := doc.user_data.get(_VESSELS_KEY)) is not None:
        return known  # type: ignore[no-any-return]
    names: set[str] = set()
    for tok in doc:
        if not (tok.is_lower and tok.lower_ in _VESSEL_NOUNS) or tok.i + 4 >= len(doc) or (
                doc[tok.i + 1].text != "," or doc[tok.i + 2].lower_ != "the"):
            continue
        end = tok.i + 3
        while end < len(doc) and end - tok.i - 3 < _MAX_VESSEL_WORDS and (
                doc[end].is_title and doc[end].is_alpha):
            end += 1
        if tok.i + 3 < end < len(doc) and doc[end].is_digit and len(doc[end].text) <= 3 and (
                end + 1 == len(doc) or doc[end + 1].is_punct):
            names.add(doc[tok.i + 3 : end + 1].text)
    doc.user_data[_VESSELS_KEY] = frozenset(names)
    return frozenset(names)


_VESSELS_KEY = "actorgraph_numbered_vessels"


# "the Niger-Benin oil pipeline", "the Kirkuk-Ceyhan pipeline": a line's two ends, two
# places joined by a hyphen, then its lower-case noun, name the line (a facility); the
# state named first owns no part of it
_ROUTE_END = r"[A-Z][\w'\u2019]*[a-z](?: [A-Z][\w'\u2019]*[a-z])?"
_ROUTE_NAME = re.compile(
    r"\b[Tt]he (" + _ROUTE_END + "-" + _ROUTE_END
    + r" (?:(?:oil|gas|crude|water) )?(?:pipeline|railway(?: line)?|railroad))\b")


def route_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """Each pipeline or railway named by the places at its two ends ("the Niger-Benin oil
    pipeline") one facility, over the places the model read in it."""
    if "-" not in text or not ("pipeline" in text or "rail" in text):
        return ents
    return _armed_names(ents, sent, text, _ROUTE_NAME, fits=lambda span: True,
                        keeps=_runs_past, label="FAC")


def _runs_past(ent: Span, span: Span) -> bool:
    return ent.start < span.start - (ent[0].lower_ == "the") or ent.end > span.end


_NUMBER_CUT_LABELS = frozenset({"PERSON", "ORG", "FAC", "GPE", "PRODUCT", "WORK_OF_ART"})


def numbered_names(ents: list[Span], sent: Span) -> list[Span]:
    """"[the Jin Chang Fa No.] 12", "[the Jin Chang] Fa No. 12": a name that goes on to
    "No." and a number (a boat's, a camp's, a well's) ends after the number; no person is
    numbered so: a facility (a place's name stays a place's)."""
    out = ents
    for ent in ents:
        doc = ent.doc
        if ent.ent_id_ or ent.label_ not in _NUMBER_CUT_LABELS:
            continue
        j = ent.end - 2 if ent.end - 2 > ent.start and ent[-2:].text == "No." else ent.end
        while j == ent.end and j < len(doc) and j - ent.end < 2 and doc[j].is_title and (
                doc[j].is_alpha) and doc[j].text != "No" and not doc[j].ent_type_:
            j += 1  # ("the Jin Chang] Fa No. 12": the model's name cut short)
        if j < ent.end:
            j = ent.end - 2
        if not (j + 2 < len(doc) and doc[j].text == "No" and doc[j + 1].text == "." and (
                doc[j + 2].like_num)):
            continue
        end = j + 3
        inside = _overlapping(out, ent.start, end)
        if any(e.start < ent.start or e.end > end or e.ent_id_ for e in inside):
            continue
        label = "GPE" if ent.label_ == "GPE" else "FAC"
        start = ent.start + (ent[0].lower_ == "the")
        out = _put_in(out, inside, Span(doc, start, end, label=label,
                                        span_id=doc[start:end].text))
    return _unread_numbered(out, sent)


def _unread_numbered(ents: list[Span], sent: Span) -> list[Span]:
    """"the Hai Xun Da No. 7" read as no name at all: after "the", two to four
    capitalised words in no name, then "No." and a number, are one facility's name."""
    out = ents
    doc = sent.doc
    if "no" not in doc_words(doc).lower[sent.start : sent.end]:
        return out  # (no "No" in the sentence: no Token made of its words)
    taken = {i for e in ents for i in range(e.start, e.end)}
    for tok in sent:
        i = tok.i
        if tok.text != "No" or i + 2 >= sent.end or doc[i + 1].text != "." or (
                not doc[i + 2].like_num) or i in taken:
            continue
        start = i
        while start > sent.start and i - start < 4 and doc[start - 1].is_title and (
                doc[start - 1].is_alpha) and start - 1 not in taken:
            start -= 1
        if i - start < 2 or doc[start - 1].lower_ != "the":
            continue
        out = _put_in(out, [], Span(doc, start, i + 3, label="FAC",
                                    span_id=doc[start : i + 3].text))
    return out


# Head words of a body named by its portfolio: "the Ministry of Energy and Mines"
_PORTFOLIO_BODIES = words(
    "ministry department secretariat directorate commission committee office bureau agency")


def portfolio_and(ents: list[Span]) -> list[Span]:
    """"[the Ministry of Energy] and Mines", "[the Department of Lands] and Housing": a
    body named by its portfolio goes on over "and" and one or two capitalised words of
    a portfolio the model left out of every name ("the Ministry of Defence and Hezbollah"
    are two: a name is no portfolio's word)."""
    out = ents
    for ent in ents:
        doc = ent.doc
        words_ = [t for t in ent if t.lower_ != "the"]
        end = ent.end
        if ent.label_ != "ORG" or ent.ent_id_ or len(words_) < 3 or (
                words_[0].lower_ not in _PORTFOLIO_BODIES) or words_[1].lower_ != "of" or (
                end + 1 >= len(doc)) or doc[end].lower_ != "and":
            continue
        stop = end + 1
        while stop < len(doc) and stop - end <= 2 and doc[stop].is_title and (
                doc[stop].lower_ in PORTFOLIO_WORDS) and not doc[stop].ent_type_:
            stop += 1
        if stop == end + 1 or (stop < len(doc) and doc[stop].is_title):
            continue
        start = ent.start + (ent[0].lower_ == "the")
        out = _put_in(out, [ent], Span(doc, start, stop, label="ORG",
                                       span_id=doc[start:stop].text))
    return out


# Words no name ends on: a Romance name's joining words, and "and" ("[the Santo Amaro
# and] [Vila Nova Coast Guard]": the model cut one name at a state's or a place's "and")
_ENDING_JOINERS = words("de del da do das dos du des di della en em pour por para au aux and")


def _named_after_joiner(ent: Span, start: int, end: int) -> bool:
    """"Asociación Rural del [Paraguay]": a known name closing the Romance name after a
    joining word is the place the body is named for, a part of its name."""
    doc = ent.doc
    return start < ent.start and ent.end == end and doc[ent.start - 1].lower_ in _JOINERS and (
        doc[ent.start - 1].is_lower)


def _runs_into_bracket(ent: Span, start: int, end: int) -> bool:
    """"[Mineros Artesanales del Perú (Confemin]": a piece the model ran on from inside
    the name over the bracket of its acronym, no longer name read already."""
    return start <= ent.start and ent.end > end and ent.doc[end].text == "(" and not ent.ent_id_


# Words that open a Romance place's name
_PLACE_OPENERS = words(
    "san santa santo são sao saint sainte rio río porto puerto ciudad villa vila bahía "
    "cabo monte"
)
_MODEL_PLACE_LABELS = frozenset({"GPE", "LOC", "ORG", "PERSON"})


def romance_places(ents: list[Span], sent: Span) -> list[Span]:
    """"[San Pedro] del Norte", "[Villa de Leyva]" read as a body, "São [João da Barra]"
    read as a person: a name opening with a settlement's or a saint's word, going on over
    joining words and capitalised words, is one place; no head word of a body may end it
    ("San Pedro del Norte Brigade")."""
    out = ents
    doc = sent.doc
    for ent in ents:
        if ent.ent_id_ or ent.label_ not in _MODEL_PLACE_LABELS:
            continue
        start = ent.start
        if ent.label_ == "PERSON" and start > sent.start and doc[start - 1].is_title and (
                doc[start - 1].lower_ in _PLACE_OPENERS) and not doc[start - 1].ent_type_:
            start -= 1
        if doc[start].lower_ not in _PLACE_OPENERS or not doc[start].is_title:
            continue
        end = _name_end(doc[start], lowest=ent.end) or ent.end
        if not any(t.lower_ in _JOINERS for t in doc[start:end]) or (
                doc[end - 1].lower_ in HEAD_TYPES or doc[end - 1].lower_ in _HEADS):
            continue
        inside = _overlapping(out, start, end)
        if any(e.ent_id_ or e.start < start or e.end > end for e in inside):
            continue
        out = _put_in(out, inside, Span(doc, start, end, label="GPE"))
    return out


def _name_end(head: Token, lowest: int = 0) -> int | None:
    """Where the name a head word opens ends: after the last capitalised word of the run
    of capitalised and joining words after it; None when no capitalised word follows, or
    an English head word is followed by no joining word ("Front Line", "Union Carbide")."""
    doc = head.doc
    end, j = None, head.i + 1
    joined = False
    while j < len(doc) and j - head.i < _MAX_NAME and not doc[j - 1].is_sent_end:
        tok = doc[j]
        if tok.ent_type_ in _NOT_NAME_LABELS:
            break
        if tok.is_title and tok.is_alpha:
            end = j + 1
        elif tok.lower_ in _JOINERS and tok.is_lower:
            joined = True
        else:
            break
        j += 1
    if head.lower_ in _FIGHTER_HEADS and not (
            head.i + 1 < len(doc) and doc[head.i + 1].lower_ in _FOREIGN_JOINERS
            and doc[head.i + 1].is_lower):
        return None  # ("Guerreros Unidos": no joining word, no name of this form)
    if end is None or end < lowest or (head.lower_ in _ALSO_ENGLISH and not (
            joined and (doc[head.i + 1].lower_ in _JOINERS or (
                head.i + 2 < len(doc) and doc[head.i + 2].lower_ in _FOREIGN_JOINERS
                and doc[head.i + 2].is_lower)))):
        return None  # ("Union Progressiste en X": one word, then a joiner no English has)
    return end


# Joining words that are no English words: after an English head word and one more word
# they make the name a Romance one ("Union Progressiste en X", "Front Populaire du Y")
_FOREIGN_JOINERS = words("de del da do das dos du des di della en em pour por para au aux")


# Titles of rulers that open a regnal name
_RULER_TITLES = words(
    "king queen emir amir sultan pope prince princess tsar czar shah emperor empress oba "
    "otumfuo nana mwami kabaka negus maharaja raja sheikh"
)
# Words inside a ruler's name that are no capitalised name: "bin", "ibn", "al"
_NAME_PARTICLES = words("bin ibn bint al el")
_ROMAN = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")
_REGNAL_CUE = re.compile(r"[a-z] (?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})\b")
_MAX_REGNAL = 5  # words before the number


def regnal_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"King Letsie III met ...": a ruler's title, one to four capitalised words and a
    Roman number are one person, whatever the model read in them; a capitalised word
    after the number ("Hassan II Mosque") makes it the name of something else."""
    if not _REGNAL_CUE.search(text):
        return ents
    out = ents
    doc = sent.doc
    for tok in sent:
        if not _ROMAN.fullmatch(tok.text) or tok.i == sent.start:
            continue
        after = doc[tok.i + 1] if tok.i + 1 < sent.end else None
        if after is not None and after.is_title and not after.is_sent_start:
            continue
        start = tok.i
        while start > sent.start and tok.i - start < _MAX_REGNAL and (
                (doc[start - 1].is_title and doc[start - 1].is_alpha)
                or (doc[start - 1].lower_ in _NAME_PARTICLES and start - 1 > sent.start)):
            start -= 1
        while start < tok.i and doc[start].lower_ not in _RULER_TITLES:
            start += 1
        if tok.i - start < 2:
            continue  # (no ruler's title, or no name after it)
        inside = _overlapping(out, start, tok.i + 1)
        if any(_keeps_reading(e, start, tok.i + 1) or e.label_ != "PERSON" for e in inside):
            continue
        out = _put_in(out, inside, Span(doc, start, tok.i + 1, label="PERSON"))
    return out


# "led by a man known as 'El Tigre'": a person the report names by a nickname alone, in
# quotes after a common noun for a person (`lexicon.ONE_PERSON_NOUNS`)
_NICKNAMED = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir) (?:[a-z]+ )?(?:" + "|".join(sorted(ONE_PERSON_NOUNS))
    + r") (?:" + "|".join(sorted(NAMING_PARTICIPLES)) + r")"
    r"(?: (?:only|simply|locally))? (?:as )?[\"\u201c']([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})"
    r"[\"\u201d']")


def nicknamed_persons(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """'a man known as "El Tigre"', 'a commander called "Zorro"': the quoted nickname is
    a person, whatever the model read in it (often a place or nothing)."""
    if "known" not in text and "called" not in text and "named" not in text and (
            "dubbed" not in text):
        return ents  # (most sentences: no Token looked at)
    out = ents
    for found in _NICKNAMED.finditer(text):
        span = sent.char_span(found.start(1), found.end(1))
        if span is None:
            continue
        inside = _overlapping(out, span.start, span.end)
        if any(_keeps_reading(e, span.start, span.end) for e in inside):
            continue
        out = _put_in(out, inside, Span(sent.doc, span.start, span.end, label="PERSON"))
    return out


_NUMBER_WORDS = words(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "twenty forty hundred"
)
# Nouns after a name that make it a gang's or a band's
_BAND_NOUNS = words("gang gangs cartel militia crew clan posse network band")
_NUMBER_NAME = re.compile(
    r"\b(?:[Tt]he) ((?:" + "|".join(sorted(w.title() for w in _NUMBER_WORDS))
    + r")(?: [A-Z][a-z]+){1,2})\b")
_CALLED = frozenset({"known as", "calling itself", "calls itself"})


def number_word_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"the Six Brothers", "the Twelve Apostles gang": a number word and capitalised
    words after "the" are one armed group's name in a group's slot (a gang's noun after
    it, "known as", "members of", the doer of an attack); a name the gazetteer knows, or a
    longer one, keeps its reading."""
    return _armed_names(ents, sent, text, _NUMBER_NAME, fits=_band_slot,
                        keeps=lambda e, span: _keeps_reading(e, span.start - 1, span.end))


def _band_slot(span: Span) -> bool:
    """A gang's noun right after the name or in its apposition (", a gang that ..."),
    "known as" before its "the", or a gang's slot in the parse."""
    doc = span.doc
    after = doc[span.end : span.end + 5]
    if len(after) and after[0].lower_ in _BAND_NOUNS:
        return True
    if len(after) > 2 and after[0].text == "," and after[1].lower_ in ("a", "an") and any(
            t.lower_ in _BAND_NOUNS for t in after[2:]):
        return True
    before = doc[max(0, span.start - 3) : span.start - 1].text.lower()
    return before in _CALLED or before.endswith("called") or _gang_slot(span[-1])


# Plural nicknames that end an armed band's name
# ("Defenders" left out: "Front Line Defenders", "Human Rights Defenders" defend rights)
_BAND_HEADS = ("Avengers", "Warriors", "Liberators", "Vigilantes", "Crusaders")
_BAND_NAME = re.compile(
    r"\b[Tt]he ((?:[A-Z][a-z]+ ){1,3}(?:" + "|".join(_BAND_HEADS) + r"))\b")
_PLACE_LABELS = frozenset({"STATE", "GPE", "LOC", "LOCATION", "NORP"})


def band_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """"the Volta Basin Avengers": capitalised words and a band's plural nickname are one
    armed group, in place of any state, place or people the model or the gazetteer read in
    it; a group the gazetteer knows, or a longer name, keeps its reading."""
    if not any(head in text for head in _BAND_HEADS):
        return ents
    return _armed_names(
        ents, sent, text, _BAND_NAME,
        fits=lambda span: all(t.pos_ in ("PROPN", "NOUN", "ADJ") for t in span),
        keeps=lambda e, span: e.end > span.end or e.start < span.start - 1 or bool(
            e.ent_id_ and e.label_ not in _PLACE_LABELS))


_COMPASS = words(
    "northern southern eastern western central upper lower greater north south east west"
)
_BODY_LABELS = frozenset({"ORG", "ORGANIZATION", "ARMED_GROUP", "GOVERNMENT_BODY"})


# Labels of words after "of" that are no place a body may be of.
_NOT_PLACE_LABELS = frozenset({"PERSON", "NORP", "STATE", "DATE", "TIME", "CARDINAL",
                               "ORDINAL", "MONEY", "PERCENT", "WORK_OF_ART", "LAW", "EVENT",
                               "ARMED_GROUP", "ORGANIZATION", "GOVERNMENT_BODY", "MEDIA"})


def _place_of_body(ent: Span, sent: Span) -> int | None:
    """Where "[the Congress] of Nova Terra" or "[the KGB] of South Arland" ends: a body's
    name (ending in its head word, a government body's, or a bare acronym the model read
    as a body) goes on over "of" and one to three capitalised words that end the phrase
    and name no person, people, state or body (a state's own body is read with its state
    elsewhere, keeping it related to the state). Not a group of the gazetteer's: "Hamas
    of Gaza" is Hamas."""
    doc = sent.doc
    last = ent[-1]
    if not (last.lower_ in HEAD_TYPES or ent.label_ == "GOVERNMENT_BODY" or (
            ent.label_ == "ORG" and len(ent) == 1 and last.is_upper and len(last) >= 2
            and last.is_alpha)):
        return None
    start = ent.end + 1
    end = start
    while end < sent.end and end - start < 3 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end == start or (end < sent.end and (doc[end].is_title or doc[end].lower_ in (
            "'s", "’s", "of", "-"))):
        return None
    if any(t.ent_type_ in _NOT_PLACE_LABELS or t.lower_ in HEAD_TYPES
           or t.lower_ in TITLE_WORDS for t in doc[start:end]):
        return None
    return end


_MAX_OUTER = 6  # words of the body a body is of
# Units of an army's ladder: "the Ruvu Battalion of the Kilimanjaro Brigade" names two.
_ECHELONS = words("battalion brigade regiment company squadron division corps platoon "
                  "detachment")


def _body_of_body(ent: Span, sent: Span) -> int | None:
    """Where "[the Operational Group] of Arland Forces" or "[the Strategic Command] of the
    National Armed Forces" ends: a body's name ending in its capitalised head word goes on
    over "of" and a body's capitalised name ending in a head word of its own that ends the
    phrase (a unit's proper name, named by the body it belongs to; not a lower-case head,
    "the Kesh regiment of the National Guard", a unit the guard's own)."""
    doc = sent.doc
    last = ent[-1]
    if last.lower_ not in HEAD_TYPES or not last.is_title:
        return None
    start = ent.end + 1
    if start < sent.end and doc[start].lower_ == "the":
        start += 1
    end = start
    while end < sent.end and end - start < _MAX_OUTER and doc[end].is_title and (
            doc[end].is_alpha):
        end += 1
    if end - start < 2 or doc[end - 1].lower_ not in HEAD_TYPES or (
            end < sent.end and (doc[end].is_title or doc[end].lower_ in (
                "'s", "\u2019s", "of", "-"))):
        return None
    if doc[end - 1].lower_ in _ECHELONS:
        return None  # a unit of a larger unit: two actors, the one PART_OF the other
    if any(t.ent_type_ in ("PERSON", "STATE", "GPE", "LOC", "LOCATION") or t.ent_id_
           for t in doc[start:end] if t.ent_type_ != "NORP"):
        return None
    return end


def region_of_names(ents: list[Span], sent: Span) -> list[Span]:
    """"[The Kurdistan Freedom Party] of Eastern Arland": a body's name ending in its head
    word goes on over "of", a compass word and one or two capitalised words (the region it
    is of), whatever the model read there; and any body's name over "of" and a place's
    name that ends the phrase (`_place_of_body`: "the Congress of Nova Terra")."""
    out = ents
    doc = sent.doc
    for ent in ents:
        j = ent.end
        if ent.label_ not in _BODY_LABELS or j + 1 >= sent.end or doc[j].lower_ != "of":
            continue
        if ent[-1].lower_ in HEAD_TYPES and doc[j + 1].lower_ in _COMPASS and (
                doc[j + 1].is_title):
            end = j + 2
            while end < sent.end and end - j < 4 and doc[end].is_title and doc[end].is_alpha:
                end += 1
            if end == j + 2:
                continue
        else:
            found = _place_of_body(ent, sent) or _body_of_body(ent, sent)
            if found is None:
                continue
            end = found
        inside = _overlapping(out, ent.start, end)
        if any(e.end > end or (e.ent_id_ and e.label_ not in _PLACE_LABELS)
               for e in inside if e is not ent):
            continue
        span = doc[ent.start : end]
        label = head_type(doc[ent.start : ent.end]) or ent.label_
        out = _put_in(out, inside, Span(doc, ent.start, end, label=label, span_id=span.text))
    return out


# Words of a title or rank that may open a person's name as the text gives it: the
# titles before names, their abbreviations written without a period ("Pol Gen X", the
# Thai police's), the ranks of police and gendarmes ("Guard X", "Constable X"), and the
# Burmese honorifics ("U X", "Daw X"). A ruler's title stays ("King Letsie III").
_OPENING_TITLES = (TITLE_WORDS | PERSONAL_TITLES | words(
    "pol gen lt col maj capt cpt sgt brig cpl pvt adm cmdr cdr gov sen amb insp supt "
    "guard officer private constable trooper agent detective inspector corporal staff "
    "warrant petty police army u daw")) - _RULER_TITLES - words("lord first high")


def untitled_person_name(name: str) -> str | None:
    """"General Saw Steel", "Pol Gen Surachate Hakparn", "Guard Ana Ruiz Peña": the
    person's name without the title or rank words opening it (kept as an alias), when two
    capitalised words or more stay; None when no title opens it."""
    parts = name.split()
    k = 0
    while k < len(parts) and all(
            w.rstrip(".").lower() in _OPENING_TITLES for w in parts[k].split("-") if w):
        k += 1
    rest = parts[k:]
    if k == 0 or len(rest) < 2 or not rest[0][:1].isupper() or not rest[-1][:1].isupper():
        return None
    return " ".join(rest)
