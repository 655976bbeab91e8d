"""Leaders told by a description rather than a title before the name: "X, who chairs the
Y", "X presides over Y", "X, who has ruled Y since 1992", "X is regarded as the leader of
Y", "the Y's top commander, X", "Transnistria's leader, X", "Y was led by a man known as
'Z'".

Every row is a sentence written for this table, with invented people and bodies in several
regions, once short and once inside a long wire sentence. The must-nots hold the same words
with a former or deputy holder, an event led rather than a body, a denial or a negation, a
common noun in place of a body, a court's ruling, and "under" of a place, a pressure or a
state's rule.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from .test_extract import Triple, assert_absent, assert_found, cases


def leads(person: str, body: str) -> Triple:
    return (person, "LEADS", body)


def never(case_id: str, text: str, *forbidden: Triple) -> Any:
    """A must-not case: a sentence and what it must not assert ("*" matches anything)."""
    return pytest.param(text, list(forbidden), id=case_id)


READ: list[tuple[str, str, list[Triple]]] = [
    # verbs of office other than "lead"
    ("chairs-relative", "Tomas Varga, who chairs the Danube Farmers Association, said "
     "prices had collapsed.", [leads("Tomas Varga", "Danube Farmers Association")]),
    ("chairs-main", "Tomas Varga chairs the Danube Farmers Association and owns two mills "
     "near Szeged.", [leads("Tomas Varga", "Danube Farmers Association")]),
    ("chairs-long", "SZEGED, Hungary, 4 May 2026 — Tomas Varga, who chairs the Danube "
     "Farmers Association, told reporters on Tuesday that fuel prices had doubled since "
     "March, according to a statement from the group.",
     [leads("Tomas Varga", "Danube Farmers Association")]),
    ("heads-relative", "Rustam Nazarov, who heads the Pamir Relief Committee, said the "
     "road to Khorog was closed.", [leads("Rustam Nazarov", "Pamir Relief Committee")]),
    ("runs-relative", "Rustam Nazarov, who runs the Pamir Relief Committee, said the road "
     "was closed.", [leads("Rustam Nazarov", "Pamir Relief Committee")]),
    ("presides-main", "Elena Moreau presides over the Kivu Reconciliation Council.",
     [leads("Elena Moreau", "Kivu Reconciliation Council")]),
    ("presides-relative-long", "GOMA, Congo (AP) — Judge Ines Almeida, who presides over "
     "the Zambezi Land Tribunal, adjourned the hearing on Thursday after lawyers for the "
     "displaced families walked out, court officials said.",
     [leads("Ines Almeida", "Zambezi Land Tribunal")]),
    ("ruled-region", "Hassan Warsame, who has ruled Puntland since 1992, rejected the "
     "offer.", [leads("Hassan Warsame", "Puntland")]),
    ("ruled-region-unknown", "Aliyu Bello, who has ruled Zamfara since 2019, imposed a "
     "curfew on Sunday after gunmen raided two villages, his spokesman said.",
     [leads("Aliyu Bello", "Zamfara")]),
    ("governed-region", "Aliyu Bello has governed Zamfara since 2019.",
     [leads("Aliyu Bello", "Zamfara")]),
    ("ruled-state-long", "Teodoro Mba, who has governed Equatorial Guinea since 1979, "
     "named a new cabinet on Monday, state radio reported, a week after the oil minister "
     "resigned.", [leads("Teodoro Mba", "Equatorial Guinea")]),
    ("led-region", "Hassan Warsame, who has led Puntland since 2016, said the budget had "
     "been cut.", [leads("Hassan Warsame", "Puntland")]),
    ("founded-still-leads", "Viktor Lenz, who founded the Baltic Renewal Party and still "
     "leads it, was detained in Riga.", [leads("Viktor Lenz", "Baltic Renewal Party")]),
    # top and senior titles in a description
    ("top-leader-appos", "Ali Rahimi, the top leader of the Zagros Liberation Front, was "
     "killed in a drone strike.", [leads("Ali Rahimi", "Zagros Liberation Front")]),
    ("top-commander-possessive", "The Zagros Liberation Front's top commander, Ali Rahimi, "
     "was killed in a drone strike near Sulaimaniya on Sunday, the group said in a "
     "statement.", [leads("Ali Rahimi", "Zagros Liberation Front")]),
    ("described-public-ministry", "Prosecutors charged Julio Paredes, whom the Public "
     "Ministry describes as the top leader of the Sierra Norte Cartel.",
     [leads("Julio Paredes", "Sierra Norte Cartel")]),
    ("described-police-long", "LIMA, Peru (Reuters) - Police arrested Julio Paredes, whom "
     "police describe as the leader of the Sierra Norte Cartel, at a farm outside Huaral "
     "on Friday, the interior ministry said.",
     [leads("Julio Paredes", "Sierra Norte Cartel")]),
    ("regarded-as", "Julio Paredes is regarded as the leader of the Sierra Norte Cartel.",
     [leads("Julio Paredes", "Sierra Norte Cartel")]),
    ("regarded-relative", "Julio Paredes, who is regarded as the leader of the Sierra "
     "Norte Cartel, was extradited.", [leads("Julio Paredes", "Sierra Norte Cartel")]),
    ("considered", "Kofi Mensah is considered the leader of the Volta Dawn Brigade.",
     [leads("Kofi Mensah", "Volta Dawn Brigade")]),
    ("seen-as-long", "Julio Paredes is widely seen as the top commander of the Sierra "
     "Norte Cartel, according to a report by Peru's Public Ministry released on Monday.",
     [leads("Julio Paredes", "Sierra Norte Cartel")]),
    ("believed-to-be", "Julio Paredes is believed to be the leader of the Sierra Norte "
     "Cartel.", [leads("Julio Paredes", "Sierra Norte Cartel")]),
    ("police-consider-active", "Police consider Kofi Mensah the leader of the Volta Dawn "
     "Brigade.", [leads("Kofi Mensah", "Volta Dawn Brigade")]),
    ("presides-and-advises", "Amina Yusuf presides over the Borno Peace Commission and "
     "advises the governor.", [leads("Amina Yusuf", "Borno Peace Commission")]),
    ("considered-relative-long", "Diego Fuentes, who is considered the leader of the "
     "Southern Cross Militia, was arrested in Cali on Friday, according to the national "
     "police.", [leads("Diego Fuentes", "Southern Cross Militia")]),
    ("believed-top-commander", "Diego Fuentes is believed to be the top commander of the "
     "Frente Sur.", [leads("Diego Fuentes", "Frente Sur")]),
    # "under" a person
    ("fighters-of-under", "Fighters of the Ogaden Liberation Army under Abdi Farah took "
     "the town of Degehabur.", [leads("Abdi Farah", "Ogaden Liberation Army")]),
    ("fighters-under-their-commander", "The Ogaden Liberation Army's fighters, under their "
     "commander Abdi Farah, took the town.", [leads("Abdi Farah", "Ogaden Liberation Army")]),
    ("body-under-person-long", "MOGADISHU, Somalia, 2 June 2026 — The Jubba Valley Front "
     "under Abdi Farah has seized three villages near Bardhere since Sunday, elders said "
     "by telephone.", [leads("Abdi Farah", "Jubba Valley Front")]),
    # a region's or a party's leader named by its possessive
    ("region-leader-before", "Transnistria's leader, Vadim Krasnov, met the envoy in "
     "Tiraspol.", [leads("Vadim Krasnov", "Transnistria")]),
    ("region-leader-after", "Vadim Krasnov, Transnistria's leader, met the envoy in "
     "Tiraspol.", [leads("Vadim Krasnov", "Transnistria")]),
    ("region-governor-long", "CHISINAU, Moldova (AP) — Gagauzia's governor, Irina Vlah, "
     "flew to Moscow on Tuesday for talks on gas supplies, her office said in a "
     "statement.", [leads("Irina Vlah", "Gagauzia")]),
    ("region-leader-known", "Abkhazia's leader, Aslan Kvitsinia, met the envoy in Sukhumi.",
     [leads("Aslan Kvitsinia", "Abkhazia")]),
    ("party-chairman-possessive", "The Green Dawn Party's chairman, Sami Haddad, resigned "
     "on Sunday.", [leads("Sami Haddad", "Green Dawn Party")]),
    ("group-commander-possessive", "The Kivu Patriots' commander, Jean Mbala, denied the "
     "charges.", [leads("Jean Mbala", "Kivu Patriots")]),
    # a leader named by a nickname alone
    ("known-as-passive", 'The Black Hand gang was led by a man known as "El Tigre".',
     [leads("El Tigre", "Black Hand")]),
    ("known-as-set-off", 'The Black Hand gang, led by a man known as "El Tigre", controls '
     "the port of Durres.", [leads("El Tigre", "Black Hand")]),
    ("known-only-as-run", 'Police say the Black Hand gang is run by a man known only as '
     '"Zorro".', [leads("Zorro", "Black Hand")]),
    ("known-as-woman", 'Police say the Red Delta gang is led by a woman known as '
     '"La Reina".', [leads("La Reina", "Red Delta")]),
    ("called-headed-long", 'The Sierra Norte Cartel, which is headed by a man called "El '
     'Flaco", has moved into the port of Callao, prosecutors in Lima said on Thursday.',
     [leads("El Flaco", "Sierra Norte Cartel")]),
]


MUST_NOT = [
    never("not-former-chairman", "Tomas Varga, the former chairman of the Danube Farmers "
          "Association, said prices had collapsed.",
          leads("Tomas Varga", "Danube Farmers Association")),
    never("not-ex-commander", "Ali Rahimi, an ex-commander of the Zagros Liberation Front, "
          "was killed in a drone strike.", leads("Ali Rahimi", "*")),
    never("not-late-leader", "Supporters mourned the late leader of the Zagros Liberation "
          "Front, Ali Rahimi, in Sulaimaniya.", leads("Ali Rahimi", "*")),
    never("not-deputy-leader", "Sami Haddad, the deputy leader of the Green Dawn Party, "
          "resigned on Sunday.", leads("Sami Haddad", "*")),
    never("not-deputy-described", "Julio Paredes, whom police describe as the deputy "
          "leader of the Sierra Norte Cartel, was arrested.", leads("Julio Paredes", "*")),
    never("not-regarded-former", "Julio Paredes is regarded as the former leader of the "
          "Sierra Norte Cartel.", leads("Julio Paredes", "*")),
    never("not-regarded-a-commander", "Julio Paredes is regarded as a commander of the "
          "Sierra Norte Cartel.", leads("Julio Paredes", "*")),
    never("not-leader-of-protest", "Julio Paredes was described as a leader of the protest "
          "against the Sierra Norte Cartel.", leads("Julio Paredes", "*")),
    never("not-not-regarded", "Julio Paredes is not regarded as the leader of the Sierra "
          "Norte Cartel.", leads("Julio Paredes", "*")),
    never("not-police-do-not-consider", "Police do not consider Kofi Mensah the leader of "
          "the Volta Dawn Brigade.", leads("Kofi Mensah", "*")),
    never("not-former-top-commander", "Diego Fuentes, the former top commander of the "
          "Southern Cross Militia, was arrested.", leads("Diego Fuentes", "*")),
    never("not-denied-heads", "Diego Fuentes denied that he heads the Southern Cross "
          "Militia.", leads("Diego Fuentes", "*")),
    never("not-does-not-run-reported", "Diego Fuentes said he does not run the Southern "
          "Cross Militia.", leads("Diego Fuentes", "*")),
    never("not-led-raid-on-camp", "Diego Fuentes led the raid on the Southern Cross "
          "Militia's camp near Cali.", leads("Diego Fuentes", "*")),
    never("not-led-delegation-of", "Aliyu Bello led the delegation of the Zamfara Elders "
          "Forum to Abuja.", leads("Aliyu Bello", "*")),
    never("not-led-attack", "Abdi Farah led the attack on the Jubba Valley Front's camp "
          "near Bardhere.", leads("Abdi Farah", "*")),
    never("not-led-delegation", "Rustam Nazarov led the delegation to talks with the Pamir "
          "Relief Committee in Dushanbe.", leads("Rustam Nazarov", "Pamir Relief Committee")),
    never("not-led-convoy", "Hassan Warsame led a convoy of the Puntland Maritime Police "
          "Force to Bosaso.", leads("Hassan Warsame", "*")),
    never("not-leader-of-community", "Kofi Mensah, a leader of the community in Tamale, "
          "said the Volta Dawn Brigade had left.", leads("Kofi Mensah", "*")),
    never("not-denied-leads", "Kofi Mensah denied he leads the Volta Dawn Brigade.",
          leads("Kofi Mensah", "*")),
    never("not-does-not-chair", "Tomas Varga does not chair the Danube Farmers "
          "Association.", leads("Tomas Varga", "*")),
    never("not-could-head", "Rustam Nazarov, who could head the Pamir Relief Committee, "
          "said the road was closed.", leads("Rustam Nazarov", "*")),
    never("not-presided-ceremony", "Judge Ines Almeida presided over the signing of the "
          "accord with the Zambezi Land Tribunal.", leads("Ines Almeida", "*")),
    never("not-court-ruled", "A court in Equatorial Guinea ruled that Teodoro Mba could "
          "stand again.", leads("*", "*")),
    never("not-judge-ruled-group", "Judge Amal Nasser ruled the Volta Dawn Brigade a "
          "terrorist organisation on Monday.", leads("Amal Nasser", "*")),
    never("not-judge-ruled-person", "Judge Amal Nasser ruled Bello a flight risk on "
          "Monday.", leads("*", "*")),
    never("not-under-command-of-army", "The Volta Dawn Brigade fought under the command "
          "of the Ghanaian army near Tamale.", leads("*", "*")),
    never("not-under-ottoman-rule", "Tripoli fell under Ottoman rule in 1551.",
          leads("*", "*")),
    never("not-under-pressure", "The Danube Farmers Association came under pressure from "
          "Tomas Varga's rivals.", leads("*", "*")),
    never("not-under-deal", "Under the deal with Tomas Varga, the Danube Farmers "
          "Association will sell its mills.", leads("*", "*")),
    never("not-under-ministry", "The Pamir Relief Committee operates under the Tajik "
          "Interior Ministry.", leads("*", "*")),
    never("not-fighters-under-fire", "Ogaden Liberation Army fighters came under fire from "
          "Abdi Farah's men near Degehabur.", leads("Abdi Farah", "*")),
    never("not-group-known-as", 'Residents feared a gang known as "Los Lobos" would '
          "return to Durres.", leads("*", "*")),
    never("not-lawyer-possessive", "Vadim Krasnov's lawyer, Irina Vlah, said he would "
          "appeal.", leads("Irina Vlah", "*")),
    never("not-region-former-leader", "Transnistria's former leader, Vadim Krasnov, met "
          "the envoy in Tiraspol.", leads("Vadim Krasnov", "*")),
]


@pytest.mark.parametrize(("text", "expected"), cases(READ))
def test_leader_descriptions_read(nlp: Language, text: str, expected: list[Triple]) -> None:
    assert_found(nlp, text, expected)


@pytest.mark.parametrize(("text", "forbidden"), MUST_NOT)
def test_leader_descriptions_not_read(nlp: Language, text: str,
                                      forbidden: list[Triple]) -> None:
    assert_absent(nlp, text, forbidden)
