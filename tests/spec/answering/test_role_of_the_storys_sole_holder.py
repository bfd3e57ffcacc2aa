""""Who owns the field the fair is held on?": the story's one owner is "the owner of the land, NAME";
the field is the story's word for what she owns, not her description's. The one person of the story
described by the role's head, in a story holding the role's other words, is that role's holder."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """Village fair told to find a new home

MARSHTON — The organisers of the Marshton summer fair have been given until June to clear the Marsh Road field the fair has been held on every August since 1990.

The notice to quit, signed by the owner of the land, Agnes Fairweather of Fairweather Estates, was delivered to the fair's committee on Monday.

Committee chair Rowan Pike said the fair would look for another site. "We have nowhere else big enough," he said.

"My own mother ran the cake stall," Fairweather said.

Fairweather, reached by telephone on Tuesday, confirmed that the fair had been told to leave.
"""


app = app_fixture("fair.txt", ARTICLE)


def test_the_storys_one_owner_owns_what_the_story_names(app):
    answers(app, "who owns the field the fair is held on", "Fairweather")


def test_the_sole_holder_is_the_roles_person(app):
    from bot.answering.people import people_of
    from bot.answering.question import analyse
    from bot.answering.roles import resolve_role

    corpus = app.corpus
    (article,) = corpus.articles()
    q = analyse("Who is the owner of the field the fair is held on?", corpus.ledger())
    found = resolve_role(q, {article.id: people_of(article, corpus)}, corpus.sparse.idf, corpus.article_stems)
    assert [p.name for _, p in found][:1] == ["Agnes Fairweather"], found
