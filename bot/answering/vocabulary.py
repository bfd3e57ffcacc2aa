"""The English the answering core reads questions with, as data in one place.

General words only (question words, speech acts, the nouns that name people and bodies by
what they do); no word of any particular corpus. Replaced by the shared index/vocabulary.py
once it lands, so that the extractor and the answerers read the same lists.
"""

from __future__ import annotations

WH = frozenset("what who whom whose when where why how which".split())
AUX = frozenset("did does do has have had will would was were is are can could should might may been be".split())

# Speech acts, in the forms a question or an answer sentence writes them.
SPEECH = frozenset(
    """say says said saying tell tells told state states stated claim claims claimed deny denies denied
    urge urges urged add adds added note notes noted emphasize emphasized emphasise emphasised announce
    announces announced pledge pledged insist insisted accuse accused warn warns warned call called express
    expressed describe described complain complained argue argued stress stressed confirm confirmed suggest
    suggested reply replied write writes wrote mean meant think thinks thought hail hailed praise praised
    criticize criticized criticise criticised propose proposed demand demanded promise promised admit
    admitted reject rejected dismiss dismissed blame blamed respond responded react reacted predict predicted
    expect expected liken likened defend defended explain explained apologise apologised apologize apologized
    acknowledge acknowledged insist threaten threatened vow vowed""".split()
)

# Nouns that name a person by what they do. A noun ending in one of ROLE_SUFFIXES is taken
# as one too ("researcher", "economist", "politician", "resident").
PERSON_ROLES = frozenset(
    """person man woman official boss chief head leader judge lawyer executive minister secretary president
    chairman chairwoman chair spokesman spokeswoman spokesperson candidate mayor governor sheriff
    inspector professor analyst expert economist director manager commissioner chancellor premier
    ambassador envoy general commander officer deputy senator lawmaker legislator mp mps citizen resident
    patient victim witness consultant assistant agent participant worker employee engineer doctor nurse teacher student member founder owner
    ceo cfo cto ciso insider source critic activist campaigner scientist forecaster meteorologist
    firefighter electrician farmer miner pilot passenger customer voter mother father wife husband""".split()
)
ROLE_SUFFIXES = ("er", "or", "ist", "ian", "ent", "ant", "man", "woman", "person")
# Nouns that name a body: "which company", "the regulator".
ORG_ROLES = frozenset(
    """company firm airline bank union ministry agency regulator watchdog government authority authorities
    court commission committee council party cooperative utility office department institute association
    federation organisation organization group operator insurer carrier maker manufacturer""".split()
)
# "Which country/city" asks a place.
PLACE_NOUNS = frozenset("country city town village region state province capital place".split())
# "what was the tally / figure" asks an amount.
AMOUNT_NOUNS = frozenset(
    """number tally total figure amount count cost price rate percentage share sum fine value size
    score margin toll majority""".split()
)
DURATION_UNITS = frozenset("second seconds minute minutes hour hours day days week weeks month months year years".split())

# Capitalised in questions without being names.
NOT_NAMES = frozenset(
    """who what when where why how which whom whose did does do is are was were has have had can could would
    will should and but or the a an in on at of for to according tell give list name show explain describe
    compare i me please if after before during since between about then so also now mr mrs ms dr
    january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday""".split()
) | PERSON_ROLES | ORG_ROLES

# Stemmed question words that say what is asked, not what to look for.
ASKING_STEMS = frozenset(
    """what did do doe who whom whose when where which how mani much whi say said tell told he she it they
    them him her his their have has had would could should will about from between after before through
    ani out accord articl is was were are be been the and this that there than date day describ mention
    exact""".split()
)

NEGATION = frozenset("no not never none nothing nobody neither nor n't without denied deny denies".split())

# Words for the person at the top of a body: "the VoeSul boss" is its chief executive.
LEADERS = frozenset("boss chief head leader lead executive ceo president director chairman chairwoman chair "
                    "chairperson superintendent".split())
IRREGULAR_PLURALS = frozenset("people children men women police staff cattle feet teeth mice".split())
