"""``newsgraph eval``: score extraction against gold data (:mod:`newsgraph.evaluation`)."""

from __future__ import annotations

from pathlib import Path

import click

from newsgraph.cli.app import main, progress_bar

__all__ = ["eval_group"]


@main.group("eval")
def eval_group() -> None:
    """Score extraction against gold data (PolNeAR statements, CoNLL-2003 entities)."""


@eval_group.command("polnear")
@click.argument("split_dir", metavar="DIR", type=click.Path(path_type=Path))
@click.option(
    "--predictions",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write what was extracted as JSON lines to this file.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N texts by name.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="spaCy processes for extraction.",
)
def eval_polnear_cli(
    split_dir: Path, predictions: Path | None, as_json: bool, limit: int | None, workers: int
) -> None:
    """Score statement and appeal extraction on a PolNeAR split folder.

    DIR holds text/*.txt and attributions/*.ann (the first .ann per text is the gold).

    \b
    Example:
        newsgraph eval polnear ../shared/data/polnear/dev --workers 2
        newsgraph eval polnear ../shared/data/polnear/dev --json --predictions dev.jsonl
    """
    import json

    from newsgraph.evaluation.harness import evaluate_polnear
    from newsgraph.evaluation.predictions import write_predictions
    from newsgraph.evaluation.report import polnear_table

    run = evaluate_polnear(split_dir, limit=limit, workers=workers, progress=progress_bar)
    if predictions is not None:
        write_predictions(run.predictions, predictions)
    scores = run.scores
    click.echo(json.dumps(scores.to_dict(), indent=2) if as_json else polnear_table(scores))


@eval_group.command("conll")
@click.argument("conll_file", metavar="FILE", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N prose sentences.")
def eval_conll_cli(conll_file: Path, as_json: bool, limit: int | None) -> None:
    """Score person/organisation recognition on CoNLL-2003 prose, bare spaCy vs newsgraph.

    \b
    Example:
        newsgraph eval conll ../shared/data/conll2003/conllpp_dev.txt
    """
    import json

    from newsgraph.evaluation.harness import evaluate_conll
    from newsgraph.evaluation.report import conll_table

    run = evaluate_conll(conll_file, limit=limit, progress=progress_bar)
    click.echo(json.dumps(run.to_dict(), indent=2) if as_json else conll_table(run))
