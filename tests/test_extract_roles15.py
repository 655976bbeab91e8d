"""Posts told beside a name, a clause or a participle:

- "Y (YA), whose chairman, X, told reporters": X heads Y, the body named before the
  acronym; "whose former chairman, X": one of Y's people;
- "Y, led from exile (since 2019) by X": X heads Y, the doer given after a place or a time
  the participle's phrase names; "formerly led from exile by X": one of Y's people;
- "the Y delegation, led by X, a member of Y's bureau": X heads the delegation and is one
  of Y's people (the member phrase set beside his name does not name Y's head); "led by
  X, the leader of Y": Y's head;
- "X, a former officer of Y who defected to Z": no longer one of Y's people; "a former
  commander of Y who still advises it" is;
- "X, who serves as the UN coordinator in Chad": the post is held in Chad, not for it;
  "served in the Ruvian army" is service in the army;
- "X, a trader whom prosecutors describe as a member of Y" ("a fighter of Y"): one of Y's
  people, as "whom police describe as the leader of Y" is Y's head; not under a negation
  ("no longer describe");
- "X, the secretary of the Y Committee (Council, Commission, Bureau)": its head; "a
  secretary of Y", "the deputy secretary of Y", "the secretary of the Y Association": one
  of its people;
- "a Y leader he identified as X", "a Y commander identified as X": one of Y's people
  ("the Y chief identified as X": its head); not "wrongly identified as X";
- "X, whom police described as the head of Y's operations in Z": one of Y's people, who
  heads a part of Y;
- "Y, a company (firm) owned by X": X heads Y; not a company "owned by the government",
  "once owned by X", nor a body that is no company;
- "X, who speaks for Y's northern command (political wing)": X speaks for Y; not "spoke
  to Y's command".

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

L, M, S = "LEADS", "MEMBER_OF", "SPOKESPERSON_FOR"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- "whose" past an acronym
    ("whose-chairman-after-acronym",
     "The raid was carried out by the Kovar Border Agency (KBA), whose chairman, Piet "
     "Anselm, told a news conference that six men were held.",
     [("Piet Anselm", L, "Kovar Border Agency")]),
    ("whose-former-chairman-after-acronym",
     "The raid was carried out by the Kovar Border Agency (KBA), whose former chairman, "
     "Piet Anselm, told a news conference that six men were held.",
     [("Piet Anselm", M, "Kovar Border Agency")]),
    # --- a doer after a place or time
    ("led-from-exile-by",
     "The Union of Free Patriots, led from exile by former president Adam Kolo, has "
     "rejected any talks with the government.",
     [("Adam Kolo", L, "Union of Free Patriots")]),
    ("led-since-year-by",
     "The Union of Free Patriots, led since 2019 by Adam Kolo, has rejected any talks.",
     [("Adam Kolo", L, "Union of Free Patriots")]),
    ("formerly-led-from-exile-by",
     "The Union of Free Patriots, formerly led from exile by Adam Kolo, has rejected any "
     "talks.",
     [("Adam Kolo", M, "Union of Free Patriots")]),
    # --- a delegation's head
    ("delegation-led-by-member-of-bureau",
     "The Tolan Front delegation, led by Samir Eddi, a member of the Tolan Front's "
     "political bureau, agreed to withdraw from the checkpoints.",
     [("Samir Eddi", M, "Tolan Front")]),
    ("delegation-led-by-its-leader",
     "The Tolan Front delegation, led by Samir Eddi, the leader of the Tolan Front, "
     "agreed to withdraw from the checkpoints.",
     [("Samir Eddi", L, "Tolan Front")]),
    # --- a former holder
    ("former-commander-still-advises",
     "Samir Eddi, a former commander of the Tolan Front who still advises its leaders, "
     "led the talks.",
     [("Samir Eddi", M, "Tolan Front")]),
    # --- serving
    ("served-in-the-army",
     "Paul Okafor served in the Ruvian army for ten years.",
     [("Paul Okafor", M, "Ruvian forces")]),
    # --- described as one of a body's people
    ("national-whom-prosecutors-describe-as-member",
     "Among them is Omar Haddad, a Ruvian national whom prosecutors describe as a member "
     "of the Tolan Front.",
     [("Omar Haddad", M, "Tolan Front")]),
    ("trader-whom-prosecutors-describe-as-leader",
     "Among them is Omar Haddad, a Ruvian trader whom prosecutors describe as the leader "
     "of the Tolan Front.",
     [("Omar Haddad", L, "Tolan Front")]),
    ("whom-police-describe-as-fighter",
     "Omar Haddad, whom police describe as a fighter of the Tolan Front, was arrested on "
     "Monday.",
     [("Omar Haddad", M, "Tolan Front")]),
    ("met-trader-whom-police-describe-as-member",
     "Omar Haddad met Ivo Marsh, a Ruvian trader whom police describe as a member of the "
     "Tolan Front.",
     [("Ivo Marsh", M, "Tolan Front")]),
    # --- a secretary
    ("secretary-of-council",
     "Anton Verso, the secretary of the Supreme Defence Council, said the talks would go "
     "on.",
     [("Anton Verso", L, "Supreme Defence Council")]),
    ("secretary-of-central-committee",
     "Anton Verso, the secretary of the Tolan Communist Party's Central Committee, was "
     "killed on Friday.",
     [("Anton Verso", L, "Central Committee")]),
    ("a-secretary-of-council",
     "Anton Verso, a secretary of the Supreme Defence Council, said the talks would go on.",
     [("Anton Verso", M, "Supreme Defence Council")]),
    ("secretary-of-association",
     "Anton Verso, the secretary of the Ruvian Bar Association, said the talks would go "
     "on.",
     [("Anton Verso", M, "Ruvian Bar Association")]),
    # --- a title given a name
    ("leader-he-identified-as",
     "The minister said the killings had been ordered by a Tolan Front leader he "
     "identified as Omar Haddad, known as \"El Lobo\".",
     [("Omar Haddad", M, "Tolan Front")]),
    ("commander-identified-as",
     "The army said it had killed a Tolan Front commander identified as Omar Haddad in a "
     "bombing near the river.",
     [("Omar Haddad", M, "Tolan Front")]),
    ("described-as-head-of-owners-operations",
     "Ivo Ortiz, whom police described as the head of the Nine Dogs' operations in Tolam "
     "province, was killed when he opened fire.",
     [("Ivo Ortiz", M, "Nine Dogs")]),
    # --- an owner
    ("company-owned-by",
     "The report accused Kestrel Security Services, a company owned by former militant "
     "leader Omar Haddad, of abuses in the delta.",
     [("Omar Haddad", L, "Kestrel Security Services")]),
    ("firm-owned-by",
     "Kestrel Security Services, a firm owned by Omar Haddad, won the pipeline contract.",
     [("Omar Haddad", L, "Kestrel Security Services")]),
    # --- a voice for a part
    ("speaks-for-owners-command",
     "Juan Ortega, who speaks for the Tolan Front's northern command, confirmed the death "
     "of two fighters.",
     [("Juan Ortega", S, "Tolan Front")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("whose-chairman-after-acronym-not-member",
     "The raid was carried out by the Kovar Border Agency (KBA), whose chairman, Piet "
     "Anselm, told a news conference that six men were held.",
     [("Piet Anselm", M, "*")]),
    ("fled-from-attacks-by",
     "The Union of Free Patriots, which fled from attacks by the Ruvian army, has "
     "rejected any talks.",
     [("*", L, "*")]),
    ("released-from-prison-by",
     "The Union of Free Patriots, released from prison by the Ruvian army, has rejected "
     "any talks.",
     [("*", L, "*")]),
    ("formerly-led-from-exile-not-head",
     "The Union of Free Patriots, formerly led from exile by Adam Kolo, has rejected any "
     "talks.",
     [("Adam Kolo", L, "Union of Free Patriots")]),
    ("delegation-led-by-member-not-head",
     "The Tolan Front delegation, led by Samir Eddi, a member of the Tolan Front's "
     "political bureau, agreed to withdraw from the checkpoints.",
     [("Samir Eddi", L, "Tolan Front")]),
    ("former-officer-who-defected",
     "Samir Eddi, a former officer of the Ruvian Armed Forces who defected to the Tolan "
     "Front in 2019, led the talks.",
     [("Samir Eddi", "*", "Ruvian Armed Forces")]),
    ("serves-as-coordinator-in-state",
     "Maria Lenz, a senior United Nations official who serves as Resident and "
     "Humanitarian Coordinator in Chad, condemned the attack.",
     [("Maria Lenz", M, "Chad")]),
    ("whom-prosecutors-no-longer-describe",
     "Omar Haddad, whom prosecutors no longer describe as a member of the Tolan Front, "
     "was freed.",
     [("Omar Haddad", M, "Tolan Front")]),
    ("said-the-men-were-members",
     "Omar Haddad said the men were members of the Tolan Front.",
     [("Omar Haddad", M, "Tolan Front")]),
    ("met-trader-described-not-the-other",
     "Omar Haddad met Ivo Marsh, a Ruvian trader whom police describe as a member of the "
     "Tolan Front.",
     [("Omar Haddad", M, "Tolan Front")]),
    ("secretary-of-council-not-member",
     "Anton Verso, the secretary of the Supreme Defence Council, said the talks would go "
     "on.",
     [("Anton Verso", M, "Supreme Defence Council")]),
    ("a-secretary-not-head",
     "Anton Verso, a secretary of the Supreme Defence Council, said the talks would go on.",
     [("Anton Verso", L, "Supreme Defence Council")]),
    ("deputy-secretary-not-head",
     "Anton Verso, the deputy secretary of the Supreme Defence Council, said the talks "
     "would go on.",
     [("Anton Verso", L, "Supreme Defence Council")]),
    ("secretary-of-association-not-head",
     "Anton Verso, the secretary of the Ruvian Bar Association, said the talks would go "
     "on.",
     [("Anton Verso", L, "Ruvian Bar Association")]),
    ("leader-he-identified-as-not-head",
     "The minister said the killings had been ordered by a Tolan Front leader he "
     "identified as Omar Haddad, known as \"El Lobo\".",
     [("Omar Haddad", L, "Tolan Front")]),
    ("commander-wrongly-identified-as",
     "The army said it had killed a Tolan Front commander wrongly identified as Omar "
     "Haddad.",
     [("Omar Haddad", "*", "Tolan Front")]),
    ("described-as-head-of-owners-operations-not-head",
     "Ivo Ortiz, whom police described as the head of the Nine Dogs' operations in Tolam "
     "province, was killed when he opened fire.",
     [("Ivo Ortiz", L, "Nine Dogs")]),
    ("company-owned-by-government",
     "Kestrel Security Services, a company owned by the Ruvian government, won the "
     "pipeline contract.",
     [("*", L, "Kestrel Security Services")]),
    ("company-once-owned-by",
     "Kestrel Security Services, a company once owned by Omar Haddad, won the pipeline "
     "contract.",
     [("Omar Haddad", "*", "Kestrel Security Services")]),
    ("spoke-to-owners-command",
     "Juan Ortega, who spoke to the Tolan Front's northern command, confirmed the death "
     "of two fighters.",
     [("Juan Ortega", S, "*")]),
]


# (a row is read or refused: one test over both tables, each row named by its id)
READINGS = [
    *(pytest.param(text, triples, True, id=row) for row, text, triples in POSITIVE),
    *(pytest.param(text, triples, False, id=f"not-{row}") for row, text, triples in NEGATIVE),
]


@pytest.mark.parametrize(("text", "triples", "read"), READINGS)
def test_posts_read_or_refused(nlp: Language, text: str, triples: list[Triple],
                               read: bool) -> None:
    (assert_found if read else assert_absent)(nlp, text, triples)
