"""Violence whose doer or threatened side is told by a shape around the act:

- "the gang", "the clan", "the militia" (bare, a group's naming noun) after "the X gang"
  named before, in its paragraph or one before: the one group so named is the doer
  ("Y was shot dead by the gang": X KILLED Y); two groups so named leave it unread;
- a warning of the warner's own act on a condition put on another: "X warned that it
  could take military action if Y does not disarm", "X vowed that it would ... unless Y
  ..." (X THREATENS Y); never a warning of what others or things would do ("prices could
  rise if Y ..."), nor a promise said plainly ("said it would disarm if Y ...");
- "hit" as an attack on a facility or a force, by a named side or its drones, fighters or
  units ("X drones hit the Y air base", '"Our drone units hit Y," a spokesman for X said'):
  X TARGETS Y; never a town, a body or a state hit, nor tariffs or sanctions that "hit";
- the speaker of "we" told by names around the killing: 'X, known as "Y"' makes Y one of
  X's names (never another person the doer kills), a person told killed in the sentence
  before is not the "he" who says "we ...," next, and a Spanish or Portuguese name's two
  surnames written together ("Ferreira Gomes" after "Ana Lucía Ferreira Gomes") are its
  bearer, whose body then speaks through "we".

Every row is written for this table, with invented names and places from several
regions and naming traditions.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

K, T, TH = "KILLED", "TARGETS", "THREATENS"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- "the gang" after "the X gang"
    ("gang-after-paragraph",
     "\"This is the work of the Banduri gang,\" the district police chief told reporters."
     "\n\nPolice said a watchman, Rafiq Solangi, was shot dead by the gang when he tried "
     "to raise the alarm.",
     [("Banduri", K, "Rafiq Solangi")]),
    ("clan-same-paragraph",
     "Prosecutors say the Ferrante clan has fought for the port since May. Marco Bellini, "
     "a dock worker, was killed by the clan in a bar on Sunday.",
     [("Ferrante", K, "Marco Bellini")]),
    ("militia-later",
     "The Kiboko militia raided three villages near Mbala last week.\n\n"
     "Elders said the chief of Mbala, Joseph Kayembe, was shot dead by the militia.",
     [("Kiboko", K, "Joseph Kayembe")]),
    # --- a warning of one's own act on another's condition
    ("warned-could-take-action-if",
     "Kenya has repeatedly warned that it could take military action if the Ras Kamboni "
     "Front does not withdraw from the border.",
     [("Kenya", TH, "Ras Kamboni Front")]),
    ("warned-would-unless",
     "The Tarqui Front warned that it would blow up the pipeline unless the Peruvian army "
     "left the valley.",
     [("Tarqui Front", TH, "Peruvian forces")]),
    ("warned-would-cut-if",
     "Nigeria warned on Monday that it would shut the border if the Bakassi Strike Force "
     "kept attacking fishing boats.",
     [("Nigeria", TH, "Bakassi Strike Force")]),
    # --- "hit" a facility or a force
    ("drones-hit-air-base",
     "Before dawn, Ansar Dine drones hit the Sevare air base, the army said.",
     [("Ansar Dine", T, "Sevare air base")]),
    ("our-units-hit-quoted",
     "\"Our rocket units hit the Kalemie airport,\" said Jean Mbuyi, a spokesman for the "
     "Twirwaneho militia.",
     [("Twirwaneho", T, "Kalemie airport")]),
    ("named-side-hit-army",
     "The Mai-Mai Yakutumba hit the Congolese army near Fizi on Saturday.",
     [("Mai-Mai Yakutumba", T, "Democratic Republic of the Congo forces")]),
    # --- the speaker of "we" around a killing
    ("known-as-quoted-we-commander",
     "Speaking in Iquitos, General Rubén Salas Ortega, the commander of the Loreto Task "
     "Force, said the offensive had reached the river. He said soldiers had killed Pedro "
     "Lanza, known as \"Machete\", a member of the Tarvo Front. \"We neutralised alias "
     "Machete in combat on Tuesday night,\" he said.",
     [("Loreto Task Force", K, "Pedro Lanza")]),
    ("two-surnames-speaker",
     "Colonel Ana Lucía Ferreira Gomes, commander of the Tocantins Border Brigade, said the "
     "brigade had retaken the river port. \"We attacked the Tarvo Front on two fronts,\" "
     "Ferreira Gomes said.",
     [("Tocantins Border Brigade", T, "Tarvo Front")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # two groups named before the noun: "the gang" is unread
    ("two-gangs",
     "The Banduri gang and the Sodhar gang have clashed for weeks near Kandhkot.\n\n"
     "Police said a watchman, Rafiq Solangi, was shot dead by the gang on Friday.",
     [("*", K, "Rafiq Solangi")]),
    # no group named before the noun
    ("gang-never-named",
     "Police said a watchman, Rafiq Solangi, was shot dead by the gang on Friday.",
     [("*", K, "Rafiq Solangi")]),
    # a warning of what others or things would do
    ("warned-prices-rise",
     "Kenya warned that prices could rise if the Ras Kamboni Front does not reopen the road.",
     [("Kenya", TH, "*")]),
    # a plain promise, no warning
    ("said-would-disarm",
     "The Tarqui Front said that it would disarm if the Peruvian army left the valley.",
     [("Tarqui Front", TH, "*")]),
    # a warning with no condition
    ("warned-no-condition",
     "Nigeria warned on Monday that it would shut the border at Mfum for a week.",
     [("Nigeria", TH, "*")]),
    # "hit" a town, a body, or by tariffs
    ("fighters-hit-town",
     "Ansar Dine fighters hit the town of Sevare on Monday.",
     [("Ansar Dine", T, "*")]),
    ("tariffs-hit-ministry",
     "US tariffs hit the Kenyan Ministry of Trade and the Mombasa port.",
     [("United States", T, "*")]),
    ("named-state-hit-ministry",
     "The United States hit the Kenyan Ministry of Trade with new visa rules.",
     [("United States", T, "*")]),
    # the nickname is no other person killed, nor the dead man a speaker of "we"
    ("known-as-quoted-not-another",
     "Peruvian soldiers killed Pedro Lanza Quispe, known as \"Machete\", a commander of "
     "the Tarvo Front. \"We neutralised Machete in combat,\" he said.",
     [("*", K, "Machete"), ("Tarvo Front", K, "*"), ("Pedro Lanza Quispe", K, "*")]),
    ("dead-man-no-speaker",
     "Police said gunmen had shot dead Pedro Lanza, a member of the Tarvo Front, near "
     "Iquitos. \"We killed the traitor Ramiro Cusi,\" he said.",
     [("Tarvo Front", K, "*"), ("Pedro Lanza", K, "*")]),
]


# (a row is read or refused: one test over both tables, each row named by its id)
READINGS = [
    *(pytest.param(text, triples, True, id=row) for row, text, triples in POSITIVE),
    *(pytest.param(text, triples, False, id=f"not-{row}") for row, text, triples in NEGATIVE),
]


@pytest.mark.parametrize(("text", "triples", "read"), READINGS)
def test_violence_read_or_refused(nlp: Language, text: str, triples: list[Triple],
                                  read: bool) -> None:
    (assert_found if read else assert_absent)(nlp, text, triples)
