"""`chat_lines.typed` on a page with no clock time (most news) answers without reading the page's
field-line blocks: an answer asks it of every candidate article. Invented pages."""

from index import chat_lines, voice_messages

CHAT = """Harbour Rowing Club, chat history

Ysolt Merrivane, [14.09.25 20:31]
The new boat shed roof leaked in last night's storm.

Garnet Ferreday-Quabbinet, [14.09.25 20:45]
I can bring a tarpaulin down first thing tomorrow

Ysolt Merrivane, [15.09.25 08:02]
Thanks Garnet. The insurer says the claim form must go in within ten days.

Peregrine Ashwell, [15.09.25 09:30]
I'll chair an emergency committee meeting on Thursday evening
"""

NEWS = """Ferry fares to rise in spring

Caller: Orla Penhaligon
The Tressick ferry company said on Monday that fares would rise by a tenth in April.
Its chief executive, Doran Velsh, told the council that fuel now cost twice as much.
"""


def test_a_page_without_a_clock_is_no_typed_chat_and_its_blocks_are_not_read(monkeypatch):
    read = []
    real = voice_messages.messages
    monkeypatch.setattr(voice_messages, "messages", lambda text: read.append(text) or real(text))
    assert not chat_lines.typed(NEWS)
    assert read == []


def test_a_chat_with_clock_stamps_is_typed():
    assert chat_lines.typed(CHAT)
