"""Word lists that map English to the ontology (verbs, role nouns, group nouns).

Kept small and general; CAMEO's verb dictionary (eval/phoenix-dictionaries) was the
guide for which verbs belong to which root code.
"""

from __future__ import annotations

from actorgraph.domain import ActorType, RelationType

R = RelationType


def words(text: str) -> frozenset[str]:
    """A word list written as one space-separated string."""
    return frozenset(text.split())


# verb lemma -> (relation, prepositions whose object is the target besides dobj)
VERBS: dict[str, tuple[RelationType, frozenset[str]]] = {}


def _verbs(rel: RelationType, lemmas: str, preps: str = "") -> None:
    for lemma in lemmas.split():
        VERBS[lemma] = (rel, frozenset(preps.split()))


# Attacks, killings, threats and denunciations are read by the data patterns
# (patterns/relations.jsonl with the CAMEO verb classes of patterns/verbs.json); what
# is left here are verbs whose object needs a preposition or a looser reading.
_verbs(R.TARGETS, "fire shoot", "on at")
_verbs(R.CRITICIZES, "blame accuse slam", "")
_verbs(R.THREATENS, "warn vow", "")
_verbs(R.DEMANDS, "demand urge", "")
_verbs(R.SANCTIONS, "sanction expel embargo designate redesignate blacklist", "")
_verbs(R.WITHDRAWS_FROM, "withdraw retreat", "from")
_verbs(R.MEETS_WITH, "meet", "with")
_verbs(R.COOPERATES_WITH, "cooperate collaborate invest", "with in")
_verbs(R.COOPERATES_WITH, "coordinate partner liaise", "with")
# ("retook", "retaken": the small model leaves these forms as their own lemmas; a state
# or a side that administers ground holds it: "Y, which X administers")
_verbs(R.CONTROLS, "seize capture control recapture retake retook retaken regain occupy hold "
       "administer", "")
_verbs(R.BACKS, "support arm fund finance sponsor back equip train", "")
_verbs(R.OPPOSES, "oppose reject resist", "")
_verbs(R.LEADS, "lead head command chair found create run direct operate manage", "")
_verbs(R.ALLIED_WITH, "ally", "with")

# Verb + particle/preposition phrases: (lemma, word) -> relation, target preposition.
PHRASAL: dict[tuple[str, str], tuple[RelationType, str]] = {
    ("call", "for"): (R.DEMANDS, "for"),
    ("call", "on"): (R.DEMANDS, "on"),
    ("pull", "out"): (R.WITHDRAWS_FROM, "of"),
    ("pull", "from"): (R.WITHDRAWS_FROM, "from"),
    ("open", "fire"): (R.TARGETS, "on"),
    ("hand", "over"): (R.COOPERATES_WITH, "to"),
    ("base", "in"): (R.LOCATED_IN, "in"),
    ("base", "across"): (R.LOCATED_IN, "in"),  # "based across the border in Y"
    ("locate", "in"): (R.LOCATED_IN, "in"),
    ("headquarter", "in"): (R.LOCATED_IN, "in"),
    ("headquarter", "at"): (R.LOCATED_IN, "at"),  # "headquartered at Camp X in Y"
    ("bear", "in"): (R.LOCATED_IN, "in"),
    ("live", "in"): (R.LOCATED_IN, "in"),
    ("reside", "in"): (R.LOCATED_IN, "in"),
    ("station", "in"): (R.LOCATED_IN, "in"),  # "a ship stationed in X since 2018"
    ("station", "at"): (R.LOCATED_IN, "at"),  # "troops stationed at the X air base"
    ("base", "at"): (R.LOCATED_IN, "at"),  # "a force based at Camp X"
    ("base", "around"): (R.LOCATED_IN, "around"),  # "a faction based around X since 2015"
    ("grow", "up"): (R.LOCATED_IN, "in"),
    ("be", "from"): (R.LOCATED_IN, "from"),
    ("be", "in"): (R.LOCATED_IN, "in"),
    ("talk", "with"): (R.MEETS_WITH, "with"),
    ("set", "up"): (R.LEADS, "up"),
    ("stand", "with"): (R.BACKS, "with"),
    ("stand", "by"): (R.BACKS, "by"),
    ("side", "with"): (R.ALLIED_WITH, "with"),
    ("work", "with"): (R.COOPERATES_WITH, "with"),
    ("work", "for"): (R.MEMBER_OF, "for"),
    ("work", "at"): (R.MEMBER_OF, "at"),
    ("serve", "in"): (R.MEMBER_OF, "in"),
}

# Verbs whose object is an event noun: "escalated attacks on X" -> TARGETS X.
ATTACK_NOUNS = words(
    "attack attacks strike strikes airstrike airstrikes raid raids assault assaults offensive "
    "shelling bombing bombings bombardment bombardments ambush ambushes massacre fire"
)
ATTACK_LIGHT_VERBS = words(
    "escalate launch carry conduct intensify step wage resume claim stage mount "
    "increase continue execute"
)
# Things that move: where one was struck is where it happened to be, not a target
# ("attacked a tanker in the Red Sea", "ambushed a convoy near X").
MOVING_NOUNS = words(
    "ship ships vessel vessels tanker tankers boat boats freighter freighters carrier "
    "carriers warship warships destroyer frigate convoy convoys vehicle vehicles car cars "
    "truck trucks bus buses train trains plane planes aircraft jet jets helicopter "
    "helicopters drone drones patrol patrols"
)
# Heads of the names of waters and shores: a place, never a target in itself
WATER_WORDS = words("sea gulf strait ocean bay channel river lake waters coast")
SUPPORT_NOUNS = words("support backing aid assistance")
# Giving arms or aid: "X provided weapons to Y" (Y the one backed, a state where Y is a
# capital: "supplied drones to Kinshasa")
PROVIDE_VERBS = words("provide supply give deliver send offer extend")
ARMS_AND_AID = SUPPORT_NOUNS | words(
    "weapons arms ammunition missiles drones training funding funds money equipment")
# Harm nouns whose "of" names the one harmed, as a killing noun's does: "the shelling of
# X by Y", "Y's abduction of X" (an "attack of X" may be X's own attack: not here)
STRUCK_NOUNS = words(
    "abduction abductions kidnapping kidnappings shelling bombing bombings bombardment "
    "shooting shootings"
)
# Nouns of a bomb gone off: "claimed responsibility for the blast", "condemned the
# explosions" (a bombing told before)
BLAST_NOUNS = words("blast blasts explosion explosions")
KILL_NOUNS = words("assassination assassinations killing killings murder murders execution slaying")
# Who killed whom beyond "Y killed X" (killings.py).
KILL_VERBS = words("kill assassinate murder slay")
KILLER_NOUNS = words("assassin assassins killer killers murderer murderers slayer")
# "Y ordered the killing of X", "Y carried out the assassination": Y is the killer.
KILLING_VERBS = words("order commit perpetrate carry mastermind commission")
# "murdered on the orders of Y", "at Y's behest"
ORDER_NOUNS = words("order orders instruction instructions behest command")
# "Y fired the shots that killed X": the instrument's user is the killer.
KILL_INSTRUMENTS = words("shot shots bullet bullets bomb bombs round rounds grenade missile")
# "X was shot (dead) by Y", "X was gunned / cut down by Y"
SHOOT_VERBS = words("shoot gun cut")
# "Y mortally wounded X", "X was stabbed to death": killings only with those words.
WOUND_VERBS = words("wound stab")
# "Y was suspected of the murder of X": an allegation, read with low confidence.
SUSPECT_VERBS = words("suspect")
# Findings about a killing: "Y was convicted of / sentenced for / executed for X's murder".
# "charged with" and "accused of" stay out: allegations without a finding.
JUDGED_VERBS = SUSPECT_VERBS | words("convict sentence jail imprison execute hang")
# "Y is serving a sentence for the murder of X"
TIME_SERVED_NOUNS = words("sentence sentences term terms years life")
# "the man who killed X, Y": nouns that stand for the named person in apposition.
DOER_NOUNS = words("man woman person gunman youth suspect assailant figure one")
# People told by their nationality who bear no state's arms: "Malian refugees",
# "Egyptian workers", "Thai villagers" (a demonym on them is no owner that acts).
CIVILIAN_NOUNS = words(
    "civilian villager refugee worker labourer laborer resident farmer herder herdsman "
    "fisherman migrant student trader tourist pilgrim citizen national protester "
    "demonstrator worshipper family child woman people passenger patient doctor nurse "
    "teacher journalist traveller traveler settler miner shepherd")
# "a group that included A and B", "a cell including A"
INCLUDE_WORDS = words("include including comprise")
TALK_NOUNS = words("talks negotiations meeting meetings")
CRITIC_NOUNS = words("condemnation criticism denunciation")
CLASH_NOUNS = words("clash clashes fighting battle battles war hostilities skirmishes "
                    "gunbattle gunbattles gunfight gunfights firefight firefights shootout "
                    "feud feuds")
FIGHT_NOUNS = words("fight war campaign struggle offensive insurgency")
CEASEFIRE_NOUNS = words("ceasefire cease-fire truce armistice")
SUSPEND_VERBS = words("suspend halt stop cease freeze end pause")
ENDED_VERBS = words("end collapse expire break violate")
REDUCE_VERBS = words("reduce cut decrease withdraw scale")

# Verbs of charging another with an act: "accused Y of backing Z", "blamed Y for Z"
CHARGE_VERBS = words("accuse blame charge suspect")

SPEECH_VERBS = words("say tell announce state assert add declare insist stress note report confirm "
    "explain affirm reiterate signal")
NEGATING_VERBS = words("deny refuse decline reject")
NEGATION_WORDS = words("not n't never no")

# Verbs a list item of a release or a resolution opens with, its speaker the list's
# heading ("The Council:\n- Calls on X to ...;\n- Urges Y to ...").
ITEM_VERBS = words(
    "calls urges demands condemns reminds requests welcomes encourages stresses appeals "
    "invites insists deplores reiterates reaffirms expresses notes decides asks presses "
    "commends recalls emphasizes emphasises underlines rejects")

# Title nouns: "X, leader of Y" / "Y leader X".
ROLE_NOUNS: dict[str, RelationType] = {
    **{w: R.LEADS for w in words("leader head chief commander founder chairman chair emir "
       "president director secretary-general director-general governor mayor chairperson "
       "chairwoman")},
    **{w: R.SPOKESPERSON_FOR for w in words("spokesperson spokesman spokeswoman")},
    **{w: R.MEMBER_OF for w in words("member fighter official officer militant envoy "
       "representative minister general")},
}
# The same words as a set: a sentence's word set is tested with `isdisjoint`, which walks
# a dict it is given
ROLE_WORDS = frozenset(ROLE_NOUNS)
# Jobs and ranks, read only as titles: whoever holds one works for the body named with it
# ("X, a researcher at Y", "Y Lt. X", "X, correspondent for Y"); unlike ROLE_NOUNS, a
# demonym or a state beside them is a nationality, not an employer ("Jordanian journalist X").
JOB_NOUNS: dict[str, RelationType] = {
    **{w: R.MEMBER_OF for w in words(
        "secretary commissioner judge justice prosecutor attorney lawyer counsel adviser "
        "advisor aide ambassador agent analyst economist researcher scientist professor "
        "lecturer editor correspondent reporter journalist columnist publisher producer "
        "manager executive employee engineer coordinator negotiator delegate treasurer "
        "lieutenant lt. colonel col. captain capt. sergeant sgt. major maj. brig. gen. "
        "candidate nominee inspector deputy designer strategist lobbyist physicist chemist "
        "biologist geologist seismologist meteorologist epidemiologist volunteer staffer")},
    **{w: R.LEADS for w in words("ceo owner chancellor administrator")},
}
# Those quoted for what they saw or think, who speak for no body: their "we" is no actor
# ("'they shelled us,' said X, a resident").
LAY_SPEAKERS = words(
    "resident villager witness eyewitness survivor farmer herder fisherman shopkeeper "
    "trader merchant vendor driver teacher student nurse doctor mother father parent "
    "refugee passenger worker labourer laborer neighbour neighbor relative analyst expert "
    "researcher scholar academic observer")
# Words that make a title's holder no (sitting) head: a deputy, a former or late holder.
# Head words that open or close a body's own name ("the Union for Peace", "the Tana
# People's Congress"); one of them alone may be a known body's short name ("Congress").
BODY_HEADS = words(
    "union movement front alliance coalition council party congress convention rally "
    "league federation organisation organization association assembly")
# A person a report names by a nickname alone: 'a man known as "Z"', 'a commander called
# "Z"' (not "an area known as Z", "militants called Z": a body's or a place's name)
NAMING_PARTICIPLES = words("known called nicknamed dubbed")
ONE_PERSON_NOUNS = words(
    "man woman figure person commander leader boss chief kingpin warlord cleric preacher")
DEPUTY_WORDS = words("deputy vice assistant former late acting senior")
# Words that make soldiers or fighters no longer their force's: "former soldiers of the
# army", "ex-rebels", "retired officers" act for no one but themselves.
FORMER_WORDS = words("former ex ex- retired demobilised demobilized onetime one-time "
                     "erstwhile")
# Titles in front of a name whose organisation is the state ("Prime Minister X").
STATE_TITLES: dict[tuple[str, ...], RelationType] = {
    ("prime", "minister"): R.LEADS,
    ("president",): R.LEADS,
    ("king",): R.LEADS,
    ("emir",): R.LEADS,
    ("foreign", "minister"): R.MEMBER_OF,
    ("defense", "minister"): R.MEMBER_OF,
    ("defence", "minister"): R.MEMBER_OF,
    ("interior", "minister"): R.MEMBER_OF,
}

# Group nouns modified by a demonym: "US forces", "Iraqi militias", "Iraqi parliament".
# head lemma -> (class, canonical suffix, actor type); class "state" = the state itself.
_FORCES = ("forces", "forces", ActorType.ARMED_GROUP)
_MILITIAS = ("militias", "militias", ActorType.ARMED_GROUP)
_STATE = ("state", "", ActorType.STATE)
_PARLIAMENT = ("parliament", "parliament", ActorType.GOVERNMENT_BODY)
_EMBASSY = ("embassy", "embassy", ActorType.FACILITY)
DESCRIPTORS: dict[str, tuple[str, str, ActorType]] = {
    **dict.fromkeys(
        words(
            "force forces troop troops soldier soldiers military army personnel warplanes "
            "jets aircraft drones navy"
        ),
        _FORCES,
    ),
    **dict.fromkeys(
        words("militia militias faction factions paramilitary paramilitaries"), _MILITIAS
    ),
    **dict.fromkeys(
        words(
            "government authorities administration regime junta target targets interest "
            "interests asset assets occupation state"
        ),
        _STATE,
    ),
    **dict.fromkeys(words("parliament legislature lawmakers"), _PARLIAMENT),
    **dict.fromkeys(words("embassy consulate"), _EMBASSY),
}
# Nouns that stand for the actor that modifies them: "Houthi targets", "Hezbollah
# fighters", "the city of Kharkiv".
PROXY_NOUNS = words(
    "target targets interest interests asset assets position positions base bases fighters "
    "faction factions camp camps depot depots trench trenches hideout hideouts outpost "
    "outposts stronghold strongholds patrol patrols barracks checkpoint checkpoints garrison "
    "garrisons installation installations facility facilities leadership team teams squad "
    "squads militants members gunmen militiamen snipers units convoy convoys city town village "
    "province "
    "region district area headquarters much most part parts dozens scores hundreds "
    "territory towns villages provinces regions districts territories settlement "
    "settlements hamlet hamlets locality zone zones "
    "government regime administration negotiators delegation delegations delegates"
)
# People a body or a state sends to help another: "backed by instructors of Y's army",
# "backed by Wagner instructors", "armed by Russian advisers" (the backer is theirs).
SENT_PEOPLE = words(
    "instructor instructors adviser advisers advisor advisors trainer trainers mercenary "
    "mercenaries troops officers experts contractors specialists commandos")
# Nouns that name a kind of place: "Anbar province", "the city of Mosul".
PLACE_NOUNS = words(
    "city town village province region district area neighborhood neighbourhood suburb "
    "county governorate municipality township commune settlement hamlet locality"
)
# Last words of the name of a polity that is no country of the gazetteer: "the Chechen
# Republic", "the Kurdistan Region", a place that has its own rulers, never a person.
POLITY_HEADS = PLACE_NOUNS | words("republic kingdom emirate sultanate federation oblast krai")
# Nouns that name a state itself when its name follows "of": "the Government of X",
# "the Republic of X", "the people of X" (not "the Parliament of X": one of its bodies).
STATE_ITSELF = words(
    "government governments administration regime republic kingdom federation state "
    "emirate sultanate people"
)
# "the group": the armed group or organisation last named.
GROUP_ANAPHORS = words("group movement organisation organization militia")
# "militia groups", "armed groups": group is a militia when so modified.
GROUP_NOUNS = words("group groups")
GROUP_MARKERS = words("militia armed paramilitary rebel insurgent jihadist")

# Capitalised plural nouns of soldiers that end a force's name ("the Kuru Rifles", "the
# 9th Lancers", "the Delta Rangers"): the name is an armed group's, never a person's.
UNIT_WORDS = words(
    "rifles rangers lancers hussars dragoons fusiliers grenadiers legion legions "
    "commandos cartel cartels"
)
# Unit words that name a youth body too ("the Boy Scouts"): an armed group's only where
# the name is read whole before them
YOUTH_UNIT_WORDS = words("scouts")
# Words inside an unknown organisation name that reveal its type.
# A police force's own word in another language, opening its name: "Garda Siochana",
# "Guardia Civil", "Carabineros de Chile", "Policía Nacional".
FOREIGN_POLICE_WORDS = words(
    "garda gardaí carabineros carabinieri guardia gendarmería gendarmeria policía polícia "
    "polizia politie polizei jandarma")
ARMED_WORDS = words(
    "army forces force militia militias brigade brigades battalion battalions front guard fleet "
    "guards corps regiment division resistance rebels mujahideen police units squad squads "
    "navy gendarmerie coastguard marines"
) | UNIT_WORDS | FOREIGN_POLICE_WORDS
GOVERNMENT_WORDS = words(
    "ministry parliament council government department agency assembly senate cabinet "
    "court office commission presidency directorate"
)
# The words of a body's name that every state has one of ("Defence Ministry", "Foreign
# Office", "Armed Forces", "Security Council"): such a name is its owner's.
GENERIC_BODY_WORDS = words(
    "ministry defence defense foreign interior home internal affairs security national "
    "armed forces army navy air force police intelligence service council office cabinet "
    "presidency general staff justice information public prosecutor of the and supreme "
    "court parliament assembly guard state")
# Words in brackets after a party's or a group's name that name one of its factions
# ("Communist Party of India (Maoist)", "... Front (Independent)"): part of the name.
FACTION_QUALIFIERS = words(
    "maoist marxist leninist marxist-leninist independent provisional official reunified "
    "renewed unified original revolutionary historic")
# Nouns for a part of a group: "the Qalam faction of the X", "the armed wing of Y", "a
# splinter cell"; its head is one of the whole's people, not the whole's head.
GROUP_PARTS = words("faction offshoot splinter cell wing branch")
# Words that make a name an organisation even where the model read a person.
ORG_WORDS = words(
    "college university institute school academy corp corp. corporation inc inc. co. "
    "company bank hospital museum church foundation association society committee union "
    "party club center centre laboratory laboratories airlines"
)
MEDIA_WORDS = words("news agency tv television radio times post journal press")

# Capitalised words the small model takes for names in headlines.
NOT_NAMES = words("ceasefire truce attack attacks says said militia militias leader report update")

# Auxiliaries of an act only possible or still to come: "could agree a truce", "will meet X"
TO_COME = words("could might may should can will shall")


# Words that join the words of an office's portfolio: "Minister of Local Government and
# Police", "Chief of Staff of the Army"
OFFICE_LINKS = words("and & of for the")
