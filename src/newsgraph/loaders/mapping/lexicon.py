"""Word lists that drive the statement and appeal rules.

They are lemmas, not surface forms, so every tense and voice is covered ("said", "says",
"saying", "was told"). Kept here, apart from the rules, so they can be tuned and reviewed as
data. Demands and threats (CAMEO 10 and 13) are deliberately absent from the appeal verbs.
"""

from __future__ import annotations

__all__ = [
    "ACTOR_NOUNS",
    "APPEAL_NOUNS",
    "APPEAL_VERBS",
    "CALL_PARTICLES",
    "COLLECTIVE_NOUNS",
    "COMMISSIVE_VERBS",
    "DOCUMENT_NOUNS",
    "EVALUATIVE_VERBS",
    "EXPRESSIVE_VERBS",
    "FEMALE_CUES",
    "HEADLINE_VERBS",
    "HEDGE_CUES",
    "HEDGE_WORDS",
    "MALE_CUES",
    "MESSAGE_NOUNS",
    "NAMING_VERBS",
    "NOT_ATTRIBUTION",
    "ORG_HEAD_WORDS",
    "PROPOSAL_VERBS",
    "SHARE_WORDS",
    "SOURCE_NOUNS",
    "SPEECH_NOUNS",
    "SPEECH_VERBS",
    "THING_NOUNS",
    "THOUGHT_VERBS",
    "TITLE_SMALL_WORDS",
    "TOPIC_VERBS",
]

#: Verbs of saying and their kin: reported speech is their clausal complement.
SPEECH_VERBS = frozenset(
    """
    say tell state argue warn insist claim add note explain announce declare deny admit
    acknowledge suggest write report emphasize emphasise stress contend maintain predict promise
    vow assert allege reveal confirm complain testify conclude observe remark reply respond tweet
    post caution concede agree disagree recall estimate believe think fear hope mention point
    comment describe charge accuse boast lament predict reiterate repeat acknowledge indicate
    signal counter retort quip muse speculate proclaim pledge threaten assure tell inform
    underscore highlight recount admit wonder question ask demand call dub label joke shout
    yell scream laugh continue answer chime exclaim whisper interject quip snap cry blast
    slam praise criticize criticise attack mock argue insist urge warn brag concede suggest
    show find reveal indicate conclude feel know expect want worry doubt acknowledge
    opine reason gush marvel scoff grumble protest hint tease chant murmur mutter rave concur
    """.split()
)

#: Speech verbs as title-cased headlines print them, in the present tense ("Lee Tells
#: Convention ...", "'...,' Says Lee"); the model often takes them for part of a name.
HEADLINE_VERBS = frozenset(
    """
    says tells warns claims asks urges admits insists declares slams blasts praises finds
    vows promises predicts argues explains reveals denies responds jokes rips calls defends
    said told warned claimed asked urged admitted insisted declared slammed blasted praised
    vowed promised predicted argued explained revealed denied responded joked ripped called
    defended questioned
    """.split()
)

#: Verbs that name or characterise their object: "called Haley 'very weak'", "described it
#: as a disaster". What was said is the object together with its characterisation.
NAMING_VERBS = frozenset(
    "call dub brand label term describe characterize characterise portray".split()
)

#: Verbs of speaking about a topic, with the preposition that introduces it ("talked about
#: the border", "referred to the ruling", "commented on the deal").
TOPIC_VERBS = {
    "talk": ("about", "of"),
    "speak": ("about", "of"),  # "spoke on condition of anonymity", "on Monday"
    "refer": ("to",),
    "comment": ("on",),
    "complain": ("about",),
    "testify": ("about", "on"),
    "joke": ("about",),
    "boast": ("about", "of"),
    "brag": ("about",),
    "write": ("about", "of"),
    "tweet": ("about",),
    "discuss": (),
    "address": (),
}

#: Speech acts that judge someone or something named as their object ("X criticized Y").
EVALUATIVE_VERBS = frozenset(
    """
    mock criticize criticise praise endorse attack blast slam condemn denounce applaud thank
    accuse blame defend dismiss reject question challenge congratulate welcome ridicule deride
    insult laud hail commend fault lambaste chide rebuke scold berate disparage dispute deny
    """.split()
)

#: Verbs that voice an attitude named by their object: "expressed concern that ...",
#: "voiced doubts about ...". The object's clause or preposition says what it is about.
EXPRESSIVE_VERBS = frozenset("express voice".split())

#: Speech acts that commit the speaker to, or state an intention of, doing something
#: ("X vowed to ...", "X wants to ...").
COMMISSIVE_VERBS = frozenset(
    "vow promise pledge refuse decline swear offer want hope plan intend seek expect".split()
)

#: Cue lemmas whose statements are hedged rather than asserted (beliefs, guesses, wishes).
HEDGE_CUES = frozenset(
    "suggest speculate believe think guess estimate hope wonder muse feel expect want doubt".split()
)

#: Modal and hedge words inside the content that make a statement hedged.
HEDGE_WORDS = frozenset(
    "may might could perhaps possibly probably likely unlikely apparently".split()
)

#: Nouns that name a communicative act in "according to" style or possessive statements.
SPEECH_NOUNS = frozenset(
    """
    statement remark comment claim suggestion proposal promise pledge warning argument assertion
    message criticism insistence belief view opinion position vow accusation allegation charge
    denial admission announcement assurance contention prediction concern complaint insinuation
    """.split()
)

#: Verbs whose object is asked to do something (X urges Y to Z).
APPEAL_VERBS = frozenset(
    "urge call appeal ask press plead implore request encourage beseech exhort entreat beg".split()
)

#: Verbs of proposing: a Proposal is an appeal with a suggested rather than requested action.
PROPOSAL_VERBS = frozenset("propose recommend suggest".split())

#: Prepositions that make "call" an appeal (call on, call upon, call for).
CALL_PARTICLES = frozenset({"on", "upon", "for"})

#: Nouns that name an appeal ("a call for calm", "the appeal", "their plea").
APPEAL_NOUNS = frozenset("appeal call plea request petition".split())

#: Capitalised head words of organisation names ("Harbour Workers Union", "Port Authority").
ORG_HEAD_WORDS = frozenset(
    """
    Academy Agency Alliance Army Assembly Association Authority Bank Board Brigade Brigades
    Bureau Cabinet Caucus Center Centre Chamber Coalition College Command Commanders
    Commission Committee Company Confederation Congress Consortium Corp Corp. Corporation
    Council Court Department Directorate Division Federation Force Forces Foundation Front
    Fund Group Guard Guards Inc Inc. Industries Institute Institution League Limited Ltd
    Ltd. Management Ministry Movement Navy Office Organisation Organization Parliament
    Partners Party Police Regiment School Secretariat Security Senate Service Services
    Society Syndicate Tribunal Trust Union University
    """.split()
)

#: Nouns that name a document that can speak ("the letter states").
DOCUMENT_NOUNS = frozenset(
    """
    letter statement report memo memorandum petition declaration communique communiqué
    resolution op-ed editorial document filing lawsuit complaint study survey poll
    """.split()
)

#: Nouns for things that "call for" or report in news but are no one: "the plan calls for",
#: "according to excerpts of the speech". They keep their span as evidence, not an actor.
THING_NOUNS = frozenset(
    """
    plan bill budget law legislation measure proposal protocol policy rule agreement deal
    platform program programme strategy package amendment treaty framework regulation contract
    initiative reform excerpt transcript footage video recording data figure record
    """.split()
)

#: Nouns for findings that state what they found ("In a Register poll, ...", "Poll: ...").
SOURCE_NOUNS = frozenset("poll survey study report analysis census".split())

#: Nouns for things that carry words but are no one ("the email read", "a sign said", "the
#: average shows"). As a speaker without a known author they keep their span, never becoming
#: a person or organisation.
MESSAGE_NOUNS = (
    frozenset(
        """
        email e-mail tweet post message ad advertisement commercial sign banner placard shirt
        t-shirt book review affidavit suit interview caption headline note text sentence
        number average count total tally
        """.split()
    )
    | DOCUMENT_NOUNS
    | SOURCE_NOUNS
    | THING_NOUNS
)

#: Singular nouns for people and organisations that can hold and voice a view.
ACTOR_NOUNS = frozenset(
    """
    official spokesman spokeswoman spokesperson candidate president minister senator governor
    mayor leader lawmaker expert analyst source aide adviser advisor director chairman chair
    ceo executive economist professor researcher scientist doctor lawyer attorney judge
    prosecutor investigator reporter journalist editor writer author critic supporter opponent
    voter resident witness activist campaign committee company firm agency administration
    government department ministry office party court council commission board group
    organization organisation coalition union association institute team network newspaper
    magazine poll survey study report pollster strategist consultant operative manager
    official businessman businesswoman actor actress singer host anchor commentator pastor
    friend ally associate colleague confidant partner insider observer person man woman
    delegate employee member organizer organiser nominee contender hopeful secretary chief
    speechwriter lobbyist diplomat ambassador envoy negotiator moderator tycoon proponent
    backer donor surrogate owner founder wife husband son daughter brother sister mother
    father relative neighbor neighbour airline prince princess king queen pope pontiff priest
    rabbi imam bishop cleric guy girl boy teenager student teacher worker soldier officer general
    admiral veteran
    """.split()
)

#: Plural heads of noun phrases that name a collective of people.
COLLECTIVE_NOUNS = frozenset(
    """
    officials leaders lawmakers legislators experts residents ministers chiefs commanders
    soldiers reservists operatives members activists protesters protestors citizens workers
    doctors scientists economists analysts diplomats senators representatives voters students
    teachers nurses employees veterans officers agents generals executives investors
    journalists critics supporters opponents demonstrators survivors families parents
    academics scholars researchers clerics judges lawyers farmers politicians delegates
    signatories campaigners advocates staff staffers aides advisers advisors people women men
    children fans players contestants participants customers consumers users patients victims
    immigrants migrants refugees troops authorities police protesters delegations
    """.split()
)

#: Heads of a share of people, as polls report them: "nearly half", "a third", "majorities".
SHARE_WORDS = frozenset(
    """
    half third thirds quarter quarters fifth fifths majority majorities minority plurality
    percent
    """.split()
)

#: Words right before a person's name, or the name's first word, that tell "he" from "she"
#: apart: honorifics, gendered role nouns and common first names. Pronouns only resolve to a
#: person whose known gender agrees; a person with no cue takes either.
MALE_CUES = frozenset(
    """
    mr. mr sir lord king prince father son brother husband uncle nephew grandfather boy man
    congressman chairman spokesman businessman councilman assemblyman actor
    james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry
    tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold
    keith christian roger noah gerald carl sean austin arthur lawrence jesse dylan bryan
    joe billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene
    vincent russell elijah louis bobby philip johnny mike bill jim tom bob ted rand marco
    bernie barack mitt newt rudy chris jeb ben
    """.split()
)
FEMALE_CUES = frozenset(
    """
    mrs. mrs ms. ms miss madam lady queen princess mother daughter sister wife aunt niece
    grandmother girl woman congresswoman chairwoman spokeswoman businesswoman councilwoman
    assemblywoman actress
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
    margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
    nicole helen samantha katherine christine debra rachel carolyn janet catherine maria
    heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan
    evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara
    frances kathryn janice abigail alice judy sophia grace denise amber doris marilyn
    danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis
    hillary kamala sarah nikki carly condoleezza huma hope kellyanne michele
    """.split()
)

#: Verbs whose clausal complement is not somebody's words or stance ("make sure that").
NOT_ATTRIBUTION = frozenset(
    "be do get make let have help keep ensure mean seem appear become go come try need".split()
)

#: Speech verbs that report a thought or go on with a quotation rather than utter one.
THOUGHT_VERBS = frozenset(
    "believe think fear hope feel know expect want worry doubt continue find show".split()
)

#: Words a title or headline leaves in lower case ("Meet the Press", "Lee Of The Port").
TITLE_SMALL_WORDS = frozenset("a an the of on in at to for and or with by from".split())
