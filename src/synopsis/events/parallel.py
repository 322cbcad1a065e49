"""Featurizing a stream's batches in worker processes while the calling process assigns them, in order.

The calling process sends each worker the next batches down a pipe and reads
the featurized batches back in stream order. A worker always has `_AHEAD`
batches queued and a thread that sends its results, so it never waits for the
caller, even while a result larger than the pipe's buffer is unread; when the oldest batch is not
back yet, the caller featurizes the next one itself rather than wait, so both
cores stay busy whichever side is the slower (long articles make featurizing the
slower, short ones assigning). Featurizing is a pure function of a batch, so the
labels do not depend on who featurized what.
"""

from __future__ import annotations

import multiprocessing
import queue
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

# Batches queued at each worker beyond the one it is featurizing.
_AHEAD = 2
# Linux's default ceiling for an unprivileged pipe: a batch of 64 articles of 4,000 characters fits.
_PIPE_BYTES = 1 << 20


@dataclass
class _Failure:
    """An exception raised in a worker, sent back to be raised again where the stream is read."""

    error: BaseException


def featurized(
    featurize: Callable[[list], Any], batches: Iterator[list], workers: int, ready: Iterable[Any] = ()
) -> Iterator[Any]:
    """`featurize` of each batch, in order, computed by `workers` forked processes and this one.

    `ready` are results of earlier batches, featurized before: they come first, once the workers have their batches,
    so the workers start on the stream while the caller uses them.
    """
    if workers < 1:
        yield from ready
        yield from map(featurize, batches)
        return
    context = _worker_context()
    started: list[_Worker] = []
    try:
        for _ in range(workers):
            started.append(_Worker(featurize, context, started))
        # Stream order: a worker that has the batch, or the batch featurized here.
        pending: deque[tuple[_Worker | None, Any]] = deque()

        def take() -> list | None:
            batch = next(batches, None)
            if batch is None:
                # Told at once, the workers exit while this process assigns the last batches, not after.
                for worker in started:
                    worker.finish()
            return batch

        def send(worker: _Worker) -> None:
            batch = take()
            if batch is not None:
                worker.send(batch)
                pending.append((worker, None))

        # A batch each before the ready results go, so the workers start; the rest of their queue after, so the stream
        # reads no further ahead before its first results than it did without them.
        for worker in started:
            send(worker)
        yield from ready
        for _ in range(_AHEAD):
            for worker in started:
                send(worker)
        while pending:
            worker, made_here = pending.popleft()
            if worker is None:
                yield made_here
                continue
            # While the worker is still busy, featurize a later batch here; a few at most, to bound memory.
            while not worker.ready() and len(pending) < (2 + _AHEAD) * len(started):
                batch = take()
                if batch is None:
                    break
                pending.append((None, featurize(batch)))
            result = worker.receive()
            send(worker)
            yield result
    finally:
        for worker in started:
            worker.stop()


class _Worker:
    """A forked process that featurizes the batches sent to it, in the order they come."""

    def __init__(self, featurize: Callable[[list], Any], context, others: list[_Worker]) -> None:
        self._finished = False
        request_reader, self._request_writer = context.Pipe(duplex=False)
        self._result_reader, result_writer = context.Pipe(duplex=False)
        for end in (self._request_writer, result_writer):
            _widen(end)
        # A worker closes the caller's pipe ends it inherits (its own and the other workers'), so it sees the caller close.
        inherited = [
            end for owner in (*others, self) for end in (owner._request_writer, owner._result_reader)
        ]
        self._process = context.Process(
            target=_serve, args=(featurize, request_reader, result_writer, inherited), daemon=True
        )
        self._process.start()
        # The worker's ends belong to it now; closing them here lets either side see the other go.
        request_reader.close()
        result_writer.close()

    def send(self, batch: list) -> None:
        self._request_writer.send(batch)

    def finish(self) -> None:
        """No more batches: the worker sends back those it has and exits."""
        if not self._finished:
            self._finished = True
            try:
                self._request_writer.send(None)
            except OSError:  # the worker has gone already
                pass

    def ready(self) -> bool:
        return self._result_reader.poll()

    def receive(self) -> Any:
        try:
            result = self._result_reader.recv()
        except EOFError:
            raise RuntimeError(f"a featurizing worker stopped (exit code {self._process.exitcode})") from None
        if isinstance(result, _Failure):
            raise result.error
        return result

    def stop(self) -> None:
        self.finish()
        self._request_writer.close()
        # A worker still sending a result the stream no longer wants sees the pipe break and stops.
        self._result_reader.close()
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()


def _serve(featurize: Callable[[list], Any], requests, results, inherited: list) -> None:
    """The worker's loop: featurize each batch that comes and send it back, until the caller sends None."""
    # Ctrl-C reaches the whole process group: the caller stops the stream, and with it the worker, saying so once.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for end in inherited:
        end.close()
    queued: queue.SimpleQueue = queue.SimpleQueue()
    # A thread takes batches as they come, so the caller never blocks sending one while this one sends a result.
    threading.Thread(target=_take, args=(requests, queued), daemon=True).start()
    # Another sends the results: a featurized batch outgrows the pipe's buffer, and the worker goes on with the next
    # batch while the caller, busy assigning, has not read it yet.
    finished: queue.SimpleQueue = queue.SimpleQueue()
    caller_gone = threading.Event()
    sender = threading.Thread(target=_give, args=(results, finished, caller_gone), daemon=True)
    sender.start()
    while (batch := queued.get()) is not None and not caller_gone.is_set():
        try:
            finished.put(featurize(batch))
        except Exception as error:  # raised again by the caller, where the stream is read
            finished.put(_Failure(error))
    finished.put(None)
    sender.join()


def _give(results, finished: queue.SimpleQueue, caller_gone: threading.Event) -> None:
    while (result := finished.get()) is not None:
        try:
            results.send(result)
        except OSError:  # the caller has stopped reading
            caller_gone.set()
            return
        except Exception as error:  # a result that cannot be pickled fails before a byte is written
            results.send(_Failure(RuntimeError(f"a featurized batch could not be sent back: {error}")))


def _take(requests, queued: queue.SimpleQueue) -> None:
    while True:
        try:
            batch = requests.recv()
        except (EOFError, OSError):  # the caller has gone
            batch = None
        queued.put(batch)
        if batch is None:
            return


def _widen(end) -> None:
    """Let the pipe hold a whole batch where the system allows it (Linux).

    A batch of long articles outgrows a pipe's 64 KiB: its sender would wait until
    the reading thread empties the pipe, and that thread waits for the GIL while its
    process featurizes. Measured on ECB+, the caller spent 40 to 80 ms of a 0.55 s
    stream blocked in sending.
    """
    try:
        import fcntl

        fcntl.fcntl(end.fileno(), fcntl.F_SETPIPE_SZ, _PIPE_BYTES)
    except (ImportError, AttributeError, OSError):  # not Linux, or a lower limit: the pipe keeps its size
        pass


def _worker_context():
    # Forking starts a worker in milliseconds, with the modules already imported.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)
