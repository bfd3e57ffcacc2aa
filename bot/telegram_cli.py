"""`whosaid telegram`: run the Telegram bot (token from TELEGRAM_BOT_TOKEN; see docs/telegram.md)."""

from __future__ import annotations

import logging

from index.errors import WhosaidError

log = logging.getLogger(__name__)


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "telegram",
        help="run the Telegram bot",
        description=(
            "Answer questions on Telegram. Needs TELEGRAM_BOT_TOKEN (from @BotFather) in .env or the "
            "environment; long polling unless TELEGRAM_WEBHOOK_URL is set. Stop with Ctrl-C."
        ),
    )
    parser.set_defaults(func=run)


def run(args, settings) -> int:
    # Imported here so other subcommands do not pay for python-telegram-bot.
    from telegram.error import InvalidToken, NetworkError

    from bot.telegram_logging import check_token

    check_token(settings.telegram_bot_token)  # fail before the index is opened
    from bot.service import Whosaid
    from bot.telegram_bot import build_application, run_bot

    facade = Whosaid(settings)
    try:
        app = build_application(settings, facade)
        run_bot(app, settings)
    except InvalidToken:
        raise WhosaidError("Telegram rejected TELEGRAM_BOT_TOKEN. Copy it again from @BotFather (or /revoke and use the new one).")
    except NetworkError as err:
        raise WhosaidError(f"Cannot reach the Telegram Bot API ({err}). Check the network, or TELEGRAM_BASE_URL.")
    finally:
        facade.close()
    return 0
