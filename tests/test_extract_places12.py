"""Places and parts in the shapes the earlier readings missed:

- "X controls much of the countryside of the Y region": Y held, the share's ground read
  as its kind; not "much of the countryside" alone;
- "X controls stretches of forest in Y and Z districts": each place the pieces of ground
  lie in; not stretches X "fled through";
- "X controls the area (a security perimeter) around Y": Y held; not an area X attacked;
- "X is part of Y (YB), the administration that controls Z", "X, a unit of W, the
  movement that controls Z": a relative clause on a common noun set off after a name
  speaks of that name, so Y holds Z, not X; the same of a withdrawal; not "Z, the town
  that X controls";
- "X withdrew its staff (troops, personnel) from Y": X leaves Y; not "withdrew its staff
  from the talks in Y", nor when it "has not withdrawn" them;
- "X is part of the military apparatus (armed wing, security structure) of Y", "X forms
  part of Y's security apparatus": X PART_OF Y; not "part of the apparatus" with Y only
  named later in the sentence;
- "X, which has been based around Y since 2015": X LOCATED_IN Y; not "based its claim
  around the Y agreement";
- "X, a Y-based charity, said Z ...": X LOCATED_IN Y (the capital itself, not its state),
  never Z, the next name after the noun; "Y-based operatives of X": X;
- "X returned from exile in Y", "X fled from their homes in Y": X is no longer in Y; but
  "X leads the group from his base in Y" is;
- "X is believed to live between Y and Z": X LOCATED_IN Y and Z; not "lives between two
  worlds".

Every row is written for this table, with invented names and places.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

C, L, P, W = "CONTROLS", "LOCATED_IN", "PART_OF", "WITHDRAWS_FROM"

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- ground held, named by a share, its pieces or what it rings
    ("much-of-the-countryside-of",
     "The Liptako Brigade controls much of the countryside of the Talaba region.",
     [("Liptako Brigade", C, "Talaba")]),
    ("stretches-of-forest-in-a-and-b",
     "The Tarai Front controls stretches of forest in Moro and Tasi districts, from which "
     "it raids roads.",
     [("Tarai Front", C, "Moro"), ("Tarai Front", C, "Tasi")]),
    ("stretches-of-forest-in-the-region",
     "The Liptako Brigade controls stretches of forest in the Talaba region.",
     [("Liptako Brigade", C, "Talaba")]),
    ("still-controls-the-area-around",
     "The Liptako Brigade still controls the area around Bokala in the far north.",
     [("Liptako Brigade", C, "Bokala")]),
    ("perimeter-around",
     "The Liptako Brigade holds a wide security perimeter around Tanvoro.",
     [("Liptako Brigade", C, "Tanvoro")]),
    # --- a relative clause on a noun set off after a name speaks of the name
    ("part-of-y-the-administration-that-controls",
     "The Kesh Coast Guard is part of the Government of National Accord (GNA), the "
     "Karsala-based administration that controls Karsala and much of the west.",
     [("Government of National Accord", C, "Karsala")]),
    ("unit-of-wing-of-y-the-movement-that-controls",
     "The gate was guarded by the Tarai Front, a unit that is part of the armed wing of "
     "the Liptako Brigade, the movement that controls Korma and much of the south.",
     [("Liptako Brigade", C, "Korma")]),
    ("the-militia-that-withdrew-from",
     "Rebels of the Tarai Front, a militia that has withdrawn from Korma, denied the "
     "report.",
     [("Tarai Front", W, "Korma")]),
    # --- people withdrawn from a place
    ("withdrawn-its-staff-from",
     "The Lumen Relief Agency has withdrawn its staff from Tanvoro until further notice.",
     [("Lumen Relief Agency", W, "Tanvoro")]),
    ("withdrew-its-troops-from",
     "The Chadian army withdrew its troops from Karsala on Monday.",
     [("Chadian forces", W, "Karsala")]),
    # --- part of a whole's apparatus, wing or structure
    ("part-of-the-military-apparatus-of",
     "The Tarai Rangers, a unit that is part of the military apparatus of the Liptako "
     "Brigade, guarded the gate.",
     [("Tarai Rangers", P, "Liptako Brigade")]),
    ("forms-part-of-owners-security-apparatus",
     "The governor created the Tarai Rangers, an elite police unit that forms part of the "
     "Liptako Brigade's security apparatus.",
     [("Tarai Rangers", P, "Liptako Brigade")]),
    ("are-part-of-the-armed-wing-of",
     "The Tarai Rangers are part of the armed wing of the Liptako Brigade.",
     [("Tarai Rangers", P, "Liptako Brigade")]),
    # --- based around a town
    ("which-has-been-based-around",
     "The Tarai Front, which has been based around Karsala since 2015, rejected the deal.",
     [("Tarai Front", L, "Karsala")]),
    ("is-based-around",
     "The Tarai Front is based around Karsala.",
     [("Tarai Front", L, "Karsala")]),
    # --- a capital-based body set off by commas
    ("name-a-capital-based-charity-said",
     "The Lumen Relief Agency, a Berlin-based charity, said the Tarai Front had fired on "
     "its ship.",
     [("Lumen Relief Agency", L, "Berlin")]),
    ("capital-based-before-the-name",
     "The Nairobi-based Coastal Unity Party denied it.",
     [("Coastal Unity Party", L, "Nairobi")]),
    # --- a base one acts from is where one is
    ("leads-from-his-base-in",
     "Omar Hale leads the Tarai Front from his base in Karsala.",
     [("Omar Hale", L, "Karsala")]),
    # --- a home split between two towns
    ("lives-between-a-and-b",
     "Omar Hale is believed to live between Karsala and Tanvoro.",
     [("Omar Hale", L, "Karsala"), ("Omar Hale", L, "Tanvoro")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # --- no holding from an attack, a flight, a loss or an object of the verb
    ("attacked-the-area-around",
     "The Liptako Brigade attacked the area around Bokala on Sunday.",
     [("Liptako Brigade", C, "*")]),
    ("fled-through-stretches-of-forest-in",
     "Fighters of the Tarai Front fled through stretches of forest in the Talaba region.",
     [("Tarai Front", C, "*")]),
    ("no-longer-controls-the-area-around",
     "The Tarai Front no longer controls the area around Bokala.",
     [("Tarai Front", C, "Bokala")]),
    ("the-town-that-y-controls",
     "Fighters attacked Korma, the town that the Tarai Front controls.",
     [("Korma", C, "*")]),
    # --- the relative clause is not the first name's
    ("part-of-y-not-x-controls",
     "The Kesh Coast Guard is part of the Government of National Accord (GNA), the "
     "Karsala-based administration that controls Karsala and much of the west.",
     [("Kesh Coast Guard", C, "*")]),
    ("unit-not-the-holder",
     "The gate was guarded by the Tarai Front, a unit that is part of the armed wing of "
     "the Liptako Brigade, the movement that controls Korma and much of the south.",
     [("Tarai Front", C, "*")]),
    # --- staff withdrawn from no place, or not withdrawn
    ("withdrawn-staff-from-talks-in",
     "The Lumen Relief Agency has withdrawn its staff from the talks in Tanvoro.",
     [("Lumen Relief Agency", W, "*")]),
    ("has-not-withdrawn-its-staff",
     "The Lumen Relief Agency has not withdrawn its staff from Tanvoro.",
     [("Lumen Relief Agency", W, "Tanvoro")]),
    # --- an apparatus that is not the named body's
    ("apparatus-then-name-later",
     "The Tarai Rangers, a unit that is part of the military apparatus, guarded the gate "
     "of the Liptako Brigade.",
     [("Tarai Rangers", P, "*")]),
    ("a-security-apparatus-possessive-later",
     "The Tarai Rangers, which form part of a security apparatus, guarded the Liptako "
     "Brigade's gate.",
     [("Tarai Rangers", P, "*")]),
    ("not-part-of-the-armed-wing",
     "The Tarai Rangers are not part of the armed wing of the Liptako Brigade.",
     [("Tarai Rangers", P, "Liptako Brigade")]),
    # --- based around something that is no place
    ("based-its-claim-around",
     "The Tarai Front based its claim around the Karsala agreement.",
     [("Tarai Front", L, "*")]),
    # --- the name after a based noun is another body
    ("capital-based-charity-then-another-name",
     "The Lumen Relief Agency, a Berlin-based charity, said the Tarai Front had fired on "
     "its ship.",
     [("Tarai Front", L, "*")]),
    # --- between no places
    ("lives-between-two-worlds",
     "Omar Hale lives between two worlds, Karsala officials say.",
     [("Omar Hale", L, "*")]),
    # --- a place left behind
    ("returned-from-exile-in",
     "The party is chaired by Omar Hale, a former rebel commander who returned from exile "
     "in Ghana.",
     [("Omar Hale", L, "*")]),
    ("returned-in-year-from-exile-in",
     "Omar Hale returned in 2019 from exile in Karsala to lead the Tarai Front.",
     [("Omar Hale", L, "Karsala")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_places_and_parts_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_places_and_parts_near_misses(nlp: Language, text: str,
                                      forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
