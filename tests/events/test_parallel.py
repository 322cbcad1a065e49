"""Featurizing in worker processes: batches come back in order, errors and early stops reach the caller."""

import multiprocessing
import os
import signal
import threading
import time

import pytest

from synopsis.events.parallel import featurized


def tagged(batch):
    # Which process featurized the batch shows that the work was shared.
    return [(item * 2, os.getpid()) for item in batch]


CALLER = os.getpid()


def failing_elsewhere(batch):
    if os.getpid() != CALLER:
        raise ValueError("not here")
    return batch


@pytest.mark.parametrize("workers", [0, 1, 2])
def test_results_ready_before_come_first_while_the_workers_start(workers):
    read = []
    batches = ([i] for i in range(1, 8) if not read.append(i))
    stream = featurized(tagged, batches, workers, ready=[[(0, CALLER)]])
    assert next(stream) == [(0, CALLER)]
    # Each worker was started with a batch before the caller got the first result, and no more was read yet.
    assert len(multiprocessing.active_children()) >= workers and len(read) == workers
    assert [batch[0][0] for batch in stream] == [2 * i for i in range(1, 8)]


@pytest.mark.parametrize("workers", [1, 2])
def test_batches_come_back_in_order(workers):
    batches = [[i, i + 1] for i in range(0, 60, 2)]
    found = list(featurized(tagged, iter(batches), workers))
    assert [[value for value, _ in batch] for batch in found] == [[2 * i for i in batch] for batch in batches]
    assert {pid for batch in found for _, pid in batch} - {os.getpid()}  # some were made elsewhere


def test_an_error_in_a_worker_is_raised_to_the_caller():
    with pytest.raises(ValueError, match="not here"):
        list(featurized(failing_elsewhere, iter([[i] for i in range(10)]), 1))


def unpicklable_elsewhere(batch):
    if os.getpid() != CALLER:
        return [lambda: None]
    return batch


def test_a_result_that_cannot_travel_is_an_error_not_a_hang():
    with pytest.raises(RuntimeError, match="could not be sent back"):
        list(featurized(unpicklable_elsewhere, iter([[i] for i in range(8)]), 1))


def test_a_stream_left_early_stops_its_workers():
    stream = featurized(tagged, iter([[i] * 10_000 for i in range(20)]), 2)
    assert next(stream)[0][0] == 0
    started = time.monotonic()
    stream.close()
    assert not multiprocessing.active_children()
    # A worker sending a result nobody reads sees its pipe break, rather than waiting to be terminated (5 s).
    assert time.monotonic() - started < 4


def test_no_workers_featurizes_every_batch_here():
    batches = [[i] for i in range(5)]
    assert [b[0][1] for b in featurized(tagged, iter(batches), 0)] == [os.getpid()] * 5


def test_ctrl_c_is_left_to_the_caller(capfd):
    # Ctrl-C signals every process of the group; a worker that raised would print its own traceback and stop.
    context = multiprocessing.get_context("fork")
    busy, signalled, worker = context.Event(), context.Event(), context.Value("i", 0)

    def held(batch):
        # A worker's first batch waits until Ctrl-C has come, so the signal surely reaches a worker at work.
        if os.getpid() != CALLER and not signalled.is_set():
            worker.value = os.getpid()
            busy.set()
            assert signalled.wait(30)
        return tagged(batch)

    def press_ctrl_c():
        assert busy.wait(30)
        os.kill(worker.value, signal.SIGINT)
        signalled.set()

    pressing = threading.Thread(target=press_ctrl_c)
    pressing.start()
    found = list(featurized(held, iter([[i] for i in range(60)]), 1))
    pressing.join()
    assert [batch[0][0] for batch in found] == [2 * i for i in range(60)]
    assert {pid for batch in found for _, pid in batch} == {CALLER, worker.value}
    assert "Traceback" not in capfd.readouterr().err


def test_a_worker_goes_on_while_the_caller_has_not_read_its_results():
    # Results larger than a pipe's buffer must not hold the worker until the caller, busy assigning, reads them.
    done = multiprocessing.get_context("fork").Value("i", 0)

    def large(batch):
        if os.getpid() != CALLER:
            with done.get_lock():
                done.value += 1
        return [bytes(1 << 20)] * len(batch)

    stream = featurized(large, iter([[i] for i in range(8)]), 1)
    next(stream)  # the worker was sent three batches, and a fourth once the first was read
    deadline = time.monotonic() + 30
    while done.value < 4 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert done.value == 4
    assert len(list(stream)) == 7
