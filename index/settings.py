"""One settings object, read once from the environment and `.env`, then passed down.

No other module reads os.environ. Secrets are kept out of repr() so a logged settings
object never leaks a token.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from dotenv import dotenv_values

from index.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SECRET_FIELDS = {"openai_api_key", "telegram_bot_token"}


def _number(env: dict, key: str, default, kind=int):
    raw = env.get(key)
    if raw in (None, ""):
        return default
    try:
        return kind(raw)
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        raise ConfigError(f"{key} must be {what}, got {raw!r}. Fix it in .env or the environment.")


def _int(env: dict, key: str, default: int) -> int:
    return _number(env, key, default, int)


def _float(env: dict, key: str, default: float) -> float:
    return _number(env, key, default, float)


def _ids(env: dict, key: str) -> frozenset[int]:
    raw = env.get(key) or ""
    out = set()
    for part in raw.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            out.add(int(part))
        except ValueError:
            raise ConfigError(f"{key} must be a comma-separated list of numeric Telegram ids, got {part!r}.")
    return frozenset(out)


@dataclass(frozen=True)
class Settings:
    data_dir: Path = Path(".whosaid")
    seeds_dir: Path = PROJECT_ROOT / "seeds"
    prompts_dir: Path = PROJECT_ROOT / "prompts"
    embeddings: str = "onnx"  # onnx | openai
    openai_embedding_model: str = "text-embedding-3-small"
    chroma_host: str | None = None
    chroma_port: int = 8000
    top_k: int = 8
    max_question_chars: int = 1000
    answer_mode: str = "auto"  # auto (llm when configured) | extractive | llm
    openai_api_key: str | None = None
    openai_base_url: str | None = None
    openai_model: str = "gpt-4o-mini"
    openai_timeout: float = 20.0
    openai_max_retries: int = 2
    openai_max_tokens: int = 700  # longest answer the model may write
    history_turns: int = 6
    history_max_age_s: int = 3600
    telegram_bot_token: str | None = None
    telegram_base_url: str = "https://api.telegram.org/bot"
    telegram_webhook_url: str | None = None
    telegram_webhook_listen: str = "0.0.0.0"
    telegram_webhook_port: int = 8443
    telegram_allowed_users: frozenset[int] = field(default_factory=frozenset)
    telegram_allowed_chats: frozenset[int] = field(default_factory=frozenset)
    telegram_rate_limit_per_minute: int = 10
    log_level: str = "WARNING"

    @property
    def llm_configured(self) -> bool:
        return bool(self.openai_api_key or self.openai_base_url)

    @property
    def use_llm(self) -> bool:
        if self.answer_mode == "extractive":
            return False
        return self.llm_configured

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)

    def __repr__(self) -> str:
        parts = []
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in SECRET_FIELDS and value:
                value = "***"
            parts.append(f"{f.name}={value!r}")
        return "Settings(" + ", ".join(parts) + ")"

    __str__ = __repr__


def load_settings(env: dict[str, str] | None = None, dotenv_path: Path | None = None) -> Settings:
    """Settings from `env` (default: os.environ) over `.env` in the working directory."""
    merged: dict[str, str] = {}
    path = dotenv_path if dotenv_path is not None else Path(".env")
    if path.is_file():
        merged.update({k: v for k, v in dotenv_values(path).items() if v is not None})
    merged.update(os.environ if env is None else env)
    embeddings = (merged.get("EMBEDDINGS") or "onnx").strip().lower()
    if embeddings not in ("onnx", "openai"):
        raise ConfigError(f"EMBEDDINGS must be 'onnx' or 'openai', got {embeddings!r}.")
    mode = (merged.get("WHOSAID_MODE") or "auto").strip().lower()
    if mode not in ("auto", "extractive", "llm"):
        raise ConfigError(f"WHOSAID_MODE must be auto, extractive or llm, got {mode!r}.")
    top_k = _int(merged, "WHOSAID_TOP_K", 8)
    if not 1 <= top_k <= 100:
        raise ConfigError(f"WHOSAID_TOP_K must be between 1 and 100, got {top_k}.")
    defaults = Settings()
    return Settings(
        data_dir=Path(merged.get("WHOSAID_DATA") or defaults.data_dir),
        seeds_dir=Path(merged.get("WHOSAID_SEEDS") or defaults.seeds_dir),
        embeddings=embeddings,
        openai_embedding_model=merged.get("OPENAI_EMBEDDING_MODEL") or defaults.openai_embedding_model,
        chroma_host=merged.get("CHROMA_HOST") or None,
        chroma_port=_int(merged, "CHROMA_PORT", 8000),
        top_k=top_k,
        max_question_chars=_int(merged, "WHOSAID_MAX_QUESTION_CHARS", 1000),
        answer_mode=mode,
        openai_api_key=merged.get("OPENAI_API_KEY") or None,
        openai_base_url=merged.get("OPENAI_BASE_URL") or None,
        openai_model=merged.get("OPENAI_MODEL") or defaults.openai_model,
        openai_timeout=_float(merged, "OPENAI_TIMEOUT", 20.0),
        openai_max_retries=_int(merged, "OPENAI_MAX_RETRIES", 2),
        openai_max_tokens=_int(merged, "OPENAI_MAX_TOKENS", 700),
        history_turns=_int(merged, "WHOSAID_HISTORY_TURNS", 6),
        history_max_age_s=_int(merged, "WHOSAID_HISTORY_MAX_AGE", 3600),
        telegram_bot_token=merged.get("TELEGRAM_BOT_TOKEN") or None,
        telegram_base_url=merged.get("TELEGRAM_BASE_URL") or defaults.telegram_base_url,
        telegram_webhook_url=merged.get("TELEGRAM_WEBHOOK_URL") or None,
        telegram_webhook_listen=merged.get("TELEGRAM_WEBHOOK_LISTEN") or defaults.telegram_webhook_listen,
        telegram_webhook_port=_int(merged, "TELEGRAM_WEBHOOK_PORT", 8443),
        telegram_allowed_users=_ids(merged, "TELEGRAM_ALLOWED_USERS"),
        telegram_allowed_chats=_ids(merged, "TELEGRAM_ALLOWED_CHATS"),
        telegram_rate_limit_per_minute=_int(merged, "TELEGRAM_RATE_LIMIT", 10),
        log_level=(merged.get("WHOSAID_LOG_LEVEL") or "WARNING").upper(),
    )
