"""Tasks of a batch (:func:`textfix.batch_tasks.groups`): guided scheduling keeps every source
once and in order, caps each task, and ends on small tasks so no worker waits on a big last one."""

from hypothesis import given
from hypothesis import strategies as st

from textfix.batch_tasks import FILE_COST, MAX_TASK_BYTES, MAX_TASK_FILES, groups
from textfix.storage import Item


def _items(sizes: list[int]) -> list[Item]:
    return [Item(i, f"f{i}", f"f{i}", f"/s/f{i}", size, 0, "", "") for i, size in enumerate(sizes)]


@given(st.lists(st.integers(0, 3 * 2**20), max_size=300), st.integers(1, 16))
def test_every_source_once_in_order_and_capped(sizes: list[int], workers: int) -> None:
    tasks = groups(_items(sizes), workers)
    assert [item.index for task in tasks for item in task] == list(range(len(sizes)))
    for task in tasks:
        assert task
        assert len(task) <= MAX_TASK_FILES
        assert len(task) == 1 or sum(i.size for i in task) <= MAX_TASK_BYTES


def test_tasks_shrink_towards_the_end() -> None:
    tasks = groups(_items([8000] * 5000), 2)
    sizes = [len(t) for t in tasks]
    assert sizes[0] == MAX_TASK_FILES  # large first: few round trips
    assert sizes[-1] == 1  # small last: the other worker does not wait on it
    assert sizes == sorted(sizes, reverse=True)
    # the work still to hand out is always at least twice the task being handed out
    left = sum(8000 + FILE_COST for _ in range(5000))
    for n in sizes[:-1]:
        assert n * (8000 + FILE_COST) * 2 <= left + (8000 + FILE_COST)
        left -= n * (8000 + FILE_COST)


def test_one_worker_or_few_files() -> None:
    assert groups([], 2) == []
    assert [len(t) for t in groups(_items([100] * 3), 1)] == [2, 1]
    assert sum(len(t) for t in groups(_items([100] * 10), 4)) == 10
