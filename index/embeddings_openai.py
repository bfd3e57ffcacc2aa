"""EMBEDDINGS=openai: vectors from an OpenAI-compatible /embeddings endpoint.

Every endpoint failure becomes `LLMError` with a message that says what to do and never
carries the API key (server messages are scrubbed before they are quoted).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any

import numpy as np
from pydantic import Field, PrivateAttr

from index.embedder import Embedder, normalise
from index.errors import ConfigError, LLMError
from index.settings import Settings, url_without_secrets

_KEYLIKE = re.compile(r"\b(sk|key|api)[-_][A-Za-z0-9_\-*.]{6,}", re.IGNORECASE)


class OpenAIEndpointEmbedding(Embedder):
    """Embeddings from OpenAI or any server speaking its /embeddings API."""

    model_name: str = Field(default="text-embedding-3-small")
    embed_batch_size: int = Field(default=100, gt=0, le=2048)
    base_url: str | None = None
    timeout: float = 20.0
    max_retries: int = 2

    _api_key: str = PrivateAttr(default="")
    _client: Any = PrivateAttr(default=None)
    _client_lock: Any = PrivateAttr(default_factory=threading.Lock)

    def __init__(self, *, api_key: str | None = None, **data: Any) -> None:
        super().__init__(**data)
        if not api_key and not self.base_url:
            raise ConfigError(
                "EMBEDDINGS=openai needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local "
                "OpenAI-compatible server). Set it in .env, or use EMBEDDINGS=onnx to embed offline."
            )
        # Local servers often want no key, but the client insists on one.
        self._api_key = api_key or "unused"

    @classmethod
    def from_settings(cls, settings: Settings) -> "OpenAIEndpointEmbedding":
        return cls(
            model_name=settings.store.embedding_model,
            api_key=settings.llm.api_key,
            base_url=settings.llm.base_url,
            timeout=settings.llm.timeout,
            max_retries=settings.llm.max_retries,
        )

    @property
    def model_id(self) -> str:
        return "openai-" + self.model_name

    def _get_client(self) -> Any:
        if self._client is None:
            with self._client_lock:
                if self._client is None:
                    import openai

                    kwargs: dict[str, Any] = {}
                    if self.base_url:
                        kwargs["base_url"] = self.base_url
                    self._client = openai.OpenAI(
                        api_key=self._api_key, timeout=self.timeout, max_retries=self.max_retries, **kwargs
                    )
        return self._client

    def embed(self, texts: list[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        # The API rejects empty inputs; a single space embeds as "nothing" without failing.
        inputs = [str(t) if str(t).strip() else " " for t in texts]
        rows: list[list[float]] = []
        for start in range(0, len(inputs), self.embed_batch_size):
            rows.extend(self._request(inputs[start : start + self.embed_batch_size]))
            if progress is not None:
                progress(len(rows), len(inputs))
        return normalise(np.asarray(rows, dtype=np.float32))

    def _request(self, batch: list[str]) -> list[list[float]]:
        import openai

        try:
            response = self._get_client().embeddings.create(
                model=self.model_name, input=batch, encoding_format="float"
            )
        except openai.OpenAIError as exc:
            raise LLMError(self._explain(exc)) from None  # the chain could quote the key
        data = sorted(response.data, key=lambda d: d.index)
        if len(data) != len(batch):
            raise LLMError(
                f"The embeddings endpoint returned {len(data)} vectors for {len(batch)} texts. "
                "Check OPENAI_BASE_URL points at an OpenAI-compatible server, or use EMBEDDINGS=onnx."
            )
        return [list(d.embedding) for d in data]

    def _explain(self, exc: Exception) -> str:
        import openai

        where = url_without_secrets(self.base_url) if self.base_url else "the OpenAI API"
        fallback = " Or set EMBEDDINGS=onnx to embed offline (then rebuild the index)."
        if isinstance(exc, openai.APITimeoutError):
            what = f"{where} did not answer within {self.timeout:g} s. Raise OPENAI_TIMEOUT or try again later."
        elif isinstance(exc, openai.APIConnectionError):
            what = f"Cannot reach {where} for embeddings. Check OPENAI_BASE_URL and the network."
        elif isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
            what = f"{where} refused the API key for embeddings. Check OPENAI_API_KEY."
        elif isinstance(exc, openai.NotFoundError):
            what = f"{where} has no embedding model {self.model_name!r}. Check OPENAI_EMBEDDING_MODEL."
        elif isinstance(exc, openai.RateLimitError):
            what = f"{where} is rate-limiting embeddings or the quota is used up. Wait and retry."
        elif isinstance(exc, openai.APIStatusError):
            detail = self._scrub(getattr(exc, "message", "") or "")
            what = f"{where} answered HTTP {exc.status_code} to an embeddings request ({detail}). Try again later."
        else:
            what = f"The embeddings request to {where} failed ({type(exc).__name__}). Try again later."
        return what + fallback

    def _scrub(self, text: str) -> str:
        """A server message fit to show: no key, nothing key-like, not too long."""
        if self._api_key and self._api_key != "unused":
            text = text.replace(self._api_key, "***")
        return _KEYLIKE.sub("***", text)[:200]
