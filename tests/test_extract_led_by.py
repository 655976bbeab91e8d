"""A group's leader told by a participle or a clause in the places news puts them: after
an appositive that names the group's kind ("the X, the rebel alliance led by Y"), with
a time between the verb and its doer ("headed since 2019 by Y", "has been led since the
death of its founder Z in 2016 by his son, Y"), with the leader's own title in the
by-phrase ("led by its commander-in-chief Y"), a name written across a slash ("the
AFC/M23, led by Y": both bodies), a body formed or established by a person (a founder
leads it), and a relative clause that names the group by its head noun ("Y, who has
led the brigade since 2021": the one brigade of the article).

Must-nots next to each: a former head ("formerly led by", "led by its former
commander"), a dead founder, a prospect ("may soon be led by", "plans to form"), a
negation, "led by example", a patrol, an attack or an offensive "led by" soldiers or an
army, a body "formed by the merger" of others, and a head noun two bodies of the
article share.

Own sentences, invented people and bodies from several regions, each short and inside a
long wire sentence (a dateline, "on Tuesday", "according to ...")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases

L, MO = "LEADS", "MEMBER_OF"

FOUND: list[tuple[str, str, list[Triple]]] = [
    # the participle after an appositive that names the group's kind
    ("appos-kind-led", "The Sword Front, the rebel alliance led by Tomas Veller, said on "
     "Monday it had taken the bridge.", [("Tomas Veller", L, "Sword Front")]),
    ("appos-kind-led-long", "KIDAL, Mali (Reuters) - The Azawad Sentinels, the separatist "
     "coalition led since 2022 by Moussa Ag Intalla, said on Wednesday that its fighters had "
     "repelled an army attack near Tessalit, according to a statement posted online.",
     [("Moussa Ag Intalla", L, "Azawad Sentinels")]),
    ("appos-kind-now-commanded", "The Cauca Patriotic Bloc, a dissident faction now "
     "commanded by Hernan Quintero, ambushed a police patrol.",
     [("Hernan Quintero", L, "Cauca Patriotic Bloc")]),
    ("appos-kind-now-commanded-long", "BOGOTA (AP) — The Cauca Patriotic Bloc, a dissident "
     "faction now commanded by Hernan Quintero, ambushed a police patrol near Popayan on "
     "Sunday, killing three officers, the defence ministry said.",
     [("Hernan Quintero", L, "Cauca Patriotic Bloc")]),
    ("appos-kind-two-groups", "The Sword Front, the rebel alliance led by Tomas Veller, "
     "attacked the Iron Legion, the militia headed by Piet Kruger.",
     [("Tomas Veller", L, "Sword Front"), ("Piet Kruger", L, "Iron Legion")]),
    ("appos-kind-inside-loyal", "Fighters loyal to the Ituri Guard, the militia led by "
     "Innocent Habimana, attacked the camp.", [("Innocent Habimana", L, "Ituri Guard")]),
    ("appos-kind-mai-mai", "The Kivu Patriots, a Mai-Mai faction headed since 2019 by "
     "Jean-Paul Kabuya, seized the mine.", [("Jean-Paul Kabuya", L, "Kivu Patriots")]),
    # a time between the participle and its doer
    ("headed-since", "The Arakan Tigers, headed since 2019 by Khin Maung Aye, denied the "
     "charge on Friday.", [("Khin Maung Aye", L, "Arakan Tigers")]),
    ("passive-led-since", "The Sambisa Brigade has been led since 2019 by Bukar Modu.",
     [("Bukar Modu", L, "Sambisa Brigade")]),
    ("passive-commanded-since-month", "The Sambisa Brigade has been commanded since "
     "January by Bukar Modu, the army said.", [("Bukar Modu", L, "Sambisa Brigade")]),
    # the doer after a time the parser hangs "by" on
    ("passive-since-death-of-founder", "The Eastern Watch has been led since the death of "
     "its founder Ali Mansour in 2016 by his son, Hamid Mansour.",
     [("Hamid Mansour", L, "Eastern Watch")]),
    ("passive-since-killing-of-founder", "The Sambisa Brigade has been led since the "
     "killing of its founder Abba Gana in 2019 by his deputy, Bukar Modu.",
     [("Bukar Modu", L, "Sambisa Brigade")]),
    ("passive-since-death-said", "The Sambisa Brigade has been led since the death of its "
     "founder Abba Gana by his nephew, Bukar Modu, the army said.",
     [("Bukar Modu", L, "Sambisa Brigade")]),
    ("since-death-fronted", "Since the death of its founder Ali Mansour in 2016, the "
     "Eastern Watch has been led by his son, Hamid Mansour.",
     [("Hamid Mansour", L, "Eastern Watch")]),
    # the leader's own title in the by-phrase
    ("by-commander-in-chief", "The Salween Army, led by its commander-in-chief Saw Ler "
     "Moo, has seized three towns.", [("Saw Ler Moo", L, "Salween Army")]),
    ("by-commander-in-chief-long", "The Hill Army, led by its commander-in-chief, General "
     "Naing Soe, has seized three towns in northern Shan state, the group said on Tuesday.",
     [("Naing Soe", L, "Hill Army")]),
    ("by-founder", "The Salween Army, led by its founder Saw Ler Moo, rejected the "
     "ceasefire.", [("Saw Ler Moo", L, "Salween Army")]),
    ("by-founder-and-chairman", "The Salween Army, led by its founder and chairman Saw Ler "
     "Moo, rejected the ceasefire.", [("Saw Ler Moo", L, "Salween Army")]),
    ("commanded-since-by-founder", "The Hill Army, commanded since 2020 by its founder "
     "Naing Soe, seized the town.", [("Naing Soe", L, "Hill Army")]),
    ("by-former-officer-now-leads", "The Ituri Guard, led by a former army officer, "
     "Innocent Habimana, took the hill.", [("Innocent Habimana", L, "Ituri Guard")]),
    # a name written across a slash: both bodies
    ("slash-appos-kind", "GOMA, Congo (Reuters) - The AFC/M23, the rebel alliance led by "
     "Corneille Mbayo, said on Sunday it had captured the town.",
     [("Corneille Mbayo", L, "March 23 Movement"), ("Corneille Mbayo", L, "AFC")]),
    ("slash-kind-after", "The AFC/M23 alliance, led by Corneille Mbayo, took Goma on "
     "Monday.", [("Corneille Mbayo", L, "March 23 Movement"),
                 ("Corneille Mbayo", L, "AFC")]),
    ("slash-two-known", "Hamas/PIJ, led by Yusuf Nasser, fired rockets.",
     [("Yusuf Nasser", L, "Hamas"), ("Yusuf Nasser", L, "Palestinian Islamic Jihad")]),
    # formed, founded, created, established by a person: a founder leads
    ("passive-formed-by", "The Tana Lions were formed in 2025 by Salim Oduya.",
     [("Salim Oduya", L, "Tana Lions")]),
    ("passive-formed-by-appos", "The Tana Lions were formed in 2025 by Salim Oduya, a "
     "former army captain.", [("Salim Oduya", L, "Tana Lions")]),
    ("passive-established-by-long", "The Ituri Guard was established in 2024 by Innocent "
     "Habimana, a former army colonel, according to a UN report seen by Reuters.",
     [("Innocent Habimana", L, "Ituri Guard")]),
    ("reduced-formed-by", "The Ituri Guard, formed in 2024 by Innocent Habimana, took the "
     "hill.", [("Innocent Habimana", L, "Ituri Guard")]),
    ("appos-kind-formed-by", "The Tana Lions, a militia formed in 2025 by Salim Oduya, "
     "attacked the port on Tuesday, police said.", [("Salim Oduya", L, "Tana Lions")]),
    ("appos-kind-founded-by-long", "MOMBASA, Kenya - The Tana Lions, a militia founded in "
     "2019 by a former police officer, Salim Oduya, attacked the port on Tuesday, "
     "according to police.", [("Salim Oduya", L, "Tana Lions")]),
    ("reduced-created-by", "The Tana Lions, created in 2021 by former officer Salim "
     "Oduya, attacked the port.", [("Salim Oduya", L, "Tana Lions")]),
    ("who-formed", "Didier Mpoyo, who formed the Kasai Rangers in 2023, was arrested in "
     "Kananga.", [("Didier Mpoyo", L, "Kasai Rangers")]),
    ("who-established", "Didier Mpoyo, who established the Kasai Rangers in 2023, was "
     "arrested in Kananga on Thursday, a police spokesman said.",
     [("Didier Mpoyo", L, "Kasai Rangers")]),
    ("formed-after", "Didier Mpoyo formed the Kasai Rangers in 2023 after leaving the "
     "army.", [("Didier Mpoyo", L, "Kasai Rangers")]),
    # a relative clause that names the group by its head noun
    ("who-led-the-brigade", "Fighters of the Red Ridge Brigade stormed the village on "
     "Sunday. Karim Haddad, who had led the brigade since 2021, was killed in the raid.",
     [("Karim Haddad", L, "Red Ridge Brigade")]),
    ("who-commanded-the-brigade-long", "KHARTOUM, Sudan (AP) — Fighters of the Red Ridge "
     "Brigade stormed the village on Sunday. The brigade's fighters burned homes, "
     "witnesses said. Karim Haddad, who has commanded the brigade since 2021, said the "
     "attack was revenge for the killing of his brother.",
     [("Karim Haddad", L, "Red Ridge Brigade")]),
    ("who-led-the-militia", "Fighters of the Ituri Guard torched the village. Innocent "
     "Habimana, who has led the militia since 2021, said the attack was revenge.",
     [("Innocent Habimana", L, "Ituri Guard")]),
    ("whom-consider-leader", "The police arrested Omar Bakri, whom prosecutors consider "
     "the leader of the Desert Hawks, in Niamey on Friday.",
     [("Omar Bakri", L, "Desert Hawks")]),
    ("whom-describe-head-long", "Police in Niamey detained Idrissa Kane, whom "
     "investigators describe as the head of the Tillaberi Brotherhood, on Friday, the "
     "interior ministry said.", [("Idrissa Kane", L, "Tillaberi Brotherhood")]),
    # a former head is one of the body's people
    ("formerly-led", "The Sword Front, the rebel alliance formerly led by Tomas Veller, "
     "said on Monday it had taken the bridge.", [("Tomas Veller", MO, "Sword Front")]),
    ("by-former-commander", "The Hill Army, led by its former commander Naing Soe, has "
     "seized three towns.", [("Naing Soe", MO, "Hill Army")]),
    ("by-former-chairman", "The Ituri Guard, led by its former chairman Innocent "
     "Habimana, took the hill.", [("Innocent Habimana", MO, "Ituri Guard")]),
]

ABSENT: list[tuple[str, str, list[Triple]]] = [
    # a former head, however told, heads no more
    ("formerly-led-not-leads", "The Sword Front, the rebel alliance formerly led by Tomas "
     "Veller, said on Monday it had taken the bridge.", [("Tomas Veller", L, "*")]),
    ("once-commanded-not-leads", "The Sword Front, the alliance once commanded by Tomas "
     "Veller, said it had taken the bridge.", [("Tomas Veller", L, "*")]),
    ("which-was-once-led", "The Ituri Guard, which was once led by Innocent Habimana, "
     "took the hill.", [("Innocent Habimana", L, "*")]),
    ("by-former-commander-not-leads", "The Hill Army, led by its former commander Naing "
     "Soe, has seized three towns.", [("Naing Soe", L, "*")]),
    ("by-former-chairman-not-leads-long", "BUNIA, Congo (Reuters) - The Ituri Guard, led by its "
     "former chairman Innocent Habimana, took the hill on Tuesday after two days of "
     "fighting, residents said.", [("Innocent Habimana", L, "*")]),
    # a dead founder does not lead; his successor does
    ("dead-founder-not-leads", "The Eastern Watch has been led since the death of its "
     "founder Ali Mansour in 2016 by his son, Hamid Mansour.",
     [("Ali Mansour", L, "*")]),
    ("dead-founder-said-not-leads", "The Sambisa Brigade has been led since the death of "
     "its founder Abba Gana by his nephew, Bukar Modu, the army said.",
     [("Abba Gana", L, "*")]),
    # a prospect, a plan or a negation
    ("may-soon-be-led", "The Ituri Guard, which may soon be led by Innocent Habimana, "
     "took the hill.", [("Innocent Habimana", L, "*")]),
    ("will-be-led", "The Sword Front, the rebel alliance which will be led by Tomas "
     "Veller, said it had taken the bridge.", [("Tomas Veller", L, "*")]),
    ("plans-to-form", "Didier Mpoyo plans to form the Kasai Rangers next year.",
     [("Didier Mpoyo", L, "*")]),
    ("not-led-by", "The Sword Front, which is not led by Tomas Veller, said on Monday it "
     "had taken the bridge.", [("Tomas Veller", L, "*")]),
    ("passive-not-led-since", "The Sambisa Brigade has not been led since 2019 by Bukar "
     "Modu.", [("Bukar Modu", L, "*")]),
    ("did-not-form", "Didier Mpoyo did not form the Kasai Rangers, his lawyer said.",
     [("Didier Mpoyo", L, "*")]),
    # "led by" that is no group's leadership
    ("led-by-example", "He said the Sword Front led by example.", [("*", L, "*")]),
    ("patrol-led-by-soldiers", "The patrol, led by soldiers of the Ituri Guard, reached "
     "Bunia.", [("*", L, "*")]),
    ("convoy-led-by-fighters", "A convoy led by fighters of the Sword Front reached "
     "Garissa on Monday, witnesses said.", [("*", L, "*")]),
    ("offensive-led-by-army", "An offensive led by the Congolese army drove the Ituri "
     "Guard from Bunia.", [("*", L, "*")]),
    ("attack-led-by-person", "The Ituri Guard's attack, led by Innocent Habimana, killed "
     "nine.", [("Innocent Habimana", L, "*")]),
    ("raid-was-led-by", "The raid was led by Tomas Veller, the army said.",
     [("Tomas Veller", L, "*")]),
    ("delegation-led-by", "A delegation led by Innocent Habimana met the Ituri Guard.",
     [("Innocent Habimana", L, "Ituri Guard")]),
    # formed, but not by the person
    ("formed-by-merger", "The Ituri Guard was formed in 2024 by the merger of two "
     "militias.", [("*", L, "Ituri Guard")]),
    ("formed-to-fight", "The Ituri Guard was formed in 2024 to fight Innocent Habimana.",
     [("Innocent Habimana", L, "*")]),
    ("formed-after-arrest", "The Ituri Guard, formed in 2024 after the arrest of Innocent "
     "Habimana, took the hill.", [("Innocent Habimana", L, "*")]),
    ("formed-patrol-against", "Didier Mpoyo, who formed a patrol to fight the Kasai "
     "Rangers in 2023, was arrested in Kananga.", [("Didier Mpoyo", L, "*")]),
    ("formed-alliance-with", "Didier Mpoyo formed an alliance with the Kasai Rangers in "
     "2023.", [("Didier Mpoyo", L, "Kasai Rangers")]),
    ("states-formed-body", "Angola and Zambia formed the Kasai Border Commission in 2023.",
     [("*", L, "*")]),
    # the leader of another group in the same sentence
    ("other-groups-leader", "The Ituri Guard, led by Innocent Habimana, fought the Kivu "
     "Shield, which is commanded by Jean Bosco Ntaganda.",
     [("Innocent Habimana", L, "Kivu Shield"), ("Jean Bosco Ntaganda", L, "Ituri Guard")]),
    ("other-appos-leader", "The Sword Front, the rebel alliance led by Tomas Veller, "
     "attacked the Iron Legion, the militia headed by Piet Kruger.",
     [("Tomas Veller", L, "Iron Legion"), ("Piet Kruger", L, "Sword Front")]),
    ("camp-run-by-other", "The Ituri Guard, the militia led by Innocent Habimana, attacked "
     "a camp run by the Lendu Defence Front.", [("Innocent Habimana", L, "Lendu Defence Front")]),
    # a head noun two bodies of the article share: which one is not told
    ("two-brigades-led-the-brigade", "The Red Ridge Brigade and the Blue Nile Brigade "
     "fought near Kosti. Karim Haddad, who has led the brigade since 2021, said the attack "
     "was revenge.", [("Karim Haddad", L, "*")]),
    ("two-guards-led-the-guard", "The Ituri Guard and the Bunia Guard fought near Mahagi. "
     "Innocent Habimana, who has led the guard since 2021, said the attack was revenge.",
     [("Innocent Habimana", L, "*")]),
    ("whom-consider-member", "Soldiers arrested Innocent Habimana, whom the army "
     "considers a member of the Ituri Guard.", [("Innocent Habimana", L, "*")]),
]


@pytest.mark.parametrize(("text", "expected"), cases(FOUND))
def test_led_by_found(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), cases(ABSENT))
def test_led_by_absent(nlp: Language, text: str, forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
