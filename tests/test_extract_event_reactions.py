"""An attack told once, then reacted to in a later sentence that names only the reacting
side: "X condemned the bombings", "X called the attack cowardly" criticise the attack's
doer when the article told that kind of attack with one doer ("the blasts" and "the
explosions" a bombing, "the strikes" a strike, "the killings" whoever left the dead);
a later claim or blame ("X claimed responsibility for the blast", "X said its men had
destroyed a column of the army", "police blamed X for the bombing") gives X what the
attack struck and whose dead it left. Next to each the near miss that must give nothing:
two doers of that kind, the victim of the attack, another kind of attack, violence in
general, a doer denied, the doer reacting, an attack of another time or another side.
Own sentences in wire style, invented groups, people and towns."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found

POSITIVE: list[tuple[str, str, list[Triple]]] = [
    # --- a condemnation of the attack told before: its doer criticised
    ("bombings-after-bombed", "The Sahel Liberation Front bombed two markets in Gao on "
     "Monday. Mali's government condemned the bombings.",
     [("Mali", "CRITICIZES", "Sahel Liberation Front")]),
    ("blasts-after-bombed", "The Sahel Liberation Front bombed two markets in Gao on Monday. "
     "France denounced the blasts.", [("France", "CRITICIZES", "Sahel Liberation Front")]),
    ("explosions-after-bombed-wire", "The Sahel Liberation Front bombed a bus station and "
     "a market in the northern city of Gao on Monday, residents said. Niger's government, "
     "which has troops in the region, denounced the explosions on Tuesday.",
     [("Niger", "CRITICIZES", "Sahel Liberation Front")]),
    ("strikes-summoned-ambassador", "Iranian drones struck an oil depot in Erbil on Sunday. "
     "Iraq's foreign ministry condemned the strikes and summoned Iran's ambassador.",
     [("Iraq", "CRITICIZES", "Iranian forces")]),
    ("strikes-long-wire", "KYIV, Ukraine — Russian forces struck the city of Kharkiv with "
     "missiles and drones overnight, killing nine civilians, regional officials said on "
     "Wednesday. Poland's foreign minister, Jan Kowalczyk, condemned the strikes in a post "
     "on social media, saying they showed Moscow had no interest in peace.",
     [("Jan Kowalczyk", "CRITICIZES", "Russian forces")]),
    ("strikes-short", "Turkey struck Kurdish positions near Qamishli on Friday. Greece "
     "condemned the strikes.", [("Greece", "CRITICIZES", "Turkey")]),
    ("killings-after-killed", "Gunmen from the Tana River Brigade killed four Kenyan police "
     "officers in Garissa on Monday. Kenya's interior ministry condemned the killings.",
     [("Kenya", "CRITICIZES", "Tana River Brigade")]),
    ("killings-after-participle", "The Kivu Defence Army shelled a market in Rutshuru on "
     "Sunday, killing nine civilians. Uganda deplored the killings.",
     [("Uganda", "CRITICIZES", "Kivu Defence Army")]),
    ("shelling-after-shelled", "Azerbaijan shelled Armenian border villages on Tuesday. "
     "France condemned the shelling.", [("France", "CRITICIZES", "Azerbaijan")]),
    ("raid-deplored", "The Irrawaddy Freedom Army raided a police station in Pathein on "
     "Thursday. Thailand deplored the raid.",
     [("Thailand", "CRITICIZES", "Irrawaddy Freedom Army")]),
    ("attack-decried-colombia", "The Catatumbo People's Front attacked a Colombian army "
     "base near Tibu on Saturday. Venezuela decried the attack.",
     [("Venezuela", "CRITICIZES", "Catatumbo People's Front")]),
    ("condemned-but-criticised", "The Karen Defence Army attacked a police post in "
     "Myawaddy. Thailand condemned the attack but criticised Myanmar's junta for its "
     "response.", [("Thailand", "CRITICIZES", "Karen Defence Army"),
                   ("Thailand", "CRITICIZES", "Myanmar")]),
    ("condemned-then-claim-ambush", "Gunmen ambushed a Nigerien army convoy near Tillia on "
     "Monday. The Azawagh Brigade claimed the ambush. Algeria condemned the ambush.",
     [("Algeria", "CRITICIZES", "Azawagh Brigade")]),
    ("strikes-calling-violation", "Israeli aircraft struck Hezbollah positions in southern "
     "Lebanon on Monday. The Arab League condemned the strikes, calling them a violation of "
     "Lebanon's sovereignty.", [("Arab League", "CRITICIZES", "Israeli forces")]),
    ("bombing-by-troops", "Colombian troops bombed a camp of the Catatumbo People's Front "
     "near Tibu on Saturday. Venezuela condemned the bombing.",
     [("Venezuela", "CRITICIZES", "Colombian forces")]),
    ("killings-after-shot-dead-wire", "The Shabelle Lions shot dead three Somali soldiers "
     "at a checkpoint outside Baidoa late on Monday, a military officer said. The African "
     "Union mission, which has troops in the area, condemned the killings on Tuesday.",
     [("African Union", "CRITICIZES", "Shabelle Lions")]),
    # --- the attack told by a claim or a blame, then condemned
    ("claimed-bombings-then-condemned", "The Shabelle Lions claimed responsibility for two "
     "bombings in Mogadishu on Friday. Kenya condemned the bombings.",
     [("Kenya", "CRITICIZES", "Shabelle Lions")]),
    ("blamed-then-condemned", "A bomb killed three Nigerian soldiers near Damboa on Monday. "
     "The army blamed the Sambisa Martyrs Brigade for the bombing. The United States "
     "condemned the bombing.", [("United States", "CRITICIZES", "Sambisa Martyrs Brigade")]),
    # --- the attack judged by a damning word
    ("called-cowardly", "The Karen Defence Army attacked a police post in Myawaddy. "
     "Thailand called the attack cowardly.", [("Thailand", "CRITICIZES", "Karen Defence Army")]),
    ("called-cowardly-quoted", "The Karen Defence Army attacked a police post in Myawaddy "
     "on Sunday. Thailand called the attack \"cowardly\" and vowed to help the victims.",
     [("Thailand", "CRITICIZES", "Karen Defence Army")]),
    ("described-as-barbaric", "The Karen Defence Army attacked a police post in Myawaddy on "
     "Sunday. Thailand described the attack as barbaric.",
     [("Thailand", "CRITICIZES", "Karen Defence Army")]),
    ("called-act-of-aggression", "Turkey struck Kurdish positions near Qamishli on Friday. "
     "Greece called the strikes an act of aggression.", [("Greece", "CRITICIZES", "Turkey")]),
    ("called-cowardly-act-of-terror", "The Shabelle Lions bombed a hotel in Mogadishu on "
     "Friday. The African Union called the bombing a cowardly act of terror.",
     [("African Union", "CRITICIZES", "Shabelle Lions")]),
    ("branded-crime-against-humanity", "Houthi fighters shelled a camp for displaced "
     "families near Marib on Monday. Oman branded the shelling a crime against humanity.",
     [("Oman", "CRITICIZES", "Houthis")]),
    # --- a claim or blame after an attack whose victim was told first
    ("claim-responsibility-for-blast", "A bomb exploded under a police car in Quetta on "
     "Friday, killing two Pakistani policemen. The Baloch Freedom Army claimed "
     "responsibility for the blast.",
     [("Baloch Freedom Army", "KILLED", "Pakistani police"),
      ("Baloch Freedom Army", "TARGETS", "Pakistani police")]),
    ("claim-responsibility-for-bomb-found", "A bomb exploded under a police car in Quetta, "
     "killing two Pakistani policemen. The Baloch Freedom Army claimed responsibility for "
     "a bomb found under a police car.",
     [("Baloch Freedom Army", "KILLED", "Pakistani police")]),
    ("claim-explosion-wire", "PESHAWAR, Pakistan — A powerful explosion tore through a "
     "police checkpoint on the outskirts of Peshawar late on Saturday, killing five "
     "Pakistani policemen, officials said. The Khyber Dawn Front claimed responsibility "
     "for the explosion in a message to reporters.",
     [("Khyber Dawn Front", "KILLED", "Pakistani police")]),
    ("men-destroyed-column", "Gunmen ambushed an army column near Tillaberi on Sunday, "
     "killing six Nigerien soldiers. In a statement on Monday, the Sahel Liberation Front "
     "said its men had destroyed a column of the army.",
     [("Sahel Liberation Front", "KILLED", "Nigerien forces"),
      ("Sahel Liberation Front", "TARGETS", "Nigerien forces")]),
    ("fighters-attacked-patrol", "Militants ambushed a Burkinabe army patrol near Djibo on "
     "Tuesday, killing four soldiers. The Soum Defence Front said its fighters had "
     "attacked a patrol of the army.",
     [("Soum Defence Front", "KILLED", "Burkinabe forces")]),
    ("blamed-for-bombing", "A bomb killed three Nigerian soldiers near Damboa on Monday. "
     "The army blamed the Sambisa Martyrs Brigade for the bombing.",
     [("Sambisa Martyrs Brigade", "KILLED", "Nigerian forces")]),
    ("blamed-for-attack-philippines", "Gunmen attacked a Philippine army detachment in "
     "Sulu on Sunday, killing two soldiers. The military blamed the Mindanao Dawn Brigade "
     "for the attack.", [("Mindanao Dawn Brigade", "KILLED", "Philippine forces")]),
    ("claim-ambush-then-condemned", "Militants ambushed a convoy of the Chadian army near "
     "Bol on Wednesday, killing eight soldiers. The Kanem Jihad Brigade claimed the ambush "
     "on Thursday, and Cameroon condemned it.",
     [("Kanem Jihad Brigade", "KILLED", "Chadian forces")]),
]

NEGATIVE: list[tuple[str, str, list[Triple]]] = [
    # two doers of that kind: no telling whose
    ("two-doers-joint", "The Sahel Liberation Front and the Gourma Sword Front attacked Gao "
     "on Monday. Mali condemned the attack.", [("Mali", "CRITICIZES", "*")]),
    ("two-doers-two-bombings", "The Sahel Liberation Front bombed an army post in Gao on "
     "Monday. On Tuesday the Kidal Lions Brigade bombed a police station in Kidal. Mali "
     "condemned the bombings.", [("Mali", "CRITICIZES", "*")]),
    ("two-doers-strikes", "Israel struck targets near Damascus on Monday. Turkey struck "
     "Kurdish positions near Qamishli on Tuesday. Jordan condemned the strikes.",
     [("Jordan", "CRITICIZES", "*")]),
    ("two-doers-any-attack", "The Kivu Defence Army shelled Rutshuru on Monday. The Ituri "
     "Patriotic Force raided Bunia on Tuesday. Uganda condemned the attacks.",
     [("Uganda", "CRITICIZES", "*")]),
    ("two-doers-one-sentence", "The Tana River Brigade attacked a police station in "
     "Garissa on Monday, killing three officers, and a day later the Boni Forest Brigade "
     "attacked a bank in Lamu. Kenya's president condemned the attacks.",
     [("Kenya", "CRITICIZES", "*")]),
    # the victim is not criticised
    ("attack-on-victim", "The Sahel Liberation Front attacked Malian soldiers in Gao. "
     "France condemned the attack on Mali's army.", [("France", "CRITICIZES", "Mali"),
                                                     ("France", "CRITICIZES", "Malian forces")]),
    ("shelling-of-villages", "Azerbaijan shelled Armenian border villages on Tuesday. "
     "Armenia condemned the shelling of its villages.", [("Armenia", "CRITICIZES", "Armenia")]),
    ("killing-of-soldiers-victim", "Gunmen killed four Kenyan soldiers near Lamu on "
     "Monday. Uganda condemned the killing of the Kenyan soldiers.",
     [("Uganda", "CRITICIZES", "Kenyan forces"), ("Uganda", "CRITICIZES", "Kenya")]),
    # another kind of attack
    ("other-kind-kidnappings", "The Sahel Liberation Front bombed an army post in Gao. "
     "Mali condemned the kidnappings.", [("Mali", "CRITICIZES", "*")]),
    ("other-kind-air-strikes", "The Sahel Liberation Front kidnapped three Malian "
     "officials in Gao. Algeria condemned the air strikes.", [("Algeria", "CRITICIZES", "*")]),
    ("other-kind-killings-no-dead", "Turkey struck Kurdish positions near Qamishli on "
     "Friday. Greece condemned the killings.", [("Greece", "CRITICIZES", "*")]),
    ("other-kind-blasts-after-raid", "The Irrawaddy Freedom Army raided a police station "
     "in Pathein on Thursday. Thailand condemned the blasts.",
     [("Thailand", "CRITICIZES", "*")]),
    # violence in general, no event told
    ("violence-general", "Mali condemned violence in the north of the country.",
     [("Mali", "CRITICIZES", "*")]),
    ("attacks-general-no-event", "Thailand condemned the attacks on civilians in a speech "
     "to the assembly.", [("Thailand", "CRITICIZES", "*")]),
    # a doer suspected and denied
    ("denied-involvement", "Gunmen attacked a police station in Kandahar on Monday. The "
     "Hazara Front denied involvement. Pakistan condemned the attack.",
     [("Pakistan", "CRITICIZES", "Hazara Front")]),
    ("denied-responsibility-blast", "A bomb exploded under a police car in Quetta, killing "
     "two Pakistani policemen. The Baloch Freedom Army denied responsibility for the blast.",
     [("Baloch Freedom Army", "KILLED", "*"), ("Baloch Freedom Army", "TARGETS", "*")]),
    ("denied-then-condemned", "A bomb exploded at a bus stop in Quetta on Friday, killing "
     "two Pakistani policemen. The Baloch Freedom Army denied responsibility for the "
     "bombing. Pakistan condemned the bombing.", [("Pakistan", "CRITICIZES", "*")]),
    ("blame-dismissed-then-condemned", "A bomb killed three Nigerian soldiers near Damboa on "
     "Monday. The army dismissed reports blaming the Sambisa Martyrs Brigade for the "
     "bombing. Chad condemned the bombing.", [("Chad", "CRITICIZES", "*")]),
    # the reacting side is the doer
    ("doer-reacting", "The Sahel Liberation Front attacked Malian soldiers in Gao. The "
     "Sahel Liberation Front condemned the attack.",
     [("Sahel Liberation Front", "CRITICIZES", "*")]),
    # a condemnation not made
    ("did-not-condemn", "The Sahel Liberation Front attacked an army base near Gao on "
     "Monday. Mali's government did not condemn the attack.", [("Mali", "CRITICIZES", "*")]),
    ("refused-to-condemn", "Turkey struck Kurdish positions near Qamishli on Friday. "
     "Azerbaijan refused to condemn the strikes.", [("Azerbaijan", "CRITICIZES", "*")]),
    # another attack, of another time
    ("other-attack-of-mosque", "The Sahel Liberation Front attacked an army base near Gao "
     "on Monday. Mali also condemned the bombing of a mosque in Kidal.",
     [("Mali", "CRITICIZES", "*")]),
    ("other-attack-last-year", "The Sahel Liberation Front attacked an army base near Gao "
     "on Monday. Mali recalled the attacks of last year.", [("Mali", "CRITICIZES", "*")]),
    # a judging word that does not damn
    ("called-legitimate", "Turkey struck Kurdish positions near Qamishli on Friday. "
     "Azerbaijan called the strikes a legitimate act of self-defence.",
     [("Azerbaijan", "CRITICIZES", "*")]),
    ("called-unexpected", "The Karen Defence Army attacked a police post in Myawaddy. "
     "Thailand called the attack unexpected.", [("Thailand", "CRITICIZES", "*")]),
    # a claim of a bomb with no attack told
    ("bomb-found-no-event", "Police found a bomb under a car in Quetta on Friday. The "
     "Baloch Freedom Army claimed responsibility for the bomb.",
     [("Baloch Freedom Army", "KILLED", "*"), ("Baloch Freedom Army", "TARGETS", "*")]),
    # its men struck another side than the attack did
    ("men-destroyed-other-side", "Gunmen ambushed a Nigerien army column near Tillaberi on "
     "Sunday, killing six soldiers. The Sahel Liberation Front said its men had destroyed "
     "a convoy of Chadian troops.", [("Sahel Liberation Front", "KILLED", "Nigerien forces")]),
    ("men-did-not-destroy", "Gunmen ambushed an army column near Tillaberi on Sunday, "
     "killing six Nigerien soldiers. The Sahel Liberation Front said its men had not "
     "attacked the army.", [("Sahel Liberation Front", "KILLED", "*")]),
    ("men-would-attack", "Gunmen ambushed an army column near Tillaberi on Sunday, "
     "killing six Nigerien soldiers. The Sahel Liberation Front said its men would attack "
     "the army again.", [("Sahel Liberation Front", "KILLED", "*")]),
    # a doer named already is not the later claimant's
    ("doer-named-then-blast-claimed", "The Kidal Lions Brigade bombed a Malian army post "
     "near Anefis, killing four soldiers. The Gourma Sword Front claimed responsibility for "
     "the blast.", [("Gourma Sword Front", "*", "*")]),
]

CASES = [pytest.param(text, want, True, id=f"reads-{cid}") for cid, text, want in POSITIVE] + [
    pytest.param(text, bad, False, id=f"not-{cid}") for cid, text, bad in NEGATIVE]


@pytest.mark.parametrize(("text", "triples", "asserted"), CASES)
def test_reading(nlp: Language, text: str, triples: list[Triple], asserted: bool) -> None:
    (assert_found if asserted else assert_absent)(nlp, text, triples)
