"""Names of groups and bodies in Spanish, Portuguese, French and Italian, read whole.

These languages put a body's head word first and join the rest with short words: "the
Ejército del Pueblo Libre", "the Primeiro Comando da Baixada", "the Front de Libération
du Sud", "the Comunità di Santa Rita". The small model reads such names in pieces, often
as a person ("Comando da Baixada") or a place ("Pueblo Libre"), or not at all, and then
nothing said of the group is read. A head word of a group or a body, capitalised, then
capitalised words and the joining words between them, is one name typed by its head
word; an ordinal or "new" may open it ("Primeiro Comando", "Nuevo Frente"). A place's
name with the same joining words ("Rio de Janeiro", "San Pedro del Norte") opens with no
head word and is left alone; so is a name the gazetteer knows.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .groupnames import _keeps_reading, _overlapping, _put_in
from .lexicon import words

# Head words that open a name, by the type they give it (English spellings that are
# also English words, "Front", "Union", "Alliance", need a joining word after them).
_ARMED = words(
    "ejército exército exercito ejercito armée armee esercito frente fuerzas forças forcas "
    "comando comandos commando brigada brigadas brigate milicia milícia milicias milice "
    "autodefensas guardia guarda garde columna batallón batalhão bataillon cártel cartel "
    "clan legión legião légion front forces brigade"
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
_HEADS = {
    **dict.fromkeys(_ORGANIZATION, "ORGANIZATION"),
    **dict.fromkeys(_GOVERNMENT, "GOVERNMENT_BODY"),
    **dict.fromkeys(_ARMED, "ARMED_GROUP"),
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
    "pour per l' d'"
)
_MAX_NAME = 12  # tokens
_CUE = re.compile(r"\b(?:" + "|".join(sorted(w.title() for w in _HEADS)) + r")\b")
_NOT_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})


def romance_names(ents: list[Span], sent: Span, text: str) -> list[Span]:
    """The sentence's entities with each Romance group name made one entity over the
    pieces the model read in it."""
    if not _CUE.search(text):
        return ents  # (most sentences: no head word, no Token looked at)
    out = ents
    for tok in sent:
        if not (tok.is_title and tok.lower_ in _HEADS):
            continue
        end = _name_end(tok)
        if end is None:
            continue
        start = tok.i
        before = tok.nbor(-1) if tok.i > sent.start else None
        if before is not None and before.is_title and before.lower_ in _OPENERS:
            start -= 1
        inside = _overlapping(out, start, end)
        if any(_keeps_reading(e, start, end) for e in inside):
            continue  # (a known name, or a longer one read already)
        doc = sent.doc
        name = Span(doc, start, end, label=_HEADS[tok.lower_], span_id=doc[start:end].text)
        out = _put_in(out, inside, name)
    return out


def _name_end(head: Token) -> int | None:
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
    if end is None or (head.lower_ in _ALSO_ENGLISH and not (
            joined and doc[head.i + 1].lower_ in _JOINERS)):
        return None
    return end
