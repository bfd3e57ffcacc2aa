"""Write-ups of interviews in the present tense: a regional radio station's web page for an on-air
interview, a TV morning show's recap and a magazine profile in the historic present. The host's
interventions ("puts it to him that ..."), listeners' messages ("X from Y messaged on WhatsApp:
..."; "Another listener, who did not give her name, wrote that ..."), a refusal ("He declines to
give that commitment") and the answer after a question put to a named guest ("HOST asks X whether
... He says ...": the guest's, not the host's) are statements of the right people."""

from tests.spec.invented import speaker_of, statements_of

RADIO_PAGE = """Quarrender FM 101.3 | Mornings with Bree Tallowman

Ferry fares rise again: 'We are not a charity,' says operator

12 March 2031 7:55 AM

[AUDIO: 09:14]

Host Bree Tallowman speaks to the operator's general manager, Hamish Quellory.

Quellory says the rise is driven by fuel and crew wages. "Every crossing costs us more than it did a year ago," he explains.

Tallowman puts it to him that islanders' pensions have not gone up by eight percent.

"I understand that," Quellory responds.

Ysolde from Oyster Point messaged on WhatsApp: "I pay forty dollars a week already."

Another listener, who did not give her name, wrote that she would start taking the early bus instead.

Tallowman asks Quellory whether the company will freeze fares for next year.

He declines to give that commitment. "If fuel comes down, we will look at it," he says.
"""

TV_RECAP = """Breakfast Live recap: the mayor on the stadium bill

Posted 4 May 2031

On Breakfast Live this morning, co-host Marisol Fentiman sat down with Mayor Dorrit Pellingham.

Pellingham says the stadium will be paid off within twelve years. She adds that no money will come from the library budget.

Fentiman asks Pellingham whether the city will hold a referendum on the bill.

She dismisses the idea. "We were elected to make this call," she says.

Viewer Callum Brisket emailed the show during the segment. A viewer from Eastmere wrote that the roads should come first.
"""

MAGAZINE_PROFILE = """The long table

Chef Harriet Brisweather is not interested in stars. It is a grey Tuesday and she is peeling shallots at the pass.

"A star is somebody else's idea of dinner," Brisweather says. She adds that the restaurant will close on Mondays from June.

Her business partner, Idris Mallowby, puts it more gently. He explains that the kitchen needs a day to breathe.

Asked whether she will open a second site, Brisweather declines to give a date. "When the table is right, we will know," she says.
"""


def test_a_radio_page_in_the_present_gives_host_listeners_and_guest_their_words():
    stmts = statements_of(RADIO_PAGE)
    assert speaker_of(stmts, "pensions have not gone up") == "Bree Tallowman"
    assert speaker_of(stmts, "I understand that") == "Hamish Quellory"  # (the quotation's last word is no "that" of the cue)
    assert speaker_of(stmts, "I pay forty dollars a week") == "Ysolde"
    assert "listener" in speaker_of(stmts, "start taking the early bus").lower()
    assert speaker_of(stmts, "declines to give that commitment") == "Hamish Quellory"
    assert speaker_of(stmts, "If fuel comes down") == "Hamish Quellory"


def test_the_answer_after_a_question_put_to_a_guest_is_the_guest_s():
    stmts = statements_of(TV_RECAP)
    assert speaker_of(stmts, "We were elected to make this call") == "Dorrit Pellingham"
    assert speaker_of(stmts, "no money will come from the library budget") == "Dorrit Pellingham"


def test_a_profile_in_the_historic_present_keeps_its_speakers():
    stmts = statements_of(MAGAZINE_PROFILE)
    assert speaker_of(stmts, "somebody else's idea of dinner") == "Harriet Brisweather"
    assert speaker_of(stmts, "close on Mondays") == "Harriet Brisweather"
    assert speaker_of(stmts, "needs a day to breathe") == "Idris Mallowby"
    assert speaker_of(stmts, "declines to give a date") == "Harriet Brisweather"
    assert speaker_of(stmts, "When the table is right") == "Harriet Brisweather"
