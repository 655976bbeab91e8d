"""Condemnations and accusations as statements word them: a condemnation aimed at the
doer of an attack told in a relative clause ("shootings, which Y condemned"), a passive
("the raid by X was condemned by Y") or "drew condemnation from Y"; blame laid "on" a
side; criticism "directed at" a side; a speaker saying a side "was responsible for",
"bears responsibility for", "was to blame" or "had failed to" act. Each next to the near
miss that must give no CRITICIZES: the victim of the attack, an attack with no doer, a
denial or a negation, an unrelated failure, praise. Own sentences in wire style, invented
groups, people and towns."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a condemned attack in a relative clause: the condemner criticises its doer
    ("relcl-claimed-shootings", "The Shan Unity Army has claimed several shootings in "
     "Lashio, which Thailand has condemned.", [("Thailand", "CRITICIZES", "Shan Unity Army")]),
    ("relcl-claimed-ministry", "The Shan Unity Army has claimed three bombings this month, "
     "which the Thai foreign ministry has condemned.",
     [("Thailand", "CRITICIZES", "Shan Unity Army")]),
    ("relcl-claimed-responsibility", "The Kunar Resistance Front claimed responsibility for "
     "the ambushes near Asadabad, which Pakistan condemned on Sunday.",
     [("Pakistan", "CRITICIZES", "Kunar Resistance Front")]),
    ("relcl-carried-out-raids", "The Ituri Patriotic Force carried out raids near Bunia "
     "last week, which Uganda denounced.",
     [("Uganda", "CRITICIZES", "Ituri Patriotic Force")]),
    ("relcl-attacks-by-that", "The attacks by the Ituri Patriotic Force that Uganda "
     "denounced on Monday killed 40 villagers.",
     [("Uganda", "CRITICIZES", "Ituri Patriotic Force")]),
    ("relcl-attacks-by-which", "Raids by the Sool Liberation Front, which Ethiopia has "
     "condemned, have displaced thousands near Las Anod.",
     [("Ethiopia", "CRITICIZES", "Sool Liberation Front")]),
    ("relcl-possessive-raids", "The Sool Liberation Front's raids, which Ethiopia condemned, "
     "left nine people dead.", [("Ethiopia", "CRITICIZES", "Sool Liberation Front")]),
    ("relcl-long-wire", "The Sool Liberation Front, an armed group based in the hills "
     "south of Las Anod, has claimed two bombings in the town this year, which Ethiopia's "
     "foreign ministry condemned in a statement on Tuesday.",
     [("Ethiopia", "CRITICIZES", "Sool Liberation Front")]),
    # --- the attack, condemned: passive and "drew condemnation from"
    ("passive-by-doer", "The shelling of Pibor by the Boma Defence Army was condemned by "
     "South Sudan on Friday.", [("South Sudan", "CRITICIZES", "Boma Defence Army")]),
    ("passive-possessive", "The Boma Defence Army's raid on Pibor was strongly condemned by "
     "Kenya.", [("Kenya", "CRITICIZES", "Boma Defence Army")]),
    ("drew-condemnation", "The raid by the Boma Defence Army on Pibor drew condemnation "
     "from Kenya.", [("Kenya", "CRITICIZES", "Boma Defence Army")]),
    ("drew-sharp-criticism", "The Boma Defence Army's attack on Pibor drew sharp criticism "
     "from the African Union on Thursday.",
     [("African Union", "CRITICIZES", "Boma Defence Army")]),
    ("prompted-condemnation", "The bombing of Malakal by the Boma Defence Army prompted "
     "condemnation from Uganda.", [("Uganda", "CRITICIZES", "Boma Defence Army")]),
    # --- condemnations naming the doer in the object
    ("condemned-attack-by-on", "Chile condemned the attack by the Arauco Resistance Front "
     "on a police post in Temuco.", [("Chile", "CRITICIZES", "Arauco Resistance Front")]),
    ("condemns-headline", "Chile condemns deadly Arauco Resistance Front attack on Temuco",
     [("Chile", "CRITICIZES", "Arauco Resistance Front")]),
    ("condemned-killing-by", "Peru condemned the killing of three police officers by the "
     "Huallaga Dawn Brigade near Tingo Maria.",
     [("Peru", "CRITICIZES", "Huallaga Dawn Brigade")]),
    ("condemned-which-she-blamed-on", "The foreign minister, Ana Lucia Morales, condemned "
     "the shelling, which she blamed on the Huallaga Dawn Brigade.",
     [("Ana Lucia Morales", "CRITICIZES", "Huallaga Dawn Brigade")]),
    ("condemned-carried-out-by", "Kenya condemned the strikes carried out by Somalia near "
     "Mandera on Sunday.", [("Kenya", "CRITICIZES", "Somalia")]),
    ("un-official-condemned", "UN High Commissioner Ingrid Dahl condemned the attack by the "
     "Ituri Patriotic Force on a camp near Bunia.",
     [("Ingrid Dahl", "CRITICIZES", "Ituri Patriotic Force")]),
    ("un-rapporteur-on-topic", "The UN Special Rapporteur on Torture Anna Lindqvist "
     "condemned the beating of detainees by the Ituri Patriotic Force.",
     [("Anna Lindqvist", "CRITICIZES", "Ituri Patriotic Force")]),
    ("un-envoy-for-topic", "The UN Special Envoy for the Great Lakes Pierre Mbaya criticized "
     "Rwanda on Monday.", [("Pierre Mbaya", "CRITICIZES", "Rwanda")]),
    ("un-secretary-general-office", "The UN Secretary-General condemned the attack by the "
     "Ituri Patriotic Force on a camp near Bunia.",
     [("United Nations", "CRITICIZES", "Ituri Patriotic Force")]),
    # --- blame laid on a side
    ("blamed-unrest-on", "Guatemala blamed the unrest in Huehuetenango on Mexico.",
     [("Guatemala", "CRITICIZES", "Mexico")]),
    ("blamed-it-on", "Bolivia blamed it on Paraguay, the interior minister said on Monday.",
     [("Bolivia", "CRITICIZES", "Paraguay")]),
    ("blamed-violence-on-group", "Mali blamed the violence around Mopti on the Macina "
     "Liberation Front.", [("Mali", "CRITICIZES", "Macina Liberation Front")]),
    ("blamed-for", "Kenya blamed Uganda for the closure of the border at Busia.",
     [("Kenya", "CRITICIZES", "Uganda")]),
    # --- accusations with a clause
    ("accused-of-recruiting", "Kenya accused the Tana Coast Brigade of recruiting children.",
     [("Kenya", "CRITICIZES", "Tana Coast Brigade")]),
    ("accuses-of-trying-to", "Interior Minister Joseph Kamau accuses the Tana Coast Brigade "
     "of trying to seize Garsen before the vote.",
     [("Joseph Kamau", "CRITICIZES", "Tana Coast Brigade")]),
    ("whom-accused-of", "The Tana Coast Brigade, whom Kenya accused of burning villages "
     "near Garsen, withdrew on Sunday.", [("Kenya", "CRITICIZES", "Tana Coast Brigade")]),
    ("which-accuses-of", "The Tana Coast Brigade, which Kenya accuses of recruiting "
     "children, withdrew from Garsen.", [("Kenya", "CRITICIZES", "Tana Coast Brigade")]),
    ("statement-accused-of", "In a statement issued late Tuesday, Interior Minister Joseph "
     "Kamau accused the Tana Coast Brigade of trying to destabilise the coast.",
     [("Joseph Kamau", "CRITICIZES", "Tana Coast Brigade")]),
    ("accused-by-passive", "Uganda was accused by Amnesty International of torturing "
     "detainees in Gulu.", [("Amnesty International", "CRITICIZES", "Uganda")]),
    # --- a speaker says a side is responsible, to blame, or failed to act
    ("said-responsible-for-attack", "Kenya said the Tana Coast Brigade was responsible for "
     "the attack on Garsen.", [("Kenya", "CRITICIZES", "Tana Coast Brigade")]),
    ("said-that-responsible-killings", "Armenia said on Monday that Azerbaijan was "
     "responsible for the killings near Jermuk.", [("Armenia", "CRITICIZES", "Azerbaijan")]),
    ("said-bears-responsibility", "Kenya said Uganda bears responsibility for the attack "
     "on Busia.", [("Kenya", "CRITICIZES", "Uganda")]),
    ("said-to-blame", "Moldova said on Friday that Russia was to blame for the clashes near "
     "Tighina.", [("Moldova", "CRITICIZES", "Russia")]),
    ("said-failed-to-stop", "Bolivia said Peru had again failed to stop the smuggling of "
     "arms across the border.", [("Bolivia", "CRITICIZES", "Peru")]),
    ("said-failed-to-act", "President Luis Arce said Chile had failed to act against the "
     "gangs near Arica.", [("Luis Arce", "CRITICIZES", "Chile")]),
    ("group-said-state-responsible", "The Tana Coast Brigade rejected the accusations and "
     "said Kenya was responsible for the violence.",
     [("Tana Coast Brigade", "CRITICIZES", "Kenya")]),
    # --- criticism aimed at a side
    ("directed-criticism-at", "Colombia directed its sharpest criticism at Venezuela on "
     "Monday.", [("Colombia", "CRITICIZES", "Venezuela")]),
    ("directed-her-criticism-at", "Foreign Minister Ana Lucia Morales directed her "
     "criticism at Ecuador.", [("Ana Lucia Morales", "CRITICIZES", "Ecuador")]),
    ("directed-much-of-criticism", "Mongolia directed much of its criticism on Tuesday at "
     "China.", [("Mongolia", "CRITICIZES", "China")]),
    ("lashed-out-at", "President Juan Ortega lashed out at the Tana Coast Brigade on Monday.",
     [("Juan Ortega", "CRITICIZES", "Tana Coast Brigade")]),
    ("hit-out-at", "Kenya hit out at Uganda over the border dispute.",
     [("Kenya", "CRITICIZES", "Uganda")]),
    ("slammed", "President Juan Ortega slammed Uganda over the border dispute.",
     [("Juan Ortega", "CRITICIZES", "Uganda")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # the victim, the place, an attack with no known doer
    ("attack-on-market-no-doer", "Chile condemned the attack on the market in Temuco.",
     [("*", "CRITICIZES", "*")]),
    ("attack-on-state-victim", "Chile condemned the attack on Argentina.",
     [("Chile", "CRITICIZES", "Argentina")]),
    ("attack-on-group-victim", "Chile condemned the attack on the Arauco Resistance Front.",
     [("Chile", "CRITICIZES", "Arauco Resistance Front")]),
    ("killing-of-commander", "Kenya condemned the killing of Tana Coast Brigade commander "
     "Ali Hassan near Garsen.", [("Kenya", "CRITICIZES", "*")]),
    ("relcl-denied-shootings", "The Shan Unity Army has denied several shootings in "
     "Lashio, which Thailand has condemned.", [("Thailand", "CRITICIZES", "Shan Unity Army")]),
    ("relcl-raids-on-victim", "The raids on the Ituri Patriotic Force that Uganda denounced "
     "on Monday killed 40 fighters.", [("Uganda", "CRITICIZES", "Ituri Patriotic Force")]),
    ("relcl-did-not-condemn", "The Sool Liberation Front's raids, which Ethiopia did not "
     "condemn, left nine people dead.", [("Ethiopia", "CRITICIZES", "Sool Liberation Front")]),
    ("passive-victim", "The raid on the Boma Defence Army near Pibor was condemned by "
     "Kenya.", [("Kenya", "CRITICIZES", "Boma Defence Army")]),
    ("drew-condemnation-victim", "The raid on the Boma Defence Army near Pibor drew "
     "condemnation from Kenya.", [("Kenya", "CRITICIZES", "Boma Defence Army")]),
    ("drew-praise", "The Boma Defence Army's withdrawal from Pibor drew praise from Kenya.",
     [("Kenya", "CRITICIZES", "*")]),
    # negation, refusal, a denial
    ("did-not-condemn", "Kenya did not condemn the Tana Coast Brigade's raid on Garsen.",
     [("Kenya", "CRITICIZES", "*")]),
    ("refused-to-condemn", "Kenya refused to condemn the Tana Coast Brigade's raid on "
     "Garsen.", [("Kenya", "CRITICIZES", "*")]),
    ("denied-accusing", "Kenya denied accusing Uganda of arming the rebels.",
     [("Kenya", "CRITICIZES", "Uganda")]),
    ("did-not-blame-on", "Guatemala did not blame the unrest in Huehuetenango on Mexico.",
     [("Guatemala", "CRITICIZES", "Mexico")]),
    ("blamed-floods-on-storm", "Guatemala blamed the floods in Huehuetenango on the storm "
     "from Mexico.", [("Guatemala", "CRITICIZES", "Mexico")]),
    ("not-responsible", "Kenya said the Tana Coast Brigade was not responsible for the "
     "attack on Garsen.", [("Kenya", "CRITICIZES", "Tana Coast Brigade")]),
    ("denied-responsible", "Kenya denied that the Tana Coast Brigade was responsible for "
     "the attack on Garsen.", [("Kenya", "CRITICIZES", "Tana Coast Brigade")]),
    ("responsible-for-security", "Kenya said Uganda was responsible for the security of "
     "the border at Busia.", [("Kenya", "CRITICIZES", "Uganda")]),
    ("claims-own-attack", "The Tana Coast Brigade said it was responsible for the attack on "
     "Garsen.", [("Tana Coast Brigade", "CRITICIZES", "*")]),
    ("not-to-blame", "Moldova said on Friday that Russia was not to blame for the clashes "
     "near Tighina.", [("Moldova", "CRITICIZES", "Russia")]),
    ("spokesman-for-president", "A spokesman for President Abel Tamba, Ruth Nkosi, "
     "criticized Zambia on Monday.", [("Abel Tamba", "CRITICIZES", "*")]),
    ("failed-to-take-town", "Kenya said the Tana Coast Brigade had failed to take Garsen.",
     [("Kenya", "CRITICIZES", "*")]),
    ("failed-to-qualify", "Bolivia said Peru had again failed to qualify for the final of "
     "the regional cup.", [("Bolivia", "CRITICIZES", "Peru")]),
    ("not-failed-to-act", "Bolivia said Peru had not failed to act against the smugglers.",
     [("Bolivia", "CRITICIZES", "Peru")]),
    ("own-failure", "Kenya said it had failed to stop the raids near Garsen.",
     [("Kenya", "CRITICIZES", "*")]),
    # the other direction, praise, aims of another kind
    ("rejected-accusations", "Kenya rejected accusations that it had armed the Tana Coast "
     "Brigade.", [("Kenya", "CRITICIZES", "*")]),
    ("accused-by-direction", "Uganda was accused by Amnesty International of torturing "
     "detainees in Gulu.", [("Uganda", "CRITICIZES", "Amnesty International")]),
    ("praised", "Kenya praised Uganda for its help at the border.",
     [("Kenya", "CRITICIZES", "Uganda")]),
    ("directed-aid-at", "Mongolia directed its aid convoys at China on Tuesday.",
     [("Mongolia", "CRITICIZES", "China")]),
    ("did-not-direct-criticism", "Mongolia did not direct its criticism at China.",
     [("Mongolia", "CRITICIZES", "China")]),
    ("urged-to-condemn", "Tanzania urged Kenya to condemn the Tana Coast Brigade's raid on "
     "Garsen.", [("Kenya", "CRITICIZES", "*"), ("Tanzania", "CRITICIZES", "*")]),
]

# Known gaps, kept visible.
UNREAD = [
    pytest.param("The UN Special Rapporteur on Torture Helga Brandt condemned the beating of "
                 "detainees by the Ituri Patriotic Force.",
                 [("Helga Brandt", "CRITICIZES", "Ituri Patriotic Force")], True,
                 id="reads-rapporteur-topic-in-name", marks=pytest.mark.xfail(
                     strict=True, reason="the topic word before an unfamiliar first name is "
                     "taken into the person's name")),
    pytest.param("Kenya condemned the raid on Garsen, which it blamed on the Tana Coast "
                 "Brigade.", [("Kenya", "CRITICIZES", "Tana Coast Brigade")], True,
                 id="reads-which-it-blamed-on"),
    pytest.param("Kenya would condemn any raid by the Tana Coast Brigade on Garsen.",
                 [("Kenya", "CRITICIZES", "*")], False, id="not-would-condemn",
                 marks=pytest.mark.xfail(strict=True, reason="a conditional condemnation "
                                         "is read as made")),
]

# Readings must give their triples; must-nots must give none of theirs.
CASES = [pytest.param(text, want, True, id=f"reads-{cid}") for cid, text, want in POSITIVE] + [
    pytest.param(text, bad, False, id=f"not-{cid}") for cid, text, bad in NEGATIVE] + UNREAD


@pytest.mark.parametrize(("text", "triples", "asserted"), CASES)
def test_reading(nlp: Language, text: str, triples: list[Triple], asserted: bool) -> None:
    (assert_found if asserted else assert_absent)(nlp, text, triples)
