"""Questions over a pasted group chat: each message is its sender's, cited alone (not glued to the
messages around it), and a "where does X say ..." question asks for the place X gave, not whether
someone else's message shares its words. Every article is invented."""

from index.chunking import chunk_article
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers
from tests.spec.invented import cleaned

CHAT = """Marrowby Lane residents

[05/03/2026, 18:02] Wilhelmina Stoke: Did anyone else hear the pump station alarm at six? It went on for twenty minutes
[05/03/2026, 18:10] Corentin Abbey: Heard it from the garden. The smell is back as well
[05/03/2026, 18:31] Cllr Hesper Sallowby: I've been on to the water company's operations desk. They told me the water company's pump station permit allows two overflows a month, and the last overflow in February was logged on the 9th.
[05/03/2026, 19:02] Corentin Abbey: Their pump station is behind the old tannery, nowhere near the river gauge
[05/03/2026, 19:05] Wilhelmina Stoke: So the gauge can't even see it, great
[06/03/2026, 08:15] Cllr Hesper Sallowby: Update: the water company says a new gauge can't go in before May because the contractor is booked out
"""

app = app_fixture("marrowby_chat.txt", CHAT)


def test_where_does_a_sender_say_answers_with_their_own_message(app):
    answer = answers(app, "Where does Corentin Abbey say the water company's pump station is?", "tannery",
                     lacking="do not report")
    assert "18:31" not in answer.text and "19:05" not in answer.text, answer.text


def test_a_message_is_cited_without_its_stamp(app):
    answers(app, "What does Corentin Abbey say about the pump station?", "tannery", lacking=("[05/03/2026", "19:02]"))


def test_a_messages_sentences_leave_out_its_stamp_and_sender():
    # read as words of the sentence, a sender's name matched every question naming them
    article = cleaned(CHAT, name="marrowby_chat.txt")
    sentences = [article.text[s.start:s.end] for c in chunk_article(article) for s in c.sentences]
    assert "Heard it from the garden." in sentences
    assert not [s for s in sentences if s.startswith("[05/03/2026")]
