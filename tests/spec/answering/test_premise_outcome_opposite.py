"""A why-question whose premise word has a checkable opposite in the article: the sentence stating
the actual outcome answers it first, as a correction.
- "turned down the bid" / the directors are "assessing the proposal" (still deciding);
- "voted unanimously" / "voted five to three";
- "a suspended sentence" / the lede "was sentenced ... to three years' jail" (not the sentence the
  prosecution asked for);
- "agreed to re-edit" / "would not cut a single scene"."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

WIRE = """Tamberlane Foods weighs takeover approach

(Harbour Business Wire) -- Tamberlane Foods Ltd said on Monday it had received an unsolicited proposal from Brannock Group at $4.20 a share, and that its board was "considering the proposal with its advisers."

Tamberlane shares rose 14% to $3.95.

Brannock Group declined to comment.
"""

CLUB = """Rowing club mulls merger offer

Members of Wexley Rowing Club will have their say next month on an offer from the larger Dunmore club to merge the two.

The committee is still evaluating the offer, its secretary Lorna Pyle said, and no vote has been called.

"We want to hear from everyone first," she said.
"""

COUNCIL = """Libraries to cut hours after split vote

The county cabinet voted five to three on Thursday to cut opening hours at six branch libraries from April.

Cllr Ivo Benning, cabinet member for culture, said the savings were unavoidable.

"Nobody came into politics to shut libraries," he said.
"""

BOARD = """Trust backs pool closure

WEXFORD — The leisure trust's board passed the motion 7-2 to close the Quayside pool for repairs.

The chair, Niamh Colley, said the repairs would take a year.
"""

COURT = """LONDON

Removal firm boss jailed for taking deposits for moves that never happened

Gideon Varr took deposits from 212 customers, court told

LONDON - The owner of a removal firm who kept taking deposits after his vans had been repossessed was sentenced on Friday to three years' jail.

Prosecutor Delia Marsh had asked for a sentence of four years, citing the number of victims.

Defence counsel Omar Reyes said his client had believed a loan would save the business.

Varr's brother, who ran the firm's accounts, was sentenced in May to nine months' jail.
"""

FILM = """Studio will not cut banned film, says chief

The board ordered cuts to "Salt Road" last week and gave the producers 30 days to submit a re-edited version.

Speaking to reporters on Tuesday, the studio's chief executive, Adaeze Okonkwo, said the company would not cut a single scene.

The studio has gone to court to challenge the order.
"""

wire = app_fixture("kestrel_approach.txt", WIRE)
club = app_fixture("wexley_merger.txt", CLUB)
council = app_fixture("library_hours.txt", COUNCIL)
board = app_fixture("quayside_pool.txt", BOARD)
court = app_fixture("removal_firm_court.txt", COURT)
film = app_fixture("salt_road.txt", FILM)

test_outcome_corrects_premise = table(answers, [
    ask("wire", "Why did Tamberlane's board turn down Brannock's bid outright?", "considering the proposal",
        starting="The articles do not say", id="turned_down_but_still_considering"),
    ask("club", "Why did the committee reject the Dunmore offer?", "still evaluating the offer",
        starting="The articles do not say", id="rejected_but_still_evaluating"),
    ask("council", "Why did the cabinet vote unanimously to cut library hours?", "five to three",
        starting="The articles do not say", id="unanimous_but_split_in_words"),
    ask("board", "Why did the board vote unanimously to close the pool?", "7-2",
        starting="The articles do not say", id="unanimous_but_split_in_figures"),
    ask("court", "Why was Varr only given a suspended sentence?", "three years' jail", lacking="four years",
        starting="The articles do not say", id="suspended_but_jailed"),
    ask("film", "Why did the studio agree to re-edit Salt Road?", "would not cut",
        starting="The articles do not say", id="agreed_but_would_not"),
])
