import csv
from dataclasses import dataclass
from pathlib import Path

THRESHOLD = 0.75  # minimum agreement between annotators


@dataclass
class Annotation:
    """One annotator's label for one item."""
    item_id: str
    label: str
    confidence: float = 1.0


def load_annotations(path: Path) -> list[Annotation]:
    """Read annotations from a CSV file, skipping malformed rows."""
    rows = []
    with path.open(newline="", encoding="utf-8") as handle:
        for record in csv.DictReader(handle):
            try:
                rows.append(Annotation(record["item"], record["label"], float(record.get("conf", 1))))
            except (KeyError, ValueError) as error:
                print(f"skipping row {record!r}: {error}")
    return rows


def agreement(annotations: list[Annotation]) -> float:
    labels = {a.label for a in annotations}
    if not labels:
        return 0.0
    return max(sum(1 for a in annotations if a.label == l) for l in labels) / len(annotations)
