"""The Telegram handlers: thin. Parse the update, ask the facade in a worker thread, render, send.

One slow answer never blocks other chats: the facade runs in a bounded thread pool, and the
Application handles updates concurrently; questions within one chat are answered in order.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import re
from concurrent.futures import ThreadPoolExecutor

from telegram import BotCommand, Message, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.service import QuestionError, Turn
from bot.telegram import render
from bot.telegram.addressing import addressed_question, reply_parameters
from bot.telegram.guard import REFUSAL, Guard
from bot.telegram.memory import ChatMemory
from bot.telegram.pacing import ChatTurns, typing
from bot.telegram.stream import LiveReply, deliver
from bot.telegram.texts import COMMANDS, HELP, SORRY, start_text

log = logging.getLogger(__name__)
_SOURCE_BUTTON = re.compile(r"src:(\d{1,6})")  # the data of the buttons under an answer

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]


class FrontEnd:
    """The handlers, and the state they share: facade, memory, guard, worker pool."""

    def __init__(self, facade, memory: ChatMemory, guard: Guard, executor: ThreadPoolExecutor, stream_interval):
        self.facade = facade
        self.memory = memory
        self.guard = guard
        self.executor = executor
        self.stream_interval = stream_interval
        self._turns = ChatTurns()
        self._examples: list[str] | None = None

    def examples(self) -> list[str]:
        """Example questions drawn from the corpus (its most quoted speakers), computed once."""
        if self._examples is None:
            self._examples = self.facade.example_questions(n=3)
        return self._examples

    def register(self, app: Application) -> None:
        only_new = filters.UpdateType.MESSAGE
        app.add_handler(TypeHandler(Update, self.drop_bots), group=-1)
        for name, handler in [
            ("start", self.on_start),
            ("help", self.on_help),
            ("ask", self.on_ask),
            ("sources", self.on_sources),
            ("source", self.on_source),
            ("who", self.on_who),
            ("timeline", self.on_timeline),
            ("reset", self.on_reset),
        ]:
            app.add_handler(CommandHandler(name, handler, filters=only_new))
        app.add_handler(MessageHandler(only_new & filters.COMMAND, self.on_unknown_command))
        text = only_new & filters.TEXT & ~filters.COMMAND
        app.add_handler(MessageHandler(text & filters.ChatType.PRIVATE, self.on_private_text))
        app.add_handler(MessageHandler(text & filters.ChatType.GROUPS, self.on_group_text))
        # Every tap, whatever its data: a stale or forged button still gets its spinner stopped.
        app.add_handler(CallbackQueryHandler(self.on_button))
        app.add_error_handler(self.on_error)

    async def post_init(self, app: Application) -> None:
        await app.bot.set_my_commands([BotCommand(name, about) for name, about in COMMANDS])
        log.info("Telegram bot @%s ready", app.bot.username)

    async def post_shutdown(self, app: Application) -> None:
        # Answers in flight finish (their replies are dropped); queued ones are cancelled.
        await asyncio.to_thread(self.executor.shutdown, wait=True, cancel_futures=True)

    # -- gatekeeping -----------------------------------------------------------------
    async def drop_bots(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Never answer other bots (two bots answering each other never stop)."""
        user = update.effective_user
        if user is not None and user.is_bot:
            raise ApplicationHandlerStop

    async def admit(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
        user, chat = update.effective_user, update.effective_chat
        if self.guard.allows(user.id if user else None, chat.id if chat else None):
            return True
        if user is not None and chat is not None and self.guard.should_refuse(user.id):
            log.info("refused user %s in chat %s", user.id, chat.id)
            await self.reply(update, context, [render.esc(REFUSAL)])
        return False

    # -- commands ----------------------------------------------------------------------
    async def on_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if await self.admit(update, context):
            await self.reply(update, context, [render.esc(start_text(self.examples()))])

    async def on_help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if await self.admit(update, context):
            await self.reply(update, context, [render.esc(HELP)])

    async def on_ask(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not await self.admit(update, context):
            return
        parts = (update.effective_message.text or "").split(maxsplit=1)  # keeps the question's own spacing
        question = parts[1] if len(parts) > 1 else ""
        if not question.strip():
            await self.reply(update, context, [render.esc("Ask like this: /ask " + self.examples()[0])])
            return
        await self.answer_question(update, context, question)

    async def on_private_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if await self.admit(update, context):
            await self.answer_question(update, context, update.effective_message.text)

    async def on_group_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """In groups, only messages that mention the bot or reply to it are questions."""
        question = addressed_question(update.effective_message, context.bot.username, context.bot.id)
        if question is not None and await self.admit(update, context):
            await self.answer_question(update, context, question)

    async def on_sources(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if await self.admit(update, context):
            articles = await self.in_worker(self.facade.articles)
            await self.reply(update, context, render.render_sources(articles))

    async def on_source(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not await self.admit(update, context):
            return
        args = context.args or []
        if len(args) != 1 or not args[0].strip("[]").isdigit():
            await self.reply(update, context, ["Say which citation, for example: /source 1"])
            return
        await self.show_passage(update, context, int(args[0].strip("[]")))

    async def on_who(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not await self.admit(update, context):
            return
        name = " ".join(context.args or []).strip()
        if not name:
            await self.reply(update, context, ["Say whose statements you want: /who NAME (a name or surname from the articles)"])
            return
        await self.list_statements(update, context, name, f"What {name} said", in_date_order=False)

    async def on_timeline(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not await self.admit(update, context):
            return
        name = " ".join(context.args or []).strip() or None
        heading = f"Timeline of {name}" if name else "Timeline"
        await self.list_statements(update, context, name, heading, in_date_order=True)

    async def on_reset(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if await self.admit(update, context):
            async with self.chat_turn(update.effective_chat.id):  # after the answer in flight
                self.memory.reset(update.effective_chat.id)
            await self.reply(update, context, ["Done: I have forgotten this conversation."])

    async def on_unknown_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A /command we do not have: say which we do. In groups only when it names this bot."""
        msg = update.effective_message
        word = (msg.text or "").split(maxsplit=1)[0] if msg and msg.text else ""
        command, _, addressee = word.partition("@")
        if addressee and addressee.lower() != (context.bot.username or "").lower():
            return  # another bot's command
        if update.effective_chat.type != ChatType.PRIVATE and not addressee:
            return
        if await self.admit(update, context):
            listed = ", ".join(f"/{name}" for name, _ in COMMANDS)
            await self.reply(update, context, [render.esc(f"I do not know {command}. My commands: {listed}.")])

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        try:
            await query.answer()  # stops the button's spinner
        except TelegramError as err:  # e.g. a tap from before a restart: "query is too old"
            log.info("could not answer callback query: %s", err)
        source = _SOURCE_BUTTON.fullmatch(query.data or "")
        if source is None:  # not a button this bot makes (empty data once crashed the handler)
            log.info("ignored a button tap with unknown data")
            return
        if await self.admit(update, context) and query.message is not None:
            await self.show_passage(update, context, int(source.group(1)), shown_in=query.message.message_id)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log first (with the update id), then one friendly line; never a traceback in a chat."""
        update_id = update.update_id if isinstance(update, Update) else None
        log.error("error while handling update %s", update_id, exc_info=context.error)
        if isinstance(update, Update) and update.effective_chat is not None:
            with contextlib.suppress(TelegramError):
                await context.bot.send_message(update.effective_chat.id, SORRY)

    # -- the work ------------------------------------------------------------------------
    async def answer_question(self, update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
        chat_id, user = update.effective_chat.id, update.effective_user
        if not question.strip():
            await self.reply(update, context, [render.esc("Please ask a question, for example: " + self.examples()[0])])
            return
        problem = self.guard.length_problem(question)
        if problem:
            await self.reply(update, context, [render.esc(problem)])
            return
        who = user.id if user else chat_id
        wait = self.guard.retry_after(who)
        if wait is not None:
            if self.guard.should_tell_rate(who, wait):
                await self.reply(update, context, [render.esc(self.guard.rate_message(wait))])
            return
        async with self.chat_turn(chat_id), typing(context.bot, chat_id):
            live = LiveReply(
                context.bot, chat_id, asyncio.get_running_loop(), self.stream_interval, reply_parameters(update)
            )
            history = self.memory.history(chat_id)
            try:
                answer, chunks = await self.in_worker(self._answer_and_render, question, history, live.on_token)
            except QuestionError as err:
                await live.abandon()
                await self.reply(update, context, [render.esc(str(err))])
                return
            except BaseException:
                await live.abandon()
                raise
            ids = await live.finish(chunks, render.source_buttons(answer))
            self.memory.add(chat_id, Turn(question, answer, answer.text), keys=ids)

    def _answer_and_render(self, question, history, on_token):  # runs in a worker thread
        answer = self.facade.answer(question, history, on_token)
        return answer, render.render_answer(answer, self.facade.article)

    async def show_passage(self, update, context, n: int, shown_in: int | None = None) -> None:
        chat_id = update.effective_chat.id
        async with self.chat_turn(chat_id):  # an answer still being written is "the last answer"
            answer = self.memory.answer(chat_id, tag=shown_in)
        if answer is None:
            gone = "That answer is no longer in my memory" if shown_in else "There is no answer here yet"
            await self.reply(update, context, [f"{gone}. Ask a question, then /source N opens citation [N]."])
            return
        citation = render.find_citation(answer, n)
        if citation is None:
            have = sorted(c.n for c in render.cited(answer))
            listed = ", ".join(f"[{k}]" for k in have) or "none"
            await self.reply(update, context, [f"The last answer has no citation [{n}] (it has {listed})."])
            return
        try:
            view = await self.in_worker(self.facade.passage, citation)
        except QuestionError as err:
            await self.reply(update, context, [render.esc(str(err))])
            return
        await self.reply(update, context, render.render_passage(view))

    async def list_statements(self, update, context, name, heading, in_date_order: bool) -> None:
        def work():
            statements = self.facade.statements(name)
            if in_date_order:
                statements = render.by_date(statements)
            if not statements:
                return None, []
            listing = render.statement_listing(heading, statements, self.facade.article)
            return listing, render.render_answer(listing, self.facade.article)

        chat_id = update.effective_chat.id
        async with self.chat_turn(chat_id):
            listing, chunks = await self.in_worker(work)
            if listing is None:
                who = f"by {name} " if name else ""
                await self.reply(update, context, [render.esc(f"I have no statements {who}in the articles.")])
                return
            ids = await self.reply(update, context, chunks, markup=render.source_buttons(listing))
            self.memory.add(chat_id, Turn(heading, listing), keys=ids, in_history=False)

    # -- plumbing --------------------------------------------------------------------------
    async def in_worker(self, fn, *args):
        return await asyncio.get_running_loop().run_in_executor(self.executor, functools.partial(fn, *args))

    async def reply(self, update: Update, context, chunks: list[str], markup=None) -> list[int]:
        """Send HTML chunks to the update's chat (buttons under the last); the message ids."""
        ids = []
        for i, chunk in enumerate(chunks):
            last = i == len(chunks) - 1
            sent: Message = await deliver(
                context.bot.send_message,
                chunk,
                chat_id=update.effective_chat.id,
                reply_markup=markup if last else None,
                reply_parameters=reply_parameters(update) if i == 0 else None,
            )
            ids.append(sent.message_id)
        return ids

    def chat_turn(self, chat_id: int):
        """One question at a time per chat, so follow-ups see the answer before them."""
        return self._turns.turn(chat_id)
