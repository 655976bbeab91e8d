"""Bodies inside bodies: membership of a coalition (MEMBER_OF), alliances (ALLIED_WITH),
wings, branches and units (PART_OF), and backers named in a passive or a "with support
from" (BACKS). A group told as a member of an alliance or council (it joined it, it is
one of its members) is its member; one told as its part, faction, wing, unit, branch or
affiliate is its part. Each phrasing is written short and
inside a long wire sentence, with must-not variants: a member of parliament or of the
public, membership denied or ended, allies with no name, look-alike words.

Every sentence is invented: people, groups and towns are made up, in several regions.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # ---- MEMBER_OF: "it joined / is one of the members of" a coalition
    ("b2-it-joined", "The Lawa Hills Army seized a police post on Tuesday. It joined the "
     "Tenasserim Alliance in 2023.",
     [("Lawa Hills Army", "MEMBER_OF", "Tenasserim Alliance")]),
    ("b2-it-joined-long", "The Lawa Hills Army (LHA), an ethnic armed group that has fought the "
     "junta since 2012, seized a police post near the town of Hpasawng on Tuesday, according "
     "to residents. It joined the Tenasserim Alliance, a coalition of three armed factions, "
     "in 2023.",
     [("Lawa Hills Army", "MEMBER_OF", "Tenasserim Alliance")]),
    ("b2-it-joined-with-others", "The Lawa Hills Army seized a police post on Tuesday. It "
     "joined the Tenasserim Alliance, with the Karen Liberation Front and the Mon State Army, "
     "in 2023.",
     [("Lawa Hills Army", "MEMBER_OF", "Tenasserim Alliance"),
      ("Karen Liberation Front", "MEMBER_OF", "Tenasserim Alliance"),
      ("Mon State Army", "MEMBER_OF", "Tenasserim Alliance")]),
    ("b2-one-of-members-along-with-long", "The Karnali Liberation Front, which has claimed "
     "attacks on police posts in the far west since March, is one of the members of the "
     "Western Unity Council, along with the Seti Brigade, according to a statement posted "
     "online on Friday.",
     [("Karnali Liberation Front", "MEMBER_OF", "Western Unity Council"),
      ("Seti Brigade", "MEMBER_OF", "Western Unity Council")]),
    ("b2-it-is-one-of-members", "The Karnali Liberation Front attacked a checkpoint on Monday. It "
     "is one of the members of the Western Unity Council.",
     [("Karnali Liberation Front", "MEMBER_OF", "Western Unity Council")]),
    ("b2-is-one-of-members-long", "The Karnali Front, a Maoist splinter faction, is one of the "
     "members of the Western Unity Council (WUC), which has claimed attacks on police posts "
     "in the far-western district of Dadeldhura since March.",
     [("Karnali Front", "MEMBER_OF", "Western Unity Council")]),
    ("b2-among-members", "The Gwadar Front is among the members of the Kech Unity Council.",
     [("Gwadar Front", "MEMBER_OF", "Kech Unity Council")]),
    ("b2-among-members-long", "The Gwadar Front, which has claimed a string of attacks on "
     "highway convoys this year, is among the members of the Kech Unity Council (KUC), a "
     "coalition of armed factions in the south-western province.",
     [("Gwadar Front", "MEMBER_OF", "Kech Unity Council")]),
    ("b2-is-a-member-of", "The Gwadar Front is a member of the Kech Unity Council, a "
     "coalition whose other members include the Turbat Brigade.",
     [("Gwadar Front", "MEMBER_OF", "Kech Unity Council")]),
    ("b2-is-part-of-alliance", "The Sanaag Brigade is part of the Northern Coalition.",
     [("Sanaag Brigade", "PART_OF", "Northern Coalition")]),
    ("b2-is-part-of-alliance-long", "The Sanaag Brigade, a clan militia that controls much of "
     "the coastal road, is part of the Northern Coalition, an alliance of armed factions "
     "opposed to the federal government, local elders said on Sunday.",
     [("Sanaag Brigade", "PART_OF", "Northern Coalition")]),
    ("b2-a-member-of", "The Ruvuma Brigade, a member of the Southern Highlands Alliance, "
     "attacked a ferry on Lake Nyasa.",
     [("Ruvuma Brigade", "MEMBER_OF", "Southern Highlands Alliance")]),
    ("b2-and-its-allies-in", "Mali and its allies in the Sahel Alliance rejected the "
     "report.",
     [("Mali", "MEMBER_OF", "Sahel Alliance")]),
    ("b2-and-its-allies-in-long", "Mali and its allies in the Sahel Alliance, Burkina "
     "Faso and Niger, rejected on Thursday a report by United Nations experts that accused "
     "their armies of killing civilians in the border region.",
     [("Mali", "MEMBER_OF", "Sahel Alliance")]),
    ("b2-a-member-of-long", "Guinea, a member of the Atlantic Security Pact (ASP), sent 300 "
     "soldiers on Monday to the southern town of Nzerekore, where clashes between rival "
     "militias have killed at least 40 people since Friday, according to medics.",
     [("Guinea", "MEMBER_OF", "Atlantic Security Pact")]),
    ("b2-which-includes", "The Tenasserim Alliance, which includes the Lawa Hills Army and "
     "the Karen Liberation Front, took the town.",
     [("Lawa Hills Army", "MEMBER_OF", "Tenasserim Alliance"),
      ("Karen Liberation Front", "MEMBER_OF", "Tenasserim Alliance")]),
    ("b2-coalition-that-includes-long", "The Ucayali Bloc, a coalition that includes the "
     "Pachitea Front, ambushed a police patrol on Wednesday on the road to the river port of "
     "Pucallpa, killing four officers, Peru's Interior Ministry said.",
     [("Pachitea Front", "MEMBER_OF", "Ucayali Bloc")]),
    # ---- ALLIED_WITH
    ("b2-alongside-its-ally", "The Tuleh Brigade fought alongside its ally, the Sool Front, near "
     "Buhodle.",
     [("Tuleh Brigade", "ALLIED_WITH", "Sool Front")]),
    ("b2-alongside-its-ally-long", "The Tuleh Brigade, a clan militia from the eastern "
     "highlands, fought alongside its ally, the Sool Front, for two days near the border town "
     "of Buhodle, killing at least 14 soldiers, according to elders.",
     [("Tuleh Brigade", "ALLIED_WITH", "Sool Front")]),
    ("b2-alongside-its-ally-no-commas", "The Tuleh Brigade fought alongside its ally the Sool "
     "Front near Buhodle.",
     [("Tuleh Brigade", "ALLIED_WITH", "Sool Front")]),
    ("b2-which-is-allied-to", "The Cauca Front, which is allied to the Pacific Bloc, took "
     "the town of Timbiqui.",
     [("Cauca Front", "ALLIED_WITH", "Pacific Bloc")]),
    ("b2-which-is-allied-to-long", "The Cauca Front (FC), which is allied to the Pacific "
     "Bloc, an armed faction that runs cocaine routes along the coast, took the river town "
     "of Timbiqui on Saturday after a week of fighting, residents said.",
     [("Cauca Front", "ALLIED_WITH", "Pacific Bloc")]),
    ("b2-closest-ally", "Laos, Vietnam's closest ally, sent troops to the border.",
     [("Laos", "ALLIED_WITH", "Vietnam")]),
    ("b2-closest-ally-long", "The Zinder Front, the Tahoua Brigade's closest ally, ambushed an "
     "army convoy on Monday in the western region of Tillaberi, killing at least nine "
     "soldiers, according to a security source.",
     [("Zinder Front", "ALLIED_WITH", "Tahoua Brigade")]),
    # ---- PART_OF: wings, arms, units, branches, affiliates
    ("b2-whose-military-wing", "The Kivu Alliance, whose military wing is the Masisi Movement, "
     "signed the deal.",
     [("Masisi Movement", "PART_OF", "Kivu Alliance")]),
    ("b2-whose-military-wing-long", "The Kivu Alliance (KA), whose military wing is the Masisi "
     "Movement, signed a ceasefire on Wednesday in the Angolan capital after a year of "
     "fighting in the eastern province of North Kivu, mediators said.",
     [("Masisi Movement", "PART_OF", "Kivu Alliance")]),
    ("b2-the-political-arm-of", "The Rumbek Freedom Party, the political arm of the Lakes "
     "Liberation Army, called for talks.",
     [("Rumbek Freedom Party", "PART_OF", "Lakes Liberation Army")]),
    ("b2-the-political-arm-of-long", "The Rumbek Freedom Party (RFP), the political arm of the "
     "Lakes Liberation Army, an armed group that has fought government forces since 2019, "
     "called on Tuesday for talks in the Kenyan capital, its spokesman said.",
     [("Rumbek Freedom Party", "PART_OF", "Lakes Liberation Army")]),
    ("b2-owners-armed-wing", "The Tigris Party's armed wing, the Zab Brigades, shelled a "
     "checkpoint.",
     [("Zab Brigades", "PART_OF", "Tigris Party")]),
    ("b2-owners-armed-wing-long", "The Tigris Party's armed wing, the Zab Brigades, shelled an "
     "army checkpoint on Friday in the northern town of Qaraqosh, killing three soldiers, "
     "according to security officials.",
     [("Zab Brigades", "PART_OF", "Tigris Party")]),
    ("b2-a-unit-of-army", "The Desert Hawks, a unit of the Sudanese army, retook the town.",
     [("Desert Hawks", "PART_OF", "Sudanese forces")]),
    ("b2-a-unit-of-army-long", "The Desert Hawks, an elite unit of the Sudanese army, retook "
     "the town of Um Rawaba on Sunday after three days of fighting with the paramilitary, "
     "killing dozens of fighters, according to residents.",
     [("Desert Hawks", "PART_OF", "Sudanese forces")]),
    ("b2-one-of-the-groups-units", "The Kordofan Liberation Front attacked the town. The Lion "
     "Squad, one of the group's units, led the assault.",
     [("Lion Squad", "PART_OF", "Kordofan Liberation Front")]),
    ("b2-reports-to-long", "The Irrawaddy Guard, a militia that reports to the Myanmar "
     "army, burned dozens of homes on Sunday in the village of Kyauk Sin, about 40 km "
     "north of Lashio, according to residents and a local rights group.",
     [("Irrawaddy Guard", "PART_OF", "Tatmadaw")]),
    ("b2-reports-to-ministry", "The Volga Corps, a force that reports to the Russian Defence "
     "Ministry, arrived in Bamako.",
     [("Volga Corps", "PART_OF", "Russian Defence Ministry")]),
    ("b2-affiliate-in", "The Macina Brotherhood, the al-Qaeda affiliate in central Mali, "
     "attacked an army post.",
     [("Macina Brotherhood", "PART_OF", "al-Qaeda")]),
    ("b2-affiliate-in-long", "The Macina Brotherhood, the al-Qaeda affiliate in central Mali, "
     "attacked an army post on Monday near the town of Djenne, killing at least 11 soldiers, "
     "according to a local official and residents.",
     [("Macina Brotherhood", "PART_OF", "al-Qaeda")]),
    # ---- BACKS: trained, armed, advised by; with support from
    ("b2-trained-and-armed-by", "The Ndele Guard, trained and armed by the Volga Corps, "
     "retook the town.",
     [("Volga Corps", "BACKS", "Ndele Guard")]),
    ("b2-trained-and-armed-by-long", "The Ndele Guard, a militia trained and armed by the "
     "Volga Corps, retook the northern town of Birao on Saturday after a week of fighting, "
     "killing at least 20 rebels, according to residents.",
     [("Volga Corps", "BACKS", "Ndele Guard")]),
    ("b2-advised-by", "The Kasai Defence Force, advised by Rwanda, took the mine.",
     [("Rwanda", "BACKS", "Kasai Defence Force")]),
    ("b2-advised-by-long", "The Kasai Defence Force (KDF), a militia advised by Rwanda, took "
     "control of the diamond mine at Tshikapa on Wednesday after a day of fighting with "
     "Congolese soldiers, according to mine workers.",
     [("Rwanda", "BACKS", "Kasai Defence Force")]),
    ("b2-with-support-from", "The Ngala Brigade retook the bridge with support from Chad.",
     [("Chad", "BACKS", "Ngala Brigade")]),
    ("b2-with-support-from-long", "The Ngala Brigade, a vigilante group formed in 2015, retook "
     "the bridge over the Yedseram river on Friday with support from Chad, killing at least "
     "15 insurgents, according to local officials.",
     [("Chad", "BACKS", "Ngala Brigade")]),
    # "they" under a speech verb whose subject names two sides is both
    ("b2-they-joined", "The Sierra Madre Brigade and the Guerrero Front said on Monday they had "
     "joined the Southern Bloc.",
     [("Sierra Madre Brigade", "MEMBER_OF", "Southern Bloc"),
      ("Guerrero Front", "MEMBER_OF", "Southern Bloc")]),
]

# Phrasings not read yet: each case fails today for the reason given.
NOT_YET: list[tuple[str, str, list[Triple], str]] = [
    ("b2-other-members-include", "The Gwadar Front is a member of the Kech Unity Council, a "
     "coalition whose other members include the Turbat Brigade.",
     [("Turbat Brigade", "MEMBER_OF", "Kech Unity Council")],
     "the parser hangs 'a coalition whose ...' on 'member', not on the council's name"),
    ("b2-allies-in-named-after", "Mali and its allies in the Sahel Alliance, Burkina Faso and "
     "Niger, rejected the report.",
     [("Mali", "ALLIED_WITH", "Burkina Faso"), ("Mali", "ALLIED_WITH", "Niger")],
     "the parser joins the allies' names to the alliance's name as a list, not to 'allies'"),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    ("b2-not-member-of-parliament", "Amadou Kone, a member of parliament, visited the town.",
     [("*", "MEMBER_OF", "*")]),
    ("b2-not-member-of-the-public", "A member of the public filmed the Lawa Hills Army "
     "fighters near Hpasawng.",
     [("*", "MEMBER_OF", "*")]),
    ("b2-not-belongs-to-history", "The Tenasserim Alliance said the old order belongs to "
     "history.",
     [("*", "MEMBER_OF", "*"), ("*", "PART_OF", "*")]),
    ("b2-not-together-with-aid", "The Sahel Relief Council, together with aid groups, "
     "delivered food to Djibo.",
     [("*", "MEMBER_OF", "*"), ("*", "ALLIED_WITH", "*")]),
    ("b2-not-allies-of-convenience", "The Cauca Front and its allies of convenience took "
     "the town of Timbiqui.",
     [("*", "ALLIED_WITH", "*")]),
    ("b2-not-allies-are-members", "Mali and its allies in the Sahel Alliance, Burkina "
     "Faso and Niger, rejected the report.",
     [("Burkina Faso", "MEMBER_OF", "Mali"), ("Niger", "MEMBER_OF", "Mali")]),
    ("b2-not-denies-being-part", "The Gwadar Front denies being part of the Kech Unity "
     "Council.",
     [("*", "MEMBER_OF", "*"), ("*", "PART_OF", "*")]),
    ("b2-not-left-alliance", "The Lawa Hills Army left the Tenasserim Alliance in 2023.",
     [("*", "MEMBER_OF", "*")]),
    ("b2-not-is-no-longer-part", "The Sanaag Brigade is no longer part of the Northern "
     "Coalition, its commander said.",
     [("*", "MEMBER_OF", "*"), ("*", "PART_OF", "*")]),
    ("b2-not-plans-to-join", "The Karnali Front plans to join the Western Unity Council.",
     [("*", "MEMBER_OF", "*")]),
    ("b2-not-no-commas-ally-is-no-target", "The Tuleh Brigade fought alongside its ally the "
     "Sool Front near Buhodle.",
     [("Tuleh Brigade", "TARGETS", "Sool Front")]),
    ("b2-not-fought-against-its-ally", "The Tuleh Brigade fought against its ally the Sool "
     "Front near Buhodle.",
     [("*", "ALLIED_WITH", "*")]),
    ("b2-not-fought-alongside-civilians", "The Tuleh Brigade fought alongside villagers "
     "near Buhodle.",
     [("*", "ALLIED_WITH", "*")]),
    ("b2-not-not-allied-to", "The Cauca Front, which is not allied to the Pacific Bloc, "
     "took the town of Timbiqui.",
     [("*", "ALLIED_WITH", "*")]),
    ("b2-not-wing-wrong-direction", "The Kivu Alliance, whose military wing is the Masisi "
     "Movement, signed the deal.",
     [("Kivu Alliance", "PART_OF", "Masisi Movement")]),
    ("b2-not-wing-of-a-building", "The Rumbek Freedom Party met in the east wing of the "
     "Juba hotel.",
     [("*", "PART_OF", "*")]),
    ("b2-not-denied-training", "Rwanda denied training the Kasai Defence Force.",
     [("*", "BACKS", "*")]),
    ("b2-not-whose-rival-is", "The Kivu Alliance, whose main rival is the Masisi Movement, "
     "signed the deal.",
     [("*", "PART_OF", "*")]),
    ("b2-not-one-of-the-groups-rivals", "The Kordofan Liberation Front attacked the town. The "
     "Lion Squad, one of the group's rivals, fled.",
     [("*", "PART_OF", "*")]),
    ("b2-not-force-that-fights", "The Volga Corps, a force that fights the Russian Defence "
     "Ministry's critics, arrived in Bamako.",
     [("*", "PART_OF", "*")]),
    ("b2-not-reporter-reports-to", "Amina Diallo, a reporter who reports to the Lomami Union "
     "press office, left the town.",
     [("*", "PART_OF", "*")]),
    ("b2-not-advised-by-a-person", "The Ndele Guard, advised by Colonel Jean Mbala, retook "
     "the town.",
     [("*", "BACKS", "*")]),
    ("b2-not-wing-of-a-coalition-is-member", "The Tenasserim Alliance's armed wing, the Salween "
     "Brigade, shelled the checkpoint.",
     [("Salween Brigade", "MEMBER_OF", "*")]),
    ("b2-not-member-of-a-region", "Chad and its allies in the Lake region sent troops.",
     [("*", "MEMBER_OF", "*")]),
    ("b2-not-former-member", "The Lawa Hills Army, a former member of the Tenasserim "
     "Alliance, took the town.",
     [("*", "MEMBER_OF", "*")]),
    ("b2-not-onetime-ally", "Armenia, a onetime ally of Russia, closed the border.",
     [("*", "ALLIED_WITH", "*")]),
    ("b2-not-report-includes", "The report, which includes a list of Lawa Hills Army "
     "commanders, was leaked.",
     [("*", "MEMBER_OF", "*")]),
    ("b2-not-joined-with-the-help-of", "The Lawa Hills Army joined the Tenasserim Alliance "
     "with the help of the Karen Liberation Front.",
     [("Karen Liberation Front", "MEMBER_OF", "*")]),
    ("b2-not-left-with-another", "The Lawa Hills Army left the Tenasserim Alliance with the "
     "Karen Liberation Front.",
     [("*", "MEMBER_OF", "*")]),
    ("b2-not-not-a-member-unlike", "The Lawa Hills Army is not a member of the Tenasserim "
     "Alliance, unlike the Karen Liberation Front.",
     [("Lawa Hills Army", "MEMBER_OF", "*")]),
    ("b2-not-support-from-withdrawn", "The Ngala Brigade lost the bridge after Chad "
     "withdrew its support.",
     [("Chad", "BACKS", "*")]),
]



@pytest.mark.parametrize(("text", "expected"), cases(POSITIVE))
def test_bodies_inside_bodies_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected, both_ways=True)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(text, expected, id=case_id,
                 marks=pytest.mark.xfail(strict=True, reason=reason))
    for case_id, text, expected, reason in NOT_YET])
def test_bodies_inside_bodies_not_read_yet(nlp: Language, text: str,
                                           expected: list[Triple]) -> None:
    assert_found(nlp, text, expected, both_ways=True)


@pytest.mark.parametrize(("text", "forbidden"), cases(NEGATIVE))
def test_bodies_inside_bodies_not_read(nlp: Language, text: str,
                                       forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden, both_ways=True)
