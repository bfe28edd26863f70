"""Channel-layer sends handed over without waiting (`events._OrderedSends`)."""

import asyncio

from triage import events


class _Layer:
    """A layer whose send completes, and then the drain task is cancelled in the same step
    (a loop closing while the last frame goes out)."""

    def __init__(self) -> None:
        self.sent: list[dict] = []
        self.on_send = None

    async def group_send(self, group: str, event: dict) -> None:
        self.sent.append(event)
        if self.on_send:
            self.on_send()


async def test_the_drain_task_stops_when_cancelled_as_a_send_completes():
    """On Python 3.11 `asyncio.wait_for` returned the finished send instead of the
    cancellation, and the drain task waited for the next send forever (a hung shutdown)."""
    loop = asyncio.get_running_loop()
    sends = events._OrderedSends(loop)
    layer = _Layer()
    sends.put(layer, "g", {"n": 1})
    await asyncio.sleep(0.05)
    assert layer.sent == [{"n": 1}]
    layer.on_send = sends.drain.cancel
    sends.put(layer, "g", {"n": 2})
    done, _ = await asyncio.wait({sends.drain}, timeout=2)
    assert layer.sent == [{"n": 1}, {"n": 2}]
    assert done == {sends.drain} and sends.drain.cancelled()


async def test_a_failed_send_is_tried_once_more_then_logged_and_the_next_one_sent(caplog):
    loop = asyncio.get_running_loop()
    sends = events._OrderedSends(loop)
    failures = []

    class Flaky(_Layer):
        async def group_send(self, group: str, event: dict) -> None:
            if event["n"] == 1:
                failures.append(event["n"])
                raise OSError("connection reset")
            await super().group_send(group, event)

    layer = Flaky()
    sends.put(layer, "g", {"n": 1})
    sends.put(layer, "g", {"n": 2})
    await asyncio.sleep(0.1)
    assert failures == [1, 1] and layer.sent == [{"n": 2}]
    assert "channel layer send to g failed" in caplog.text
    sends.drain.cancel()
