"""What answering reads, handed in by the facade: never the facade itself."""

from __future__ import annotations

from dataclasses import dataclass

from index.corpus import Corpus
from index.settings import Settings


@dataclass(frozen=True)
class Deps:
    """The corpus (retrieve(), ledger(), chunks_of(), article(), embedder) and the settings.

    The chat model is made from the settings on demand (one per settings, cached by
    bot.llm.client), so an answer without a model never imports the model's client.
    """

    corpus: Corpus
    settings: Settings

    def chat_model(self):
        """The configured chat model, or None when answers are written without one."""
        if not self.settings.use_llm:
            return None
        from bot.llm.client import chat_model

        return chat_model(self.settings)
