"""Which message a reply answers, and which group messages are questions to the bot."""

from __future__ import annotations

import re

from telegram import Message, ReplyParameters, Update


def reply_parameters(update: Update) -> ReplyParameters | None:
    """Answers are replies to the question they answer, in private chats too: answers that
    arrive out of order are matched to their questions. A button's reply needs no quote."""
    msg, chat = update.effective_message, update.effective_chat
    if msg is None or chat is None or update.callback_query:
        return None
    return ReplyParameters(message_id=msg.message_id, allow_sending_without_reply=True)


def addressed_question(msg: Message, bot_username: str, bot_id: int) -> str | None:
    """The question in a group message addressed to the bot (mention or reply), else None."""
    text = msg.text or ""
    mention = "@" + (bot_username or "").lower()
    mentioned = [t for t in msg.parse_entities(["mention"]).values() if t.lower() == mention]
    replied = msg.reply_to_message is not None and getattr(msg.reply_to_message.from_user, "id", None) == bot_id
    if not mentioned and not replied:
        return None
    return re.sub(re.escape(mention), " ", text, flags=re.IGNORECASE).strip()
