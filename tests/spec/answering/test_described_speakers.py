"""A speaker asked about by description whom the article describes only once: "X of Fjord
Capital", "has ruled out resigning as head coach of Y", a sentence that introduces them before
what they said; and a country the article names only by its adjective ("its Polish factory")."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import replies


ARTICLE = """Marrow Vale coach stays on after cup exit; Kestrel Heat to cut jobs

By Ada Quill

Published: 3 March 2025

Tomas Brennick has ruled out resigning as head coach of Marrow Vale, a day after his side lost the cup semi-final to Eastfield.

The home crowd was furious about a late penalty. Brennick said after the match that the penalty was "a coin toss with a whistle" and that the tackle had been fair.

Eastfield's director of rugby, Ines Carvalho, said her team had deserved the win.

Heating maker Kestrel Heat said it would cut 600 jobs. Analysts were split on the plan.

Another analyst, Rosa Lindqvist of Harbour Securities, was more positive. She said the job cuts were "late but sensible" and that new models were selling well.

Kestrel Heat denied a newspaper report that it was looking for a buyer for its Polish factory in Gdansk. "The Gdansk plant is not for sale," the company said.
"""


app = app_fixture("vale.txt", ARTICLE)


def test_a_role_written_once_next_to_the_name_finds_the_speaker(app):
    replies(app, "What did the Marrow Vale coach call the penalty?", "coin toss with a whistle")


def test_a_sentence_introducing_the_speaker_is_followed_by_what_they_said(app):
    replies(app, "What did the Harbour Securities analyst make of the job cuts?", "late but sensible")


def test_a_country_written_only_as_its_adjective_is_known(app):
    answer = app.answer("What did Kestrel Heat say about reports that it wanted to sell its factory in Poland?", [])
    assert "Poland" not in answer.text.split(".")[0] or not answer.abstained
    assert not answer.text.startswith("The articles do not answer this. None of them mentions")


def test_a_spokesman_asked_for_is_whoever_the_article_names_with_the_body(app_over):
    text = ("Quay closures approved\n\nPublished: 5 May 2025\n\nThe council approved the closure of the quays on Tuesday.\n\n"
            "Cyclists welcomed the plan. But Dara Quigley, of the Lismore Cab Drivers' Association, warned that closing "
            "the quays would push traffic onto Mill Street and \"turn it into a car park\".\n")
    with app_over("quays.txt", text) as app:
        answer = app.answer("What did the cab drivers' spokesman predict would happen to Mill Street?", [])
    assert "car park" in answer.text and not answer.abstained
