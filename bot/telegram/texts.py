"""What the Telegram bot says on its own: its command list, greeting, help and apology."""

COMMANDS = [
    ("ask", "Ask a question: /ask Who said …?"),
    ("sources", "The articles I can quote"),
    ("source", "The passage behind citation N: /source 2"),
    ("who", "What one person said: /who NAME"),
    ("timeline", "Statements in date order: /timeline [name]"),
    ("reset", "Forget this conversation"),
    ("help", "How to use this bot"),
]
START = (
    "I answer questions about a small set of news articles: who said what, and when. "
    "Every sentence of an answer ends in a citation like [1]; tap a citation button, or send "
    "/source 1, to read the passage it comes from.\n\nTry:\n"
)


def start_text(examples: list[str]) -> str:
    """The /start greeting, with example questions about the corpus's own speakers."""
    return START + "\n".join(f"• {q}" for q in examples)


HELP = (
    "Send me a question as a message (in a group, mention me, reply to me, or use /ask).\n\n"
    + "\n".join(f"/{name} — {about}" for name, about in COMMANDS)
    + "\n\nFollow-up questions use the last few exchanges; /reset forgets them."
)
SORRY = "Sorry, something went wrong on my side. Please try again in a moment."
